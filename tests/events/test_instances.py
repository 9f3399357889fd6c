"""Event instances: one row per distinct happening of an article (issue 19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from contract.records import EventRecord
from transforms.entities.mentions import extract_mentions
from transforms.events.extract import extract_events, family
from transforms.events.instances import merge_mentions
from transforms.nlp.load import parse_bodies
from transforms.quotes.extract import extract_quotes
from transforms.timex.extract import extract_timexes


def _rec(
    n: int, etype: str, trigger: str, actors: tuple[str, ...] = (), day: int | None = None
) -> EventRecord:
    d = dt.date(2024, 11, day) if day else None
    return EventRecord(
        n=n,
        event_type=etype,
        trigger=trigger,
        sentence=f"s{n}",
        char_start=n * 10,
        char_end=n * 10 + 5,
        actors=tuple(("org", a) for a in actors),
        date_start=d,
        date_end=d,
    )


def test_same_happening_merges_and_keeps_the_dated_mention() -> None:
    rows = [
        _rec(1, "election", "election"),
        _rec(2, "election", "vote", day=5),
        _rec(3, "election", "reelection"),
    ]
    out = merge_mentions(rows, family)
    assert len(out) == 1
    assert out[0].sentence == "s2" and out[0].date_start == dt.date(2024, 11, 5) and out[0].n == 1


def test_different_actors_dates_or_families_stay_apart() -> None:
    rows = [
        _rec(1, "other", "raise", ("Walmart",)),
        _rec(2, "other", "raise", ("Target",)),
        _rec(3, "other", "cut", ("Microsoft",), day=1),
        _rec(4, "other", "cut", ("Microsoft",), day=20),
        _rec(5, "other", "launch", ("Microsoft",), day=1),
    ]
    assert len(merge_mentions(rows, family)) == 5


def test_article_mentions_of_one_election_are_one_row(nlp: Any) -> None:
    text = (
        "Voters went to the polls on Tuesday in the presidential election. The election "
        "drew record turnout, and the vote was calm. Analysts said the election was close."
    )
    doc = next(parse_bodies(nlp, [text]))
    mentions = extract_mentions(doc)
    quotes, sources = extract_quotes(doc, mentions=mentions)
    pub = dt.date(2024, 11, 7)
    timexes = extract_timexes(text, published_date=pub, doc=doc)
    evs = extract_events(
        doc, mentions=mentions, timexes=timexes, quotes=quotes, sources=sources, published_date=pub
    )
    elections = [e for e in evs if e.event_type == "election"]
    assert len(elections) == 1
    assert not any(e.trigger == "say" for e in evs)
    assert [e.n for e in evs] == list(range(1, len(evs) + 1))


def test_clausal_mention_is_kept_over_a_passing_noun() -> None:
    """Without a date, the first mention that reports the happening in its own
    clause is the row's sentence."""
    a = _rec(1, "other", "rescue", ())
    b = _rec(2, "other", "rescue", ())
    b = replace(b, sentence="Workers rescued them.", char_start=50, char_end=70)
    rows = merge_mentions([a, b], family, lambda e: e.char_start == 50)
    assert len(rows) == 1 and rows[0].sentence == "Workers rescued them."


def test_first_full_mention_is_kept_with_the_instance_date() -> None:
    """A clause reporting the happening before its dated mention is the row's
    sentence ("Oli resigned after ...", later "The PM resigned this
    afternoon"); the row takes the dated mention's date."""
    a = replace(_rec(1, "other", "resign", ("Oli",)), sentence="Oli resigned.")
    b = _rec(2, "other", "resign", ("Oli",), day=9)
    rows = merge_mentions([a, b], family, lambda e: e.n == 1)
    assert len(rows) == 1
    assert rows[0].sentence == "Oli resigned." and rows[0].date_start == dt.date(2024, 11, 9)
    # a clause after the dated mention does not displace it
    c = replace(_rec(3, "other", "resign", ("Oli",)), sentence="Oli resigned.")
    rows = merge_mentions([b, c], family, lambda e: e.n == 3)
    assert len(rows) == 1 and rows[0].sentence == "s2"


def test_anaphoric_noun_joins_the_latest_instance_of_its_family() -> None:
    """ "The Thunder defeated the Pacers ... The win capped a season": the
    definite noun refers back even though its own clause names other actors."""
    a = _rec(1, "other", "defeat", ("Thunder", "Pacers"), day=22)
    b = _rec(2, "other", "win", ("Oklahoma City",))
    c = _rec(3, "other", "launch", ("Oklahoma City",))
    rows = merge_mentions([a, b, c], family, anaphoric=lambda e: e.n in (2, 3))
    assert [r.trigger for r in rows] == ["defeat", "launch"]
    assert ("org", "Oklahoma City") in rows[0].actors


def test_mentions_at_different_places_stay_apart() -> None:
    a = _rec(1, "consult", "talk", day=5)
    b = _rec(2, "consult", "talk")
    c = _rec(3, "consult", "talk")
    where = {1: frozenset({("gpe", "Geneva")}), 2: frozenset({("gpe", "London")})}
    rows = merge_mentions([a, b, c], family, places=lambda e: where.get(e.n, frozenset()))
    # Geneva and London are two rounds of talks; the placeless mention joins the first
    assert [r.n for r in rows] == [1, 2] and rows[0].sentence == "s1" and rows[1].sentence == "s2"


