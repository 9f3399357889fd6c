"""Time-expression gold for en-timex-dev2 (e01..e15), following ../../en-dev/GUIDE.md section 3.

Annotated before the extractor was run on these texts.  Each row: (doc, text, occurrence index
(0-based, among exact matches at word boundaries in the raw text), type, value, anchor, extras).
Offsets are computed here from the raw texts; `python3 ann/timex.py` rewrites ../timex.jsonl and
`python3 evaluation/gold/check_timex.py <this folder>` validates it.  Standard library only.  Documents without a publication date
(e02, e07, e08, e10) take TIMEX3-underspecified values (docs/decisions.md).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
A, P = "absolute", "publication"
U = "no publication date: underspecified"

ROWS = [
    # e01 obituary (legacy.com, Deseret News), 2020-07-05 (Sunday)
    ("e01", "Sunday June 28, 2020", 0, "DATE", "2020-06-28", A, {}),
    ("e01", "94 full years", 0, "DURATION", "P94Y", A, {"note": "'after 94 full years on earth', a life's length stated as a duration"}),
    ("e01", "March 5, 1926", 0, "DATE", "1926-03-05", A, {}),
    ("e01", "June 26, 1945", 0, "DATE", "1945-06-26", A, {}),
    ("e01", "many years", 0, "DURATION", "PXY", A, {}),
    ("e01", "countless hours", 0, "DURATION", "PTXH", A, {}),
    ("e01", "many years", 1, "DURATION", "PXY", A, {}),
    # e02 court (blog copy of a Chicago report), no publication date
    ("e02", "Monday", 0, "DATE", "XXXX-WXX-1", P, {"note": U}),
    ("e02", "Dec. 6", 0, "DATE", "XXXX-12-06", P, {"note": U}),
    ("e02", "last summer", 0, "DATE", "XXXX-SU", P, {"note": U}),
    ("e02", "2008", 0, "DATE", "2008", A, {}),
    ("e02", "Monday afternoon", 0, "DATE", "XXXX-WXX-1TAF", P, {"alt": ["XXXX-WXX-1"], "note": U}),
    ("e02", "Dec. 7", 0, "DATE", "XXXX-12-07", P, {"note": U}),
    ("e02", "more than one day", 0, "DURATION", "P1D", A, {"mod": "MORE_THAN"}),
    ("e02", "Oct. 6", 0, "DATE", "XXXX-10-06", P, {"note": U}),
    ("e02", "last week", 0, "DATE", "XXXX-WXX", P, {"note": U}),
    ("e02", "30 years", 0, "DURATION", "P30Y", A, {"note": "'30 years to life': lower bound"}),
    ("e02", "last year", 0, "DATE", "XXXX", P, {"note": U}),
    ("e02", "June", 0, "DATE", "XXXX-06", P, {"note": U}),
    # e03 transport (Daily Mail, UK rail), 2023-10-06 (Friday)
    ("e03", "another weekend", 0, "DATE", "2023-W40-WE", P, {"note": "the coming weekend"}),
    ("e03", "a week", 0, "DURATION", "P1W", A, {"alt": ["2023-W40"], "note": "'following a week of disruption'"}),
    ("e03", "all weekend", 0, "DATE", "2023-W40-WE", P, {}),
    ("e03", "Sunday", 0, "DATE", "2023-10-08", P, {}),
    ("e03", "all weekend", 1, "DATE", "2023-W40-WE", P, {}),
    ("e03", "Sunday", 1, "DATE", "2023-10-08", P, {}),
    ("e03", "Sunday", 2, "DATE", "2023-10-08", P, {}),
    ("e03", "all weekend", 2, "DATE", "2023-W40-WE", P, {}),
    ("e03", "Sunday", 3, "DATE", "2023-10-08", P, {}),
    ("e03", "the end of a bruising week", 0, "DATE", "2023-W40", P, {"mod": "END"}),
    ("e03", "five days", 0, "DURATION", "P5D", A, {}),
    ("e03", "today", 0, "DATE", "2023-10-06", P, {}),
    ("e03", "today", 1, "DATE", "2023-10-06", P, {}),
    ("e03", "today", 2, "DATE", "2023-10-06", P, {}),
    # e04 press release (Scholastic, fiscal year ends May 31), 2017-07-20 (Thursday)
    ("e04", "July 20, 2017", 0, "DATE", "2017-07-20", A, {}),
    ("e04", "today", 0, "DATE", "2017-07-20", P, {}),
    ("e04", "fiscal fourth quarter", 0, "DATE", "2017-Q4", P, {"note": "fiscal (March-May 2017)"}),
    ("e04", "full year", 0, "DATE", "2017", P, {"alt": ["FY2017"], "note": "fiscal"}),
    ("e04", "May 31", 0, "DATE", "2017-05-31", P, {}),
    ("e04", "Fiscal 2017", 0, "DATE", "2017", A, {"alt": ["FY2017"]}),
    ("e04", "the prior year period", 0, "DATE", "2016", P, {"alt": ["FY2016"], "note": "fiscal"}),
    ("e04", "the year", 0, "DATE", "2017", P, {"alt": ["FY2017"], "note": "'increased 4% for the year', fiscal"}),
    ("e04", "the fourth quarter", 0, "DATE", "2017-Q4", P, {"note": "fiscal"}),
    ("e04", "the prior year", 1, "DATE", "2016", P, {"alt": ["FY2016"], "note": "fiscal"}),
    ("e04", "prior year", 2, "DATE", "2016", P, {"alt": ["FY2016"], "note": "'up 17% from prior year', fiscal"}),
    ("e04", "the prior year period", 1, "DATE", "2016", P, {"alt": ["FY2016"], "note": "fiscal"}),
    ("e04", "fiscal 2017", 0, "DATE", "2017", A, {"alt": ["FY2017"]}),
    ("e04", "the first half of the year", 0, "DATE", "2017-H1", P, {"note": "fiscal (June-November 2016)"}),
    ("e04", "the fourth quarter", 1, "DATE", "2017-Q4", P, {"note": "fiscal, in a quote"}),
    # e05 press release (Universal Health Services), 2022-06-30 (Thursday)
    ("e05", "June 30, 2022", 0, "DATE", "2022-06-30", A, {}),
    ("e05", "today", 0, "DATE", "2022-06-30", P, {}),
    ("e05", "April", 0, "DATE", "2022-04", A, {"note": "'April and May of 2022'"}),
    ("e05", "May of 2022", 0, "DATE", "2022-05", A, {}),
    ("e05", "annual", 0, "SET", "P1Y", A, {"note": "'annual operating results forecast'"}),
    ("e05", "the year", 0, "DATE", "2022", P, {"note": "'the year ended December 31, 2022'"}),
    ("e05", "December 31, 2022", 0, "DATE", "2022-12-31", A, {}),
    ("e05", "April", 1, "DATE", "2022-04", A, {}),
    ("e05", "May of 2022", 1, "DATE", "2022-05", A, {}),
    ("e05", "the three-month period", 0, "DURATION", "P3M", A, {}),
    ("e05", "June 30, 2022", 1, "DATE", "2022-06-30", A, {}),
    ("e05", "the second quarter of 2022", 0, "DATE", "2022-Q2", A, {}),
    ("e05", "April", 2, "DATE", "2022-04", A, {}),
    ("e05", "May of 2022", 2, "DATE", "2022-05", A, {}),
    ("e05", "the first quarter of 2022", 0, "DATE", "2022-Q1", A, {}),
    ("e05", "the second quarter of 2022", 1, "DATE", "2022-Q2", A, {}),
    # e06 education (NBC 11 News, Charleston W.Va.), 2020-04-21 (Tuesday)
    ("e06", "the rest of the school year", 0, "DATE", "2019", P, {"alt": ["2020"], "note": "school year 2019-20"}),
    ("e06", "Tuesday morning", 0, "DATE", "2020-04-21TMO", P, {"alt": ["2020-04-21"]}),
    ("e06", "April 30", 0, "DATE", "2020-04-30", P, {}),
    ("e06", "14 days", 0, "DURATION", "P14D", A, {}),
    ("e06", "the school year", 1, "DATE", "2019", P, {"alt": ["2020"]}),
    ("e06", "May 15", 0, "DATE", "2020-05-15", P, {}),
    ("e06", "May", 1, "DATE", "2020-05", P, {"note": "'Graduation is canceled in May'"}),
    ("e06", "July 1", 0, "DATE", "2020-07-01", P, {}),
    ("e06", "July 1", 1, "DATE", "2020-07-01", P, {}),
    ("e06", "April 6-17", 0, "DATE", "2020-04-06", P, {"alt": ["2020-04-17"], "note": "range: lower bound"}),
    ("e06", "the future", 0, "DATE", "FUTURE_REF", P, {}),
    # e07 education (school principal's letter), no publication date
    ("e07", "last night", 0, "DATE", "XXXX-XX-XXTNI", P, {"alt": ["XXXX-XX-XX"], "note": U}),
    ("e07", "this morning", 0, "DATE", "XXXX-XX-XXTMO", P, {"alt": ["XXXX-XX-XX"], "note": U}),
    ("e07", "this time", 0, "DATE", "PRESENT_REF", P, {"note": "'during this time'"}),
    ("e07", "last night", 1, "DATE", "XXXX-XX-XXTNI", P, {"alt": ["XXXX-XX-XX"], "note": U}),
    ("e07", "April 20th", 0, "DATE", "XXXX-04-20", P, {"note": U}),
    ("e07", "April 14th", 0, "DATE", "XXXX-04-14", P, {"note": U}),
    ("e07", "the future", 0, "DATE", "FUTURE_REF", P, {}),
    ("e07", "this morning", 1, "DATE", "XXXX-XX-XXTMO", P, {"alt": ["XXXX-XX-XX"], "note": U}),
    ("e07", "these next few weeks", 0, "DURATION", "PXW", A, {}),
    ("e07", "sometime next week", 0, "DATE", "XXXX-WXX", P, {"note": U}),
    ("e07", "At this time", 0, "DATE", "PRESENT_REF", P, {}),
    ("e07", "every year", 0, "SET", "P1Y", A, {}),
    # e08 education (school board member's blog, Hurricane Ike), no publication date
    ("e08", "This morning", 0, "DATE", "XXXX-XX-XXTMO", P, {"alt": ["XXXX-XX-XX"], "note": U}),
    ("e08", "this week", 0, "DATE", "XXXX-WXX", P, {"note": U}),
    ("e08", "Friday, September 19", 0, "DATE", "XXXX-09-19", P, {"note": U}),
    ("e08", "Monday, September 22", 0, "DATE", "XXXX-09-22", P, {"note": U}),
    ("e08", "the next few weeks", 0, "DURATION", "PXW", A, {}),
    # e09 election outside Russia (Sweden, blog copy of The Sunday Telegraph), 2010-09-20 (Monday)
    ("e09", "Sunday night", 0, "DATE", "2010-09-19TNI", P, {"alt": ["2010-09-19"]}),
    ("e09", "1914", 0, "DATE", "1914", A, {}),
    ("e09", "80 year", 0, "DURATION", "P80Y", A, {"note": "'80 year domination'"}),
    ("e09", "the night", 0, "DATE", "2010-09-19TNI", P, {"alt": ["2010-09-19"], "note": "election night, anaphoric"}),
    # e10 election outside Russia (UK 2024, aggregator copy), no publication date
    ("e10", "the coming hours", 0, "DATE", "FUTURE_REF", P, {"alt": ["PTXH"]}),
    ("e10", "Today", 0, "DATE", "XXXX-XX-XX", P, {"note": U + "; in a quote"}),
    ("e10", "tonight", 0, "DATE", "XXXX-XX-XXTNI", P, {"alt": ["XXXX-XX-XX"], "note": U + "; in a quote"}),
    # e11 entertainment (Hollywood Reporter copy), 2023-10-12 (Thursday)
    ("e11", "Thursday", 0, "DATE", "2023-10-12", P, {}),
    ("e11", "Thursday", 1, "DATE", "2023-10-12", P, {}),
    ("e11", "6 p.m.", 0, "TIME", "2023-10-12T18:00", P, {"note": "North America, local time: no zone"}),
    ("e11", "Friday", 0, "DATE", "2023-10-13", P, {}),
    ("e11", "the weekend", 0, "DATE", "2023-W41-WE", P, {}),
    ("e11", "Thursday morning at 10 a.m.", 0, "TIME", "2023-10-12T10:00", P, {"alt": ["2023-10-12TMO", "2023-10-12"]}),
    ("e11", "6 p.m. local time on Friday", 0, "TIME", "2023-10-13T18:00", P, {"alt": ["2023-10-13"]}),
    # e12 markets (CNNMoney), 2010-06-30 (Wednesday)
    ("e12", "the first half of the year", 0, "DATE", "2010-H1", P, {}),
    ("e12", "the second quarter", 0, "DATE", "2010-Q2", P, {}),
    ("e12", "the second half", 0, "DATE", "2010-H2", P, {}),
    ("e12", "late April", 0, "DATE", "2010-04", P, {"mod": "END"}),
    ("e12", "6-month", 0, "DURATION", "P6M", A, {"note": "'more than 6-month lows'"}),
    ("e12", "year-end", 0, "DATE", "2010", P, {"mod": "END"}),
    ("e12", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2010-06-30"]}),
    ("e12", "now", 1, "DATE", "PRESENT_REF", P, {"alt": ["2010-06-30"]}),
    ("e12", "Late Wednesday", 0, "DATE", "2010-06-30", P, {"mod": "END", "alt": ["2010-06-30TEV", "2010-06-30TNI"]}),
    ("e12", "12-month", 0, "DURATION", "P12M", A, {}),
    ("e12", "year-to-date", 0, "DATE", "2010", P, {"note": "the year so far"}),
    ("e12", "the past two months", 0, "DURATION", "P2M", A, {}),
    ("e12", "May", 0, "DATE", "2010-05", P, {}),
    ("e12", "June", 0, "DATE", "2010-06", P, {}),
    # e13 air travel (Reuters via Yahoo), 2022-12-26 (Monday)
    ("e13", "the Christmas weekend", 0, "DATE", "2022-W51-WE", P, {}),
    ("e13", "Monday", 0, "DATE", "2022-12-26", P, {}),
    ("e13", "early afternoon", 0, "DATE", "2022-12-26TAF", P, {"mod": "START", "alt": ["2022-12-26"]}),
    ("e13", "early afternoon", 1, "DATE", "2022-12-26TAF", P, {"mod": "START", "alt": ["2022-12-26"]}),
    ("e13", "days", 0, "DURATION", "PXD", A, {"note": "'stuck in Seattle for days'"}),
    ("e13", "early Monday", 0, "DATE", "2022-12-26", P, {"mod": "START", "alt": ["2022-12-26TMO"]}),
    ("e13", "Wednesday", 0, "DATE", "2022-12-28", P, {}),
    ("e13", "late on Sunday", 0, "DATE", "2022-12-25", P, {"mod": "END", "alt": ["2022-12-25TEV", "2022-12-25TNI"]}),
    ("e13", "overnight", 0, "DATE", "2022-12-25TNI", P, {"alt": ["2022-12-26"], "note": "night of Sunday to Monday"}),
    ("e13", "another two days", 0, "DURATION", "P2D", A, {}),
    # e14 press release (Intuit via Business Wire; fiscal year ends July 31), 2001-03-16 (Friday)
    ("e14", "March 16, 2001", 0, "DATE", "2001-03-16", A, {}),
    ("e14", "today", 0, "DATE", "2001-03-16", P, {}),
    ("e14", "March 15", 0, "DATE", "2001-03-15", P, {}),
    ("e14", "fiscal 2001", 0, "DATE", "2001", A, {"alt": ["FY2001"]}),
    ("e14", "annual", 0, "SET", "P1Y", A, {"note": "'32 percent annual growth'"}),
    ("e14", "second quarter", 0, "DATE", "2001-Q2", P, {"note": "fiscal (November 2000-January 2001)"}),
    ("e14", "February", 0, "DATE", "2001-02", P, {}),
    ("e14", "the prior year", 0, "DATE", "2000", P, {"alt": ["FY2000"], "note": "fiscal"}),
    ("e14", "fiscal year 2002", 0, "DATE", "2002", A, {"alt": ["FY2002"]}),
    ("e14", "Aug. 1", 0, "DATE", "2001-08-01", P, {}),
    ("e14", "fiscal 2003", 0, "DATE", "2003", A, {"alt": ["FY2003"]}),
    ("e14", "fiscal 2004", 0, "DATE", "2004", A, {"alt": ["FY2004"]}),
    ("e14", "fiscal 2001", 1, "DATE", "2001", A, {"alt": ["FY2001"]}),
    ("e14", "third quarter", 0, "DATE", "2001-Q3", P, {"note": "fiscal (February-April 2001)"}),
    ("e14", "fourth quarter fiscal 2001", 0, "DATE", "2001-Q4", A, {"note": "fiscal (May-July 2001)"}),
    ("e14", "second quarter", 1, "DATE", "2001-Q2", P, {"note": "fiscal"}),
    ("e14", "the third quarter", 0, "DATE", "2001-Q3", P, {"note": "fiscal"}),
    ("e14", "the fourth quarter", 0, "DATE", "2001-Q4", P, {"note": "fiscal"}),
    ("e14", "the fourth quarter each year", 0, "SET", "XXXX-Q4", A, {}),
    # e15 markets (Yahoo Finance copy), 2023-10-31 (Tuesday)
    ("e15", "March 2020", 0, "DATE", "2020-03", A, {}),
    ("e15", "Friday", 0, "DATE", "2023-10-27", P, {}),
    ("e15", "recent", 0, "DATE", "PAST_REF", P, {"note": "'its recent high'"}),
    ("e15", "nearly three months ago", 0, "DATE", "2023-07", P, {"mod": "APPROX"}),
    ("e15", "this year", 0, "DATE", "2023", P, {}),
    ("e15", "2023", 0, "DATE", "2023", A, {}),
    ("e15", "summer", 0, "DATE", "2023-SU", P, {"note": "'Since summer.'"}),
    ("e15", "Tuesday morning", 0, "DATE", "2023-10-31TMO", P, {"alt": ["2023-10-31"]}),
    ("e15", "the summer", 0, "DATE", "2023-SU", P, {}),
    ("e15", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-10-31"]}),
    ("e15", "16 years", 0, "DURATION", "P16Y", A, {}),
    ("e15", "this year", 1, "DATE", "2023", P, {}),
    ("e15", "Recently", 0, "DATE", "PAST_REF", P, {}),
    ("e15", "currently", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-10-31"]}),
    ("e15", "late July", 0, "DATE", "2023-07", P, {"mod": "END"}),
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
