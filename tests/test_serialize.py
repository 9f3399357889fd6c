"""The extraction cache payload: same JSON as ``dataclasses.asdict`` gave, and it round-trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from spacy.language import Language

from contract.records import (
    ArticleExtraction,
    EventRecord,
    MentionRecord,
    PreparedArticle,
    QuoteRecord,
    SourceRecord,
    TimexRecord,
)
from contract.serialize import _default, from_payload, to_payload
from tests.conftest import SEEDS_RAW
from transforms.articles.language import init_language_detection
from transforms.articles.prepare import prepare_article
from transforms.extract import extract_article, needs_nlp


def _reference(ex: ArticleExtraction) -> str:
    """What to_payload wrote before it stopped using dataclasses.asdict."""
    return json.dumps(dataclasses.asdict(ex), default=_default, sort_keys=True, ensure_ascii=False)


DAY = dt.date(2024, 11, 6)
HANDMADE = ArticleExtraction(
    article=PreparedArticle(
        encoding="utf-8",
        format="text",
        body_text="Песков said “no” on Nov. 6.\n",
        title="T",
        authors=("A B", "C D"),
        outlet="Meduza",
        published_date=DAY,
        published_date_source="sidecar",
        language="en",
        language_confidence=0.9999,
        n_words=6,
    ),
    mentions=(MentionRecord("Песков", 0, 6, ("person", "Dmitry Peskov")),),
    quotes=(QuoteRecord(1, "no", "partial", 13, 15, source_n=1, cue="say"),),
    sources=(
        SourceRecord(1, "person", False, name="Dmitry Peskov", entity=("person", "Dmitry Peskov")),
        SourceRecord(2, "anonymous", True, n_people=None, anonymity_reason="not authorized"),
    ),
    timexes=(TimexRecord(1, "Nov. 6", 20, 26, "DATE", "2024-11-06", DAY, DAY, "publication"),),
    events=(
        EventRecord(
            1,
            "statement",
            "say",
            "Песков said “no” on Nov. 6.",
            0,
            27,
            actors=(("person", "Dmitry Peskov"), ("gpe", "Russia")),
            timex_n=1,
            date_start=DAY,
            date_end=DAY,
        ),
    ),
    notes={"x": 1},
)


@pytest.mark.parametrize(
    "ex",
    [
        HANDMADE,
        ArticleExtraction(
            article=PreparedArticle("utf-8", "html", ""), notes={"skipped_language": 1}
        ),
    ],
    ids=["handmade", "empty"],
)
def test_same_json_as_asdict_and_round_trips(ex: ArticleExtraction) -> None:
    payload = to_payload(ex)
    assert payload == _reference(ex)
    assert from_payload(payload) == ex


def test_seed_articles(nlp: Language) -> None:
    init_language_detection()
    n = 0
    for path in sorted(SEEDS_RAW.glob("*.txt")):
        article = prepare_article(path.read_bytes(), source_path=path.name)
        doc: Any = nlp(article.body_text) if needs_nlp(article) else None
        ex = extract_article(article, doc)
        payload = to_payload(ex)
        assert payload == _reference(ex), path.name
        assert from_payload(payload) == ex
        n += len(ex.quotes) + len(ex.events)
    assert n > 20
