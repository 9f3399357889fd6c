"""Entity gold of en-ent-dev2, kept as data; `python3 ann/entities.py` rewrites
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
    # e01 business, brand of a company
    (
        "e01",
        O,
        "National Beverage Corp.",
        ["National Beverage Corp.", "National Beverage"],
        False,
        "",
    ),
    ("e01", P, "Nick Caporella", ["Nick Caporella", "Caporella"], False, ""),
    ("e01", O, "LaCroix", ["LaCroix"], True, "brand of a product line, not a company"),
    # e02 business
    ("e02", O, "Guess Inc.", ["Guess Inc.", "Guess Inc", "Guess"], False, ""),
    ("e02", G, "Americas", ["Americas"], False, ""),
    ("e02", G, "Europe", ["Europe"], False, ""),
    ("e02", G, "Asia", ["Asia"], False, ""),
    ("e02", G, "America", ["America"], False, "'the America's retail market', 'in America'"),
    ("e02", P, "Victor Herrero", ["Victor Herreo"], False, "misspelt on the page"),
    ("e02", G, "North America", ["North America"], False, ""),
    ("e02", G, "United States", ["U.S."], False, ""),
    # e03 business, no person in the body
    ("e03", G, "Detroit", ["DETROIT"], False, "dateline"),
    ("e03", O, "Ford Motor", ["Ford Motor", "Ford"], False, ""),
    ("e03", O, "Wall Street", ["Wall Street"], True, "financial-market metonym"),
    ("e03", O, "Refinitiv", ["Refinitiv"], False, ""),
    ("e03", O, "Tesla", ["Tesla"], False, ""),
    # e04 entertainment business, officials
    ("e04", O, "Netflix", ["Netflix Inc.", "Netflix"], False, ""),
    ("e04", P, "Ted Sarandos", ["Ted Sarandos", "Sarandos"], False, ""),
    ("e04", O, "Warner Bros.", ["Warner Bros."], False, ""),
    (
        "e04",
        O,
        "Senate Subcommittee on Antitrust, Competition Policy and Consumer Rights",
        ["Senate Subcommittee on Antitrust, Competition Policy and Consumer Rights"],
        False,
        "",
    ),
    ("e04", O, "United States Senate", ["Senate"], False, "'a Senate subcommittee hearing'"),
    ("e04", G, "United States", ["U.S."], False, ""),
    ("e04", O, "HBO Max", ["HBO Max"], True, "streaming service (a product) of a company"),
    ("e04", O, "Warner Bros. Discovery", ["Warner Bros. Discovery"], False, ""),
    ("e04", P, "Bruce Campbell", ["Bruce Campbell", "Campbell"], False, ""),
    (
        "e04",
        P,
        "Adam Schiff",
        ["Adam Schiff"],
        False,
        "'Sen. Adam Schiff': title not part of the name",
    ),
    ("e04", O, "Democratic Party", ["D"], True, "party letter in '(D-Calif.)'"),
    ("e04", G, "California", ["Calif."], False, ""),
    ("e04", G, "Burbank", ["Burbank"], False, ""),
    # e05 health research
    ("e05", M, "HealthDay News", ["HealthDay News"], False, "wire credit in the dateline"),
    ("e05", M, "Health Services Research", ["Health Services Research"], True, "journal"),
    ("e05", P, "David M. Shahian", ["David M. Shahian", "Shahian"], False, ""),
    ("e05", O, "Massachusetts General Hospital", ["Massachusetts General Hospital"], False, ""),
    ("e05", G, "Boston", ["Boston"], False, ""),
    ("e05", G, "United States", ["U.S."], False, ""),
    ("e05", O, "Medicare", ["Medicare"], True, "government programme"),
    (
        "e05",
        O,
        "Council of Teaching Hospitals and Health Systems",
        ["Council of Teaching Hospitals and Health Systems", "COTH"],
        False,
        "",
    ),
    ("e05", G, "New England", ["New England"], False, ""),
    ("e05", G, "Pacific", ["Pacific"], True, "'Pacific region'"),
    ("e05", O, "Medicaid", ["Medicaid"], True, "government programme"),
    (
        "e05",
        O,
        "Hospital Consumer Assessment of Healthcare Providers and Systems",
        ["Hospital Consumer Assessment of Healthcare Providers and Systems"],
        True,
        "a survey",
    ),
    # e06 health research
    (
        "e06",
        O,
        "University of Michigan Health System",
        ["University of Michigan Health System", "UMHS"],
        False,
        "",
    ),
    ("e06", M, "Medical Care", ["Medical Care"], True, "journal"),
    ("e06", G, "United States", ["U.S."], False, ""),
    ("e06", P, "Peter L. Schilling", ["Peter L. Schilling", "Schilling"], False, ""),
    (
        "e06",
        O,
        "Robert Wood Johnson Foundation",
        ["Robert Wood Johnson"],
        True,
        "'Robert Wood Johnson clinical scholar': a foundation's programme named after a person",
    ),
    ("e06", G, "Michigan", ["Michigan"], False, ""),
    ("e06", P, "Darrell A. Campbell Jr.", ["Darrell A. Campbell Jr."], False, ""),
    # e07 sport
    ("e07", O, "Dallas Cowboys", ["Cowboys"], False, ""),
    (
        "e07",
        P,
        "Andy Dalton",
        ["Andy Dalton", "Dalton"],
        False,
        "'Dalton' is Andy Dalton except in 'got Dalton wide open' (Dalton Schultz)",
    ),
    ("e07", P, "Ezekiel Elliott", ["Ezekiel Elliott"], False, ""),
    ("e07", P, "Dalton Schultz", ["Dalton Schultz"], False, ""),
    ("e07", O, "NFC East", ["NFC East"], False, "league division"),
    # e08 sport
    ("e08", O, "Dallas Cowboys", ["Dallas Cowboys"], False, ""),
    ("e08", O, "New York Giants", ["New York Giants"], False, ""),
    ("e08", G, "AT&T Stadium", ["AT&T Stadium"], True, "facility"),
    ("e08", P, "Brandon Aubrey", ["Brandon Aubrey", "Aubrey"], False, ""),
    ("e08", P, "Dak Prescott", ["Dak Prescott", "Prescott"], False, ""),
    ("e08", G, "Dallas", ["Dallas"], True, "team named by its city ('Dallas' defensive line')"),
    ("e08", P, "Brian Schottenheimer", ["Brian Schottenheimer", "Schottenheimer"], False, ""),
    ("e08", O, "NFL", ["NFL"], False, ""),
    # e09 sport
    ("e09", P, "Ander Herrera", ["Herrera"], False, ""),
    ("e09", G, "Old Trafford", ["Old Trafford"], True, "facility"),
    ("e09", P, "Louis van Gaal", ["Louis van Gaal", "Van Gaal"], False, ""),
    ("e09", P, "Wayne Rooney", ["Rooney"], False, ""),
    ("e09", O, "Manchester United", ["United"], False, ""),
    ("e09", P, "Christian Benteke", ["Christian Benteke"], False, ""),
    ("e09", O, "Aston Villa", ["Villa"], False, ""),
    ("e09", O, "Manchester City", ["City"], False, ""),
    ("e09", O, "Crystal Palace", ["Crystal Palace"], False, ""),
    ("e09", O, "Chelsea", ["Chelsea"], False, ""),
    ("e09", P, "Tim Sherwood", ["Tim Sherwood"], False, ""),
    ("e09", O, "Queens Park Rangers", ["QPR"], False, ""),
    ("e09", O, "West Bromwich Albion", ["West Brom"], False, ""),
    ("e09", G, "Villa Park", ["Villa Park"], True, "facility"),
    ("e09", P, "Marcos Rojo", ["Marcos Rojo", "Rojo"], False, ""),
    ("e09", P, "Chris Smalling", ["Chris Smalling"], False, ""),
    ("e09", P, "Tom Cleverley", ["Tom Cleverley"], False, ""),
    ("e09", P, "Carlos Sanchez", ["Carlos Sanchez"], False, ""),
    ("e09", P, "Matt Lowton", ["Matt Lowton"], False, ""),
    ("e09", P, "Andreas Weimann", ["Andreas Weimann"], False, ""),
    ("e09", P, "Leandro Bacuna", ["Leandro Bacuna"], False, ""),
    ("e09", P, "Scott Sinclair", ["Scott Sinclair"], False, ""),
    ("e09", P, "Roger East", ["Roger East"], False, ""),
    ("e09", P, "Ciaran Clark", ["Ciaran Clark", "Clark"], False, ""),
    ("e09", P, "Juan Mata", ["Juan Mata"], False, ""),
    ("e09", P, "Ashley Young", ["Ashley Young"], False, ""),
    ("e09", G, "Argentina", ["Argentina"], True, "'the Argentina international': national team"),
    ("e09", P, "Brad Guzan", ["Brad Guzan"], False, ""),
    # e10 sport
    ("e10", P, "Morgan Rogers", ["Morgan Rogers", "Rogers"], False, ""),
    ("e10", O, "Aston Villa", ["Aston Villa", "Villa"], False, ""),
    ("e10", P, "Unai Emery", ["Unai Emery"], False, ""),
    ("e10", O, "Premier League", ["Premier League"], False, ""),
    ("e10", O, "Manchester United", ["Manchester United", "United"], False, ""),
    ("e10", O, "West Ham United", ["West Ham"], False, ""),
    ("e10", O, "Arsenal", ["Arsenal"], False, ""),
    ("e10", P, "Matheus Cunha", ["Matheus Cunha"], False, ""),
    ("e10", P, "Matty Cash", ["Matty Cash"], False, ""),
    ("e10", G, "Villa Park", ["Villa Park"], True, "facility"),
    ("e10", P, "Bruno Fernandes", ["Bruno Fernandes"], False, ""),
    ("e10", P, "Ruben Amorim", ["Ruben Amorim"], False, ""),
    ("e10", P, "Lisandro Martinez", ["Lisandro Martinez"], False, ""),
    # e11 local news, no person
    ("e11", G, "Sheridan", ["SHERIDAN"], False, "dateline"),
    ("e11", O, "Sheridan Fire-Rescue", ["Sheridan Fire-Rescue", "SFR"], False, ""),
    ("e11", G, "1655 Holloway Ave.", ["1655 Holloway Ave."], True, "facility (street address)"),
    ("e11", O, "Sheridan Police Department", ["Sheridan Police Department"], False, ""),
    ("e11", G, "Sheridan County", ["Sheridan County"], False, ""),
    ("e11", O, "Rocky Mountain Ambulance", ["Rocky Mountain Ambulance"], False, ""),
    ("e11", O, "Goose Valley Fire Department", ["Goose Valley Fire Department"], False, ""),
    ("e11", O, "Big Horn Fire Department", ["Big Horn Fire Department"], False, ""),
    ("e11", O, "Montana-Dakota Utilities", ["Montana-Dakota Utilities"], False, ""),
    ("e11", G, "160 W. Sixth St.", ["160 W. Sixth St."], True, "facility (street address)"),
    # e12 local news, officials
    ("e12", O, "Fire District No. 1", ["Fire District No. 1", "District No. 1"], False, ""),
    ("e12", G, "Swift Road", ["Swift Road"], True, "facility (street)"),
    (
        "e12",
        P,
        "Brad Ellis",
        ["Brad Ellis", "Ellis"],
        False,
        "'Fire Chief Brad Ellis': title not part of the name",
    ),
    ("e12", P, "JoAnne Caplan", ["JoAnne Caplan", "Caplan"], False, ""),
    ("e12", P, "Matthew Caplan", ["Matthew Caplan"], False, ""),
    # e13 sport
    ("e13", G, "Arlington", ["ARLINGTON"], False, "dateline"),
    ("e13", G, "Texas", ["Texas"], False, "dateline"),
    ("e13", O, "Dallas Cowboys", ["Dallas Cowboys", "Cowboys"], False, ""),
    ("e13", P, "Jason Garrett", ["Jason Garrett", "Garrett"], False, ""),
    ("e13", P, "Jason Witten", ["Jason Witten"], False, ""),
    ("e13", P, "Dak Prescott", ["Dak Prescott", "Prescott"], False, ""),
    ("e13", O, "NFL", ["NFL"], False, ""),
    ("e13", O, "NFC East", ["NFC East"], False, "league division"),
    ("e13", O, "Minnesota Vikings", ["Vikings"], False, ""),
    ("e13", G, "Chicago", ["Chicago"], True, "team named by its city"),
    ("e13", P, "Ezekiel Elliott", ["Ezekiel Elliott"], False, ""),
    ("e13", P, "Dez Bryant", ["Dez Bryant", "Bryant"], False, ""),
    ("e13", P, "Jerry Jones", ["Jerry Jones", "Jones"], False, ""),
    ("e13", G, "Philadelphia", ["Philadelphia"], True, "team named by its city"),
    ("e13", P, "Chris Jones", ["Chris Jones"], False, ""),
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
