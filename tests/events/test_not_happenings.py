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


def test_purpose_infinitive_is_no_event(nlp: Any) -> None:
    text = "Democrats left the state on Sunday to block a controversial redistricting plan."
    assert "block" not in _triggers(nlp, text)
    assert "discuss" not in _triggers(nlp, "We met this morning to discuss the next steps.")
    # The cause of a feeling and "go on to" are no purposes.
    text = "Sir Keir said he was really pleased to welcome Narendra Modi to Chequers."
    assert "welcome" in _triggers(nlp, text)
    assert "appoint" not in _triggers(nlp, "Kennedy fired the panel to appoint Robert Malone.")
    text = "Kennedy fired the panel and would go on to appoint Robert Malone."
    assert "appoint" in _triggers(nlp, text)


def test_trigger_noun_setting_another_happening_is_folded(nlp: Any) -> None:
    text = (
        "Sean Combs secured a partial victory in his federal trial after a jury "
        "acquitted him of racketeering."
    )
    assert "trial" not in _triggers(nlp, text)
    # Not after another trigger, the noun is a happening of its own.
    assert "trial" in _triggers(
        nlp, "The jury in Combs's federal trial deliberated for three days."
    )


def test_purpose_of_an_infinitive_stays_its_content(nlp: Any) -> None:
    from transforms.events.extract import _purpose_head

    # "plans to call Trump to congratulate him": the congratulation is what
    # the planned call is about (the seed gold's event), not a purpose dropped.
    doc = next(
        parse_bodies(
            nlp,
            ["Peskov had no knowledge of any plans by Putin to call Trump to congratulate him."],
        )
    )
    call = next(t for t in doc if t.lower_ == "call")
    assert not _purpose_head(call)
    doc = next(parse_bodies(nlp, ["Putin called Donald Trump to congratulate him."]))
    assert _purpose_head(next(t for t in doc if t.lower_ == "called"))


def test_finding_reported_as_a_clause_is_no_event(nlp: Any) -> None:
    text = "Patients taking Wegovy had 15 cardiovascular events, the study found."
    assert "find" not in _triggers(nlp, text)
    assert "find" not in _triggers(nlp, "Researchers at Novo Nordisk found that the drug worked.")
    # Finding something is a discovery that took place.
    text = "Police found the stolen crown near the Louvre on Sunday."
    assert "find" in _triggers(nlp, text)


def test_relative_clause_on_a_plural_group_is_no_event(nlp: Any) -> None:
    text = "She pledged to be a governor for the voters who opposed her."
    assert "oppose" not in _triggers(nlp, text)
    # On a named or singular head it reports what that one did.
    text = "Shigeru Ishiba, who resigned after the electoral losses, backed Takaichi."
    assert "resign" in _triggers(nlp, text)
