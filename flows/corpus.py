"""The contract tables from the extraction cache, in memory that does not grow with the corpus.

The cache is read a chunk of articles at a time, in article_id order, twice:

1. ``plan_corpus``: the compact inputs of the corpus-level steps (each
   article's mentions, date and stored MinHash signature) become canonical
   entities and near-duplicate links (``transforms.corpus.assemble.Resolution``);
2. ``load_corpus``: each chunk's article rows are built with that resolution
   and appended to the warehouse inside ONE transaction, read back and checked
   against the contract there; nothing is committed unless every chunk passes.

What stays in memory for the whole run is one chunk of articles plus, per
article, its ids, date and signature, and the mention table that entity
canonicalization needs. Snapshots are then written from the warehouse in
batches (``warehouse.snapshot``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import polars as pl
import pyarrow as pa

from contract.records import LedgerEntry, LoadedArticle
from contract.serialize import from_payload
from flows.ingest import IngestedFile
from flows.memory import collector_paused
from flows.stages import WorkItem, ledger_entries, rejection_reason
from transforms.corpus.assemble import (
    ARTICLE_TABLES,
    MENTION_SCHEMA,
    Resolution,
    article_tables,
    entity_lookup,
    ledger_table,
    mention_frame,
    resolve_entities,
    utterance_input_of,
)
from transforms.corpus.minhash import duplicate_groups, signature, unpack_signature
from transforms.corpus.utterances import INPUT_SCHEMA, assign_utterances
from warehouse.checks import check_tables
from warehouse.store import ContractViolation, Warehouse

# Articles held in memory at once. 256 keeps a chunk's payloads, records and
# frames to a few tens of MB while the per-chunk overheads (queries, frame
# construction) stay small next to the rows themselves.
CHUNK_ARTICLES = 256


@dataclass(frozen=True, slots=True)
class CorpusPlan:
    ledger: list[LedgerEntry]
    loaded: list[WorkItem]  # article_id order
    entities: pl.DataFrame
    mapping: pl.DataFrame  # canonicalize()'s (article_id, type, local_name) -> entity_id
    names: dict[str, str]
    duplicate_of: dict[str, str]
    skipped_language: int


def _stream(
    wh: Warehouse, items: Sequence[WorkItem], chunk: int
) -> Iterator[list[tuple[LoadedArticle, bytes | None]]]:
    """The cached extraction of every item, ``chunk`` articles at a time, in one scan."""
    by_key = {it.cache_key: it for it in items}
    for rows in wh.cache_stream(list(by_key), rows=chunk):
        part = []
        for key, payload, sig in rows:
            it = by_key[key]
            extraction = from_payload(payload)
            part.append(
                (LoadedArticle(it.article_id, it.source_path, it.sha256, it.size, extraction), sig)
            )
        yield part


def plan_corpus(
    wh: Warehouse,
    files: Sequence[IngestedFile],
    items: Sequence[WorkItem],
    *,
    chunk: int = CHUNK_ARTICLES,
    changed: Mapping[str, str] | None = None,
) -> CorpusPlan:
    """Ledger, canonical entities and near-duplicates for every cached item.

    ``changed`` maps cache keys of items this run could not extract (their
    file changed under it, ``stages.load_bytes``) to the reason the ledger
    gives; they are left out like rejected files.
    """
    rejected = {
        k: rejection_reason(p) or p
        for k, p in wh.cache_rejections([it.cache_key for it in items]).items()
    }
    rejected.update(changed or {})
    ledger = ledger_entries(files, items, rejected)
    loaded = sorted(
        (it for it in items if it.cache_key not in rejected), key=lambda it: it.article_id
    )
    position = {it.cache_key: i for i, it in enumerate(loaded)}
    frames: list[pl.DataFrame] = []
    dates: list[dt.date | None] = [None] * len(loaded)
    sigs: list[tuple[int, ...]] = [()] * len(loaded)
    skipped = 0
    for batch in wh.cache_plan_stream(list(position), rows=chunk):
        cols = batch.select(["cache_key", "signature", "published_date", "skipped_language"])
        payloads = batch.column("payload").to_pylist()
        old: list[LoadedArticle] = []
        for (key, sig, date, skip), payload in zip(
            zip(*cols.to_pydict().values(), strict=True), payloads, strict=True
        ):
            i = position[key]
            if payload is None:
                dates[i] = date
                skipped += 1 if skip else 0
                sigs[i] = unpack_signature(sig)
                continue
            # A row cached before the plan columns (or signatures) were
            # stored: decode its payload and compute what is missing.
            it = loaded[i]
            extraction = from_payload(payload)
            old.append(LoadedArticle(it.article_id, it.source_path, it.sha256, it.size, extraction))
            dates[i] = extraction.article.published_date
            skipped += 1 if extraction.notes.get("skipped_language") else 0
            sigs[i] = (
                unpack_signature(sig)
                if sig is not None
                else signature(extraction.article.body_text)
            )
        frames.append(_stored_mentions(batch, loaded, position))
        if old:
            frames.append(mention_frame(old))
    # The scan's order is arbitrary; canonicalization sees article_id order,
    # each article's mentions in their own order (a stable sort).
    mentions = (
        pl.concat(frames).sort("article_id", maintain_order=True)
        if frames
        else pl.DataFrame(schema=MENTION_SCHEMA)
    )
    entities, mapping, names = resolve_entities(mentions)
    duplicate_of = duplicate_groups(
        [it.article_id for it in loaded], [it.source_path for it in loaded], dates, sigs
    )
    return CorpusPlan(ledger, loaded, entities, mapping, names, duplicate_of, skipped)


def _stored_mentions(
    batch: pa.RecordBatch, loaded: Sequence[WorkItem], position: dict[str, int]
) -> pl.DataFrame:
    """The batch's stored mentions as ``mention_frame`` gives them, without decoding payloads."""
    ids = [loaded[position[k]].article_id for k in batch.column("cache_key").to_pylist()]
    frame = pl.DataFrame(pa.Table.from_batches([batch.select(["mentions", "payload"])]))
    return (
        frame.with_columns(article_id=pl.Series(ids, dtype=pl.String()))
        # Rows with a payload here were planned from it (see plan_corpus).
        .filter(pl.col("mentions").is_not_null() & pl.col("payload").is_null())
        .explode("mentions")  # keeps each list's order
        .filter(pl.col("mentions").is_not_null())  # an empty list explodes to one null
        .unnest("mentions")
        .select([pl.col(c).cast(t) for c, t in MENTION_SCHEMA.items()])
    )


