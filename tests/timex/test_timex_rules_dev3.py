"""Rules found on evaluation/gold/en-timex-dev3 (issue 19): each family with a tiny
real-shaped fixture and a counter-case where the rule must not fire."""

from __future__ import annotations

import datetime as dt
from typing import Any

from transforms.timex.extract import extract_timexes

MON = dt.date(2023, 9, 11)  # a Monday, ISO week 2023-W37
WED = dt.date(2022, 2, 2)  # a Wednesday


def values(text: str, dct: dt.date | None, doc: Any = None) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in extract_timexes(text, published_date=dct, doc=doc)]


# ---- a weekly's schedule of days ------------------------------------------------------


def test_weekday_heading_a_schedule_line_is_to_come() -> None:
    text = "This week:\n\nWednesday: Consumer Price Index (CPI).\n\nThursday: Jobless Claims."
    got = dict(values(text, MON))
    assert got["Wednesday"] == "2023-09-13"
    assert got["Thursday"] == "2023-09-14"


def test_weekday_heading_a_recap_line_stays_past() -> None:
    text = "Monday: Protesters gathered outside the court.\nTuesday: The jury retired."
    got = dict(values(text, dt.date(2023, 9, 13)))
    assert got == {"Monday": "2023-09-11", "Tuesday": "2023-09-12"}


# ---- a past verb pointing forward ------------------------------------------------------


def test_postponed_until_a_day_after_the_story() -> None:
    text = "On Monday, the judge delayed the hearing until Sept. 25."
    assert ("Sept. 25", "2023-09-25") in values(text, dt.date(2023, 3, 22))


def test_reduced_relative_scheduled_for(nlp: Any) -> None:
    text = "He faces years behind bars at a sentencing hearing now scheduled for Dec. 15."
    doc = nlp(text)
    assert ("Dec. 15", "2023-12-15") in values(text, dt.date(2023, 7, 10), doc)


def test_a_past_day_without_a_forward_preposition_stays_past(nlp: Any) -> None:
    text = "The hearing was held on Dec. 15."
    assert values(text, dt.date(2023, 7, 10), nlp(text)) == [("Dec. 15", "2022-12-15")]


# ---- "the end of the year" as the object of a noun --------------------------------------


def test_end_of_year_said_of_a_noun_is_this_year(nlp: Any) -> None:
    text = "While the forecast for the end of the year was unchanged from June, rates rose."
    got = dict(values(text, dt.date(2023, 9, 21), nlp(text)))
    assert got["the end of the year"] == "2023"


def test_end_of_year_of_a_past_verb_in_spring_is_last_year(nlp: Any) -> None:
    text = "Prices peaked by the end of the year."
    assert values(text, dt.date(2023, 3, 1), nlp(text)) == [("the end of the year", "2022")]


# ---- clock times on the day the text gave ----------------------------------------------


def test_clock_time_in_the_next_paragraph_takes_the_coming_day(nlp: Any) -> None:
    text = (
        "SpaceX is now targeting Thursday for its next launch from Florida.\n\n"
        "A Falcon 9 rocket is slated to launch at 1:13 p.m. EST."
    )
    got = values(text, WED, nlp(text))
    assert ("Thursday", "2022-02-03") in got
    assert ("1:13 p.m. EST", "2022-02-03T13:13-05:00") in got


def test_clock_time_does_not_take_a_historic_day_across_paragraphs() -> None:
    text = (
        "It was the worst storm since the hurricane of Sept. 2, 1935.\n\n"
        "As of 1 p.m., the eye was making landfall."
    )
    assert ("1 p.m.", "2022-02-02T13:00") in values(text, WED)


def test_clock_time_heading_a_line_stays_on_the_publication_day() -> None:
    text = "Crews met on Thursday.\n2 p.m. Officials opened the shelter."
    assert ("2 p.m.", "2022-02-02T14:00") in values(text, WED)


def test_first_clock_time_of_a_range_takes_the_day_and_zone_of_the_second() -> None:
    text = "It will fly a demonstration mission between 1 p.m. and 4 p.m. EST Saturday."
    assert values(text, WED) == [
        ("1 p.m.", "2022-02-05T13:00-05:00"),
        ("4 p.m. EST Saturday", "2022-02-05T16:00-05:00"),
    ]


# ---- results stories: fiscal periods named by the text ---------------------------------

RESULTS_DCT = dt.date(2023, 10, 4)


