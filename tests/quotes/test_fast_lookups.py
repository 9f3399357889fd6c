"""The indexed look-ups of quote extraction against the straightforward
all-pairs / sort-every-call versions they replaced (same answers, including
ties), on random inputs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from transforms.quotes.extract import _Coverage, _embedded_keys
from transforms.quotes.sources import (
    _POLICE_NOUNS,
    _PRONOUNS_PLURAL,
    _PRONOUNS_SING,
    EntityLookup,
    Source,
    SourceBook,
)

# Small coordinates, so that equal starts, equal ends and identical spans are common.
_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 30))
_ORDERED = _SPAN.map(lambda se: (min(se), max(se)))


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(_SPAN, max_size=12), ranges=st.lists(_ORDERED, min_size=1, max_size=8))
def test_coverage_is_the_sum_of_overlaps(
    spans: list[tuple[int, int]], ranges: list[tuple[int, int]]
) -> None:
    cov = _Coverage(spans)
    for lo, hi in ranges:
        expected = sum(max(0, min(e, hi) - max(s, lo)) for s, e in spans)
        assert cov.inside(lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(_ORDERED, max_size=12), contents=st.lists(_ORDERED, max_size=12))
def test_embedded_keys_match_all_pairs(
    keys: list[tuple[int, int]], contents: list[tuple[int, int]]
) -> None:
    # Keys that are contents too (a reported speaker phrase equal to a content
    # span) exercise the "other than itself" rule.
    keys = keys + contents[: len(contents) // 2]
    expected = {
        key
        for key in keys
        if any(s <= key[0] and key[1] <= e and (s, e) != key for s, e in contents)
    }
    assert _embedded_keys(keys, contents) == expected


# --- SourceBook look-backs ------------------------------------------------------

_KINDS = ("person", "anonymous", "organization", "media")
_WORDS = ("company", "official", "source", "police")


def _source(draw: Any) -> Source:
    return Source(
        0,
        draw(st.sampled_from(_KINDS)),
        draw(st.booleans()),
        description=draw(st.sampled_from([None, "a description"])),
        head=draw(st.sampled_from([None, *_WORDS])),
        modifiers=frozenset(draw(st.sets(st.sampled_from(("senior", "russian")), max_size=2))),
        plural=draw(st.booleans()),
        titles=frozenset(draw(st.sets(st.sampled_from((*_WORDS, "senior")), max_size=3))),
    )


@st.composite
def _books(draw: Any) -> SourceBook:
    doc = Doc(Vocab(), words=[])
    book = SourceBook(doc, EntityLookup(doc, []), "")
    book.sources = [_source(draw) for _ in range(draw(st.integers(1, 6)))]
    n = len(book.sources)
    # Entries in any order (the passes of extract_quotes are not in text order),
    # repeated positions and repeated (position, source) pairs included.
    for pos, idx, emb in draw(
        st.lists(st.tuples(st.integers(0, 8), st.integers(0, n - 1), st.booleans()), max_size=30)
    ):
        book._record(pos, idx, emb)
    return book


def _earlier(book: SourceBook, pos: int) -> list[tuple[int, int]]:
    return sorted((p, i) for p, i in book.history if p < pos)


def _ref_resolve_pronoun(book: SourceBook, lower: str, pos: int) -> int | None:
    """The former ``SourceBook._resolve_pronoun`` (with no entity mentions)."""
    earlier = _earlier(book, pos)
    earlier = [e for e in earlier if e[0] in book._embedded] + [
        e for e in earlier if e[0] not in book._embedded
    ]
    if lower in _PRONOUNS_SING:
        for _, i in reversed(earlier):
            if book.sources[i].kind == "person":
                return i
        return None
    if lower in _PRONOUNS_PLURAL:
        for _, i in reversed(earlier):
            if book.sources[i].kind != "person":
                return i
        return None
    for _, i in reversed(earlier):
        if book.sources[i].kind in ("organization", "media"):
            return i
    return None


def _ref_definite_body(book: SourceBook, noun: str, pos: int) -> int | None:
    """The history part of the former ``SourceBook._definite_body``."""
    for _, i in reversed(_earlier(book, pos)):
        src = book.sources[i]
        if src.kind in ("organization", "media") and noun in src.titles:
            return i
    return None


def _ref_definite(
    book: SourceBook, head: str, mods: frozenset[str], plural: bool, pos: int, loose: bool
) -> int | None:
    """The former ``SourceBook._definite`` (with no person titles in the text)."""
    earlier = _earlier(book, pos)
    seen: set[int] = set()
    for _, i in reversed(earlier):
        if i in seen:
            continue
        seen.add(i)
        src = book.sources[i]
        if src.head == head and mods <= src.modifiers and (src.plural == plural or not plural):
            return i
    if not loose:
        return None
    for need in (mods | {head}, frozenset({head})):
        for _, i in reversed(earlier):
            src = book.sources[i]
            if src.kind == "person" and need <= src.titles:
                return i
    if head == "source":
        for _, i in reversed(earlier):
            if book.sources[i].anonymous and book.sources[i].head == "source":
                return i
        for _, i in reversed(earlier):
            if book.sources[i].anonymous and book.sources[i].description is not None:
                return i
    return None


def test_latest_breaks_position_ties_towards_the_higher_index() -> None:
    doc = Doc(Vocab(), words=[])
    book = SourceBook(doc, EntityLookup(doc, []), "")
    book.sources = [Source(0, "person", False, name=f"p{k}") for k in range(4)]
    for pos, idx in [(1, 1), (1, 2), (1, 0), (3, 3), (4, 3), (5, 3), (6, 3), (7, 3)]:
        book._record(pos, idx, False)
    # The walk back meets only source 3, which does not fit, then falls back
    # to the sources' own latest positions: 1 for each of 0, 1 and 2.
    assert book._latest(9, lambda src: src.name != "p3") == 2
    assert book._latest(9, lambda src: src.name in ("p0", "p1")) == 1
    assert book._latest(1, lambda src: True) is None


@settings(max_examples=500, deadline=None)
@given(book=_books(), fit=st.sets(st.integers(0, 5)), pos=st.integers(0, 10))
def test_latest_is_the_first_fit_walking_the_sorted_history_back(
    book: SourceBook, fit: set[int], pos: int
) -> None:
    index = {id(s): k for k, s in enumerate(book.sources)}
    expected = next(
        (i for _, i in reversed(_earlier(book, pos)) if i in fit),
        None,
    )
    assert book._latest(pos, lambda src: index[id(src)] in fit) == expected


@settings(max_examples=300, deadline=None)
@given(
    book=_books(),
    pos=st.integers(0, 10),
    lower=st.sampled_from(["he", "she", "they", "it"]),
    noun=st.sampled_from(_WORDS),
    mods=st.sets(st.sampled_from(("senior", "russian")), max_size=2),
    plural=st.booleans(),
    loose=st.booleans(),
)
def test_source_book_look_backs_match_the_sorting_versions(
    book: SourceBook,
    pos: int,
    lower: str,
    noun: str,
    mods: set[str],
    plural: bool,
    loose: bool,
) -> None:
    assert book._resolve_pronoun(lower, pos) == _ref_resolve_pronoun(book, lower, pos)
    found = _ref_definite_body(book, noun, pos)
    if found is not None:  # otherwise the body named in the text decides (none here)
        assert book._definite_body(noun, 0, pos) == found
    m = frozenset(mods)
    assert book._definite(noun, m, plural, pos, loose=loose) == _ref_definite(
        book, noun, m, plural, pos, loose
    )


def _ref_police_before(book: SourceBook, start: int) -> str | None:
    """The former ``SourceBook._police_before``: a scan of the doc per call."""
    best: tuple[int, str] | None = None
    hit = book.lookup.last_before(
        start, "org", lambda n: bool(_POLICE_NOUNS & set(re.findall(r"[\w-]+", n.casefold())))
    )
    if hit is not None:
        best = (hit[0], hit[2][1])
    for tok in book.doc:
        if tok.idx >= start:
            break
        if tok.lower_ in _POLICE_NOUNS:
            run = book._proper_run(tok)
            if run is not None and (best is None or tok.idx > best[0]):
                best = (tok.idx, run)
    return None if best is None else best[1]


@pytest.mark.parametrize(
    "body",
    [
        "Dover police said the road was closed. The Morristown Police Department said "
        "it had sent officers. Police said nobody was hurt, and St. Paul police agreed. "
        "The department said later that Lakewood police would lead the inquiry.",
        "Police said the fire started at night. No force was named.",
        "",
    ],
)
def test_police_before_matches_a_scan_of_the_doc(nlp: Any, body: str) -> None:
    from transforms.entities.mentions import extract_mentions
    from transforms.nlp.load import parse_bodies

    doc = next(parse_bodies(nlp, [body]))
    book = SourceBook(doc, EntityLookup(doc, extract_mentions(doc)), body)
    answers = []
    for start in [*(t.idx for t in doc), len(body), len(body) + 5]:
        expected = _ref_police_before(book, start)
        assert book._police_before(start) == expected, start
        answers.append(expected)
    if "St. Paul" in body:
        # The fixture must exercise both sources: runs written out and named forces.
        assert "St. Paul police" in answers and "Dover police" in answers
