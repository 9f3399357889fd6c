"""Chunked assembly and streamed snapshots give exactly what the in-memory path gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from contract.cache import Extracted, plan_inputs
from contract.paths import DEFAULT_MAX_BYTES
from contract.records import LoadedArticle
from contract.serialize import from_payload
from contract.tables import TABLES
from flows import corpus, stages
from flows.ingest import IngestedFile, ingest
from transforms.corpus.assemble import assemble_tables
from warehouse.checks import check_tables
from warehouse.snapshot import SnapshotInputs, publish, read_manifest
from warehouse.staging import staging_dir, write_batch
from warehouse.store import ContractViolation, Warehouse, cache_table

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extracted(
    tmp_path_factory: pytest.TempPathFactory, nlp: object
) -> tuple[list[IngestedFile], list[stages.WorkItem], list[Extracted]]:
    """The seeds, a byte-identical copy of one and an unreadable file, extracted once."""
    raw = tmp_path_factory.mktemp("raw")
    seeds = sorted((REPO / "data" / "raw").glob("*.txt"))
    for p in seeds:
        shutil.copy(p, raw / p.name)
    shutil.copy(seeds[0], raw / "zz-copy.txt")
    (raw / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    files, _ = ingest(raw, max_bytes=DEFAULT_MAX_BYTES)
    items = stages.plan(files)
    return files, items, stages.extract_batch(items, max_bytes=DEFAULT_MAX_BYTES)


def _warehouse(path: Path, rows: list[Extracted]) -> Warehouse:
    wh = Warehouse(path)
    wh.ensure_schema("1.0")
    # The run's own path into the cache: a staged batch, then loaded.
    stage = staging_dir(path)
    write_batch(stage, cache_table(rows))
    wh.cache_load_staged(stage)
    return wh


def _tables(wh: Warehouse) -> dict[str, pl.DataFrame]:
    return {t: pl.from_arrow(wh.read_table(t)) for t in TABLES}  # type: ignore[misc]


def _build(
    path: Path,
    extracted: tuple[list[IngestedFile], list[stages.WorkItem], list[Extracted]],
    chunk: int,
    rows: list[Extracted] | None = None,
) -> dict[str, pl.DataFrame]:
    files, items, default_rows = extracted
    with _warehouse(path, rows if rows is not None else default_rows) as wh:
        plan = corpus.plan_corpus(wh, files, items, chunk=chunk)
        counts = corpus.load_corpus(wh, plan, chunk=chunk)
        tables = _tables(wh)
    assert counts == {t: tables[t].height for t in TABLES}
    return tables


def test_chunk_size_does_not_change_any_row(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    one = _build(tmp_path / "one.duckdb", extracted, chunk=1)
    two = _build(tmp_path / "two.duckdb", extracted, chunk=2)
    whole = _build(tmp_path / "whole.duckdb", extracted, chunk=1000)
    for t in TABLES:
        assert one[t].equals(whole[t]), t
        assert two[t].equals(whole[t]), t
    assert whole["articles"].height == 5
    statuses = sorted(whole["ingest_log"]["status"].to_list())
    assert statuses.count("duplicate") == 1 and statuses.count("rejected") == 1
    assert check_tables(whole) == []


def test_chunked_equals_in_memory_assembly(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    files, items, rows = extracted
    chunked = _build(tmp_path / "c.duckdb", extracted, chunk=2)
    payload = {r.cache_key: r.payload for r in rows}
    rejected = {
        k: reason for k, p in payload.items() if (reason := stages.rejection_reason(p)) is not None
    }
    loaded = [
        LoadedArticle(it.article_id, it.source_path, it.sha256, it.size, from_payload(payload[k]))
        for it in items
        if (k := it.cache_key) not in rejected
    ]
    memory = assemble_tables(loaded, stages.ledger_entries(files, items, rejected))
    for t in TABLES:
        assert chunked[t].equals(memory[t]), t


def test_missing_signatures_are_recomputed(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    """Caches written before signatures were stored still find near-duplicates."""
    _, _, rows = extracted
    stored = _build(tmp_path / "s.duckdb", extracted, chunk=2)
    legacy = [r._replace(signature=None) for r in rows]
    recomputed = _build(tmp_path / "l.duckdb", extracted, chunk=2, rows=legacy)
    assert recomputed["articles"].equals(stored["articles"])


def test_stored_plan_inputs_equal_decoded_payloads(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    """The plan columns copy the payload exactly, and rows cached without them
    (older versions) are planned from their payload, mixed in one corpus."""
    _, _, rows = extracted
    for r in rows:
        if stages.rejection_reason(r.payload) is None:
            assert r.plan == plan_inputs(from_payload(r.payload)), r.article_id
        else:
            assert r.plan is None
    stored = _build(tmp_path / "s.duckdb", extracted, chunk=2)
    assert stored["mentions"].height > 0
    legacy = [r._replace(plan=None) for r in rows]
    mixed = [r._replace(plan=None) if i % 2 else r for i, r in enumerate(rows)]
    for name, variant in (("legacy", legacy), ("mixed", mixed)):
        tables = _build(tmp_path / f"{name}.duckdb", extracted, chunk=2, rows=variant)
        for t in TABLES:
            assert tables[t].equals(stored[t]), (name, t)


def test_files_changed_during_the_run_are_ledgered_not_loaded(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    files, items, rows = extracted
    gone = next(
        it
        for it in items
        if stages.rejection_reason(next(r.payload for r in rows if r.cache_key == it.cache_key))
        is None
    )
    with _warehouse(tmp_path / "w.duckdb", rows) as wh:
        plan = corpus.plan_corpus(
            wh, files, items, chunk=2, changed={gone.cache_key: stages.CHANGED_DURING_RUN}
        )
        corpus.load_corpus(wh, plan, chunk=2)
        tables = _tables(wh)
    log = tables["ingest_log"].filter(pl.col("source_path") == gone.source_path)
    assert log["status"].to_list() == ["rejected"]
    assert log["reason"].to_list() == [stages.CHANGED_DURING_RUN]
    assert gone.article_id not in tables["articles"]["article_id"].to_list()
    assert tables["articles"].height == 4


def test_a_bad_chunk_rolls_back_everything(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    files, items, rows = extracted
    with _warehouse(tmp_path / "w.duckdb", rows) as wh:
        good = corpus.plan_corpus(wh, files, items, chunk=2)
        corpus.load_corpus(wh, good, chunk=2)
        before = _tables(wh)
        # An entity the mentions point at but the entity table lacks: the
        # last chunk's check must fail and nothing of this load may remain.
        broken = corpus.CorpusPlan(
            good.ledger,
            good.loaded,
            good.entities.head(0),
            good.mapping,
            good.names,
            good.duplicate_of,
            good.skipped_language,
        )
        with pytest.raises(ContractViolation, match="not in entities"):
            corpus.load_corpus(wh, broken, chunk=2)
        after = _tables(wh)
    for t in TABLES:
        assert after[t].equals(before[t]), t


def test_streamed_snapshot_is_byte_identical(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    with _warehouse(tmp_path / "w.duckdb", extracted[2]) as wh:
        corpus.load_corpus(wh, corpus.plan_corpus(wh, extracted[0], extracted[1]))
        common = {
            "column_types": {t: wh.column_types(t) for t in TABLES},
            "schema_version": "1.0",
            "package_version": "0",
            "extractor_version": "x",
            "inputs": {"files": 7, "sha256": "0"},
        }
        in_memory = publish(
            tmp_path / "a",
            SnapshotInputs(tables={t: wh.read_table(t) for t in TABLES}, **common),  # type: ignore[arg-type]
        )
        streamed = publish(
            tmp_path / "b",
            SnapshotInputs(
                # 3-row batches: many batches per row group and per file.
                tables={t: (lambda t=t: wh.table_batches(t, rows=3)) for t in TABLES},
                **common,  # type: ignore[arg-type]
            ),
        )
    assert in_memory.content_hash == streamed.content_hash
    assert in_memory.path is not None and streamed.path is not None
    a, b = read_manifest(in_memory.path), read_manifest(streamed.path)
    assert a["tables"] == b["tables"]


def test_keys_are_checked_over_whole_tables_before_commit(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    """Keys are not DuckDB constraints: a key repeated across two appends (each
    one fine alone) must still stop the COMMIT, and the views must keep working
    over the recreated tables."""
    files, items, rows = extracted
    with _warehouse(tmp_path / "w.duckdb", rows) as wh:
        corpus.load_corpus(wh, corpus.plan_corpus(wh, files, items), chunk=2)
        before = _tables(wh)
        views = {
            v: wh.query(f'SELECT count(*) FROM "{v}"')
            for (v,) in wh.query("SELECT view_name FROM duckdb_views() WHERE NOT internal")
        }
        assert views
        with (
            pytest.raises(ContractViolation, match=r"quotes: 1 duplicate primary keys"),
            wh.replace_tables() as load,
        ):
            for name in TABLES:
                load.append(name, before[name])
            load.append("quotes", before["quotes"].head(1))
        after = _tables(wh)
        for v, count in views.items():
            assert wh.query(f'SELECT count(*) FROM "{v}"') == count, v
    for t in TABLES:
        assert after[t].equals(before[t]), t