def test_year_ago_and_bare_quarter_follow_the_quarter_the_text_named() -> None:
    text = (
        "The company announced second-quarter net income of $27 million, down from "
        "$30 million in the prior-year quarter. Adjusted earnings for the quarter were "
        "$1.74, compared to $2.27 in the year-ago quarter. Sales for the quarter fell."
    )
    got = values(text, RESULTS_DCT)
    assert got == [
        ("second-quarter", "2023-Q2"),
        ("the prior-year quarter", "2022-Q2"),
        ("the quarter", "2023-Q2"),
        ("the year-ago quarter", "2022-Q2"),
        ("the quarter", "2023-Q2"),
    ]


def test_bare_quarter_without_a_named_one_is_left_out() -> None:
    # a game's quarter, or no quarter named: nothing to count from
    assert values("He scored twice in the quarter.", RESULTS_DCT) == []
    # a year-earlier quarter with none named: the last completed quarter's twin
    assert values("Sales rose from the year-ago quarter.", RESULTS_DCT) == [
        ("the year-ago quarter", "2022-Q3")
    ]


def test_full_year_and_years_end() -> None:
    text = "It revised its full-year revenue guidance. It aims to finish by year's end."
    assert values(text, dt.date(2024, 2, 7)) == [("full-year", "2024"), ("year's end", "2024")]
    # a length, not the year
    assert values("It took a full year to build.", dt.date(2024, 2, 7)) == [("a full year", "P1Y")]


def test_fiscal_years_of_a_county_budget() -> None:
    dct = dt.date(2017, 6, 5)
    text = "The county budget rose between the current and the 2016 fiscal year."
    assert ("the 2016 fiscal year", "2016") in values(text, dct)
    text = "The commission will vote on a budget for the fiscal year beginning July 1."
    assert values(text, dct) == [("the fiscal year", "2017"), ("July 1", "2017-07-01")]


def test_two_digit_years_take_the_century_of_the_year_before() -> None:
    text = "It was first published in 1960, then adapted into a '62 movie."
    assert values(text, None) == [("1960", "1960"), ("'62", "1962")]
    text = "a proposed budget for the 2018-’19 fiscal year"
    assert values(text, dt.date(2018, 9, 15)) == [("2018", "2018"), ("’19", "2019")]
    # no year before it: the century is not guessed; a decade is another rule's
    assert values("a '62 movie", None) == []


# ---- vague quantities and references ---------------------------------------------------


def test_multiple_years_and_the_past() -> None:
    dct = dt.date(2023, 7, 10)
    assert values("He faces multiple years behind bars.", dct) == [("multiple years", "PXY")]
    got = values("We can't look to the past to predict the future.", dct)
    assert got == [("the past", "PAST_REF"), ("the future", "FUTURE_REF")]


# ---- not time expressions ---------------------------------------------------------------


def test_today_ending_a_name_is_not_a_date() -> None:
    dct = dt.date(2018, 10, 10)
    assert values("Homes were without power, according to USA TODAY.", dct) == []
    assert values("The trial was reported by Florida Today on Monday.", dct) == [
        ("Monday", "2018-10-08")
    ]
    # a sentence's first word and the plain adverb still are
    assert values("Rain fell. Today the river is high.", dct) == [("Today", "2018-10-10")]
    assert values("Officials said Today is the last day.", dct) != []


def test_a_rate_is_not_a_clock_time() -> None:
    dct = dt.date(2023, 9, 21)
    text = "The Fed kept the target range at 5.25 to 5.50 percent."
    assert values(text, dct) == []
    assert values("Rates held at 3.75% on Monday.", dct) == [("Monday", "2023-09-18")]
    assert values("The polls close at 8.30 tonight.", dct)[0][0].startswith("8.30")


# ---- more forward pointers and coordinations -------------------------------------------


def test_a_delay_points_forward() -> None:
    dct = dt.date(2023, 9, 11)
    text = "Investors had expected these cuts to be stretched to October."
    assert values(text, dct) == [("October", "2023-10")]
    text = "He hoped to be on personal leave starting in early September."
    assert values(text, dt.date(2023, 7, 10)) == [("early September", "2023-09")]
    # without the delay verb a past clause keeps its past month
    assert values("Sales fell to a low in October.", dct) == [("October", "2022-10")]


def test_a_weekday_subject_of_a_present_clause_is_to_come(nlp: Any) -> None:
    text = "The launch is set for Saturday; Sunday is available as a backup opportunity."
    got = dict(values(text, WED, nlp(text)))
    assert got["Sunday"] == "2022-02-06"


