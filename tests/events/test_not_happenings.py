"""Trigger words that report no happening: a denied possibility, an
infinitive that completes a noun."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contract.records import EventRecord
from transforms.entities.mentions import extract_mentions
from transforms.events.extract import extract_events
from transforms.nlp.load import parse_bodies


def _events(nlp: Any, text: str) -> tuple[EventRecord, ...]:
    doc = next(parse_bodies(nlp, [text]))
    return extract_events(
        doc,
        mentions=extract_mentions(doc),
        timexes=(),
        quotes=(),
        sources=(),
        published_date=dt.date(2025, 9, 11),
    )


def _triggers(nlp: Any, text: str) -> set[str]:
    return {e.trigger for e in _events(nlp, text)}


def test_denied_possibility_is_no_event(nlp: Any) -> None:
    # "can't be ruled out" says what is possible, not what happened or did not.
    assert "rule" not in _triggers(
        nlp, "NASA cautions that purely chemical explanations can’t yet be ruled out."
    )
    assert "deny" not in _triggers(nlp, "The champions would not be denied forever though.")
    # A plain negation still reports that something did not take place.
    evs = _events(nlp, "The District will not resume classes this week.")
    assert [(e.trigger, e.modality) for e in evs] == [("resume", "negated")]
    evs = _events(nlp, "Boeing did not restore the pension plan.")
    assert [(e.trigger, e.modality) for e in evs] == [("restore", "negated")]


def test_infinitive_completing_a_noun_is_no_event(nlp: Any) -> None:
    text = (
        "The golden share will give the U.S. government the right to appoint "
        "one independent director."
    )
    assert "appoint" not in _triggers(nlp, text)
    # The same verb as a clause of its own is a happening.
    assert "appoint" in _triggers(nlp, "In 2014, Pope Francis appointed Prevost bishop of Sufar.")


def test_participle_before_a_noun_is_no_event(nlp: Any) -> None:
    text = "The ceremony served as a love letter to the host city after the wildfires."
    assert "host" not in _triggers(nlp, text)
    assert "host" in _triggers(nlp, "Los Angeles hosted the ceremony on Sunday.")


def test_trigger_noun_listed_among_things_is_a_topic(nlp: Any) -> None:
    text = (
        "The court has taken up cases involving issues such as presidential powers, "
        "tariffs, transgender athletes, guns and campaign finance laws."
    )
    assert "tariff" not in _triggers(nlp, text)
    # Listed among happenings, it is one of them.
    evs = _events(nlp, "China answered with export bans and tariffs on U.S. goods.")
    assert [e.event_type for e in evs] == ["sanction"]
