"""Property tests: extraction is total, deterministic and self-consistent on any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.timex.extract import extract_timexes

# Text built from temporal vocabulary, digits and punctuation finds far more rule
# interactions than uniform unicode; plain unicode is mixed in for robustness.
_WORDS = [
    "on",
    "in",
    "last",
    "next",
    "this",
    "the",
    "past",
    "ago",
    "now",
    "Nov.",
    "November",
    "May",
    "March",
    "Thursday",
    "Tuesday’s",
    "week",
    "weeks",
    "year",
    "years",
    "summer",
    "winter",
    "fall",
    "2024",
    "1999",
    "2021-22",
    "1,000",
    "$4.5",
    "5",
    "20",
    "9:46",
    "AM",
    "p.m.",
    "GMT",
    "a",
    "day",
    "three-year",
    "nearly",
    "every",
    "twice",
    "Christmas",
    "early",
    "mid-",
    "1990s",
    "20th",
    "century",
    "Q3",
    "half",
    "hour",
    "recent",
    "for",
    "until",
    "will",
    "was",
    "said",
    "has",
    "been",
    ",",
    ".",
    "-",
    "–",
    "\n",
    "and",
    "of",
    "Feb.",
    "29",
    "30",
    "31",
    "2/30/2024",
    "2024-02-30",
    "tonight",
    "yesterday",
    "morning",
    "the end of the",
    "beginning",
    "month",
    "decade",
    "ago",
    "99999",
    "12000",
    "centuries",
    "weekend",
    "over",
    "Election Day",
    "Easter",
    "H2",
    "FY24",
    "06.11.2024",
    "nineties",
    "0300",
    "1515",
    "ET",
    "Moscow time",
    "local time",
    "UTC+3",
    "+03:00",
    "All times UTC",
    "recently",
    "soon",
    "at the time",
    "annual",
    "semi-annual",
    "daily",
    "decades-long",
    "Months of",
    "1H24",
    "3Q",
    "fiscal",
    "quarter",
    "the latest quarter",
    "this past",
    "every January",
    "scheduled for",
    "Sunday",
]
_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
    st.text(max_size=200),
)
_dcts = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _dcts)
def test_total_consistent_deterministic(text: str, dct: dt.date | None) -> None:
    got = extract_timexes(text, published_date=dct)
    assert got == extract_timexes(text, published_date=dct)
    prev_end = 0
    for i, r in enumerate(got, 1):
        assert r.n == i
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert text[r.char_start : r.char_end] == r.text
        assert r.char_start >= prev_end  # in text order, never overlapping
        prev_end = r.char_end
        assert r.type in ("DATE", "TIME", "DURATION", "SET")
        assert r.anchor in ("absolute", "publication")
        assert r.value
        assert (r.date_start is None) == (r.date_end is None)
        if r.date_start is not None and r.date_end is not None:
            assert r.date_start <= r.date_end
        if r.type in ("DURATION", "SET"):
            assert r.date_start is None
        if dct is None and r.anchor == "publication":
            assert r.date_start is None  # nothing guessed without a DCT


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_resolved_relative_dates_depend_on_the_dct(text: str, dct: dt.date) -> None:
    """With a DCT, a resolved DATE/TIME anchored to publication has a concrete interval
    unless it is a vague reference (PAST_REF/FUTURE_REF) or a part of a day we cannot place."""
    for r in extract_timexes(text, published_date=dct):
        if r.type == "DATE" and r.anchor == "publication" and not r.value.endswith("_REF"):
            assert r.date_start is not None, r
