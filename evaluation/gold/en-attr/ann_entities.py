"""Entity gold for en-attr a01..a12, following ../en-dev/GUIDE.md section 2 and the row format of
../en-heldout/entities.jsonl (doc, type, canonical, surface_forms, mentions, borderline[, note]).

Annotated by reading the texts, before any system (extractor, spaCy, pipeline, evaluation) was run
on them.  The h01..h13 texts of this folder are en-heldout's; their entities are in
../en-heldout/entities.jsonl and are not repeated here.

Each row: (doc, type, canonical, surface_forms[, borderline[, note]]).  The whole file is body
(no headlines were kept).  `mentions` is computed as in ../en-dev/ann/build.py: occurrences of the
surface forms at word boundaries, longest form first, non-overlapping, so a name nested in a longer
annotated name counts only for the longer one.  `python3 ann_entities.py` rewrites
entities.jsonl; `python3 check_entities.py` checks it.  Standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FAC = "facility"
TEAM = "team metonym"

ENTS = {
    # a01 The News & Observer, SAS not for sale
    "a01": [
        ("ORG", "SAS Institute", ["SAS Institute", "SAS"]),
        ("PERSON", "Jim Goodnight", ["Jim Goodnight", "Goodnight"], False, "'Dr. Goodnight': title dropped"),
        ("ORG", "Broadcom", ["Broadcom"]),
        ("PERSON", "Shannon Heath", ["Shannon Heath"]),
        ("OUTLET", "The News & Observer", ["The News & Observer", "The N&O"]),
        ("PERSON", "John Sall", ["John Sall"]),
        ("OUTLET", "The Wall Street Journal", ["The Wall Street Journal"]),
        ("GPE", "Cary", ["Cary"]),
        ("PERSON", "Bryan Harris", ["Bryan Harris"]),
    ],
    # a02 Telecompaper, Sprint / T-Mobile
    "a02": [
        ("GPE", "United States", ["US"]),
        ("ORG", "T-Mobile", ["T-Mobile"]),
        ("ORG", "Sprint", ["Sprint"]),
        ("OUTLET", "CNBC", ["CNBC"]),
        ("ORG", "Deutsche Telekom", ["Deutsche Telekom"]),
        ("ORG", "SoftBank", ["Softbank", "SoftBank"], False, "spelt both ways in the text"),
        ("PERSON", "Masayoshi Son", ["Masayoshi Son", "Son"]),
        ("OUTLET", "Bloomberg", ["Bloomberg"]),
        ("ORG", "Charter Communications", ["Charter Communications"]),
    ],
    # a03 Anadolu Agency, Freddie Gray charges
    "a03": [
        ("GPE", "Washington, D.C.", ["WASHINGTON"], False, "dateline"),
        ("GPE", "Baltimore", ["Baltimore"]),
        ("PERSON", "Marilyn Mosby", ["Marilyn Mosby", "Mosby"]),
        ("PERSON", "Freddie Gray", ["Freddie Gray", "Gray", "Freddie"]),
        ("GPE", "Missouri", ["Missouri"]),
        ("GPE", "New York", ["New York"], False, "the state"),
        ("GPE", "Ohio", ["Ohio"]),
        ("PERSON", "Richard Shipley", ["Richard Shipley"]),
        ("PERSON", "William Murphy", ["William Murphy"]),
        ("PERSON", "Barack Obama", ["Barack Obama"]),
    ],
    # a04 AP, leaked documents
    "a04": [
        ("GPE", "Washington, D.C.", ["WASHINGTON"], False, "dateline"),
        ("OUTLET", "Associated Press", ["AP"], False, "dateline credit"),
        ("PERSON", "Joe Biden", ["Joe Biden"]),
        ("GPE", "Israel", ["Israel"]),
        ("GPE", "Iran", ["Iran"], False, "also in 'Iran-backed'"),
        ("ORG", "White House", ["White House"], False, "building name used for the president's office (institution)"),
        ("ORG", "Biden administration", ["Biden administration"], False, "as en-dev's 'Johnson administration'"),
        ("PERSON", "John Kirby", ["John Kirby", "Kirby"]),
        ("ORG", "United States Department of Defense", ["Pentagon"], False, "building name used for the department"),
        ("GPE", "United States", ["U.S."]),
        ("ORG", "National Geospatial-Intelligence Agency", ["National Geospatial-Intelligence Agency"]),
        ("ORG", "National Security Agency", ["National Security Agency"]),
        ("ORG", "Five Eyes", ["Five Eyes"], False, "intelligence alliance"),
        ("GPE", "United Kingdom", ["Great Britain"]),
        ("GPE", "Canada", ["Canada"]),
        ("GPE", "New Zealand", ["New Zealand"]),
        ("GPE", "Australia", ["Australia"]),
        ("ORG", "Telegram", ["Telegram"], True, "messaging platform named as a venue"),
        ("ORG", "SITE Intelligence Group", ["SITE Intelligence Group"]),
    ],
    # a05 AFP, Iran-Saudi talks
    "a05": [
        ("GPE", "Tehran", ["TEHRAN", "Tehran"], False, "dateline; also the capital used for the Iranian government"),
        ("GPE", "Iran", ["Iran"]),
        ("ORG", "Ministry of Foreign Affairs of Iran", ["Iran's foreign ministry"], True,
         "lowercase descriptor of the ministry (en-dev keeps \"Russia's Defense Ministry\" whole)"),
        ("GPE", "Saudi Arabia", ["Saudi Arabia"]),
        ("GPE", "Baghdad", ["Baghdad"]),
        ("GPE", "Riyadh", ["Riyadh"], False, "capital used for the Saudi government"),
        ("PERSON", "Saeed Khatibzadeh", ["Saeed Khatibzadeh"]),
        ("PERSON", "Mustafa al-Kadhimi", ["Mustafa al-Kadhemi"], False, "AFP spelling 'al-Kadhemi' in the text"),
        ("OUTLET", "Financial Times", ["Financial Times"]),
        ("OUTLET", "Agence France-Presse", ["AFP"]),
    ],
    # a06 Xinhua, Iran-Saudi phone call
    "a06": [
        ("GPE", "Tehran", ["TEHRAN", "Tehran"], False, "dateline; also the capital used for the Iranian government"),
        ("OUTLET", "Xinhua News Agency", ["Xinhua"], False, "dateline credit"),
        ("GPE", "Oman", ["Oman"], False, "also in 'Oman-mediated'"),
        ("GPE", "Washington, D.C.", ["Washington"], False, "capital used for the U.S. government"),
        ("ORG", "Ministry of Foreign Affairs of Iran", ["Iranian Foreign Ministry"]),
        ("PERSON", "Abbas Araghchi", ["Seyed Abbas Araghchi", "Araghchi"]),
        ("PERSON", "Faisal bin Farhan Al Saud", ["Faisal bin Farhan Al Saud"]),
        ("GPE", "United States", ["U.S.", "United States"], False, "also in 'Iran-U.S. talks'"),
        ("PERSON", "Steve Witkoff", ["Steve Witkoff"]),
        ("GPE", "Middle East", ["Middle East"], False, "named region, inside the envoy's title"),
        ("GPE", "Iran", ["Iran"]),
        ("GPE", "Muscat", ["Muscat"]),
        ("GPE", "Bahrain", ["Bahrain"]),
        ("GPE", "Iraq", ["Iraq"]),
        ("GPE", "United Arab Emirates", ["United Arab Emirates", "UAE"]),
        ("GPE", "Kuwait", ["Kuwait"]),
        ("GPE", "Qatar", ["Qatar"]),
        ("GPE", "Egypt", ["Egypt"]),
        ("PERSON", "Donald Trump", ["Donald Trump", "Trump"]),
        ("GPE", "United Kingdom", ["Britain"]),
        ("GPE", "China", ["China"]),
        ("GPE", "France", ["France"]),
        ("GPE", "Germany", ["Germany"]),
        ("GPE", "Russia", ["Russia"]),
    ],
    # a07 Ghana Online News, football
    "a07": [
        ("PERSON", "Slavko Matic", ["Slavko Matic", "Matic"]),
        ("ORG", "Accra Hearts of Oak", ["Accra Hearts of Oak", "Phobians"], False, "'The Phobians' is the club's nickname"),
        ("ORG", "betPawa", ["betPawa"], True, "sponsor, named only inside the league's sponsored name"),
        ("ORG", "Ghana Premier League", ["Ghana Premier League"]),
        ("ORG", "Asante Kotoko", ["Asante Kotoko", "Kotoko"]),
        ("ORG", "Great Olympics", ["Great Olympics"]),
        ("PERSON", "Gladson Awako", ["Gladson Awako"]),
        ("PERSON", "Caleb Amankwah", ["Caleb Amankwah"]),
        ("PERSON", "Gideon Asante", ["Gideon Asante"]),
        ("PERSON", "Robert Addo Sowah", ["Robert Addo Sowah"]),
        ("PERSON", "Salifu Ibrahim", ["Salifu Ibrahim"]),
        ("ORG", "Super Clash", ["Super Clash"], True, "name of the derby (event)"),
    ],
    # a08 Big Sports News, women's football
    "a08": [
        ("PERSON", "Tony Gustavsson", ["Tony Gustavsson", "Gustavsson"]),
        ("PERSON", "Sam Kerr", ["Sam Kerr", "Kerr", "Sam"]),
        ("ORG", "FIFA Women's World Cup", ["World Cup"], True, "tournament (event) name"),
        ("ORG", "Matildas", ["Matildas"], False, "Australia's women's national team (team name proper)"),
        ("GPE", "Ireland", ["Ireland"], True, TEAM),
        ("GPE", "Australia", ["Australia"], True, TEAM + " ('Australia's training session')"),
        ("GPE", "Brisbane", ["Brisbane"]),
        ("GPE", "Stadium Australia", ["Stadium Australia"], True, FAC),
        ("ORG", "Group B", ["Group B"], True, "tournament group (as en-heldout's 'Western Conference')"),
        ("GPE", "Nigeria", ["Nigeria"], True, TEAM),
    ],
    # a09 KOMU 8, local arrest
    "a09": [
        ("GPE", "Pulaski County", ["PULASKI COUNTY", "Pulaski County"], False, "dateline and body"),
        ("GPE", "Y Highway", ["Y Highway"], True, FAC),
        ("GPE", "Holiday Lane", ["Holiday Lane"], True, FAC),
        ("GPE", "Pulaski County Jail", ["Pulaski County Jail"], True, FAC),
        ("ORG", "Pulaski County Prosecuting Attorney's Office", ["Pulaski County Prosecuting Attorney\u2019s Office"]),
    ],
    # a10 Newsmax, athlete arrest
    "a10": [
        ("ORG", "Cleveland Browns", ["Cleveland Browns"]),
        ("PERSON", "Malik McDowell", ["Malik McDowell", "McDowell"]),
        ("GPE", "Florida", ["Florida"]),
        ("GPE", "Broward County Jail", ["Broward County Jail"], True, FAC + " ('Broward County Jail records')"),
        ("OUTLET", "Fox News", ["Fox News"]),
        ("GPE", "Deerfield Beach", ["Deerfield Beach"]),
        ("PERSON", "Eric Linder", ["Eric Linder"]),
        ("OUTLET", "South Florida Sun-Sentinel", ["South Florida Sun-Sentinel"]),
        ("GPE", "Hillsboro Boulevard", ["Hillsboro Boulevard"], True, FAC),
        ("ORG", "Broward Sheriff Fire Rescue", ["Broward Sheriff Fire Rescue"]),
        ("OUTLET", "TMZ", ["TMZ"]),
        ("PERSON", "Adam Swickle", ["Adam Swickle"]),
    ],
    # a11 HealthDay, study
    "a11": [
        ("ORG", "University of California, Davis", ["University of California, Davis"]),
        ("OUTLET", "Archives of Internal Medicine", ["Archives of Internal Medicine"], True, "journal"),
    ],
    # a12 ABC10, city council
    "a12": [
        ("GPE", "Tracy", ["TRACY"], False, "dateline (Tracy, California)"),
        ("GPE", "California", ["Calif."]),
        ("ORG", "Tracy City Council", ["Tracy City Council"]),
        ("ORG", "Grand Jury", ["Grand Jury"], True, "capitalised 'the Grand Jury' (the county civil grand jury), not named further"),
        ("PERSON", "Nancy Young", ["Nancy Young", "Young"], False, "'Mayor Young': title dropped"),
        ("PERSON", "Matt Bedolla", ["Matt Bedolla"]),
        ("PERSON", "Eleassia Davis", ["Eleassia Davis"]),
    ],
}


def count_mentions(body, ents):
    """Mentions per entity and surface forms that never matched (as ../en-dev/ann/build.py)."""
    forms = sorted(((f, i) for i, e in enumerate(ents) for f in e[2]), key=lambda x: -len(x[0]))
    taken = [False] * len(body)
    counts, missing = [0] * len(ents), []
    for f, i in forms:
        n = 0
        for m in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", body):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            n += 1
            counts[i] += 1
        if n == 0:
            missing.append(f)
    return counts, missing


def build():
    out, errors = [], []
    for doc in sorted(ENTS):
        body = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        ents = ENTS[doc]
        counts, missing = count_mentions(body, ents)
        errors += [f"{doc}: surface form never counted (absent or nested): {f!r}" for f in missing]
        for e, c in zip(ents, counts):
            row = {"doc": doc, "type": e[0], "canonical": e[1], "surface_forms": e[2], "mentions": c,
                   "borderline": bool(e[3]) if len(e) > 3 else False}
            if len(e) > 4 and e[4]:
                row["note"] = e[4]
            out.append(row)
    if errors:
        raise SystemExit("\n".join(errors))
    with open(os.path.join(HERE, "entities.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")


if __name__ == "__main__":
    build()
