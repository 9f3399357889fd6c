"""Corpus assembly: article-local records -> the contract's tables.

Two kinds of steps, kept apart so a large corpus can be assembled in chunks:

* corpus-level decisions that need every article at once, made on compact
  inputs: canonical entities (``canonicalize`` over all mentions) and
  near-duplicates (``duplicate_groups`` over MinHash signatures). They are
  bundled in a ``Resolution``;
* article-local rows (``article_tables``), which only need the ``Resolution``
  and can therefore be built for any subset of articles, in article_id order.

``assemble_tables`` does both for articles held in memory. Either way the
output is independent of the order files were extracted in: ids are derived
from article ids and text order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import polars as pl

from contract.records import LedgerEntry, LoadedArticle
from contract.tables import TABLES, frame
from transforms.corpus.minhash import duplicate_groups, signature
from transforms.corpus.utterances import assign_utterances, utterance_input, with_utterances
from transforms.entities.canonical import canonicalize

# canonicalize()'s input columns, one row per mention.
MENTION_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "text": pl.String(),
    "char_start": pl.Int32(),
    "char_end": pl.Int32(),
    "type": pl.String(),
    "local_name": pl.String(),
}

ARTICLE_TABLES: tuple[str, ...] = (
    "articles",
    "quotes",
    "sources",
    "time_expressions",
    "events",
    "mentions",
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The corpus-level decisions that article rows depend on."""

    entity_of: Mapping[tuple[str, str, str], str]  # (article_id, type, local_name) -> entity_id
    names: Mapping[str, str]  # entity_id -> canonical name
    duplicate_of: Mapping[str, str]  # article_id -> the article it near-duplicates


def mention_frame(articles: Sequence[LoadedArticle]) -> pl.DataFrame:
    """The mentions of ``articles`` as ``canonicalize`` wants them."""
    rows: dict[str, list[object]] = {c: [] for c in MENTION_SCHEMA}
    for a in articles:
        for m in a.extraction.mentions:
            rows["article_id"].append(a.article_id)
            rows["text"].append(m.text)
            rows["char_start"].append(m.char_start)
            rows["char_end"].append(m.char_end)
            rows["type"].append(m.entity[0])
            rows["local_name"].append(m.entity[1])
    return pl.DataFrame(rows, schema=MENTION_SCHEMA)


def resolve_entities(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, str]]:
    """(entities table, mapping, entity_id -> name) for all mentions of the corpus."""
    entities, mapping = canonicalize(mentions)
    entities = frame("entities", entities.to_dicts()) if entities.height else frame("entities", [])
    names = dict(zip(entities["entity_id"].to_list(), entities["name"].to_list(), strict=True))
    return entities, mapping, names


def entity_lookup(mapping: pl.DataFrame) -> dict[tuple[str, str, str], str]:
    """(article_id, type, local_name) -> entity_id, from ``canonicalize``'s mapping."""
    return {
        (aid, t, name): eid
        for aid, t, name, eid in zip(
            mapping["article_id"].to_list(),
            mapping["type"].to_list(),
            mapping["local_name"].to_list(),
            mapping["entity_id"].to_list(),
            strict=True,
        )
    }


def assemble_tables(
    articles: Sequence[LoadedArticle], ledger: Sequence[LedgerEntry]
) -> dict[str, pl.DataFrame]:
    """Every contract table for articles held in memory."""
    articles = sorted(articles, key=lambda a: a.article_id)
    entities, mapping, names = resolve_entities(mention_frame(articles))
    dup = duplicate_groups(
        [a.article_id for a in articles],
        [a.source_path for a in articles],
        [a.extraction.article.published_date for a in articles],
        [signature(a.extraction.article.body_text) for a in articles],
    )
    res = Resolution(entity_lookup(mapping), names, dup)
    tables = article_tables(articles, res)
    tables["entities"] = entities
    mapping_u, tables["utterances"] = assign_utterances(utterance_input_of(tables))
    tables["quotes"] = with_utterances(tables["quotes"], mapping_u)
    tables["ingest_log"] = ledger_table(ledger)
    return {name: tables[name] for name in TABLES}


def utterance_input_of(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """``utterance_input`` over article tables (the whole corpus or a chunk of whole articles)."""
    return utterance_input(
        tables["quotes"],
        tables["sources"],
        tables["articles"],
        tables["mentions"],
        tables["time_expressions"],
    )


def ledger_table(ledger: Sequence[LedgerEntry]) -> pl.DataFrame:
    return frame(
        "ingest_log",
        [
            {
                "source_path": e.source_path,
                "content_sha256": e.content_sha256,
                "size_bytes": e.size_bytes,
                "status": e.status,
                "reason": e.reason,
                "article_id": e.article_id,
            }
            for e in ledger
        ],
    )


def article_tables(articles: Sequence[LoadedArticle], res: Resolution) -> dict[str, pl.DataFrame]:
    """The article-local tables (``ARTICLE_TABLES``) for ``articles``."""
    articles = sorted(articles, key=lambda a: a.article_id)
    resolve = res.entity_of
    names = res.names
    article_rows = [_article_row(a, res.duplicate_of.get(a.article_id)) for a in articles]
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
    return {
        "articles": frame("articles", article_rows),
        "quotes": frame("quotes", quotes),
        "sources": frame("sources", sources),
        "time_expressions": frame("time_expressions", timexes),
        "events": frame("events", events),
        "mentions": frame("mentions", mentions),
    }


def _article_row(a: LoadedArticle, duplicate_of: str | None) -> dict[str, object]:
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
        "duplicate_of": duplicate_of,
    }
