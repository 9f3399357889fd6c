"""Time-expression gold for en-attr a01..a12, following ../en-dev/GUIDE.md section 3 and the
conventions of ../en-heldout (README "Time expressions", ann/timex.py) where the guide is silent.

The h01..h13 texts of this folder are the en-heldout texts; their time expressions are in
../en-heldout/timex.jsonl and are not repeated here.

Each row: (doc, text, occurrence, type, value, anchor, extras).  `occurrence` is None when the text
must occur exactly once in the raw file (at word boundaries), otherwise the 0-based index among its
word-bounded occurrences.  Offsets are computed here with str.find; `python3 ann_timex.py` rewrites
timex.jsonl and `python3 check_timex.py` checks it.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
A, P = "absolute", "publication"
NOPUB = "no published_date: underspecified value"

ROWS = [
    # a01 The News & Observer, SAS, 2021-07-13 (Tuesday, ISO week 2021-W28)
    ("a01", "Tuesday", None, "DATE", "2021-07-13", P, {}),
    ("a01", "earlier in the week", None, "DATE", "2021-W28", P, {"note": "'it was reported earlier in the week' (the WSJ report of Monday 2021-07-12)"}),
    ("a01", "1976", None, "DATE", "1976", A, {}),
    ("a01", "Monday", None, "DATE", "2021-07-12", P, {}),
    ("a01", "a matter of weeks", None, "DURATION", "PXW", A, {"note": "'a deal could be completed in a matter of weeks'"}),
    ("a01", "last year", None, "DATE", "2020", P, {}),
    ("a01", "recent", None, "DATE", "PAST_REF", P, {"note": "'its most recent annual report' (the report on 2020)"}),
    ("a01", "annual", None, "SET", "P1Y", A, {}),
    ("a01", "2019", None, "DATE", "2019", A, {}),
    ("a01", "earlier this year", None, "DATE", "2021", P, {}),
    ("a01", "this year", 1, "DATE", "2021", P, {"note": "'anticipates revenue growth returning this year' (said in the May 2021 interview)"}),
    ("a01", "2020", None, "DATE", "2020", A, {}),
    ("a01", "May", None, "DATE", "2021-05", P, {}),
    ("a01", "first quarter", None, "DATE", "2021-Q1", P, {"note": "quote of May 2021: SAS's first quarter (Jan-Mar 2021; SAS's fiscal year is the calendar year)"}),
    # a02 Telecompaper, Sprint / T-Mobile (no published_date)
    ("a02", "weeks away", None, "DATE", "FUTURE_REF", P, {"note": "negotiators still \"weeks away\" from finalizing a deal: a point some weeks after the report (as 'several weeks ago' -> PAST_REF); " + NOPUB}),
    ("a02", "2012", None, "DATE", "2012", A, {}),
    ("a02", "2014", None, "DATE", "2014", A, {}),
    # a03 Anadolu Agency, Freddie Gray charges (no published_date)
    ("a03", "Friday", 0, "DATE", "XXXX-WXX-5", P, {"note": NOPUB}),
    ("a03", "April 12", None, "DATE", "XXXX-04-12", P, {"note": "year not stated; " + NOPUB}),
    ("a03", "recent", None, "DATE", "PAST_REF", P, {"note": "'a series of recent high-profile police-involved killings'"}),
    ("a03", "Friday evening", None, "DATE", "XXXX-WXX-5TEV", P, {"alt": ["XXXX-WXX-5"], "note": "'a Friday evening press conference', the Friday of the charges; " + NOPUB}),
    # a04 AP, leaked documents, 2024-10-21 (Monday)
    ("a04", "Monday", None, "DATE", "2024-10-21", P, {}),
    ("a04", "at this point", None, "DATE", "PRESENT_REF", P, {"alt": ["2024-10-21"], "note": "Kirby's statement of Monday (reported speech)"}),
    ("a04", "Saturday", None, "DATE", "2024-10-19", P, {}),
    ("a04", "Oct. 1", None, "DATE", "2024-10-01", P, {}),
    ("a04", "Friday", None, "DATE", "2024-10-18", P, {}),
    # a05 AFP, Iran-Saudi talks, 2021-05-11 (Tuesday); dateline May 10
    ("a05", "May 10", None, "DATE", "2021-05-10", P, {"note": "dateline"}),
    ("a05", "Monday", None, "DATE", "2021-05-10", P, {}),
    ("a05", "April", 0, "DATE", "2021-04", P, {}),
    ("a05", "2016", 0, "DATE", "2016", A, {}),
    ("a05", "2016", 1, "DATE", "2016", A, {}),
    ("a05", "April 9", None, "DATE", "2021-04-09", P, {}),
    # a06 Xinhua, Iran-Saudi phone call, 2025-04-15 (Tuesday); dateline April 15
    ("a06", "April 15", None, "DATE", "2025-04-15", P, {"note": "dateline"}),
    ("a06", "Monday", 0, "DATE", "2025-04-14", P, {}),
    ("a06", "Saturday", 0, "DATE", "2025-04-12", P, {"note": "the Muscat talks (past)"}),
    ("a06", "next Saturday", None, "DATE", "2025-04-19", P, {"note": "scheduled second round: the first Saturday after the Monday call and the Tuesday publication"}),
    ("a06", "Monday", 1, "DATE", "2025-04-14", P, {"note": "'on Monday and Sunday'"}),
    ("a06", "Sunday", None, "DATE", "2025-04-13", P, {"note": "'on Monday and Sunday'"}),
    ("a06", "March", None, "DATE", "2025-03", P, {}),
    ("a06", "2015", None, "DATE", "2015", A, {}),
    ("a06", "2018", None, "DATE", "2018", A, {}),
    # a07 Ghana Online News, Hearts of Oak (no published_date)
    ("a07", "Sunday", 0, "DATE", "XXXX-WXX-7", P, {"note": "'come Sunday': the coming Kotoko match; " + NOPUB}),
    ("a07", "Sunday", 1, "DATE", "XXXX-WXX-7", P, {"note": "'Sunday's crucial encounter'; " + NOPUB}),
    ("a07", "Sunday", 2, "DATE", "XXXX-WXX-7", P, {"note": "'Sunday's Super Clash'; " + NOPUB}),
    # a08 Big Sports News, Matildas / Kerr (no published_date)
    ("a08", "Wednesday", None, "DATE", "XXXX-WXX-3", P, {"note": NOPUB}),
    ("a08", "hours", None, "DURATION", "PTXH", A, {"note": "'just hours before' the Wednesday press conference"}),
    ("a08", "an hour", None, "DURATION", "PT1H", A, {"note": "'an hour before kick-off'"}),
    ("a08", "next Thursday", None, "DATE", "XXXX-WXX-4", P, {"note": "'next Thursday's clash' with Nigeria: the Thursday of the week after the Ireland match (itself the day after the Wednesday press conference); " + NOPUB}),
    ("a08", "yesterday", None, "DATE", "XXXX-WXX-3", P, {"note": "quote after the Ireland match: 'when I sat here yesterday' = the Wednesday press conference; " + NOPUB}),
    ("a08", "9.30pm last night", None, "TIME", "XXXX-WXX-3T21:30", P, {"alt": ["XXXX-WXX-3TNI", "XXXX-WXX-3"], "note": "'last night' = Wednesday night (quote spoken the day after); zone offset left out: place (Sydney or Brisbane) and date not stated; " + NOPUB}),
    # a09 KOMU 8, Pulaski County arrest (no published_date)
    ("a09", "Wednesday", None, "DATE", "XXXX-WXX-3", P, {"note": NOPUB}),
    ("a09", "2:20 p.m.", None, "TIME", "XXXX-WXX-3T14:20", P, {"mod": "APPROX", "alt": ["XXXX-WXX-3"], "note": "'around 2:20 p.m.' on the Wednesday; Central Time, offset (-05:00 CDT / -06:00 CST) left out for want of a date; " + NOPUB}),
    ("a09", "Thursday", None, "DATE", "XXXX-WXX-4", P, {"note": "'expected to be filed Thursday' (future); " + NOPUB}),
    # a10 Newsmax, Malik McDowell, 2022-01-19 (Wednesday)
    ("a10", "Monday", None, "DATE", "2022-01-17", P, {}),
    ("a10", "1 p.m.", None, "TIME", "2022-01-17T13:00-05:00", P, {"mod": "AFTER", "alt": ["2022-01-17T13:00", "2022-01-17"], "note": "'after 1 p.m.' on Monday; Eastern Standard Time (Deerfield Beach, Fla.)"}),
    # a11 HealthDay, patient satisfaction study, 2012-02-14 (Tuesday)
    ("a11", "2000", None, "DATE", "2000", A, {"note": "'between 2000 and 2007' (range start)"}),
    ("a11", "2007", None, "DATE", "2007", A, {"note": "'between 2000 and 2007' (range end)"}),
    ("a11", "at least two years", None, "DURATION", "P2Y", A, {"mod": "EQUAL_OR_MORE"}),
    # a12 ABC10, Tracy City Council (no published_date)
    ("a12", "the past week", None, "DURATION", "P1W", A, {"note": "'a contentious back and forth the past week' (as en-dev's 'the past few days')"}),
    ("a12", "2018", None, "DATE", "2018", A, {}),
]


def _bounded(raw, s, e):
    before = raw[s - 1] if s > 0 else " "
    after = raw[e] if e < len(raw) else " "
    return not (raw[s].isalnum() and before.isalnum()) and not (raw[e - 1].isalnum() and after.isalnum())


def locate(raw, text, occ, where):
    """All word-bounded occurrences of text found with str.find; unique unless occ is given."""
    pos, i = [], raw.find(text)
    while i != -1:
        if _bounded(raw, i, i + len(text)):
            pos.append(i)
        i = raw.find(text, i + 1)
    if occ is None:
        if len(pos) != 1:
            raise SystemExit(f"{where}: {text!r} occurs {len(pos)} times; give an occurrence index")
        return pos[0]
    if occ >= len(pos):
        raise SystemExit(f"{where}: {text!r} occurrence {occ} not found ({len(pos)} matches)")
    return pos[occ]


def build():
    out, raws = [], {}
    for doc, text, occ, typ, value, anchor, extra in ROWS:
        if doc not in raws:
            raws[doc] = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        s = locate(raws[doc], text, occ, doc)
        row = {"doc": doc, "text": text, "start": s, "end": s + len(text), "type": typ,
               "value": value, "anchor": anchor}
        for k in ("mod", "alt", "note"):
            if k in extra:
                row[k] = extra[k]
        out.append(row)
    seen = {(r["doc"], r["start"]) for r in out}
    if len(seen) != len(out):
        raise SystemExit("two rows at the same offset")
    out.sort(key=lambda r: (r["doc"], r["start"]))
    with open(os.path.join(HERE, "timex.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")


if __name__ == "__main__":
    build()
