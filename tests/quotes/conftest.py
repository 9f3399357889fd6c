"""Helpers for the quote tests: parse a body with the product pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract.records import QuoteRecord, SourceRecord

Run = Callable[[str], tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]]


@pytest.fixture(scope="session")
def run(nlp: Any) -> Run:
    from transforms.entities.mentions import extract_mentions
    from transforms.nlp.load import parse_bodies
    from transforms.quotes.extract import extract_quotes

    def _run(body: str) -> tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]:
        doc = next(parse_bodies(nlp, [body]))
        assert doc.text == body
        return extract_quotes(doc, mentions=extract_mentions(doc))

    return _run


def source_of(q: QuoteRecord, sources: tuple[SourceRecord, ...]) -> SourceRecord:
    found = [s for s in sources if s.n == q.source_n]
    assert found, f"quote {q.text!r} has no source"
    return found[0]


def direct(quotes: tuple[QuoteRecord, ...]) -> tuple[QuoteRecord, ...]:
    """The rows of direct speech (reported speech is tested in test_reported)."""
    return tuple(q for q in quotes if q.kind != "indirect")
