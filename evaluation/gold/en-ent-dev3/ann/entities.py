"""Entity gold of en-ent-dev3, kept as data; `python3 ann/entities.py` rewrites
entities.jsonl with `mentions` computed from the texts (longest surface form first,
non-overlapping, at word boundaries; a name nested in a longer annotated name of the
same document counts only for the longer one). Standard library only."""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P, O, G, M = "PERSON", "ORG", "GPE", "OUTLET"

# (doc, type, canonical, surface forms, borderline, note)
ROWS: list[tuple[str, str, str, list[str], bool, str]] = [
    # f01 business: retailer results (Reuters)
    ("f01", M, "Reuters", ["Reuters"], False, "wire credit in the dateline"),
    ("f01", O, "Kohl’s Corp", ["Kohl’s Corp"], False, ""),
    ("f01", O, "Wall Street", ["Wall Street"], True, "financial-market metonym"),
    ("f01", O, "IBES", ["IBES"], True, "a data service (product) of Refinitiv"),
    ("f01", O, "Refinitiv", ["Refinitiv"], False, ""),
    ("f01", P, "Michelle Gass", ["Michelle Gass", "Gass"], False, ""),
    # f02 business: retailer results (TheStreet)
    ("f02", O, "Target Corp.", ["Target Corp.", "Target"], False, ""),
    ("f02", O, "Wall Street", ["Street"], True, "'the Street consensus': market metonym"),
    ("f02", P, "Brian Cornell", ["Brian Cornell"], False, ""),
    ("f02", G, "Minneapolis", ["Minneapolis"], False, ""),
    ("f02", G, "Minnesota", ["Minnesota"], False, ""),
    # f03 sport: football, clubs by short names
    ("f03", O, "VfL Wolfsburg", ["Wolfsburg"], False, "club"),
    ("f03", P, "Dieter Hecking", ["Dieter Hecking", "Hecking"], False, ""),
    ("f03", O, "Manchester United", ["Manchester United", "United"], False, ""),
    ("f03", O, "UEFA Champions League", ["Champions League"], True, "a competition (event)"),
    ("f03", P, "Juan Mata", ["Juan Mata"], False, ""),
    ("f03", P, "Chris Smalling", ["Chris Smalling"], False, ""),
    ("f03", P, "Daniel Caligiuri", ["Daniel Caligiuri"], False, ""),
    ("f03", O, "1. FC Nürnberg", ["Nurnberg"], False, "'the former Nurnberg coach': club"),
    ("f03", P, "Julian Draxler", ["Julian Draxler"], False, ""),
    ("f03", P, "Morgan Schneiderlin", ["Morgan Schneiderlin"], False, ""),
    ("f03", P, "Louis van Gaal", ["Louis van Gaal"], False, ""),
    # f04 sport: NBA (AFP)
    ("f04", G, "Los Angeles", ["LOS ANGELES", "Los Angeles"], False, "dateline; 'Los Angeles coach' is the team by city, one row"),
    ("f04", G, "United States", ["United States"], False, "dateline"),
    ("f04", M, "AFP", ["AFP"], False, "wire credit in the dateline"),
    ("f04", P, "Brandon Ingram", ["Brandon Ingram", "Ingram"], False, ""),
    ("f04", P, "Lonzo Ball", ["Lonzo Ball", "Ball"], False, ""),
    ("f04", P, "Luke Walton", ["Luke Walton", "Walton"], False, ""),
    ("f04", O, "Los Angeles Lakers", ["Lakers"], False, ""),
    ("f04", O, "NBA", ["NBA"], False, ""),
    ("f04", O, "Dallas Mavericks", ["Mavericks"], False, ""),
    ("f04", G, "Dallas", ["Dallas"], False, "'in Dallas'"),
    ("f04", P, "LeBron James", ["LeBron James"], False, ""),
    ("f04", O, "Golden State Warriors", ["Golden State"], True, "team by a place name"),
    ("f04", O, "Minnesota Timberwolves", ["Minnesota Timberwolves"], False, ""),
    ("f04", G, "Milwaukee", ["Milwaukee"], False, "'In Milwaukee'"),
    ("f04", O, "Milwaukee Bucks", ["Bucks"], False, ""),
    ("f04", O, "Utah Jazz", ["Utah Jazz"], False, ""),
    ("f04", P, "Giannis Antetokounmpo", ["Giannis Antetokounmpo"], False, ""),
    ("f04", P, "Malcolm Brogdon", ["Malcolm Brogdon"], False, ""),
    ("f04", O, "Toronto Raptors", ["Toronto Raptors"], False, ""),
    # f05 science: research study (university press release, no person)
    ("f05", O, "University of Edinburgh", ["University of Edinburgh"], False, ""),
    ("f05", M, "Scientometrics", ["Scientometrics"], True, "journal"),
    ("f05", G, "United States", ["US"], False, ""),
    ("f05", G, "Europe", ["Europe"], False, ""),
    # f06 science: research dispute (Science)
    ("f06", P, "Philip Munday", ["Philip Munday", "Munday"], False, ""),
    ("f06", O, "Zoom", ["Zoom"], True, "platform named as a venue"),
    ("f06", O, "James Cook University", ["James Cook University", "JCU"], False, ""),
    ("f06", G, "Townsville", ["Townsville"], False, ""),
    ("f06", G, "Australia", ["Australia"], False, ""),
    ("f06", P, "Danielle Dixson", ["Danielle Dixson", "Dixson"], False, ""),
    ("f06", G, "United States", ["U.S."], False, ""),
    ("f06", O, "University of Delaware", ["University of Delaware", "UD"], False, ""),
    ("f06", G, "Lewes", ["Lewes"], False, ""),
    ("f06", G, "Earth", ["Earth"], True, "astronomical object"),
    (
        "f06",
        O,
        "Intergovernmental Panel on Climate Change",
        ["Intergovernmental Panel on Climate Change", "IPCC"],
        False,
        "",
    ),
    # f07 science: space (Axios)
    ("f07", O, "NASA", ["NASA"], False, ""),
    ("f07", O, "Goddard Space Flight Center", ["Goddard Space Flight Center"], False, ""),
    ("f07", G, "TOI 1338 b", ["TOI 1338 b"], True, "astronomical object"),
    ("f07", G, "Earth", ["Earth"], True, "astronomical object"),
    (
        "f07",
        O,
        "Transiting Exoplanet Survey Satellite",
        ["Transiting Exoplanet Survey Satellite", "TESS"],
        True,
        "a spacecraft and its survey (project)",
    ),
    ("f07", O, "SpaceX", ["SpaceX"], False, ""),
    ("f07", P, "Elon Musk", ["Elon Musk"], False, ""),
    ("f07", G, "International Space Station", ["International Space Station"], True, "facility"),
    ("f07", O, "Boeing", ["Boeing"], False, ""),
    ("f07", G, "United States", ["U.S."], False, ""),
    # f08 local news: crime (AP), no person named
    ("f08", G, "Salisbury", ["SALISBURY"], False, "dateline"),
    ("f08", G, "North Carolina", ["N.C.", "North Carolina"], False, ""),
    ("f08", M, "Associated Press", ["AP"], False, "wire credit in the dateline"),
    ("f08", O, "Rowan County Sheriff’s Office", ["Rowan County Sheriff’s Office"], False, ""),
    ("f08", G, "Gold Hill", ["Gold Hill"], False, ""),
    # f09 local news: emergency calls, no person named
    ("f09", G, "Morgantown Road", ["Morgantown Road"], True, "facility (road)"),
    ("f09", G, "Segal Road", ["Segal Road"], True, "facility (road)"),
    ("f09", O, "Brownsville Fire Department", ["Brownsville FD"], False, ""),
    # f10 culture: film festival (press release)
    ("f10", G, "Burbank", ["BURBANK"], False, "dateline"),
    ("f10", G, "California", ["Calif."], False, ""),
    ("f10", M, "Business Wire", ["BUSINESS WIRE"], False, "wire credit in the dateline"),
    ("f10", O, "New Line Cinema", ["New Line Cinema"], False, ""),
    ("f10", P, "Olivia Wilde", ["Olivia Wilde", "Wilde"], False, ""),
    (
        "f10",
        O,
        "Venice International Film Festival",
        ["Venice International Film Festival", "Venice Film Festival"],
        True,
        "event",
    ),
    ("f10", O, "La Biennale di Venezia", ["La Biennale di Venezia"], False, ""),
    ("f10", P, "Alberto Barbera", ["Alberto Barbera"], False, ""),
    ("f10", P, "Florence Pugh", ["Florence Pugh"], False, ""),
    ("f10", P, "Harry Styles", ["Harry Styles"], False, ""),
    ("f10", P, "Gemma Chan", ["Gemma Chan"], False, ""),
    ("f10", P, "Chris Pine", ["Chris Pine"], False, ""),
    ("f10", G, "Venice", ["Venice"], False, "'imagined Venice as our ultimate goal'"),
    # f11 culture: film festival
    ("f11", P, "Mike Leigh", ["Mike Leigh"], False, ""),
    ("f11", G, "United Kingdom", ["UK"], False, ""),
    (
        "f11",
        O,
        "BFI London Film Festival",
        ["BFI London Film Festival"],
        True,
        "event; BFI named only inside it",
    ),
    ("f11", G, "HOME", ["HOME"], True, "facility (arts centre)"),
    ("f11", G, "Manchester", ["Manchester"], False, ""),
    ("f11", P, "Rory Kinnear", ["Rory Kinnear"], False, ""),
    ("f11", P, "Maxine Peake", ["Maxine Peake"], False, ""),
    ("f11", P, "Neil Bell", ["Neil Bell"], False, ""),
    ("f11", P, "Philip Jackson", ["Philip Jackson"], False, ""),
    ("f11", P, "Vincent Franklin", ["Vincent Franklin"], False, ""),
    ("f11", P, "Karl Johnson", ["Karl Johnson"], False, ""),
    ("f11", P, "Tim McInnerny", ["Tim McInnerny"], False, ""),
    ("f11", G, "St Peter’s Field", ["St Peter’s Field"], True, "facility (public square)"),
    ("f11", O, "Oscar", ["Oscar"], True, "award"),
    ("f11", O, "BAFTA", ["BAFTA"], True, "award"),
    ("f11", P, "Dick Pope", ["Dick Pope"], False, ""),
    ("f11", P, "Suzie Davies", ["Suzie Davies"], False, ""),
    ("f11", P, "Jacqueline Durran", ["Jacqueline Durran"], False, ""),
    ("f11", P, "Christine Blundell", ["Christine Blundell"], False, ""),
    ("f11", P, "Jon Gregory", ["Jon Gregory"], False, ""),
    ("f11", P, "Gary Yershon", ["Gary Yershon"], False, ""),
    ("f11", P, "Georgina Lowe", ["Georgina Lowe"], False, ""),
    ("f11", O, "Thin Man Films", ["Thin Man Films"], False, ""),
    ("f11", P, "Gail Egan", ["Gail Egan"], False, ""),
    # f12 local politics: school levy
    ("f12", P, "Mark Schiel", ["Mark Schiel"], False, ""),
    ("f12", P, "Dallas Jackson", ["Dallas Jackson", "Jackson"], False, ""),
    ("f12", G, "Montgomery County", ["Montgomery County"], False, ""),
    # f13 local politics: school board vote
    ("f13", P, "Greenwell", ["Greenwell"], False, "only the surname is given"),
    ("f13", P, "Taylor Goodvin", ["Taylor Goodvin", "Goodvin"], False, ""),
    ("f13", P, "Colling", ["Colling"], False, "only the surname is given"),
    ("f13", P, "Monique Scarlett", ["Monique Scarlett"], False, ""),
    ("f13", P, "Jeremy Saint", ["Jeremy Saint"], False, ""),
    ("f13", P, "Juline Albert", ["Juline Albert"], False, ""),
    ("f13", P, "Perla Alarcon-Flory", ["Perla Alarcon-Flory", "Alarcon-Flory"], False, ""),
    ("f13", O, "ESSER", ["ESSER"], True, "federal relief programme"),
]


def count_mentions(text: str, forms_by_row: list[list[str]]) -> list[int]:
    """Occurrences per row: all forms of the doc, longest first, non-overlapping."""
    cands = sorted(
        {(f, i) for i, forms in enumerate(forms_by_row) for f in forms},
        key=lambda x: -len(x[0]),
    )
    taken = [False] * len(text)
    counts = [0] * len(forms_by_row)
    for form, i in cands:
        pat = re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])")
        for m in pat.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            counts[i] += 1
    return counts


def main() -> None:
    out = []
    docs = sorted({r[0] for r in ROWS})
    for doc in docs:
        rows = [r for r in ROWS if r[0] == doc]
        text = (HERE / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
        counts = count_mentions(text, [r[3] for r in rows])
        for (d, t, canon, forms, bl, note), n in zip(rows, counts):
            row = {
                "doc": d,
                "type": t,
                "canonical": canon,
                "surface_forms": forms,
                "mentions": n,
                "borderline": bl,
            }
            if note:
                row["note"] = note
            out.append(json.dumps(row, ensure_ascii=False))
    (HERE / "entities.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
