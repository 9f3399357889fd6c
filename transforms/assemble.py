"""Corpus-level assembly: article-local records -> the contract's tables.

Runs over every loaded article at once (cheap compared with NLP), which is what
makes the output independent of the order files were extracted in: ids are
derived from article ids and text order, entities are canonicalized over the
whole corpus, near-duplicates are linked across it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from transforms.canonical import canonicalize
from transforms.dedup import near_duplicates
from transforms.model import ArticleExtraction, EntityRef
from transforms.tables import frame


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


def assemble_tables(
    articles: Sequence[LoadedArticle], ledger: Sequence[LedgerEntry]
) -> dict[str, pl.DataFrame]:
    articles = sorted(articles, key=lambda a: a.article_id)
    article_rows = [_article_row(a) for a in articles]
    dup = near_duplicates(
        pl.DataFrame(
            {
                "article_id": [r["article_id"] for r in article_rows],
                "source_path": [r["source_path"] for r in article_rows],
                "published_date": [r["published_date"] for r in article_rows],
                "body_text": [r["body_text"] for r in article_rows],
            },
            schema={
                "article_id": pl.String,
                "source_path": pl.String,
                "published_date": pl.Date,
                "body_text": pl.String,
            },
        )
    )
    dup_of = dict(zip(dup["article_id"].to_list(), dup["duplicate_of"].to_list(), strict=True))
    for r in article_rows:
        r["duplicate_of"] = dup_of.get(str(r["article_id"]))

    entities, resolve, names = _entities(articles)

    quotes: list[dict[str, object]] = []
    sources: list[dict[str, object]] = []
    timexes: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    mentions: list[dict[str, object]] = []
    for a in articles:
        aid = a.article_id
        ex = a.extraction
        for m in ex.mentions:
            eid = resolve.get((aid, *m.entity))
            if eid is not None:
                mentions.append(
                    {
                        "article_id": aid,
                        "entity_id": eid,
                        "text": m.text,
                        "char_start": m.char_start,
                        "char_end": m.char_end,
                    }
                )
        for s in ex.sources:
            eid = resolve.get((aid, *s.entity)) if s.entity else None
            sources.append(
                {
                    "source_id": f"{aid}:s{s.n}",
                    "article_id": aid,
                    "kind": s.kind,
                    "name": names.get(eid, s.name) if eid else s.name,
                    "entity_id": eid,
                    "description": s.description,
                    "affiliation": s.affiliation,
                    "anonymous": s.anonymous,
                    "n_people": s.n_people,
                    "anonymity_reason": s.anonymity_reason,
                    "n_quotes": s.n_quotes,
                }
            )
        for q in ex.quotes:
            quotes.append(
                {
                    "quote_id": f"{aid}:q{q.n}",
                    "article_id": aid,
                    "text": q.text,
                    "kind": q.kind,
                    "char_start": q.char_start,
                    "char_end": q.char_end,
                    "source_id": f"{aid}:s{q.source_n}" if q.source_n else None,
                    "speaker_text": q.speaker_text,
                    "cue": q.cue,
                    "medium": q.medium,
                    "continues": f"{aid}:q{q.continues_n}" if q.continues_n else None,
                }
            )
        for t in ex.timexes:
            timexes.append(
                {
                    "timex_id": f"{aid}:t{t.n}",
                    "article_id": aid,
                    "text": t.text,
                    "char_start": t.char_start,
                    "char_end": t.char_end,
                    "type": t.type,
                    "value": t.value,
                    "date_start": t.date_start,
                    "date_end": t.date_end,
                    "anchor": t.anchor,
                }
            )
        for e in ex.events:
            actor_ids: list[str] = []
            for ref in e.actors:
                eid = resolve.get((aid, *ref))
                if eid is not None and eid not in actor_ids:
                    actor_ids.append(eid)
            events.append(
                {
                    "event_id": f"{aid}:e{e.n}",
                    "article_id": aid,
                    "event_type": e.event_type,
                    "trigger": e.trigger,
                    "sentence": e.sentence,
                    "char_start": e.char_start,
                    "char_end": e.char_end,
                    "actor_ids": actor_ids,
                    "timex_id": f"{aid}:t{e.timex_n}" if e.timex_n else None,
                    "date_start": e.date_start,
                    "date_end": e.date_end,
                    "modality": e.modality,
                    "source_id": f"{aid}:s{e.source_n}" if e.source_n else None,
                }
            )

    ledger_rows: list[dict[str, object]] = [
        {
            "source_path": e.source_path,
            "content_sha256": e.content_sha256,
            "size_bytes": e.size_bytes,
            "status": e.status,
            "reason": e.reason,
            "article_id": e.article_id,
        }
        for e in ledger
    ]
    return {
        "articles": frame("articles", article_rows),
        "quotes": frame("quotes", quotes),
        "sources": frame("sources", sources),
        "time_expressions": frame("time_expressions", timexes),
        "events": frame("events", events),
        "entities": entities,
        "mentions": frame("mentions", mentions),
        "ingest_log": frame("ingest_log", ledger_rows),
    }


def _article_row(a: LoadedArticle) -> dict[str, object]:
    p = a.extraction.article
    return {
        "article_id": a.article_id,
        "source_path": a.source_path,
        "content_sha256": a.content_sha256,
        "size_bytes": a.size_bytes,
        "encoding": p.encoding,
        "format": p.format,
        "title": p.title,
        "authors": list(p.authors),
        "outlet": p.outlet,
        "outlet_evidence": p.outlet_evidence,
        "original_outlet": p.original_outlet,
        "url": p.url,
        "published_date": p.published_date,
        "published_date_source": p.published_date_source,
        "language": p.language,
        "language_confidence": p.language_confidence,
        "body_text": p.body_text,
        "n_words": p.n_words,
        "n_boilerplate_lines": p.n_boilerplate_lines,
        "duplicate_of": None,
    }


def _entities(
    articles: Sequence[LoadedArticle],
) -> tuple[pl.DataFrame, dict[tuple[str, str, str], str], dict[str, str]]:
    """Canonical entities plus lookups (article, type, local name) -> entity_id -> name."""
    rows: dict[str, list[object]] = {
        "article_id": [],
        "text": [],
        "char_start": [],
        "char_end": [],
        "type": [],
        "local_name": [],
    }
    for a in articles:
        for m in a.extraction.mentions:
            ref: EntityRef = m.entity
            rows["article_id"].append(a.article_id)
            rows["text"].append(m.text)
            rows["char_start"].append(m.char_start)
            rows["char_end"].append(m.char_end)
            rows["type"].append(ref[0])
            rows["local_name"].append(ref[1])
    mentions = pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "text": pl.String,
            "char_start": pl.Int32,
            "char_end": pl.Int32,
            "type": pl.String,
            "local_name": pl.String,
        },
    )
    entities, mapping = canonicalize(mentions)
    entities = frame("entities", entities.to_dicts()) if entities.height else frame("entities", [])
    resolve = {
        (r["article_id"], r["type"], r["local_name"]): r["entity_id"]
        for r in mapping.iter_rows(named=True)
    }
    names = dict(zip(entities["entity_id"].to_list(), entities["name"].to_list(), strict=True))
    return entities, resolve, names
