"""Time-expression gold for en-timex-dev3 (f01..f26), following ../../en-dev/GUIDE.md section 3
and the judgement calls of ../../en-timex-dev/README.md and ../../en-timex-dev2/README.md.

Annotated by reading, before the extractor was run on these texts.  Each row: (doc, text,
occurrence index (0-based, among exact matches at word boundaries in the raw text), type, value,
anchor, extras).  Offsets are computed here from the raw texts; `python3 ann/timex.py` rewrites
../timex.jsonl and `python3 evaluation/gold/check_timex.py <this folder>` validates it.
Standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
A, P = "absolute", "publication"
FY = "fiscal"
ANA = "anaphoric: resolved through another date of the text"

ROWS = [
    # f01 earthquakes off Java (UTC+7) and Cebu (UTC+8), 2025-09-30 (Tuesday)
    ("f01", "late on Tuesday", 0, "DATE", "2025-09-30", P, {"mod": "END"}),
    ("f01", "11:49 pm", 0, "TIME", "2025-09-30T23:49+07:00", P, {"alt": ["2025-09-30T23:49"]}),
    ("f01", "1649 GMT", 0, "TIME", "2025-09-30T16:49Z", P, {}),
    ("f01", "a day earlier", 0, "DATE", "2025-09-29", P, {"note": ANA}),
    ("f01", "00:29 Jakarta time", 0, "TIME", "2025-10-01T00:29+07:00", P, {"alt": ["2025-10-01T00:29"], "note": "after the 23:49 quake: the next day"}),
    ("f01", "Tuesday evening", 0, "DATE", "2025-09-30TEV", P, {"alt": ["2025-09-30"]}),
    ("f01", "9:59 p.m. local time", 0, "TIME", "2025-09-30T21:59+08:00", P, {"alt": ["2025-09-30T21:59"]}),
    ("f01", "1359 GMT", 0, "TIME", "2025-09-30T13:59Z", P, {}),
    # f02 Cyprus earthquake (UTC+2 in winter), 2022-01-11 (Tuesday)
    ("f02", "Tuesday", 0, "DATE", "2022-01-11", P, {}),
    ("f02", "3:08 a.m.", 0, "TIME", "2022-01-11T03:08+02:00", P, {"alt": ["2022-01-11T03:08"]}),
    ("f02", "0108 GMT", 0, "TIME", "2022-01-11T01:08Z", P, {}),
    ("f02", "1996", 0, "DATE", "1996", A, {}),
    ("f02", "the past 120 years", 0, "DURATION", "P120Y", A, {}),
    # f03 Helen of Troy results (fiscal year to end of February: fiscal 2024 = Mar 2023-Feb 2024), 2023-10-04 (Wednesday)
    ("f03", "Wednesday", 0, "DATE", "2023-10-04", P, {}),
    ("f03", "second-quarter", 0, "DATE", "2024-Q2", P, {"alt": ["2023-Q2"], "note": "fiscal 2024's second quarter (June-August 2023)"}),
    ("f03", "the prior-year quarter", 0, "DATE", "2023-Q2", P, {"alt": ["2022-Q2"], "note": "year-earlier fiscal quarter"}),
    ("f03", "the quarter", 0, "DATE", "2024-Q2", P, {"alt": ["2023-Q2"], "note": FY}),
    ("f03", "the year-ago quarter", 0, "DATE", "2023-Q2", P, {"alt": ["2022-Q2"], "note": "year-earlier fiscal quarter"}),
    ("f03", "the quarter", 1, "DATE", "2024-Q2", P, {"alt": ["2023-Q2"], "note": FY}),
    ("f03", "the same quarter last year", 0, "DATE", "2023-Q2", P, {"alt": ["2022-Q2"], "note": "year-earlier fiscal quarter"}),
    ("f03", "the quarter", 2, "DATE", "2024-Q2", P, {"alt": ["2023-Q2"], "note": FY}),
    ("f03", "fiscal 2024", 0, "DATE", "2024", A, {"alt": ["FY2024"]}),
    ("f03", "the year", 1, "DATE", "2024", P, {"alt": ["FY2024"], "note": "the fiscal year of the forecast"}),
    ("f03", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-10-04"]}),
    ("f03", "the fourth quarter of fiscal 2024", 0, "DATE", "2024-Q4", A, {}),
    ("f03", "the third quarter of fiscal 2024", 0, "DATE", "2024-Q3", A, {}),
    ("f03", "today", 0, "DATE", "2023-10-04", P, {}),
    ("f03", "September 23, 2023", 0, "DATE", "2023-09-23", A, {}),
    ("f03", "April 28, 2023", 0, "DATE", "2023-04-28", A, {}),
    ("f03", "the second half of fiscal 2024", 0, "DATE", "2024-H2", A, {}),
    ("f03", "the fourth quarter", 1, "DATE", "2024-Q4", P, {"note": FY}),
    ("f03", "now", 1, "DATE", "PRESENT_REF", P, {"alt": ["2023-10-04"]}),
    ("f03", "the third quarter", 1, "DATE", "2024-Q3", P, {"note": FY}),
    # f04 Mercury Systems (fiscal year to June: fiscal 2024 = Jul 2023-Jun 2024), 2024-02-07 (Wednesday)
    ("f04", "fiscal year 2024", 0, "DATE", "2024", A, {"alt": ["FY2024"]}),
    ("f04", "the first half of the year", 0, "DATE", "2024-H1", P, {"note": "fiscal (July-December 2023)"}),
    ("f04", "full-year", 0, "DATE", "2024", P, {"alt": ["FY2024"], "note": FY}),
    ("f04", "full-year", 1, "DATE", "2024", P, {"alt": ["FY2024"], "note": FY}),
    ("f04", "annual", 0, "SET", "P1Y", A, {}),
    ("f04", "Q2", 0, "DATE", "2024-Q2", P, {"note": "fiscal (October-December 2023)"}),
    ("f04", "the year", 1, "DATE", "2024", P, {"alt": ["FY2024"], "note": FY}),
    ("f04", "year's end", 0, "DATE", "2024", P, {"mod": "END"}),
    ("f04", "the first six months", 0, "DURATION", "P6M", A, {"note": "as en-timex-dev's 'the first nine months of the year'"}),
    # f05 markets (Fed decision of Wednesday 2023-09-20), 2023-09-21 (Thursday)
    ("f05", "Wednesday", 0, "DATE", "2023-09-20", P, {}),
    ("f05", "the end of next year", 0, "DATE", "2024", P, {"mod": "END"}),
    ("f05", "July", 0, "DATE", "2023-07", P, {}),
    ("f05", "this year", 0, "DATE", "2023", P, {}),
    ("f05", "the end of 2023", 0, "DATE", "2023", A, {"mod": "END"}),
    ("f05", "the end of the year", 0, "DATE", "2023", P, {"mod": "END"}),
    ("f05", "June", 0, "DATE", "2023-06", P, {}),
    ("f05", "the end of 2024", 0, "DATE", "2024", A, {"mod": "END"}),
    ("f05", "June", 1, "DATE", "2023-06", P, {}),
    ("f05", "the end of 2025", 0, "DATE", "2025", A, {"mod": "END"}),
    ("f05", "July", 1, "DATE", "2023-07", P, {}),
    ("f05", "almost four months", 0, "DURATION", "P4M", A, {"mod": "LESS_THAN"}),
    ("f05", "the day", 0, "DATE", "2023-09-20", P, {"note": ANA}),
    # f06 weekly market review, 2023-09-11 (Monday); "This Week" lists the coming weekdays
    ("f06", "a holiday-shortened trading week", 0, "DATE", "2023-W36", P, {"note": "the week just past (Labor Day week)"}),
    ("f06", "the week", 0, "DATE", "2023-W36", P, {"note": ANA}),
    ("f06", "last week", 0, "DATE", "2023-W36", P, {}),
    ("f06", "September", 0, "DATE", "2023-09", P, {}),
    ("f06", "November", 0, "DATE", "2023-11", P, {}),
    ("f06", "Friday morning", 0, "DATE", "2023-09-08TMO", P, {"alt": ["2023-09-08"]}),
    ("f06", "a week ago", 0, "DATE", "2023-09-01", P, {"alt": ["2023-09-04"], "note": "a week before that Friday; the publication day minus a week in alt"}),
    ("f06", "Last week", 0, "DATE", "2023-W36", P, {}),
    ("f06", "the end of the year", 0, "DATE", "2023", P, {"mod": "END"}),
    ("f06", "October", 0, "DATE", "2023-10", P, {}),
    ("f06", "three-month", 0, "DURATION", "P3M", A, {}),
    ("f06", "the coming winter months", 0, "DATE", "2023-WI", P, {"alt": ["FUTURE_REF"]}),
    ("f06", "10-month", 0, "DURATION", "P10M", A, {}),
    ("f06", "This Week", 0, "DATE", "2023-W37", P, {}),
    ("f06", "Wednesday", 0, "DATE", "2023-09-13", P, {"note": "this week's schedule"}),
    ("f06", "Thursday", 0, "DATE", "2023-09-14", P, {}),
    ("f06", "Friday", 1, "DATE", "2023-09-15", P, {}),
    # f07 Hurricane Michael (Panhandle landfall in CDT; Tallahassee in EDT), 2018-10-10 (Wednesday)
    ("f07", "noon CT Wednesday", 0, "TIME", "2018-10-10T12:00-05:00", P, {"mod": "AFTER", "alt": ["2018-10-10T12:00"], "note": "'just after noon CT Wednesday'"}),
    ("f07", "late afternoon", 0, "DATE", "2018-10-10TAF", P, {"mod": "END", "alt": ["2018-10-10"]}),
    ("f07", "4 p.m. ET", 0, "TIME", "2018-10-10T16:00-04:00", P, {"alt": ["2018-10-10T16:00"]}),
    ("f07", "a couple more hours", 0, "DURATION", "PT2H", A, {"mod": "APPROX", "alt": ["PTXH"]}),
    ("f07", "Wednesday night", 0, "DATE", "2018-10-10TNI", P, {"alt": ["2018-10-10"]}),
    # f08 Hurricane Maria (EDT), 2017-09-20 (Wednesday)
    ("f08", "9:12 a.m. ET", 0, "TIME", "2017-09-20T09:12-04:00", P, {"alt": ["2017-09-20T09:12"]}),
    ("f08", "6:15 a.m. ET Wednesday", 0, "TIME", "2017-09-20T06:15-04:00", P, {"alt": ["2017-09-20T06:15"]}),
    ("f08", "decades", 0, "DURATION", "PXDE", A, {"alt": ["PXY"], "note": "'in decades': an unknown number of decades"}),
    ("f08", "Wednesday morning", 0, "DATE", "2017-09-20TMO", P, {"alt": ["2017-09-20"]}),
    ("f08", "afternoon", 0, "DATE", "2017-09-20TAF", P, {"alt": ["2017-09-20"]}),
    ("f08", "tonight", 0, "DATE", "2017-09-20TNI", P, {"alt": ["2017-09-20"]}),
    ("f08", "Thursday", 0, "DATE", "2017-09-21", P, {}),
    ("f08", "Wednesday morning", 1, "DATE", "2017-09-20TMO", P, {"alt": ["2017-09-20"]}),
    ("f08", "most recently", 0, "DATE", "PAST_REF", P, {}),
    ("f08", "late Tuesday", 0, "DATE", "2017-09-19", P, {"mod": "END"}),
    ("f08", "Tuesday", 1, "DATE", "2017-09-19", P, {}),
    ("f08", "Tuesday", 2, "DATE", "2017-09-19", P, {}),
    # f09 Tropical Storm Ophelia, 2023-09-23 (Saturday)
    ("f09", "Saturday morning", 0, "DATE", "2023-09-23TMO", P, {"alt": ["2023-09-23"]}),
    ("f09", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-09-23"]}),
    ("f09", "early Saturday", 0, "DATE", "2023-09-23", P, {"mod": "START"}),
    ("f09", "Saturday", 2, "DATE", "2023-09-23", P, {}),
    ("f09", "Sunday", 0, "DATE", "2023-09-24", P, {}),
    ("f09", "overnight", 0, "DATE", "2023-09-22TNI", P, {"alt": ["2023-09-23"], "note": "the night before the Saturday morning of the report"}),
    ("f09", "Friday", 0, "DATE", "2023-09-22", P, {}),
    ("f09", "tonight", 0, "DATE", "2023-09-22TNI", P, {"alt": ["2023-09-23TNI"], "note": "the department's post on the Friday the flooding began"}),
    # f10 Hurricane Florence (EDT), 2018-09-14 (Friday)
    ("f10", "Friday morning", 0, "DATE", "2018-09-14TMO", P, {"alt": ["2018-09-14"]}),
    ("f10", "9:30 a.m.", 0, "TIME", "2018-09-14T09:30-04:00", P, {"alt": ["2018-09-14T09:30"]}),
    ("f10", "6 a.m.", 0, "TIME", "2018-09-14T06:00-04:00", P, {"mod": "APPROX", "alt": ["2018-09-14T06:00"]}),
    ("f10", "late Thursday night", 0, "DATE", "2018-09-13TNI", P, {"mod": "END", "alt": ["2018-09-13"]}),
    # f11 flu vaccination (seasons of flu not annotated, as en-timex-dev), 2013-12-12 (Thursday)
    ("f11", "the same time last year", 0, "DATE", "2012-12-12", P, {"alt": ["2012"]}),
    ("f11", "mid-November", 0, "DATE", "2013-11", P, {"mod": "MID"}),
    ("f11", "today", 0, "DATE", "2013-12-12", P, {}),
    ("f11", "last year", 1, "DATE", "2012", P, {}),
    ("f11", "this year's", 0, "DATE", "2013", P, {}),
    ("f11", "this year's", 1, "DATE", "2013", P, {}),
    ("f11", "January", 0, "DATE", "XXXX-01", P, {"note": "habitual peak months: generic"}),
    ("f11", "March", 0, "DATE", "XXXX-03", P, {"note": "habitual peak months: generic"}),
    ("f11", "Right now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2013-12-12"]}),
    ("f11", "today", 1, "DATE", "2013-12-12", P, {}),
    ("f11", "Dec. 12", 0, "DATE", "2013-12-12", P, {}),
    # f12 annual flu shots, 2013-09-26 (Thursday)
    ("f12", "annual", 0, "SET", "P1Y", A, {}),
    ("f12", "Thursday", 0, "DATE", "2013-09-26", P, {}),
    ("f12", "today", 0, "DATE", "2013-09-26", P, {}),
    ("f12", "morning", 0, "DATE", "2013-09-26TMO", P, {"alt": ["2013-09-26"], "note": "'a morning news conference'"}),
    ("f12", "Every year", 0, "SET", "P1Y", A, {}),
    ("f12", "1976", 0, "DATE", "1976", A, {}),
    ("f12", "2006", 0, "DATE", "2006", A, {}),
    ("f12", "annual", 1, "SET", "P1Y", A, {}),
    ("f12", "the past", 0, "DATE", "PAST_REF", P, {}),
    ("f12", "the future", 0, "DATE", "FUTURE_REF", P, {}),
    ("f12", "last year", 0, "DATE", "2012", P, {}),
    ("f12", "15 consecutive weeks", 0, "DURATION", "P15W", A, {}),
    ("f12", "2009", 0, "DATE", "2009", A, {"note": "'the 2009-2010 pandemic year': two DATEs (project convention)"}),
    ("f12", "2010", 0, "DATE", "2010", A, {}),
    ("f12", "Sept. 27", 0, "DATE", "2013-09-27", P, {}),
    # f13 court (Sittenfeld), 2023-10-09 (Monday)
    ("f13", "Tuesday", 0, "DATE", "2023-10-10", P, {}),
    ("f13", "2020", 0, "DATE", "2020", A, {}),
    ("f13", "A month later", 0, "DATE", "2018-12", P, {"note": ANA}),
    ("f13", "December 2018", 0, "DATE", "2018-12", A, {}),
    ("f13", "July 2022", 0, "DATE", "2022-07", A, {}),
    ("f13", "April", 0, "DATE", "2023-04", P, {}),
    # f14 court (Huizar), 2023-07-10 (Monday)
    ("f14", "December", 0, "DATE", "2023-12", P, {}),
    ("f14", "September", 0, "DATE", "2023-09", P, {}),
    ("f14", "January", 0, "DATE", "2023-01", P, {}),
    ("f14", "multiple years", 0, "DURATION", "PXY", A, {}),
    ("f14", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2023-07-10"], "note": "added after the first system run: missed by the annotator ('a sentencing hearing now scheduled'; the guide's 'now')"}),
    ("f14", "Dec. 15", 0, "DATE", "2023-12-15", P, {}),
    ("f14", "Sept. 25", 0, "DATE", "2023-09-25", P, {}),
    ("f14", "two months", 0, "DURATION", "P2M", A, {}),
    ("f14", "early September", 0, "DATE", "2023-09", P, {"mod": "START"}),
    ("f14", "last week", 0, "DATE", "2023-W27", P, {}),
    ("f14", "2005", 0, "DATE", "2005", A, {}),
    ("f14", "2020", 0, "DATE", "2020", A, {}),
    # f15 court (Huizar), 2023-03-22 (Wednesday)
    ("f15", "September", 0, "DATE", "2023-09", P, {}),
    ("f15", "April 3", 0, "DATE", "2023-04-03", P, {}),
    ("f15", "Monday", 0, "DATE", "2023-03-20", P, {}),
    ("f15", "Sept. 25", 0, "DATE", "2023-09-25", P, {}),
    ("f15", "January", 0, "DATE", "2023-01", P, {}),
    ("f15", "25 years", 0, "DURATION", "P25Y", A, {"mod": "EQUAL_OR_LESS"}),
    ("f15", "nine years", 0, "DURATION", "P9Y", A, {"mod": "LESS_THAN"}),
    ("f15", "13-year", 0, "DURATION", "P13Y", A, {}),
    # f16 county budget (fiscal year from July 1: named by its start year, end year in alt), 2017-06-05 (Monday)
    ("f16", "Tuesday", 0, "DATE", "2017-06-06", P, {}),
    ("f16", "the fiscal year", 0, "DATE", "2017", P, {"alt": ["2018", "FY2018"], "note": "'the fiscal year beginning July 1'"}),
    ("f16", "July 1", 0, "DATE", "2017-07-01", P, {}),
    ("f16", "the current fiscal year", 0, "DATE", "2016", P, {"alt": ["2017", "FY2017"]}),
    ("f16", "the 2016 fiscal year", 0, "DATE", "2016", A, {"alt": ["FY2016"]}),
    ("f16", "2016", 1, "DATE", "2016", A, {"alt": ["FY2016"]}),
    ("f16", "this year", 0, "DATE", "2017", P, {"alt": ["2016", "FY2017"], "note": "'this year's $218.5 million budget': the current fiscal year"}),
    ("f16", "Tuesday", 1, "DATE", "2017-06-06", P, {}),
    ("f16", "the upcoming fiscal year", 0, "DATE", "2017", P, {"alt": ["2018", "FY2018"]}),
    ("f16", "next fiscal year", 0, "DATE", "2017", P, {"alt": ["2018", "FY2018"]}),
    ("f16", "the current fiscal year", 1, "DATE", "2016", P, {"alt": ["2017", "FY2017"]}),
    ("f16", "annual", 0, "SET", "P1Y", A, {}),
    ("f16", "6 p.m.", 0, "TIME", "2017-06-06T18:00-04:00", P, {"alt": ["2017-06-06T18:00"]}),
    ("f16", "this year", 1, "DATE", "2017", P, {}),
    ("f16", "2014", 0, "DATE", "2014", A, {}),
    # f17 county commission (fiscal year from July), 2019-06-25 (Tuesday)
    ("f17", "Monday night", 0, "DATE", "2019-06-24TNI", P, {"alt": ["2019-06-24"]}),
    ("f17", "2019", 0, "DATE", "2019", A, {"note": "'2019-2020 fiscal year': two DATEs (project convention)"}),
    ("f17", "2020", 0, "DATE", "2020", A, {}),
    ("f17", "Each June", 0, "SET", "XXXX-06", A, {}),
    ("f17", "the upcoming fiscal year", 0, "DATE", "2019", P, {"alt": ["2020", "FY2020"]}),
    ("f17", "For now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2019-06-25"]}),
    ("f17", "2018", 0, "DATE", "2018", A, {}),
    ("f17", "2019", 1, "DATE", "2019", A, {}),
    ("f17", "July", 0, "DATE", "2019-07", P, {}),
    ("f17", "weeks", 0, "DURATION", "PXW", A, {}),
    ("f17", "Thursday night", 0, "DATE", "2019-06-20TNI", P, {"alt": ["2019-06-20"]}),
    # f18 county budget (fiscal year from July 1), 2022-09-20 (Tuesday)
    ("f18", "This year", 0, "DATE", "2022", P, {}),
    ("f18", "this year", 0, "DATE", "2022", P, {}),
    ("f18", "annually", 0, "SET", "P1Y", A, {}),
    ("f18", "Sept. 20", 0, "DATE", "2022-09-20", P, {}),
    ("f18", "this year", 1, "DATE", "2022", P, {}),
    ("f18", "last year", 0, "DATE", "2021", P, {}),
    ("f18", "this year", 2, "DATE", "2022", P, {}),
    ("f18", "this year", 3, "DATE", "2022", P, {}),
    ("f18", "The fiscal year", 0, "DATE", "2022", P, {"alt": ["2023", "FY2023"]}),
    ("f18", "July 1", 0, "DATE", "2022-07-01", P, {}),
    ("f18", "the previous year", 0, "DATE", "2021", P, {"alt": ["2022", "FY2022"], "note": "the previous fiscal year"}),
    # f19 county budget (Texas, CDT), 2018-09-15 (Saturday)
    ("f19", "9 a.m. Monday", 0, "TIME", "2018-09-17T09:00-05:00", P, {"alt": ["2018-09-17T09:00"]}),
    ("f19", "2018", 0, "DATE", "2018", A, {"note": "'2018-’19 fiscal year': two DATEs (project convention)"}),
    ("f19", "’19", 0, "DATE", "2019", A, {}),
    ("f19", "a year", 0, "SET", "P1Y", A, {}),
    ("f19", "a year", 1, "SET", "P1Y", A, {}),
    ("f19", "the current year", 0, "DATE", "2018", P, {"alt": ["2017"], "note": "the current (2017-18) budget year"}),
    # f20 sport homecoming (Portland, PDT), 2017-10-14 (Saturday)
    ("f20", "Saturday night", 0, "DATE", "2017-10-14TNI", P, {"alt": ["2017-10-14"]}),
    ("f20", "Sunday", 0, "DATE", "2017-10-15", P, {}),
    ("f20", "Sunday", 1, "DATE", "2017-10-15", P, {}),
    ("f20", "12:45 p.m. Pacific Time", 0, "TIME", "2017-10-15T12:45-07:00", P, {"alt": ["2017-10-15T12:45"]}),
    ("f20", "Sunday", 2, "DATE", "2017-10-15", P, {}),
    ("f20", "7:45 p.m. Pacific Time", 0, "TIME", "2017-10-15T19:45-07:00", P, {"alt": ["2017-10-15T19:45"]}),
    ("f20", "2017", 0, "DATE", "2017", A, {}),
    ("f20", "Sunday", 3, "DATE", "2017-10-15", P, {}),
    ("f20", "Sunday, Oct. 15. at 12:45 p.m. Pacific Time", 0, "TIME", "2017-10-15T12:45-07:00", P, {"alt": ["2017-10-15T12:45", "2017-10-15"], "note": "a clock time joined to its day: one span"}),
    ("f20", "12 p.m. Pacific Time", 0, "TIME", "2017-10-15T12:00-07:00", P, {"alt": ["2017-10-15T12:00"]}),
    ("f20", "Sunday, Oct. 15", 1, "DATE", "2017-10-15", P, {}),
    ("f20", "7:45 p.m. Pacific Time", 1, "TIME", "2017-10-15T19:45-07:00", P, {"alt": ["2017-10-15T19:45"]}),
    ("f20", "7:15 p.m. Pacific Time", 0, "TIME", "2017-10-15T19:15-07:00", P, {"alt": ["2017-10-15T19:15"]}),
    # f21 sport (MLS Cup), 2017-12-10 (Sunday)
    ("f21", "last year", 0, "DATE", "2016", P, {}),
    ("f21", "this year", 0, "DATE", "2017", P, {}),
    ("f21", "the last 364 days", 0, "DURATION", "P364D", A, {}),
    ("f21", "Monday", 0, "DATE", "2017-12-11", P, {}),
    # f22 obituary, 2019-12-28 (Saturday)
    ("f22", "1960", 0, "DATE", "1960", A, {}),
    ("f22", "'62", 0, "DATE", "1962", A, {}),
    ("f22", "2005", 0, "DATE", "2005", A, {}),
    ("f22", "December 22, 2019", 0, "DATE", "2019-12-22", A, {}),
    # f23 launch (Florida, EDT), 2019-04-10 (Wednesday)
    ("f23", "Thursday evening", 0, "DATE", "2019-04-11TEV", P, {"alt": ["2019-04-11"]}),
    ("f23", "Wednesday", 0, "DATE", "2019-04-10", P, {}),
    ("f23", "6:35 p.m.", 0, "TIME", "2019-04-11T18:35-04:00", P, {"alt": ["2019-04-11T18:35"]}),
    ("f23", "nearly two-hour", 0, "DURATION", "PT2H", A, {"mod": "LESS_THAN"}),
    ("f23", "early 2018", 0, "DATE", "2018", A, {"mod": "START"}),
    # f24 launch (Florida, EST), 2022-02-02 (Wednesday)
    ("f24", "now", 0, "DATE", "PRESENT_REF", P, {"alt": ["2022-02-02"], "note": "added after the first system run: missed by the annotator ('SpaceX is now targeting'; the guide's 'now')"}),
    ("f24", "Thursday", 0, "DATE", "2022-02-03", P, {}),
    ("f24", "1:13 p.m. EST", 0, "TIME", "2022-02-03T13:13-05:00", P, {"alt": ["2022-02-03T13:13"]}),
    ("f24", "4:30 p.m. EST", 0, "TIME", "2022-02-03T16:30-05:00", P, {"alt": ["2022-02-03T16:30"]}),
    ("f24", "Wednesday", 0, "DATE", "2022-02-02", P, {}),
    ("f24", "Thursday afternoon", 0, "DATE", "2022-02-03TAF", P, {"alt": ["2022-02-03"]}),
    ("f24", "the end of the weekend", 0, "DATE", "2022-W05-WE", P, {"mod": "END"}),
    ("f24", "this weekend", 0, "DATE", "2022-W05-WE", P, {}),
    ("f24", "1 p.m.", 0, "TIME", "2022-02-05T13:00-05:00", P, {"alt": ["2022-02-05T13:00"]}),
    ("f24", "4 p.m. EST Saturday", 0, "TIME", "2022-02-05T16:00-05:00", P, {"alt": ["2022-02-05T16:00"]}),
    ("f24", "Sunday", 0, "DATE", "2022-02-06", P, {}),
    ("f24", "the weekend", 1, "DATE", "2022-W05-WE", P, {}),
    # f25 housing market history, 2023-01-17 (Tuesday)
    ("f25", "recent months", 0, "DURATION", "PXM", A, {"alt": ["PAST_REF"], "note": "'in recent months'"}),
    ("f25", "2021", 0, "DATE", "2021", A, {}),
    ("f25", "recent", 1, "DATE", "PAST_REF", P, {"note": "'the recent drop', as en-timex-dev2's 'its recent high'"}),
    ("f25", "2012", 0, "DATE", "2012", A, {}),
    ("f25", "2008", 0, "DATE", "2008", A, {}),
    ("f25", "the second half of 2020", 0, "DATE", "2020-H2", A, {}),
    # f26 housing market history, 2022-04-26 (Tuesday)
    ("f26", "2006", 0, "DATE", "2006", A, {}),
    ("f26", "early 2021", 0, "DATE", "2021", A, {"mod": "START"}),
    ("f26", "November 2006", 0, "DATE", "2006-11", A, {}),
    ("f26", "2012", 0, "DATE", "2012", A, {}),
    ("f26", "December 2020", 0, "DATE", "2020-12", A, {}),
    ("f26", "March 2022", 0, "DATE", "2022-03", A, {}),
    ("f26", "March 2022", 1, "DATE", "2022-03", A, {}),
    ("f26", "2006", 2, "DATE", "2006", A, {"note": "'2006-2008 peak': two DATEs (project convention)"}),
    ("f26", "2008", 0, "DATE", "2008", A, {}),
    ("f26", "2006", 3, "DATE", "2006", A, {}),
    ("f26", "2008", 1, "DATE", "2008", A, {}),
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
