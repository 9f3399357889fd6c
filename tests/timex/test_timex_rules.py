"""Unit tests for ``transforms.timex.extract``: one block per expression family.

The DCT is fixed at Thursday 2024-11-07 unless a test says otherwise. Most tests
run without a parse (the text-cue fallback for tense); the ``nlp`` tests check the
parse-based tense that the pipeline uses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from contract.records import TimexRecord
from transforms.timex.extract import extract_timexes

DCT = dt.date(2024, 11, 7)  # a Thursday, ISO week 2024-W45


def tx(text: str, dct: dt.date | None = DCT, doc: Any = None) -> list[TimexRecord]:
    return list(extract_timexes(text, published_date=dct, doc=doc))


def one(text: str, dct: dt.date | None = DCT, doc: Any = None) -> TimexRecord:
    recs = tx(text, dct, doc)
    assert len(recs) == 1, recs
    return recs[0]


def values(text: str, dct: dt.date | None = DCT, doc: Any = None) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in tx(text, dct, doc)]


# ---- absolute dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It happened on November 6, 2024, in Moscow.", "November 6, 2024", "2024-11-06"),
        ("The summit in Danang on Nov. 11, 2017.", "Nov. 11, 2017", "2017-11-11"),
        ("Data as of 2024-11-06 show it.", "2024-11-06", "2024-11-06"),
        ("Signed on 6 November 2024 in Minsk.", "6 November 2024", "2024-11-06"),
        ("Signed on the 5th of November, 2024.", "the 5th of November, 2024", "2024-11-05"),
        ("On Friday, March 22, 2013, it rained.", "Friday, March 22, 2013", "2013-03-22"),
        ("Filed 11/06/2024 in court.", "11/06/2024", "2024-11-06"),
        ("The war began in February 2022.", "February 2022", "2022-02"),
        ("The vote was in 2016.", "2016", "2016"),
        ("in the 1990s", "1990s", "199"),
        ("in the 20th century", "20th century", "19"),
        ("Q3 2024 profit fell.", "Q3 2024", "2024-Q3"),
        ("in the third quarter of 2024", "the third quarter of 2024", "2024-Q3"),
        ("in the spring of 2022", "spring of 2022", "2022-SP"),
        ("Easter 2025 falls late.", "Easter 2025", "2025-04-20"),
    ],
)
def test_absolute_dates(text: str, span: str, value: str) -> None:
    r = one(text)
    assert (r.text, r.value, r.type, r.anchor) == (span, value, "DATE", "absolute")
    assert text[r.char_start : r.char_end] == r.text


def test_absolute_date_intervals() -> None:
    day = one("on Nov. 11, 2017")
    assert (day.date_start, day.date_end) == (dt.date(2017, 11, 11),) * 2
    month = one("in February 2024")
    assert (month.date_start, month.date_end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    year = one("since 2016")
    assert (year.date_start, year.date_end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    dec = one("in the 1990s")
    assert (dec.date_start, dec.date_end) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))


def test_two_months_one_span_interval() -> None:
    r = one("They were in contact in November and December 2024, officials said.")
    assert r.text == "November and December 2024"
    assert r.value == "2024-11/2024-12"
    assert (r.date_start, r.date_end) == (dt.date(2024, 11, 1), dt.date(2024, 12, 31))


def test_range_takes_the_year_written_at_its_end() -> None:
    got = values("covering 1 January to 30 June 2024 and Dec. 28 to Jan. 3, 2025")
    assert got == [
        ("1 January", "2024-01-01"),
        ("30 June 2024", "2024-06-30"),
        ("Dec. 28", "2024-12-28"),
        ("Jan. 3, 2025", "2025-01-03"),
    ]


def test_invalid_calendar_dates_are_dropped() -> None:
    assert all(r.value != "2023-02-30" for r in tx("on February 30, 2023"))


# ---- numbers that are not years -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Help us get 1,000 new members!",
        "All thanks to 12,000 supporters.",
        "Biden seeks to cancel over $4.5 billion of debt.",
        "one in 10,000 readers",
        "He paid $2,024 for it.",
        "Flight 1549 landed on the Hudson.",
        "Turnout rose to 1999 percent",
        "The A330 landed at gate 2019.",
        "Call 1-800-2024 for tickets",
        "an F-2016 prototype",
        "UN Resolution 2231 was adopted.",
    ],
)
def test_numbers_are_not_years(text: str) -> None:
    assert [r for r in tx(text) if r.type == "DATE"] == []


def test_year_before_a_plural_count_needs_the_parse() -> None:
    assert tx("Some 2000 soldiers were killed.") == []
    assert values("illegal under the 1799 Logan Act") == [("1799", "1799")]
    assert values("a 2009 analysis by the CBO") == [("2009", "2009")]


def test_year_ranges() -> None:
    assert values("the pandemic of 2009-2010") == [("2009", "2009"), ("2010", "2010")]
    assert values("the expedition of 1957-58") == [("1957", "1957"), ("58", "1958")]


# ---- month-day without year: nearest year, forward in the future ----------------------


def test_month_day_nearest_year() -> None:
    dct = dt.date(2025, 1, 14)
    assert one("following Trump's Nov. 5 election victory", dct).value == "2024-11-05"
    assert one("in the lead-up to his Jan. 20 inauguration", dct).value == "2025-01-20"
    r = one("the Jan. 20 inauguration", dct)
    assert (r.anchor, r.date_start, r.date_end) == (
        "publication",
        dt.date(2025, 1, 20),
        dt.date(2025, 1, 20),
    )


def test_month_day_year_inference_around_new_year() -> None:
    # published Jan 3: late December is last year, early February this year
    dct = dt.date(2025, 1, 3)
    assert one("the Dec. 28 strike", dct).value == "2024-12-28"
    assert one("the Feb. 2 deadline", dct).value == "2025-02-02"
    # published Dec 30: "Jan. 2" in the future tense is next year
    dct = dt.date(2024, 12, 30)
    assert one("Talks will resume on Jan. 2.", dct).value == "2025-01-02"
    assert one("Talks ended on Dec. 20.", dct).value == "2024-12-20"


def test_month_day_future_and_past_tense() -> None:
    # a date after the DCT in a past-tense sentence is last year's
    assert one("He was arrested on Dec. 12 in Brussels.").value == "2023-12-12"
    assert one("The summit will open on Dec. 12 in Brussels.").value == "2024-12-12"
    assert one("It can be disclosed after Jan. 20.", dt.date(2025, 1, 14)).value == "2025-01-20"


# ---- weekdays ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin on Thursday congratulated Trump.", "2024-11-07"),  # the DCT itself
        ("In the run-up to Tuesday’s election, officials said little.", "2024-11-05"),
        ("He said in an interview on Wednesday.", "2024-11-06"),
        ("Earlier on Wednesday, Peskov told journalists.", "2024-11-06"),
        ("Officials met on Saturday.", "2024-11-02"),
        ("The talks will resume on Monday.", "2024-11-11"),
        ("They will meet next Friday.", "2024-11-08"),
        ("They met last Friday.", "2024-11-01"),
        ("They met last Thursday.", "2024-10-31"),
    ],
)
def test_weekdays(text: str, value: str) -> None:
    r = one(text)
    assert r.value == value
    assert r.anchor == "publication"
    assert r.date_start == r.date_end == dt.date.fromisoformat(value)


def test_weekday_span_excludes_possessive_and_preposition() -> None:
    r = one("In the run-up to Tuesday’s election.")
    assert r.text == "Tuesday"
    assert one("Earlier on Wednesday, he spoke.").text == "Wednesday"


def test_super_tuesday_is_not_a_plain_tuesday() -> None:
    assert tx("Super Tuesday results") == []


# ---- months and seasons -----------------------------------------------------------------


def test_bare_months_follow_tense() -> None:
    assert one("Carlson flew to Moscow in February to interview Putin.").value == "2024-02"
    assert one("He was freed in a prisoner exchange in August.").value == "2024-08"
    assert one("It would be good to reach the borders by January.").value == "2025-01"


def test_modal_may_and_verb_march_are_not_months() -> None:
    assert tx("Prices may rise and workers march.") == []
    assert values("Prices will rise in May.") == [("May", "2025-05")]
    assert tx("April Ryan asked a question.") == []


def test_seasons() -> None:
    r = one("after surviving the assassination attempt last summer")
    assert (r.text, r.value) == ("last summer", "2024-SU")
    assert (r.date_start, r.date_end) == (dt.date(2024, 6, 1), dt.date(2024, 8, 31))
    assert one("this winter may be cold").value == "2024-WI"
    w = one("in the winter of 2023")
    assert (w.date_start, w.date_end) == (dt.date(2023, 12, 1), dt.date(2024, 2, 29))
    assert one("last summer", dt.date(2013, 3, 22)).value == "2012-SU"
    assert tx("the fall of Kabul") == []


# ---- relative expressions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "start", "end"),
    [
        ("Last week, the Kremlin said", "Last week", "2024-W44", "2024-10-28", "2024-11-03"),
        ("messages this week to", "this week", "2024-W45", "2024-11-04", "2024-11-10"),
        ("due next month", "next month", "2024-12", "2024-12-01", "2024-12-31"),
        ("earlier this year", "earlier this year", "2024", "2024-01-01", "2024-12-31"),
        ("last year", "last year", "2023", "2023-01-01", "2023-12-31"),
        ("next year", "next year", "2025", "2025-01-01", "2025-12-31"),
        ("today", "today", "2024-11-07", "2024-11-07", "2024-11-07"),
        ("yesterday", "yesterday", "2024-11-06", "2024-11-06", "2024-11-06"),
        ("tomorrow", "tomorrow", "2024-11-08", "2024-11-08", "2024-11-08"),
        ("two years ago", "two years ago", "2022", "2022-01-01", "2022-12-31"),
        ("ten days ago", "ten days ago", "2024-10-28", "2024-10-28", "2024-10-28"),
        ("by the end of the month", "the end of the month", "2024-11", "2024-11-01", "2024-11-30"),
        (
            "Over the weekend, talks stalled",
            "the weekend",
            "2024-W44-WE",
            "2024-11-02",
            "2024-11-03",
        ),
    ],
)
def test_relative(text: str, span: str, value: str, start: str, end: str) -> None:
    r = one(text)
    assert (r.text, r.value, r.anchor) == (span, value, "publication")
    assert (r.date_start, r.date_end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_last_week_across_new_year() -> None:
    assert one("Last week, officials said", dt.date(2025, 1, 14)).value == "2025-W02"
    assert one("Last week, officials said", dt.date(2025, 1, 2)).value == "2024-W52"


@pytest.mark.parametrize("word", ["now", "Right now", "currently", "at present", "these days"])
def test_present_ref(word: str) -> None:
    r = one(f"The dialogue is {word} frozen." if word[0].islower() else f"{word}, it is frozen.")
    assert r.value == "PRESENT_REF"
    assert r.date_start == r.date_end == DCT


def test_now_inside_names_and_compounds() -> None:
    assert tx("the now-defunct party") == []
    assert tx("the group Peace Now said") == []


def test_past_and_future_refs() -> None:
    assert values("In the past, he supported it.") == [("the past", "PAST_REF")]
    assert values("In the future, things may change.") == [("the future", "FUTURE_REF")]


# ---- durations and sets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Moscow’s three-year war on Ukraine", "three-year", "P3Y"),
        ("its nearly three-year war", "nearly three-year", "P3Y"),
        ("tried for four years to", "four years", "P4Y"),
        ("over the past two months to", "the past two months", "P2M"),
        ("end the war in a day", "a day", "P1D"),
        ("end the war in a single day", "a single day", "P1D"),
        ("vacant for weeks", "weeks", "PXW"),
        ("in recent years", "recent years", "PXY"),
        ("the next few months", "the next few months", "PXM"),
        ("more than a decade", "more than a decade", "P10Y"),
        ("It lasted 45 minutes.", "45 minutes", "PT45M"),
        ("a mere 24 hours", "a mere 24 hours", "PT24H"),
        ("half an hour", "half an hour", "PT30M"),
        ("a 90-day sentence", "90-day", "P90D"),
        ("two and a half years", "two and a half years", "P2Y6M"),
    ],
)
def test_durations(text: str, span: str, value: str) -> None:
    r = one(text)
    assert (r.text, r.type, r.value) == (span, "DURATION", value)
    assert r.date_start is None and r.date_end is None


def test_ages_are_not_durations() -> None:
    assert tx("his 22-year-old son") == []
    assert tx("He is 72 years old.") == []
    assert tx("children 6 months and older") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("held every year", "P1Y"),
        ("published annually", "P1Y"),
        ("every four years", "P4Y"),
        ("twice a month", "P1M"),
        ("every morning", "XXXX-XX-XXTMO"),
        ("every Tuesday", "XXXX-WXX-2"),
        ("on Tuesdays", "XXXX-WXX-2"),
    ],
)
def test_sets(text: str, value: str) -> None:
    r = one(text)
    assert (r.type, r.value, r.date_start) == ("SET", value, None)


# ---- times -------------------------------------------------------------------------------


def test_clock_times() -> None:
    r = one("posted at 9:46 AM")
    assert (r.text, r.type, r.value) == ("9:46 AM", "TIME", "2024-11-07T09:46")
    assert r.date_start == r.date_end == DCT
    r = one("The ceasefire took effect at 9 a.m. local time on Sunday.")
    assert (r.text, r.value) == ("9 a.m. local time on Sunday", "2024-11-03T09:00")
    r = one("The match has been postponed until 15:00 GMT Saturday.", dt.date(2013, 3, 22))
    assert r.value == "2013-03-23T15:00Z"  # TIMEX3/ISO 8601: GMT is UTC, written Z
    assert tx("from 200 billion to 800 billion") == []


def test_parts_of_day() -> None:
    assert values("Yesterday morning and last night") == [
        ("Yesterday morning", "2024-11-06TMO"),
        ("last night", "2024-11-06TNI"),
    ]
    assert values("on Monday night") == [("Monday night", "2024-11-04TNI")]
    assert values("the night of Feb. 23-24, 2022") == [
        ("the night of Feb. 23-24, 2022", "2022-02-23TNI")
    ]
    r = one("the morning after his win")
    assert (r.text, r.type, r.value, r.date_start) == ("the morning", "TIME", "XXXX-XX-XXTMO", None)


def test_holidays() -> None:
    assert values("a cease-fire for Christmas") == [("Christmas", "2024-12-25")]
    assert values("on Thanksgiving Day", dt.date(2024, 12, 1)) == [
        ("Thanksgiving Day", "2024-11-28")
    ]
    assert tx("a Christmas tree") == []


# ---- without a publication date ---------------------------------------------------------


def test_no_dct_keeps_spans_but_not_guesses() -> None:
    got = tx("On Nov. 5 and on Thursday, last week and in February, now, 2016, Nov. 6, 2024.", None)
    by_text = {r.text: r for r in got}
    assert by_text["Nov. 5"].value == "XXXX-11-05"
    assert by_text["Thursday"].value == "XXXX-WXX-4"
    assert by_text["last week"].value == "XXXX-WXX"
    assert by_text["February"].value == "XXXX-02"
    assert by_text["now"].value == "PRESENT_REF"
    for key in ("Nov. 5", "Thursday", "last week", "February", "now"):
        r = by_text[key]
        assert (r.date_start, r.date_end, r.anchor) == (None, None, "publication")
    # absolute ones still resolve
    assert by_text["2016"].value == "2016"
    assert by_text["Nov. 6, 2024"].date_start == dt.date(2024, 11, 6)


# ---- record shape -----------------------------------------------------------------------


def test_numbering_and_offsets() -> None:
    text = "On Thursday, 2016 and last summer; now four years."
    got = tx(text)
    assert [r.n for r in got] == list(range(1, len(got) + 1))
    assert [r.char_start for r in got] == sorted(r.char_start for r in got)
    for r in got:
        assert text[r.char_start : r.char_end] == r.text


def test_doc_with_other_text_is_ignored(nlp: Any) -> None:
    doc = nlp("Something else entirely.")
    assert values("On Thursday.", doc=doc) == [("Thursday", "2024-11-07")]


# ---- with the parse (as the pipeline calls it) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        (
            "The Kremlin has been in direct contact with Trump’s team in the lead-up to his "
            "Jan. 20 inauguration, officials told The Moscow Times.",
            dt.date(2025, 1, 14),
            "2025-01-20",
        ),
        (
            "A source said that these contacts can be disclosed without risk after Jan. 20.",
            dt.date(2025, 1, 14),
            "2025-01-20",
        ),
        (
            "Microsoft said it has identified three companies for the program to run through June.",
            dt.date(2013, 3, 18),
            "2013-06",
        ),
        ("The law, passed in March, takes effect in January.", DCT, "2024-03"),
        ("The law takes effect in January.", DCT, "2025-01"),
        ("Putin met Xi on Friday and said he was pleased.", DCT, "2024-11-01"),
        ("Putin is expected to travel to Beijing on Friday.", DCT, "2024-11-08"),
        ("Officials said the vote is scheduled for Dec. 12.", DCT, "2024-12-12"),
    ],
)
def test_parse_based_tense(nlp: Any, text: str, dct: dt.date, value: str) -> None:
    doc = nlp(text)
    assert tx(text, dct, doc)[0].value == value


# ---- more families -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decree of 06.11.2024 took effect.", [("06.11.2024", "2024-11-06")]),
        ("In the nineties, chaos reigned.", [("the nineties", "199")]),
        ("in the 19th and 20th centuries", [("20th centuries", "19")]),
        ("A decade ago, things differed.", [("A decade ago", "2014")]),
        ("Two months ago he left.", [("Two months ago", "2024-09")]),
        ("Days later, he resigned.", [("Days", "PXD")]),
        ("between 12 and 18 months", [("12", "P12M"), ("18 months", "P18M")]),
        ("He spent 3 1/2 years in prison.", [("3 1/2 years", "P3Y6M")]),
        ("for nearly a quarter of a century", [("a quarter of a century", "P25Y")]),
        ("Russia spends $100 billion a year.", [("a year", "P1Y")]),
        ("growth of 6% per year", [("per year", "P1Y")]),
        ("FY2024 revenue rose", [("FY2024", "2024")]),
        ("On Election Day, turnout was high.", [("Election Day", "2024-11-05")]),
        ("on Ukraine’s Independence Day", [("Independence Day", "2024-08-24")]),
        ("on Independence Day", [("Independence Day", "2024-07-04")]),
        ("India’s Independence Day", []),
        ("in August Russia invaded", [("August", "2024-08")]),
        ("August Strindberg wrote", []),
        ("a 2021-22 budget", [("2021", "2021"), ("22", "2022")]),
        ("in 2024/25", [("2024", "2024"), ("25", "2025")]),
        (
            "the ceasefire will start at 19:00 Moscow time",
            [("19:00 Moscow time", "2024-11-07T19:00+03:00")],
        ),
        ("The 12-day war ended.", [("12-day", "P12D")]),
    ],
)
def test_more_families(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_reporting_verb_owns_the_date() -> None:
    # parsers attach "on Monday" to "would respond"; the date is when it was said
    assert values("The Kremlin said on Monday it would respond.") == [("Monday", "2024-11-04")]
    assert values("Peskov told reporters on Friday that talks will go on.") == [
        ("Friday", "2024-11-01")
    ]


def test_reporting_verb_owns_the_date_with_parse(nlp: Any) -> None:
    text = "The Kremlin said on Monday it would respond."
    assert values(text, doc=nlp(text)) == [("Monday", "2024-11-04")]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The flu season peaked by the end of the year.", dt.date(2013, 3, 22), "2012"),
        ("Talks will conclude by the end of the year.", dt.date(2013, 3, 22), "2013"),
        ("It happened at the beginning of the month.", DCT, "2024-11"),
        ("It will happen at the beginning of the month.", dt.date(2024, 11, 27), "2024-12"),
    ],
)
def test_period_edges_follow_tense(text: str, dct: dt.date, value: str) -> None:
    assert one(text, dct).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("profit in H1 2024 and Q3 2023", [("H1 2024", "2024-H1"), ("Q3 2023", "2023-Q3")]),
        ("by end-2024 and mid-2025", [("end-2024", "2024"), ("mid-2025", "2025")]),
        ("at the start of 2022", [("the start of 2022", "2022")]),
        ("The H1 visa", []),
        ("the Su-2014 jet", []),
    ],
)
def test_period_parts_and_prefixes(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_narrative_days_count_from_the_last_date() -> None:
    text = "Talks began on Nov. 5, 2024. The next day, they collapsed. That day was cold."
    assert values(text) == [
        ("Nov. 5, 2024", "2024-11-05"),
        ("The next day", "2024-11-06"),
        ("That day", "2024-11-06"),
    ]
    assert values("On Monday he left; the following day he returned.") == [
        ("Monday", "2024-11-04"),
        ("the following day", "2024-11-05"),
    ]
    # nothing to count from: not guessed
    assert tx("The next day, they collapsed.") == []


def test_may_the_person_is_not_a_month() -> None:
    assert tx("Putin and May met; he spoke to May.") == []
    assert values("He resigned in May and returned since March.") == [
        ("May", "2024-05"),
        ("March", "2024-03"),
    ]


# ---- a bare part of the day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews worked through the morning.", [("the morning", "2024-11-07TMO")]),
        (
            "They had reached 23 cars by early morning, he said.",
            [("early morning", "2024-11-07TMO")],
        ),
        # the day the text just gave, not the publication day
        (
            "On Tuesday, outages lasted throughout the afternoon.",
            [("Tuesday", "2024-11-05"), ("the afternoon", "2024-11-05TAF")],
        ),
        # a night spans two days: the morning after "overnight" is the report's own
        (
            "Floods hit overnight. Crews worked through the morning.",
            [("overnight", "2024-11-06TNI"), ("the morning", "2024-11-07TMO")],
        ),
        # a part of the day used as a modifier is no expression; one fixed by an
        # event stays undated
        ("She hosts the morning show in the morning slot.", []),
        ("He flew home in the morning after the vote.", [("the morning", "XXXX-XX-XXTMO")]),
    ],
)
def test_bare_part_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


# ---- issue 19: forms found in en-timex-dev (unseen news) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months that make up a quarter or half are that quarter or half
        ("Revenue in the July-September period rose.", [("the July-September period", "2024-Q3")]),
        ("profit for the January-June period", [("the January-June period", "2024-H1")]),
        # a quarter with "in <year>"
        (
            "The results for the third quarter in 2003 included a gain.",
            [("the third quarter in 2003", "2003-Q3")],
        ),
        # "a year earlier": the year-earlier period; other counts are not the DCT's
        ("net income fell from $3.21 billion a year earlier.", [("a year earlier", "2023")]),
        ("He resigned two days earlier.", [("two days", "P2D")]),
        # a speed is not a recurrence
        ("winds of 155 miles per hour", []),
        ("growth of 6% per year", [("per year", "P1Y")]),
        # the adjective "recent"
        ("a recent report said", [("recent", "PAST_REF")]),
        ("the most recent report", []),
        ("in recent weeks", [("recent weeks", "PXW")]),
        # school years
        ("Last school year, the rate was lower.", [("Last school year", "2023")]),
        ("cuts for this school year", [("this school year", "2024")]),
        ("during the past two school years", [("the past two school years", "P2Y")]),
        # the week of a day
        ("an outbreak that began the week of Jan. 25.", [("the week of Jan. 25", "2024-W04")]),
        ("for the week ending Oct. 5.", [("the week ending Oct. 5", "2024-W40")]),
        # "late on Thursday" keeps its modifier in the span
        ("The talks ended late on Thursday.", [("late on Thursday", "2024-11-07")]),
    ],
)
def test_unseen_news_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_coordinated_parts_of_day_share_their_day() -> None:
    got = values("Rain chances will remain Saturday afternoon and evening.", dt.date(2020, 10, 2))
    assert got == [("Saturday afternoon", "2020-10-03TAF"), ("evening", "2020-10-03TEV")]


def test_month_pairs_off_the_quarter_grid_are_not_quarters() -> None:
    assert not any("Q" in v or "H" in v for _, v in values("sales in the February-April period"))


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a past-tense clause may name a day still ahead of the DCT
        (
            "In February, the launch date was changed from April 18 to April 12.",
            dt.date(1990, 4, 1),
            [("February", "1990-02"), ("April 18", "1990-04-18"), ("April 12", "1990-04-12")],
        ),
        ("He was arrested on Nov. 2.", DCT, [("Nov. 2", "2024-11-02")]),
        # the comparison base of reported figures
        (
            "net income of $381.2 million at the same time last year.",
            dt.date(2006, 10, 19),
            [("the same time last year", "2005")],
        ),
        (
            "sales in the same quarter last year",
            dt.date(2025, 7, 28),
            [("the same quarter last year", "2024-Q2")],
        ),
        # "after hours trading" is a session, not a length of time
        ("then added 3.3 percent in after hours trading.", DCT, []),
        # a clock time on the day of a part of day
        (
            "The museum was targeted just after 9.30 on Sunday morning.",
            dt.date(2025, 10, 20),
            [("9.30 on Sunday morning", "2025-10-19T09:30")],
        ),
    ],
)
def test_unseen_news_resolution(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected


def test_verbless_parse_falls_back_to_the_clause_words(nlp: Any) -> None:
    # en_core_web_sm parses this forecast sentence with a noun as its root: the tense
    # comes from "will" in the clause, not from the past-leaning default
    text = "Morning temperatures Saturday, Sunday, and Monday will hover around 32-35°."
    got = values(text, dt.date(2020, 10, 2), doc=nlp(text))
    assert got == [("Saturday", "2020-10-03"), ("Sunday", "2020-10-04"), ("Monday", "2020-10-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time joined to its part of a day is one span on that day
        (
            "The storm hit Tuesday morning at 10:15 a.m. local time.",
            [("Tuesday morning at 10:15 a.m. local time", "2024-11-05T10:15")],
        ),
        # an infinitive after a bare gerund is not a plan ("by coming back to beat")
        # nor is one that ranks a noun ("the youngest woman to win"): no future reading
        (
            "She won by coming back to beat Muguruza in Saturday's final.",
            [("Saturday", "2024-11-02")],
        ),
    ],
)
def test_day_and_clock_merging_and_infinitives(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_infinitive_after_bare_gerund_with_parse(nlp: Any) -> None:
    text = (
        "Kenin is the youngest woman to win the Australian Open by coming back to beat "
        "Muguruza in Saturday’s final."
    )
    assert values(text, dt.date(2020, 2, 3), doc=nlp(text)) == [("Saturday", "2020-02-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It maps the sky every three to four nights.", [("every three to four nights", "P3D")]),
        ("every two or three years", [("every two or three years", "P2Y")]),
        ("every night", [("every night", "XXXX-XX-XXTNI")]),
    ],
)
def test_every_with_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose earlier in the day.", [("earlier in the day", "2024-11-07")]),
        ("The company expects to finish by year-end.", [("year-end", "2024")]),
        ("It rained for two straight days.", [("two straight days", "P2D")]),
        ("He served two more years.", [("two more years", "P2Y")]),
        ("sales will rise in the December quarter", [("the December quarter", "2024-Q4")]),
        ("the November quarter", [("November", "2024-11")]),
        # TimeML keeps "now" apart from the length before it
        ("eight years from now", [("eight years", "P8Y"), ("now", "PRESENT_REF")]),
    ],
)
def test_more_news_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It expects operating income for the year of more than $1.5 billion.",
            [("the year", "2024")],
        ),
        ("The state may cut funding during the year.", [("the year", "2024")]),
        ("Profit for the full year rose.", [("the full year", "2024")]),
        ("for the year ended Dec. 31", [("Dec. 31", "2023-12-31")]),
        ("a tax for the year of the dragon", []),
        ("Player of the year", []),
    ],
)
def test_the_current_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the week of Jan. 25", [("the week of Jan. 25", "XXXX-WXX")]),
        ("last school year was worse", [("last school year", "XXXX")]),
        ("at the same time last year", [("the same time last year", "XXXX")]),
        ("the July-September period", [("the July-September period", "XXXX-Q3")]),
    ],
)
def test_new_forms_without_publication_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, None) == expected


# ---- forms found on en-timex-dev2 (issue 19; DCT Thursday 2024-11-07, W45) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traffic was heavy all weekend.", [("all weekend", "2024-W44-WE")]),
        ("The line will be shut all weekend.", [("all weekend", "2024-W45-WE")]),
        # "another weekend of ..." and a wish look ahead unless the clause is past
        ("Passengers face another weekend of chaos.", [("another weekend", "2024-W45-WE")]),
        (
            "Last week was another weekend of chaos.",
            [("Last week", "2024-W44"), ("another weekend", "2024-W44-WE")],
        ),
        ("Have a great weekend!", [("weekend", "2024-W45-WE")]),
        (
            "Flights were cancelled over the Christmas weekend.",
            [("the Christmas weekend", "2024-W44-WE")],
        ),
        ("Showtimes run throughout the weekend.", [("the weekend", "2024-W44-WE")]),
        ("the weekend edition", []),
    ],
)
def test_weekend_without_this_or_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose from the prior year.", [("the prior year", "2023")]),
        ("up 8% versus the prior year period", [("the prior year", "2023")]),
        ("up 17% from prior year", [("prior year", "2023")]),
        ("The Dow is down 7.6% year-to-date.", [("year-to-date", "2024")]),
        ("Sales are up 5% year to date.", [("year to date", "2024")]),
    ],
)
def test_prior_year_and_year_to_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named fiscal year owns the bare quarters around it
        (
            "Fiscal 2017 revenue grew 12% in the fourth quarter.",
            [("Fiscal 2017", "2017"), ("the fourth quarter", "2017-Q4")],
        ),
        (
            "Losses came in the second quarter. Guidance for fiscal year 2025 is unchanged.",
            [("the second quarter", "2025-Q2"), ("fiscal year 2025", "2025")],
        ),
        ("Profit rose in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),
        # "fiscal 2001 full year": a year number before a singular unit is no length
        ("its fiscal 2001 full year commitment", [("fiscal 2001", "2001")]),
    ],
)
def test_fiscal_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schools are closed for the rest of the school year.",
            [("the rest of the school year", "2024")],
        ),
        (
            "There are 14 days left in the school year.",
            [("14 days", "P14D"), ("the school year", "2024")],
        ),
        ("In the past two school years, scores fell.", [("the past two school years", "P2Y")]),
        ("He spent countless hours on it.", [("countless hours", "PTXH")]),
        ("The launch is weeks away.", [("weeks", "PXW")]),
        ("It could happen in a matter of days.", [("a matter of days", "PXD")]),
        ("Shares fell as of early afternoon.", [("early afternoon", "2024-11-07TAF")]),
        (
            "A decision will be made on the future with the latest information.",
            [("the future", "FUTURE_REF")],
        ),
    ],
)
def test_vague_news_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We revised our forecast for the year ended December 31, 2022.",
            [("the year", "2022"), ("December 31, 2022", "2022-12-31")],
        ),
        (
            "The fiscal year ending June 30, 2025 looks weak.",
            [("The fiscal year", "2025"), ("June 30, 2025", "2025-06-30")],
        ),
        ("The year ended with a rally.", []),
        ("Prices will keep rising in the months ahead.", [("the months ahead", "PXM")]),
        ("Talks will continue in the days ahead.", [("the days ahead", "PXD")]),
        ("It will close by the end of the quarter.", [("the end of the quarter", "2024-Q4")]),
    ],
)
def test_year_ended_and_periods_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE SUNDAY TELEGRAPH: Swedish elections on Sunday night ended.",
            [("Sunday night", "2024-11-03TNI")],
        ),
        ("She taught Sunday School.", []),
        ("He told The Sunday Times on Friday.", [("Friday", "2024-11-01")]),
        ("Fans watched Monday Night Football.", []),
        ("On Sunday night football fans cheered.", [("Sunday night", "2024-11-03TNI")]),
    ],
)
def test_weekday_inside_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month dating a noun ("the highs of late April") under a modal verb: the
        # nearest April, not next year's
        (
            "With the index down 15% from the highs of late April, a bigger selloff could be brewing.",
            "2010-04",
        ),
        # a month on the verb itself still follows the future tense
        ("The index could fall in April.", "2011-04"),
    ],
)
def test_noun_modifier_takes_no_future_from_the_verb(nlp: Any, text: str, value: str) -> None:
    assert tx(text, dt.date(2010, 6, 30), nlp(text))[0].value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("losses in the fourth quarter each year", [("the fourth quarter each year", "XXXX-Q4")]),
        ("The festival takes place in March every year.", [("March every year", "XXXX-03")]),
        ("Prices rise in summer each year.", [("summer each year", "XXXX-SU")]),
        ("Each year, in March, they meet.", [("Each year", "P1Y"), ("March", "2024-03")]),
        (
            "its third quarter and fourth quarter fiscal 2001 commitments",
            [("third quarter", "2001-Q3"), ("fourth quarter fiscal 2001", "2001-Q4")],
        ),
        (
            "Profit in the second quarter of fiscal year 2024 rose.",
            [("the second quarter of fiscal year 2024", "2024-Q2")],
        ),
    ],
)
def test_part_of_every_year_and_quarter_of_fiscal_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results are expected in the next day or two.", [("the next day or two", "P2D")]),
        ("Prices fell over the past week or so.", [("the past week or so", "P1W")]),
        ("The next year or two will be hard.", [("The next year or two", "P2Y")]),
    ],
)
def test_a_unit_or_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rain will end by late morning Friday.", [("late morning Friday", "2024-11-08TMO")]),
        ("Storms are likely in the evening Saturday.", [("the evening Saturday", "2024-11-02TEV")]),
        ("The morning Friday night show.", [("Friday night", "2024-11-01TNI")]),
        (
            "Every morning Monday through Friday, he runs.",
            [
                ("Every morning", "XXXX-XX-XXTMO"),
                ("Monday", "2024-11-04"),
                ("Friday", "2024-11-01"),
            ],
        ),
        ("Sales were higher this time last year.", [("this time last year", "2023")]),
    ],
)
def test_part_of_day_before_weekday_and_this_time_last_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast: the night of the coming day the text just gave
        (
            "Storms will hit Saturday evening. Expect more rain overnight.",
            [("Saturday evening", "2024-11-09TEV"), ("overnight", "2024-11-09TNI")],
        ),
        # a report: the night before publication, as before
        ("Russia struck Kyiv overnight.", [("overnight", "2024-11-06TNI")]),
    ],
)
def test_overnight_after_a_coming_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The light travelled for 14 billion years.", [("14 billion years", "P14000000000Y")]),
        ("The program took 2 million hours.", [("2 million hours", "PT2000000H")]),
        # an amount of money before "a year" stays a rate
        ("It costs $14 billion a year.", [("a year", "P1Y")]),
    ],
)
def test_durations_in_millions_and_billions(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
