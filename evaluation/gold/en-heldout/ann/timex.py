"""Time-expression gold for en-heldout (h01..h13), following ../../en-dev/GUIDE.md section 3.

Each row: (doc, text, occurrence index (0-based, among exact matches in the raw text), type, value,
anchor, extras).  Offsets are computed here from the raw texts; `python3 ann/timex.py` rewrites
../timex.jsonl.  Standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
A, P = "absolute", "publication"
NOPUB = "no published_date: underspecified value"

ROWS = [
    # h01 IBTimes, Cyberonics (no published_date)
    ("h01", "Tuesday", 0, "DATE", "XXXX-WXX-2", P, {"note": NOPUB}),
    ("h01", "a day", 0, "DURATION", "P1D", A, {"note": "'a day after' the results (reported on the Monday)"}),
    ("h01", "quarterly", 0, "SET", "P3M", A, {}),
    ("h01", "fourth-quarter", 0, "DATE", "XXXX-Q4", P, {"note": "fiscal Q4; " + NOPUB}),
    ("h01", "the previous year", 0, "DATE", "XXXX", P, {"note": "comparison with the year-earlier quarter; " + NOPUB}),
    ("h01", "current", 0, "DATE", "PRESENT_REF", P, {"note": "'the current share price'; " + NOPUB}),
    ("h01", "recent", 0, "DATE", "PAST_REF", P, {}),
    ("h01", "late morning", 0, "DATE", "XXXX-WXX-2TMO", P, {"mod": "END", "alt": ["XXXX-WXX-2"], "note": "the Tuesday of the first sentence; " + NOPUB}),
    # h02 AP, RadioShack (no published_date)
    ("h02", "Tuesday", 0, "DATE", "XXXX-WXX-2", P, {"note": NOPUB}),
    ("h02", "last month", 0, "DATE", "XXXX-XX", P, {"note": NOPUB}),
    ("h02", "fourth-quarter", 0, "DATE", "XXXX-Q4", P, {"note": NOPUB}),
    ("h02", "recent years", 0, "DATE", "PAST_REF", P, {}),
    ("h02", "morning", 0, "DATE", "XXXX-WXX-2TMO", P, {"alt": ["XXXX-WXX-2"], "note": "'in morning trading' on the Tuesday; " + NOPUB}),
    ("h02", "the year to date", 0, "DATE", "XXXX", P, {"note": "'For the year to date': 1 January to publication (current year); " + NOPUB}),
    # h03 Reuters, Tuesday Morning, 2008-04-10 (fiscal year Jul 2007 - Jun 2008)
    ("h03", "April 10", 0, "DATE", "2008-04-10", P, {}),
    ("h03", "third-quarter", 0, "DATE", "2008-Q3", P, {"alt": ["2008-Q1"], "note": "fiscal Q3 of FY2008 (quarter ended 2008-03-31)"}),
    ("h03", "fiscal 2008", 0, "DATE", "2008", A, {"alt": ["FY2008"], "note": "fiscal year ending 2008-06-30"}),
    ("h03", "FY2008", 0, "DATE", "2008", A, {"alt": ["FY2008"], "note": "fiscal year ending 2008-06-30"}),
    ("h03", "the past six months", 0, "DURATION", "P6M", A, {}),
    ("h03", "current", 0, "DATE", "PRESENT_REF", P, {"alt": ["2008-04-10"], "note": "'the current business environment'"}),
    ("h03", "Third-quarter", 0, "DATE", "2008-Q3", P, {"alt": ["2008-Q1"], "note": "fiscal Q3 of FY2008"}),
    ("h03", "a year earlier", 0, "DATE", "2007-Q3", P, {"alt": ["2007-Q1", "2007"], "note": "fiscal Q3 a year earlier (quarter ended 2007-03-31)"}),
    # h04 KTBB, Smith County fire, 2011-09-07 (Wednesday)
    ("h04", "Monday afternoon", 0, "DATE", "2011-09-05TAF", P, {"alt": ["2011-09-05"]}),
    ("h04", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2011-09-07"]}),
    ("h04", "several days", 0, "DURATION", "PXD", A, {}),
    ("h04", "currently", 0, "DATE", "PRESENT_REF", P, {"alt": ["2011-09-07"]}),
    ("h04", "at this moment", 0, "DATE", "PRESENT_REF", P, {"alt": ["2011-09-07"]}),
    # h05 Lancaster Eagle-Gazette, 2018-04-04 (Wednesday); Ohio, EDT
    ("h05", "Wednesday", 0, "DATE", "2018-04-04", P, {}),
    ("h05", "4 a.m. Wednesday", 0, "TIME", "2018-04-04T04:00-04:00", P, {"mod": "APPROX", "alt": ["2018-04-04T04:00", "2018-04-04"], "note": "'around'; Eastern Daylight Time"}),
    # h06 WVLT / Smoky Mountain Journal, 2017-12-14 (Thursday); Morristown, Tenn., EST
    ("h06", "Wednesday night", 0, "DATE", "2017-12-13TNI", P, {"alt": ["2017-12-13"]}),
    ("h06", "2:30 Thursday morning", 0, "TIME", "2017-12-14T02:30-05:00", P, {"mod": "APPROX", "alt": ["2017-12-14T02:30", "2017-12-14"], "note": "'As of about'; Eastern Standard Time"}),
    ("h06", "Thursday afternoon", 0, "DATE", "2017-12-14TAF", P, {"alt": ["2017-12-14"]}),
    ("h06", "10:30 p.m. Wednesday", 0, "TIME", "2017-12-13T22:30-05:00", P, {"mod": "APPROX", "alt": ["2017-12-13T22:30", "2017-12-13"], "note": "'approximately'; Eastern Standard Time"}),
    ("h06", "daylight", 0, "DATE", "2017-12-14TMO", P, {"mod": "START", "alt": ["2017-12-14"], "note": "'at daylight' = dawn on Thursday"}),
    ("h06", "5:30 a.m. Thursday", 0, "TIME", "2017-12-14T05:30-05:00", P, {"mod": "APPROX", "alt": ["2017-12-14T05:30", "2017-12-14"], "note": "'at around'; Eastern Standard Time"}),
    ("h06", "Wednesday night", 1, "DATE", "2017-12-13TNI", P, {"alt": ["2017-12-13"]}),
    ("h06", "Thursday", 3, "DATE", "2017-12-14", P, {}),
    ("h06", "November 2016", 0, "DATE", "2016-11", A, {}),
    # h07 StockStory, Boeing, 2025-07-28 (Monday)
    ("h07", "this Tuesday", 0, "DATE", "2025-07-29", P, {}),
    ("h07", "last quarter", 0, "DATE", "2025-Q1", P, {}),
    ("h07", "quarter", 1, "DATE", "2025-Q1", P, {"note": "'a very strong quarter': anaphoric to 'last quarter'"}),
    ("h07", "This quarter", 0, "DATE", "2025-Q2", P, {"note": "the quarter about to be reported (Apr-Jun 2025), not the calendar quarter of publication"}),
    ("h07", "the same quarter last year", 0, "DATE", "2024-Q2", P, {}),
    ("h07", "the last 30 days", 0, "DURATION", "P30D", A, {}),
    ("h07", "the last two years", 0, "DURATION", "P2Y", A, {}),
    ("h07", "Q2", 0, "DATE", "2025-Q2", P, {}),
    ("h07", "the last month", 0, "DURATION", "P1M", A, {}),
    ("h07", "the same time", 0, "DURATION", "P1M", A, {"note": "anaphoric to 'the last month'"}),
    ("h07", "current", 0, "DATE", "PRESENT_REF", P, {"alt": ["2025-07-28"], "note": "'the current share price'"}),
    # h08 The Mondo News, Archaeopteryx (no published_date)
    ("h08", "this week", 0, "DATE", "XXXX-WXX", P, {"note": "'coming this week'; " + NOPUB}),
    ("h08", "present-day", 0, "DATE", "PRESENT_REF", P, {"note": "'present-day Germany'; " + NOPUB}),
    ("h08", "150 million years ago", 0, "DATE", "PAST_REF", P, {"mod": "APPROX", "note": "'around 150 million years ago' (Late Jurassic); no ISO year value"}),
    ("h08", "a long time", 0, "DURATION", "PXY", A, {"note": "'For a long time'; unit unstated"}),
    # h09 Crain's, Estee Lauder, 2005-09-20 (Tuesday); fiscal year Jul 2005 - Jun 2006 (FY2006)
    ("h09", "Tuesday", 0, "DATE", "2005-09-20", P, {}),
    ("h09", "first-quarter", 0, "DATE", "2006-Q1", P, {"alt": ["2005-Q3"], "note": "fiscal Q1 of FY2006 (Jul-Sep 2005)"}),
    ("h09", "52-week", 0, "DURATION", "P52W", A, {}),
    ("h09", "morning", 0, "DATE", "2005-09-20TMO", P, {"alt": ["2005-09-20"], "note": "'in morning trading'"}),
    ("h09", "Monday", 0, "DATE", "2005-09-19", P, {}),
    ("h09", "quarterly", 0, "SET", "P3M", A, {}),
    ("h09", "the first half of 2006", 0, "DATE", "2006-H1", A, {"alt": ["2005-H2"], "note": "fiscal first half of FY2006 (Jul-Dec 2005)"}),
    ("h09", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2005-09-20"]}),
    ("h09", "first-half", 0, "DATE", "2006-H1", P, {"alt": ["2005-H2"], "note": "fiscal first half of FY2006"}),
    ("h09", "first-half", 1, "DATE", "2006-H1", P, {"alt": ["2005-H2"], "note": "fiscal first half of FY2006"}),
    ("h09", "the second half of the year", 0, "DATE", "2006-H2", P, {"alt": ["2006-H1"], "note": "fiscal second half of FY2006 (Jan-Jun 2006)"}),
    ("h09", "full-year", 0, "DATE", "2006", P, {"alt": ["FY2006"], "note": "'full-year objective': fiscal 2006"}),
    ("h09", "2006", 1, "DATE", "2006", A, {"alt": ["FY2006"], "note": "'profit outlook for 2006': fiscal year"}),
    # h10 CBS13 Sacramento, Flat Fire, 2018-06-24 (Sunday)
    ("h10", "the afternoon", 0, "DATE", "2018-06-24TAF", P, {"alt": ["2018-06-24"], "note": "'most of the afternoon and evening Sunday'"}),
    ("h10", "evening Sunday", 0, "DATE", "2018-06-24TEV", P, {"alt": ["2018-06-24"]}),
    ("h10", "the afternoon", 1, "DATE", "2018-06-24TAF", P, {"alt": ["2018-06-24"], "note": "'throughout the afternoon and evening' (Sunday)"}),
    ("h10", "evening", 1, "DATE", "2018-06-24TEV", P, {"alt": ["2018-06-24"]}),
    ("h10", "tomorrow morning", 0, "DATE", "2018-06-25TMO", P, {"alt": ["2018-06-25"], "note": "quote spoken on Sunday 2018-06-24"}),
    ("h10", "sunset", 0, "DATE", "2018-06-24TEV", P, {"alt": ["2018-06-24"], "note": "'just after sunset' on Sunday"}),
    # h11 AP via Manila Bulletin, Celtics, 2018-12-02 (Sunday)
    ("h11", "late November", 0, "DATE", "2018-11", P, {"mod": "END"}),
    ("h11", "Friday night", 0, "DATE", "2018-11-30TNI", P, {"alt": ["2018-11-30"]}),
    ("h11", "Monday", 0, "DATE", "2018-11-26", P, {}),
    # h12 AFP via Iraqi News, Spurs v Knicks (no published_date)
    ("h12", "Friday", 0, "DATE", "XXXX-WXX-5", P, {"note": NOPUB}),
    ("h12", "1993", 0, "DATE", "1993", A, {}),
    ("h12", "2014", 0, "DATE", "2014", A, {}),
    ("h12", "5.4 seconds", 0, "DURATION", "PT5.4S", A, {"note": "'with 5.4 seconds left in overtime' (match clock)"}),
    ("h12", "1.1 seconds", 0, "DURATION", "PT1.1S", A, {"note": "'with 1.1 seconds left' (match clock)"}),
    # h13 AP via Hawaii Tribune-Herald, Thunder at Spurs, 2013-12-22 (Sunday)
    ("h13", "Saturday night", 0, "DATE", "2013-12-21TNI", P, {"alt": ["2013-12-21"]}),
    ("h13", "Saturday", 1, "DATE", "2013-12-21", P, {"note": "'Saturday's game'"}),
    ("h13", "a minute", 0, "DURATION", "PT1M", A, {"note": "'with a minute remaining in the first quarter' (match clock)"}),
    ("h13", "33 minutes", 0, "DURATION", "PT33M", A, {}),
]


def locate(raw, text, occ):
    # exact matches at word boundaries ("now" must not match inside "known")
    pat = (r"\b" if text[0].isalnum() else "") + re.escape(text) + (r"\b" if text[-1].isalnum() else "")
    pos = [m.start() for m in re.finditer(pat, raw)]
    if occ >= len(pos):
        raise SystemExit(f"{text!r}: occurrence {occ} not found ({len(pos)} matches)")
    return pos[occ]


def build():
    out = []
    for doc, text, occ, typ, value, anchor, extra in ROWS:
        raw = open(os.path.join(ROOT, "raw", doc + ".txt"), encoding="utf-8").read()
        s = locate(raw, text, occ)
        row = {"doc": doc, "text": text, "start": s, "end": s + len(text), "type": typ,
               "value": value, "anchor": anchor}
        for k in ("mod", "alt", "note"):
            if k in extra:
                row[k] = extra[k]
        out.append(row)
    out.sort(key=lambda r: (r["doc"], r["start"]))
    with open(os.path.join(ROOT, "timex.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")


if __name__ == "__main__":
    build()