def test_a_stray_period_between_a_day_and_its_clock_time() -> None:
    text = "When: Sunday, Oct. 15. at 12:45 p.m. Pacific Time."
    assert values(text, dt.date(2017, 10, 14)) == [
        ("Sunday, Oct. 15. at 12:45 p.m. Pacific Time", "2017-10-15T12:45-07:00")
    ]


def test_march_coordinated_with_another_month() -> None:
    text = "Flu activity often peaks in January and March, she said."
    assert [t for t, _ in values(text, dt.date(2013, 12, 12))] == ["January", "March"]
    # the verb alone stays a verb
    assert values("Thousands march through the city.", dt.date(2013, 12, 12)) == []


def test_days_earlier_count_from_the_day_the_text_gave() -> None:
    dct = dt.date(2025, 9, 30)
    text = (
        "A quake struck late on Tuesday near Sidoarjo, where a school building "
        "collapsed a day earlier."
    )
    assert values(text, dct) == [("late on Tuesday", "2025-09-30"), ("a day earlier", "2025-09-29")]
    # no day given before it: the count alone, as before
    assert values("The building collapsed a day earlier.", dct) == [("a day", "P1D")]
    # a measure of a shift is a duration
    text = "Discovery now is due to lift off April 10, two days earlier than originally planned."
    assert ("two days", "P2D") in values(text, dt.date(1990, 4, 1))


# ---- forecasts and habits ---------------------------------------------------------------


def test_a_passive_of_expectation_tells_of_later(nlp: Any) -> None:
    text = 'Weather over the weekend is expected to be roughly 60% "go."'
    assert values(text, WED, nlp(text)) == [("the weekend", "2022-W05-WE")]
    # a plain present passive is not a forecast
    text = "Weather over the weekend is described as mild."
    assert values(text, WED, nlp(text)) != [("the weekend", "2022-W05-WE")]


def test_a_habitual_month_is_any_years(nlp: Any) -> None:
    dct = dt.date(2013, 12, 12)
    text = "Flu activity often peaks in January and March, she said."
    assert values(text, dct, nlp(text)) == [("January", "XXXX-01"), ("March", "XXXX-03")]
    # without a frequency adverb the month is placed as usual
    text = "Flu activity peaks in January."
    assert values(text, dct, nlp(text))[0][1].startswith("201")


def test_a_year_earlier_comparison_is_not_the_quarter_the_text_reports() -> None:
    text = (
        "The company announced second-quarter net income of $27 million. Sales fell from "
        "$521 million in the same quarter last year. Analysts expected $485 million for "
        "the quarter."
    )
    got = values(text, RESULTS_DCT)
    assert got[0] == ("second-quarter", "2023-Q2")
    assert got[-1] == ("the quarter", "2023-Q2")


def test_generally_is_not_a_habit() -> None:
    dct = dt.date(2023, 9, 11)
    text = "Bond traders generally still expect no rate hike in September."
    assert values(text, dct) == [("September", "2023-09")]


def test_the_year_after_a_named_fiscal_year_is_that_year() -> None:
    text = (
        "Looking ahead to fiscal 2024, the company projects earnings of $8.50 per share. "
        "The Street is looking for revenues of $2.0 billion for the year."
    )
    assert values(text, RESULTS_DCT) == [("fiscal 2024", "2024"), ("the year", "2024")]
    # no fiscal year named: the current year, as before
    assert values("The Street expects $2.0 billion for the year.", RESULTS_DCT) == [
        ("the year", "2023")
    ]


def test_a_month_just_ahead_that_dates_a_noun(nlp: Any) -> None:
    dct = dt.date(2023, 9, 11)
    text = "The likelihood of a rate hike in November jumped to 43.3% by Friday morning."
    got = dict(values(text, dct, nlp(text)))
    assert got["November"] == "2023-11"
    # far ahead, or said of the verb, a past clause keeps last year's month
    text = "The likelihood of a rate hike in March jumped."
    assert dict(values(text, dct, nlp(text)))["March"] == "2023-03"
    text = "Prices jumped in November."
    assert values(text, dct, nlp(text)) == [("November", "2022-11")]


def test_the_end_of_a_weekend_or_of_a_described_week() -> None:
    text = "The booster should return to port before the end of the weekend."
    assert values(text, WED) == [("the end of the weekend", "2022-W05-WE")]
    text = "Passengers face more chaos at the end of a bruising week."
    assert values(text, dt.date(2023, 10, 6)) == [("the end of a bruising week", "2023-W40")]
    # a count of weeks is not one week's end
    assert values("at the end of a few weeks", dt.date(2023, 10, 6)) != [
        ("the end of a few weeks", "2023-W40")
    ]
