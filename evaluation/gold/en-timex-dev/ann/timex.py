"""Time-expression gold for en-timex-dev (d01..d16), following ../../en-dev/GUIDE.md section 3.

Annotated before the extractor was run on these texts.  Each row: (doc, text, occurrence index
(0-based, among exact matches at word boundaries in the raw text), type, value, anchor, extras).
Offsets are computed here from the raw texts; `python3 ann/timex.py` rewrites ../timex.jsonl and
`python3 evaluation/gold/check_timex.py <this folder>` validates it.  Standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
A, P = "absolute", "publication"

ROWS = [
    # d01 AP via NBC News, UPS results, 2004-10-21 (Thursday)
    ("d01", "third-quarter", 0, "DATE", "2004-Q3", P, {}),
    ("d01", "Thursday", 0, "DATE", "2004-10-21", P, {}),
    ("d01", "the three months", 0, "DURATION", "P3M", A, {"note": "'the three months ending Sept. 30'"}),
    ("d01", "Sept. 30", 0, "DATE", "2004-09-30", P, {}),
    ("d01", "a year ago", 0, "DATE", "2003-Q3", P, {"alt": ["2003"], "note": "the year-earlier quarter"}),
    ("d01", "the July-September period", 0, "DATE", "2004-Q3", P, {}),
    ("d01", "a year ago", 1, "DATE", "2003-Q3", P, {"alt": ["2003"], "note": "the year-earlier quarter"}),
    ("d01", "daily", 0, "SET", "P1D", A, {}),
    ("d01", "per day", 0, "SET", "P1D", A, {}),
    ("d01", "the third quarter in 2003", 0, "DATE", "2003-Q3", A, {}),
    ("d01", "the first nine months of the year", 0, "DURATION", "P9M", A, {"alt": ["2004"]}),
    ("d01", "a year ago", 2, "DATE", "2003", P, {"note": "the year-earlier nine months"}),
    ("d01", "Nine-month", 0, "DURATION", "P9M", A, {}),
    ("d01", "last year", 0, "DATE", "2003", P, {}),
    # d02 CP/AP via Stockhouse, Goodyear and Pfizer results, 2013-10-29 (Tuesday)
    ("d02", "third-quarter", 0, "DATE", "2013-Q3", P, {}),
    ("d02", "Tuesday", 0, "DATE", "2013-10-29", P, {}),
    ("d02", "the July-September period", 0, "DATE", "2013-Q3", P, {}),
    ("d02", "the year", 0, "DATE", "2013", P, {"note": "'operating income for the year'"}),
    ("d02", "third-quarter", 1, "DATE", "2013-Q3", P, {}),
    ("d02", "annually", 0, "SET", "P1Y", A, {}),
    ("d02", "the end of 2011", 0, "DATE", "2011", A, {"mod": "END"}),
    ("d02", "nearly a decade", 0, "DURATION", "P10Y", A, {"mod": "APPROX"}),
    ("d02", "Tuesday", 1, "DATE", "2013-10-29", P, {}),
    ("d02", "a year earlier", 0, "DATE", "2012-Q3", P, {"alt": ["2012"], "note": "the year-earlier quarter"}),
    ("d02", "a year ago", 0, "DATE", "2012-Q3", P, {"alt": ["2012"], "note": "the year-earlier quarter"}),
    # d03 AP via Fox News, Google results, 2006-10-19 (Thursday)
    ("d03", "third-quarter", 0, "DATE", "2006-Q3", P, {}),
    ("d03", "Thursday", 0, "DATE", "2006-10-19", P, {}),
    ("d03", "the three months", 0, "DURATION", "P3M", A, {"note": "'the three months ended in September'"}),
    ("d03", "September", 0, "DATE", "2006-09", P, {}),
    ("d03", "the same time last year", 0, "DATE", "2005-Q3", P, {"alt": ["2005"]}),
    ("d03", "last year", 1, "DATE", "2005", P, {"alt": ["2005-Q3"], "note": "revenue of the year-earlier quarter"}),
    ("d03", "August 2004", 0, "DATE", "2004-08", A, {}),
    ("d03", "eight years", 0, "DURATION", "P8Y", A, {"note": "'just eight years after'"}),
    ("d03", "third quarter", 0, "DATE", "2006-Q3", P, {"note": "in a quote, same day"}),
    ("d03", "third-quarter", 1, "DATE", "2006-Q3", P, {}),
    # d04 KTTC weather, Rochester, Minn., 2020-10-02 (Friday); CDT
    ("d04", "the next several nights", 0, "DURATION", "PXD", A, {}),
    ("d04", "Saturday", 0, "DATE", "2020-10-03", P, {"note": "'Morning temperatures Saturday, Sunday, and Monday'"}),
    ("d04", "Sunday", 0, "DATE", "2020-10-04", P, {}),
    ("d04", "Monday", 0, "DATE", "2020-10-05", P, {}),
    ("d04", "Monday morning", 0, "DATE", "2020-10-05TMO", P, {"alt": ["2020-10-05"]}),
    ("d04", "next week", 0, "DATE", "2020-W41", P, {}),
    ("d04", "Monday", 2, "DATE", "2020-10-05", P, {"note": "'the overnight low above for Monday'"}),
    ("d04", "this weekend", 0, "DATE", "2020-W40-WE", P, {}),
    ("d04", "Saturday", 1, "DATE", "2020-10-03", P, {}),
    ("d04", "Saturday afternoon", 0, "DATE", "2020-10-03TAF", P, {"alt": ["2020-10-03"]}),
    ("d04", "evening", 0, "DATE", "2020-10-03TEV", P, {"alt": ["2020-10-03"], "note": "'Saturday afternoon and evening'"}),
    ("d04", "Sunday", 1, "DATE", "2020-10-04", P, {}),
    ("d04", "the afternoon", 0, "DATE", "2020-10-04TAF", P, {"alt": ["2020-10-04"], "note": "Sunday afternoon"}),
    ("d04", "the evening Saturday", 0, "DATE", "2020-10-03TEV", P, {"alt": ["2020-10-03"]}),
    ("d04", "overnight", 1, "DATE", "2020-10-03TNI", P, {"alt": ["2020-10-04"], "note": "night of Saturday to Sunday"}),
    ("d04", "6-8 p.m.", 0, "TIME", "2020-10-03T18:00-05:00", P, {"mod": "AFTER", "alt": ["2020-10-03T18:00", "2020-10-03T20:00-05:00", "2020-10-03T20:00"], "note": "'after 6-8 p.m.' Saturday; range takes the lower bound; CDT"}),
    ("d04", "next week", 1, "DATE", "2020-W41", P, {}),
    ("d04", "next Friday", 0, "DATE", "2020-10-09", P, {}),
    ("d04", "weekend", 1, "DATE", "2020-W40-WE", P, {"note": "'Have a great weekend!'"}),
    # d05 NOLA.com, Hurricane Michael, 2018-10-10 (Wednesday); Florida Panhandle, CDT
    ("d05", "Wednesday afternoon", 0, "DATE", "2018-10-10TAF", P, {"alt": ["2018-10-10"]}),
    ("d05", "Oct. 10", 0, "DATE", "2018-10-10", P, {}),
    ("d05", "1 p.m. Wednesday", 0, "TIME", "2018-10-10T13:00-05:00", P, {"alt": ["2018-10-10T13:00", "2018-10-10"], "note": "Mexico Beach is on Central time (CDT)"}),
    ("d05", "1935", 0, "DATE", "1935", A, {}),
    ("d05", "1969", 0, "DATE", "1969", A, {}),
    ("d05", "1992", 0, "DATE", "1992", A, {}),
    ("d05", "1 p.m.", 1, "TIME", "2018-10-10T13:00-05:00", P, {"alt": ["2018-10-10T13:00"], "note": "'As of 1 p.m.'"}),
    ("d05", "Wednesday night", 0, "DATE", "2018-10-10TNI", P, {"alt": ["2018-10-10"]}),
    ("d05", "Thursday", 0, "DATE", "2018-10-11", P, {}),
    ("d05", "Friday", 0, "DATE", "2018-10-12", P, {"note": "'sometime Friday'"}),
    # d06 WKRG, Hurricane Laura, 2020-08-27 (Thursday)
    ("d06", "2:00 AM ET", 0, "TIME", "2020-08-27T02:00-04:00", P, {"mod": "BEFORE", "alt": ["2020-08-27T02:00", "2020-08-27"], "note": "'just prior to'; EDT"}),
    ("d06", "1:00 AM CT Thursday", 0, "TIME", "2020-08-27T01:00-05:00", P, {"mod": "BEFORE", "alt": ["2020-08-27T01:00", "2020-08-27"], "note": "CDT"}),
    ("d06", "1851", 0, "DATE", "1851", A, {}),
    ("d06", "2018", 0, "DATE", "2018", A, {}),
    ("d06", "early Thursday", 0, "DATE", "2020-08-27", P, {"mod": "START", "alt": ["2020-08-27TMO"]}),
    ("d06", "the end of the week", 0, "DATE", "2020-W35", P, {"mod": "END"}),
    # d07 Bangkok Post column, 2020-01-25 (Saturday): only the match night; match-clock positions are not annotated
    ("d07", "Tuesday night", 0, "DATE", "2020-01-21TNI", P, {"alt": ["2020-01-21"]}),
    # d08 AP via WIX Sports, tennis rankings, 2023-07-17 (Monday)
    ("d08", "Monday", 0, "DATE", "2023-07-17", P, {}),
    ("d08", "Saturday", 0, "DATE", "2023-07-15", P, {"note": "'Saturday's final'"}),
    ("d08", "Sunday", 0, "DATE", "2023-07-16", P, {}),
    ("d08", "last September", 0, "DATE", "2022-09", P, {"note": "'last September's U.S. Open'"}),
    ("d08", "January", 0, "DATE", "2023-01", P, {"note": "'January's Australian Open'"}),
    ("d08", "May", 0, "DATE", "2023-05", P, {}),
    ("d08", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-07-17"]}),
    ("d08", "15-month", 0, "DURATION", "P15M", A, {}),
    ("d08", "Monday", 1, "DATE", "2023-07-17", P, {}),
    ("d08", "Monday", 2, "DATE", "2023-07-17", P, {}),
    ("d08", "2022", 0, "DATE", "2022", A, {"note": "'2022 Wimbledon winner'"}),
    # d09 AP via The Roanoke Times, tennis rankings, 2020-02-03 (Monday)
    ("d09", "Monday", 0, "DATE", "2020-02-03", P, {}),
    ("d09", "Sunday", 0, "DATE", "2020-02-02", P, {}),
    ("d09", "2008", 0, "DATE", "2008", A, {}),
    ("d09", "Saturday", 0, "DATE", "2020-02-01", P, {"note": "'Saturday's final'"}),
    # d10 WSB-TV, TESS launch, 2018-04-18 (Wednesday); Florida, EDT
    ("d10", "Wednesday evening", 0, "DATE", "2018-04-18TEV", P, {"alt": ["2018-04-18"]}),
    ("d10", "Monday evening", 0, "DATE", "2018-04-16TEV", P, {"alt": ["2018-04-16"]}),
    ("d10", "Wednesday", 1, "DATE", "2018-04-18", P, {"note": "'Wednesday's launch'"}),
    ("d10", "6:51 p.m.", 0, "TIME", "2018-04-18T18:51-04:00", P, {"alt": ["2018-04-18T18:51"], "note": "EDT (Cape Canaveral)"}),
    ("d10", "today at 6:51 p.m. EDT", 0, "TIME", "2018-04-18T18:51-04:00", P, {"alt": ["2018-04-18T18:51", "2018-04-18"], "note": "in the embedded tweet of April 18, 2018; a clock time joined to its day is one span"}),
    ("d10", "22:51 UTC", 0, "TIME", "2018-04-18T22:51Z", P, {"alt": ["2018-04-18T22:51"]}),
    ("d10", "April 18, 2018", 0, "DATE", "2018-04-18", A, {"note": "tweet date"}),
    ("d10", "two-year", 0, "DURATION", "P2Y", A, {}),
    ("d10", "2016", 0, "DATE", "2016", A, {}),
    # d11 Los Angeles Times (wire), Hubble launch date, 1990-04-01 (Sunday)
    ("d11", "Saturday", 0, "DATE", "1990-03-31", P, {}),
    ("d11", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["1990-04-01"]}),
    ("d11", "April 10", 0, "DATE", "1990-04-10", P, {}),
    ("d11", "two days", 0, "DURATION", "P2D", A, {"note": "'two days earlier than originally planned'"}),
    ("d11", "two days", 1, "DURATION", "P2D", A, {}),
    ("d11", "last week", 0, "DATE", "1990-W12", P, {}),
    ("d11", "15 years", 0, "DURATION", "P15Y", A, {}),
    ("d11", "14 billion years", 0, "DURATION", "P14000000000Y", A, {}),
    ("d11", "February", 0, "DATE", "1990-02", P, {}),
    ("d11", "April 18", 0, "DATE", "1990-04-18", P, {}),
    ("d11", "April 12", 0, "DATE", "1990-04-12", P, {}),
    ("d11", "today", 0, "DATE", "1990-04-01", P, {"alt": ["1990-03-31"], "note": "the paper's day; the wire copy was filed on the Saturday"}),
    # d12 Becker's Hospital Review, COVID-19 hospital outbreaks, 2021-10-26 (Tuesday)
    ("d12", "January", 0, "DATE", "2021-01", P, {"note": "'since January'"}),
    ("d12", "mid-August", 0, "DATE", "2021-08", P, {"mod": "MID"}),
    ("d12", "August", 1, "DATE", "2021-08", P, {}),
    ("d12", "July 18", 0, "DATE", "2021-07-18", P, {}),
    ("d12", "June 1", 0, "DATE", "2021-06-01", P, {}),
    ("d12", "March 22", 0, "DATE", "2021-03-22", P, {}),
    ("d12", "the week of Jan. 25", 0, "DATE", "2021-W04", P, {}),
    ("d12", "Jan. 22", 0, "DATE", "2021-01-22", P, {}),
    # d13 Healthcare Facilities Today, CDC flu figures, 2020-01-17 (Friday); flu 'season' not annotated
    ("d13", "the week ending Jan. 4", 0, "DATE", "2020-W01", P, {}),
    ("d13", "the week ending Jan. 4", 1, "DATE", "2020-W01", P, {}),
    ("d13", "17 years ago", 0, "DATE", "2003", P, {}),
    # d14 Sentencing Law and Policy (quoting CNN), Holmes filing, 2023-01-20 (Friday)
    ("d14", "today", 0, "DATE", "2023-01-20", P, {}),
    ("d14", "January 2022", 0, "DATE", "2022-01", A, {}),
    ("d14", "Friday", 0, "DATE", "2023-01-20", P, {}),
    ("d14", "last January", 0, "DATE", "2022-01", P, {}),
    ("d14", "November", 0, "DATE", "2022-11", P, {}),
    ("d14", "more than 11 years", 0, "DURATION", "P11Y", A, {"mod": "MORE_THAN"}),
    ("d14", "this spring", 0, "DATE", "2023-SP", P, {}),
    ("d14", "last year", 0, "DATE", "2022", P, {}),
    ("d14", "monthly", 0, "SET", "P1M", A, {}),
    ("d14", "2022", 1, "DATE", "2022", A, {"note": "'the alleged 2022 incident'"}),
    ("d14", "January 23, 2022", 0, "DATE", "2022-01-23", A, {}),
    ("d14", "January 26, 2022", 0, "DATE", "2022-01-26", A, {}),
    # d15 The Gainesville Sun, school budget, 2009-07-29 (Wednesday); Florida, EDT
    ("d15", "2009", 0, "DATE", "2009", A, {"note": "'2009-10 operating budget': the two years of a school/fiscal year are two DATEs, the project's convention (tests/timex: 'a 2021-22 budget')"}),
    ("d15", "10", 0, "DATE", "2010", A, {"note": "the '10' of '2009-10'"}),
    ("d15", "Tuesday", 0, "DATE", "2009-07-28", P, {}),
    ("d15", "last November", 0, "DATE", "2008-11", P, {}),
    ("d15", "2003", 0, "DATE", "2003", A, {"note": "'the 2003-04 school year', split as above"}),
    ("d15", "04", 0, "DATE", "2004", A, {}),
    ("d15", "Last school year", 0, "DATE", "2008", P, {"alt": ["2009"]}),
    ("d15", "four years", 0, "DURATION", "P4Y", A, {"alt": ["2013"], "note": "'sunsets in four years'"}),
    ("d15", "2010", 0, "DATE", "2010", A, {"note": "'the 2010-11 school year', split as above"}),
    ("d15", "11", 0, "DATE", "2011", A, {}),
    ("d15", "at this point", 0, "DATE", "PRESENT_REF", P, {"alt": ["2009-07-29"]}),
    ("d15", "this school year", 0, "DATE", "2009", P, {"alt": ["2010"]}),
    ("d15", "the year", 0, "DATE", "2009", P, {"alt": ["2010"], "note": "'during the year': the school year 2009-10"}),
    ("d15", "the past two school years", 0, "DURATION", "P2Y", A, {}),
    ("d15", "2009", 1, "DATE", "2009", A, {"note": "'the 2009-10 budget', split as above"}),
    ("d15", "10", 1, "DATE", "2010", A, {}),
    ("d15", "6:30 p.m. Sept. 15", 0, "TIME", "2009-09-15T18:30-04:00", P, {"alt": ["2009-09-15T18:30", "2009-09-15"], "note": "EDT"}),
    # d16 The Atlanta Journal-Constitution, Cobb school board, 2022-07-18 (Monday)
    ("d16", "May", 0, "DATE", "2022-05", P, {}),
    ("d16", "current", 0, "DATE", "PRESENT_REF", P, {"alt": ["2022-07-18"], "note": "'the current tax rate'"}),
    ("d16", "this year", 0, "DATE", "2022", P, {}),
    ("d16", "the next year", 0, "DURATION", "P1Y", A, {"note": "'over the next year'"}),
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