def test_a_match_and_its_result_are_one_family() -> None:
    """The en-dev guide: the match/result is the event, one row."""
    assert family("game") == family("final") == family("victory") == family("win")


def test_saying_date_does_not_date_a_direct_quotation(nlp: Any) -> None:
    text = "“We just signed with China the other day,” Donald Trump said on Thursday."
    doc = next(parse_bodies(nlp, [text]))
    mentions = extract_mentions(doc)
    quotes, sources = extract_quotes(doc, mentions=mentions)
    assert quotes
    pub = dt.date(2025, 6, 27)
    timexes = extract_timexes(text, published_date=pub, doc=doc)
    evs = extract_events(
        doc, mentions=mentions, timexes=timexes, quotes=quotes, sources=sources, published_date=pub
    )
    assert not any(e.trigger == "sign" and e.date_start == dt.date(2025, 6, 26) for e in evs)


def test_now_in_a_quotation_is_the_speaker_s_present(nlp: Any) -> None:
    text = "“This strike ends now,” Greg Abbott declared on Sunday."
    doc = next(parse_bodies(nlp, [text]))
    mentions = extract_mentions(doc)
    quotes, sources = extract_quotes(doc, mentions=mentions)
    pub = dt.date(2025, 8, 4)
    timexes = extract_timexes(text, published_date=pub, doc=doc)
    assert any(t.value == "PRESENT_REF" for t in timexes)
    evs = extract_events(
        doc, mentions=mentions, timexes=timexes, quotes=quotes, sources=sources, published_date=pub
    )
    assert not any(e.trigger in ("end", "strike") for e in evs)


def test_now_does_not_date_a_verb_outside_the_vocabulary(nlp: Any) -> None:
    text = "Now, Jannik Sinner has responded with a title."
    doc = next(parse_bodies(nlp, [text]))
    mentions = extract_mentions(doc)
    quotes, sources = extract_quotes(doc, mentions=mentions)
    pub = dt.date(2025, 7, 13)
    timexes = extract_timexes(text, published_date=pub, doc=doc)
    assert any(t.value == "PRESENT_REF" for t in timexes)
    evs = extract_events(
        doc, mentions=mentions, timexes=timexes, quotes=quotes, sources=sources, published_date=pub
    )
    assert not any(e.trigger == "respond" for e in evs)


def _undated_events(nlp: Any, text: str) -> tuple[EventRecord, ...]:
    """Events of ``text`` as an article without a publication date."""
    doc = next(parse_bodies(nlp, [text]))
    mentions = extract_mentions(doc)
    quotes, sources = extract_quotes(doc, mentions=mentions)
    timexes = extract_timexes(text, published_date=None, doc=doc)
    return extract_events(
        doc, mentions=mentions, timexes=timexes, quotes=quotes, sources=sources, published_date=None
    )


def test_undated_article_keeps_a_happening_dated_only_by_an_underspecified_date(
    nlp: Any,
) -> None:
    # No named actor, and "last week" cannot resolve without a publication
    # date: the time expression still anchors the happening.
    evs = _undated_events(nlp, "The old bridge collapsed last week.")
    assert [e.trigger for e in evs] == ["collapse"]
    assert evs[0].timex_n is not None and evs[0].date_start is None


def test_undated_mentions_dated_differently_are_different_happenings(nlp: Any) -> None:
    text = (
        "The mayor was convicted last summer on bribery charges. "
        "His deputy was convicted last week on fraud charges."
    )
    convictions = [e for e in _undated_events(nlp, text) if e.trigger == "convict"]
    assert len(convictions) == 2


def test_merge_compares_what_dates_each_mention() -> None:
    rows = [_rec(1, "other", "cut", ("Microsoft",)), _rec(2, "other", "cut", ("Microsoft",))]
    label = {1: "XXXX-SU", 2: "XXXX-WXX"}
    assert len(merge_mentions(rows, family, when=lambda e: label[e.n])) == 2
    assert len(merge_mentions(rows, family)) == 1


def test_anaphoric_noun_joins_the_happening_of_its_political_type() -> None:
    # "Japan's lawmakers elected Takaichi ... Her victory is ...": the possessed
    # noun refers back to the election, written with another word family.
    rows = [
        _rec(1, "election", "elect", ("Japan",), day=21),
        _rec(2, "election", "victory"),
    ]
    assert len(merge_mentions(rows, family, anaphoric=lambda e: e.trigger == "victory")) == 1
    # For `other` the word family must still agree: a company's launch and a
    # later "the sale" are two things.
    rows = [_rec(1, "other", "launch", ("Apple",), day=9), _rec(2, "other", "sale")]
    assert len(merge_mentions(rows, family, anaphoric=lambda e: e.trigger == "sale")) == 2
    # Without the anaphoric reading (no determiner or possessive: "a victory")
    # the two words name two happenings.
    rows = [_rec(1, "election", "elect", ("Japan",), day=21), _rec(2, "election", "victory")]
    assert len(merge_mentions(rows, family)) == 2