def load_corpus(wh: Warehouse, plan: CorpusPlan, *, chunk: int = CHUNK_ARTICLES) -> dict[str, int]:
    """Replace every contract table in one checked transaction; rows per table."""
    ids = [it.article_id for it in plan.loaded]
    known = {
        ("articles", "article_id"): frozenset(ids),
        ("entities", "entity_id"): frozenset(plan.entities["entity_id"].to_list()),
    }
    if len(known[("articles", "article_id")]) != len(ids):
        raise ContractViolation(["articles: two different contents share an article_id"])
    counts = dict.fromkeys(ARTICLE_TABLES, 0)
    # Utterances need every article's quotes at once: each chunk contributes
    # its compact clustering input (no bodies), and quotes.utterance_id is set
    # once all chunks are in.
    utterance_parts: list[pl.DataFrame] = []
    with wh.replace_tables() as load, collector_paused() as collect_young:
        for part in _stream(wh, plan.loaded, chunk):
            articles = [a for a, _ in part]
            part_ids = [a.article_id for a in articles]
            res = Resolution(
                entity_lookup(plan.mapping.filter(pl.col("article_id").is_in(part_ids))),
                plan.names,
                plan.duplicate_of,
            )
            tables = article_tables(articles, res)
            utterance_parts.append(utterance_input_of(tables))
            for name in ARTICLE_TABLES:
                load.append(name, tables[name])
                counts[name] += tables[name].height
            stored = {name: load.read_back(name, article_ids=part_ids) for name in ARTICLE_TABLES}
            problems = check_tables(stored, known=known)
            if problems:
                raise ContractViolation(problems)
            del part, articles, tables, stored
            collect_young()
        ledger = ledger_table(plan.ledger)
        load.append("entities", plan.entities)
        load.append("ingest_log", ledger)
        inputs = (
            pl.concat(utterance_parts) if utterance_parts else pl.DataFrame(schema=INPUT_SCHEMA)
        )
        del utterance_parts
        mapping, utterances = assign_utterances(inputs)
        load.update_column("quotes", "utterance_id", mapping)
        load.append("utterances", utterances)
        known[("utterances", "utterance_id")] = frozenset(utterances["utterance_id"].to_list())
        stored = {name: load.read_back(name) for name in ("entities", "ingest_log", "utterances")}
        problems = check_tables(stored, known=known)
        problems.extend(_utterance_problems(wh))
        if problems:
            raise ContractViolation(problems)
        counts["entities"] = plan.entities.height
        counts["ingest_log"] = ledger.height
        counts["utterances"] = utterances.height
    return counts


def _utterance_problems(wh: Warehouse) -> list[str]:
    """Every quotes row points at a stored utterance (checked in SQL once all chunks are in)."""
    ((orphans,),) = wh.query(
        "SELECT count(*) FROM quotes AS q WHERE q.utterance_id IS NULL OR NOT EXISTS "
        "(SELECT 1 FROM utterances AS u WHERE u.utterance_id = q.utterance_id)"
    )
    if orphans:
        return [f"quotes.utterance_id: {orphans} rows without a stored utterance"]
    return []
