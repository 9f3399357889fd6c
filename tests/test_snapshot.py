"""Publishing: deterministic files, no-op on unchanged tables, verify catches damage."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq

from contract.tables import TABLES, empty, frame
from warehouse.snapshot import SnapshotInputs, latest_version, publish, read_manifest, verify
from warehouse.store import Warehouse


def _tables(n_articles: int) -> dict[str, pl.DataFrame]:
    tables = {t: empty(t) for t in TABLES}
    rows = []
    for i in range(n_articles):
        rows.append(
            {
                "article_id": f"{i:016x}",
                "source_path": f"a{i}.txt",
                "content_sha256": "0" * 64,
                "size_bytes": 10,
                "encoding": "utf-8",
                "format": "text",
                "title": None,
                "authors": ["Ann Example"],
                "outlet": None,
                "outlet_evidence": None,
                "original_outlet": None,
                "url": None,
                "published_date": dt.date(2024, 11, 6),
                "published_date_source": "text",
                "language": "en",
                "language_confidence": 0.99,
                "body_text": f"Body {i} “quoted” text.",
                "n_words": 4,
                "n_boilerplate_lines": 0,
                "duplicate_of": None,
            }
        )
    tables["articles"] = frame("articles", rows)
    tables["ingest_log"] = frame(
        "ingest_log",
        [
            {
                "source_path": f"a{i}.txt",
                "content_sha256": "0" * 64,
                "size_bytes": 10,
                "status": "loaded",
                "reason": None,
                "article_id": f"{i:016x}",
            }
            for i in range(n_articles)
        ],
    )
    return tables


def _snap(wh: Warehouse, tables: dict[str, pl.DataFrame]) -> SnapshotInputs:
    with wh.replace_tables() as load:
        for name in TABLES:
            load.append(name, tables[name])
    committed = {name: wh.read_table(name) for name in TABLES}
    return SnapshotInputs(
        tables=committed,
        column_types={t: wh.column_types(t) for t in TABLES},
        schema_version="1.0",
        package_version="0",
        extractor_version="x",
        inputs={"files": 1, "sha256": "0"},
    )


def test_publish_is_atomic_deterministic_and_verifiable(tmp_path: Path) -> None:
    processed = tmp_path / "processed"
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.ensure_schema("1.0")
        first = publish(processed, _snap(wh, _tables(2)))
        assert first.version and first.path and first.parent is None
        assert latest_version(processed) == first.version
        assert os.readlink(processed / "latest") == os.path.join("snapshots", first.version)
        assert verify(first.path) == []
        manifest = read_manifest(first.path)
        assert set(manifest["tables"]) == set(TABLES)
        assert manifest["tables"]["articles"]["rows"] == 2
        assert {
            "version",
            "schema_version",
            "created_at",
            "package_version",
            "extractor_version",
            "inputs",
            "parent",
        } <= set(manifest)

        # Same tables again: nothing new.
        again = publish(processed, _snap(wh, _tables(2)))
        assert again.version is None and again.parent == first.version

        # One more article: a child snapshot; the parent is untouched.
        later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        second = publish(processed, _snap(wh, _tables(3)), now=later)
        assert second.version and second.parent == first.version
        assert latest_version(processed) == second.version
        assert verify(first.path) == []
        visible = [p.name for p in (processed / "snapshots").iterdir()]
        assert sorted(visible) == sorted([first.version, second.version])


def test_rebuild_gives_byte_identical_files(tmp_path: Path) -> None:
    hashes = []
    for run in ("a", "b"):
        with Warehouse(tmp_path / f"{run}.duckdb") as wh:
            wh.ensure_schema("1.0")
            res = publish(tmp_path / run, _snap(wh, _tables(3)))
            assert res.path
            hashes.append({k: v["sha256"] for k, v in read_manifest(res.path)["tables"].items()})
    assert hashes[0] == hashes[1]


def test_verify_catches_a_flipped_byte(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.ensure_schema("1.0")
        res = publish(tmp_path / "p", _snap(wh, _tables(2)))
    assert res.path
    target = res.path / "articles.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    problems = verify(res.path)
    assert [p.file for p in problems] == ["articles.parquet"]
    assert "sha256" in problems[0].problem


def test_snapshot_types_are_plain_for_every_reader(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.ensure_schema("1.0")
        res = publish(tmp_path / "p", _snap(wh, _tables(1)))
    assert res.path
    schema = pq.read_schema(res.path / "articles.parquet")
    assert str(schema.field("body_text").type) == "string"
    assert str(schema.field("authors").type) == "list<element: string>"
    assert str(schema.field("published_date").type) == "date32[day]"
    # pandas and DuckDB read it back.
    assert pq.read_table(res.path / "articles.parquet").to_pandas().shape[0] == 1
    assert duckdb.sql(f"SELECT count(*) FROM '{res.path}/articles.parquet'").fetchall() == [(1,)]
