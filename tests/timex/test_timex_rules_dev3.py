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
