"""Plain value types passed between the pure extraction steps.

Every extractor returns these records with *article-local* numbering; the
pipeline turns them into contract rows (``<article_id>:q<n>`` ids, corpus-wide
``entity_id`` values). Keeping the records free of ids lets the extractors stay
pure and lets the corpus-level steps (entity canonicalization, duplicates) run
over everything at once.

Offsets are always Python string indices into ``PreparedArticle.body_text``,
end exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypedDict


class ArticleMeta(TypedDict, total=False):
    """Metadata a user supplies in a sidecar ``<name>.meta.json`` or ``manifest.csv``."""

    url: str
    outlet: str
    published_date: str  # YYYY-MM-DD
    title: str
    authors: list[str]


class RejectedInput(Exception):
    """Raised by a pure step when a raw file cannot become an article.

    ``reason`` is shown to users in ``ingest_log.reason``: say what is wrong and
    what they can do about it.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """A decoded, cleaned article with its metadata (articles table, minus ids)."""

    encoding: str
    format: str  # "text" | "html"
    body_text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    outlet_evidence: str | None = None
    original_outlet: str | None = None
    url: str | None = None
    published_date: dt.date | None = None
    published_date_source: str | None = None
    language: str = "und"
    language_confidence: float = 0.0
    n_words: int = 0
    n_boilerplate_lines: int = 0


# An entity as known inside one article: (contract type, article-level name).
# Types: "person", "org", "gpe", "media", "norp". The article-level name is the
# fullest form seen in the article with titles stripped ("Vladimir Putin" for
# "Mr. Putin"); the corpus step merges these across articles into entity_ids.
EntityRef = tuple[str, str]


@dataclass(frozen=True, slots=True)
class MentionRecord:
    text: str
    char_start: int
    char_end: int
    entity: EntityRef


@dataclass(frozen=True, slots=True)
class SourceRecord:
    n: int  # 1-based, in order of first quote/citation in the text
    kind: str  # person | anonymous | organization | media
    anonymous: bool
    name: str | None = None  # article-level name for named sources
    entity: EntityRef | None = None  # links the source to the corpus entity
    description: str | None = None
    affiliation: str | None = None
    n_people: int | None = None
    anonymity_reason: str | None = None
    n_quotes: int = 0


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    n: int  # 1-based, in text order
    text: str
    kind: str  # full | partial | indirect
    char_start: int
    char_end: int
    source_n: int | None = None
    speaker_text: str | None = None
    cue: str | None = None
    medium: str | None = None
    continues_n: int | None = None


@dataclass(frozen=True, slots=True)
class TimexRecord:
    n: int  # 1-based, in text order
    text: str
    char_start: int
    char_end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    anchor: str = "absolute"  # absolute | publication


@dataclass(frozen=True, slots=True)
class EventRecord:
    n: int  # 1-based, in text order
    event_type: str
    trigger: str
    sentence: str
    char_start: int
    char_end: int
    actors: tuple[EntityRef, ...] = ()
    timex_n: int | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    modality: str = "asserted"
    source_n: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything extracted from one article; input to the corpus-level steps."""

    article: PreparedArticle
    mentions: tuple[MentionRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    sources: tuple[SourceRecord, ...] = ()
    timexes: tuple[TimexRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    notes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    article_id: str
    source_path: str
    content_sha256: str
    size_bytes: int
    extraction: ArticleExtraction


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    source_path: str
    content_sha256: str | None
    size_bytes: int | None
    status: str  # loaded | duplicate | rejected
    reason: str | None
    article_id: str | None


def article_id_of(sha256_hex: str) -> str:
    return sha256_hex[:16]
