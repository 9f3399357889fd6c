"""The contract's tables as polars schemas, with their primary keys.

``tests/test_schema.py`` checks these against ``warehouse/sql/001_tables.sql``
(the DDL is the source of truth for names, types and meanings).
"""

from __future__ import annotations

import polars as pl

S = pl.String
LS = pl.List(pl.String)
I32 = pl.Int32
I64 = pl.Int64

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "articles": {
        "article_id": S(),
        "source_path": S(),
        "content_sha256": S(),
        "size_bytes": I64(),
        "encoding": S(),
        "format": S(),
        "title": S(),
        "authors": LS,
        "outlet": S(),
        "outlet_evidence": S(),
        "original_outlet": S(),
        "url": S(),
        "published_date": pl.Date(),
        "published_date_source": S(),
        "language": S(),
        "language_confidence": pl.Float64(),
        "body_text": S(),
        "n_words": I32(),
        "n_boilerplate_lines": I32(),
        "duplicate_of": S(),
    },
    "quotes": {
        "quote_id": S(),
        "article_id": S(),
        "text": S(),
        "kind": S(),
        "char_start": I32(),
        "char_end": I32(),
        "source_id": S(),
        "speaker_text": S(),
        "cue": S(),
        "medium": S(),
        "continues": S(),
        "utterance_id": S(),
    },
    "utterances": {
        "utterance_id": S(),
        "speaker": S(),
        "speaker_entity_id": S(),
        "anonymous": pl.Boolean(),
        "text": S(),
        "language": S(),
        "occasion_date": pl.Date(),
        "original_medium": S(),
        "first_article_id": S(),
        "n_quotes": I32(),
        "n_articles": I32(),
        "n_outlets": I32(),
        "n_languages": I32(),
    },
    "sources": {
        "source_id": S(),
        "article_id": S(),
        "kind": S(),
        "name": S(),
        "entity_id": S(),
        "description": S(),
        "affiliation": S(),
        "anonymous": pl.Boolean(),
        "n_people": I32(),
        "anonymity_reason": S(),
        "n_quotes": I32(),
    },
    "time_expressions": {
        "timex_id": S(),
        "article_id": S(),
        "text": S(),
        "char_start": I32(),
        "char_end": I32(),
        "type": S(),
        "value": S(),
        "date_start": pl.Date(),
        "date_end": pl.Date(),
        "anchor": S(),
    },
    "events": {
        "event_id": S(),
        "article_id": S(),
        "event_type": S(),
        "trigger": S(),
        "sentence": S(),
        "char_start": I32(),
        "char_end": I32(),
        "actor_ids": LS,
        "timex_id": S(),
        "date_start": pl.Date(),
        "date_end": pl.Date(),
        "modality": S(),
        "source_id": S(),
    },
    "entities": {
        "entity_id": S(),
        "type": S(),
        "name": S(),
        "aliases": LS,
        "n_articles": I32(),
        "n_mentions": I32(),
    },
    "mentions": {
        "article_id": S(),
        "entity_id": S(),
        "text": S(),
        "char_start": I32(),
        "char_end": I32(),
    },
    "ingest_log": {
        "source_path": S(),
        "content_sha256": S(),
        "size_bytes": I64(),
        "status": S(),
        "reason": S(),
        "article_id": S(),
    },
}

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "quotes": ("quote_id",),
    "utterances": ("utterance_id",),
    "sources": ("source_id",),
    "time_expressions": ("timex_id",),
    "events": ("event_id",),
    "entities": ("entity_id",),
    "mentions": ("article_id", "char_start", "char_end"),
    "ingest_log": ("source_path",),
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)


def empty(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=SCHEMAS[table])


def frame(table: str, rows: list[dict[str, object]]) -> pl.DataFrame:
    """Rows -> a frame with exactly the contract's columns, sorted by primary key.

    Child ids like ``a:q10`` must sort after ``a:q9`` for readers who scan in
    order, but the contract asks for primary-key order, which is plain string
    order; we keep plain order so DuckDB ``ORDER BY`` agrees with the files.
    """
    df = pl.DataFrame(rows, schema=SCHEMAS[table]) if rows else empty(table)
    return df.sort(list(PRIMARY_KEYS[table]))
