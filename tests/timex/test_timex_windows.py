"""The trigger windows are an optimization only: results equal a full scan."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transforms.timex.extract as timex
from transforms.timex.extract import extract_timexes
from transforms.timex.grammar import RULES, TRIGGERS

from .test_timex_properties import _WORDS


def test_every_rule_has_a_trigger() -> None:
    assert {r.name for r in RULES} == set(TRIGGERS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_windowed_scan_equals_full_scan(text: str) -> None:
    dct = dt.date(2024, 11, 7)
    windowed = extract_timexes(text, published_date=dct)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(timex, "TRIGGERS", {})
        full = extract_timexes(text, published_date=dct)
    assert windowed == full


def test_text_whose_lower_case_changes_length() -> None:
    text = "İstanbul " * 40 + "on Nov. 5, 2024 and last week"
    got = extract_timexes(text, published_date=dt.date(2024, 11, 7))
    assert [(r.text, r.value) for r in got] == [
        ("Nov. 5, 2024", "2024-11-05"),
        ("last week", "2024-W44"),
    ]
