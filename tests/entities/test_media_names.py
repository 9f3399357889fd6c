"""Outlets by how the text cites them (transforms.entities.media_names) through
extract_mentions, on short invented texts."""

from __future__ import annotations

from typing import Any

from transforms.entities.mentions import extract_mentions
from transforms.nlp.load import parse_bodies


def _ents(nlp: Any, text: str) -> set[tuple[str, str]]:
    doc = next(parse_bodies(nlp, [text]))
    out = set()
    for m in extract_mentions(doc):
        assert text[m.char_start : m.char_end] == m.text
        out.add(m.entity)
    return out


def test_source_told_an_outlet(nlp: Any) -> None:
    ents = _ents(nlp, "A person familiar with the plan told CNBC that about 900 jobs would go.")
    assert ("media", "CNBC") in ents
    assert ("org", "CNBC") not in ents


def test_told_a_known_body_is_no_outlet(nlp: Any) -> None:
    ents = _ents(nlp, "The minister told Congress that the budget would be cut.")
    assert not any(t == "media" for t, _ in ents)


def test_broadcast_word_continues_the_name(nlp: Any) -> None:
    ents = _ents(nlp, "Commerce Secretary Howard Lutnick told Bloomberg TV the deal was signed.")
    assert ("media", "Bloomberg TV") in ents


def test_untagged_opening_credit(nlp: Any) -> None:
    ents = _ents(nlp, "(WXYZ NEWSRADIO) — The mayor won the budget vote on Wednesday.")
    assert any(t == "media" and n.upper() == "WXYZ NEWSRADIO" for t, n in ents)
