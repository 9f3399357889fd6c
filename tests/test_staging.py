"""Staged extraction batches reach the cache exactly once, whatever is interrupted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from contract.cache import Extracted, PlanInputs
from contract.versions import EXTRACTOR_VERSION, SCHEMA_VERSION
from warehouse import staging
from warehouse.store import Warehouse, cache_table


def _rows(prefix: str, n: int) -> list[Extracted]:
    return [
        Extracted(
            f"{prefix}{i}",
            f"a{prefix}{i}",
            f'{{"payload": {i}}}',
            bytes([i]) * 8,
            PlanInputs(
                dt.date(2024, 11, i + 1), False, (("Putin", 0, 5, "person", "Vladimir Putin"),)
            ),
        )
        for i in range(n)
    ]


def _cache(wh: Warehouse) -> list[tuple[object, ...]]:
    return wh.query(
        "SELECT cache_key, article_id, extractor_version, payload, published_date, "
        "skipped_language, mentions FROM _extraction_cache ORDER BY cache_key"
    )


@pytest.fixture
def wh(tmp_path: Path) -> Warehouse:
    w = Warehouse(tmp_path / "w.duckdb")
    w.ensure_schema(SCHEMA_VERSION)
    return w


def test_staged_batches_load_every_row_once(tmp_path: Path, wh: Warehouse) -> None:
    stage = staging.staging_dir(tmp_path / "w.duckdb")
    assert stage == tmp_path / "w.duckdb.staging"
    first = staging.write_batch(stage, cache_table(_rows("x", 3)))
    second = staging.write_batch(stage, cache_table(_rows("y", 2)))
    assert [p.name for p in staging.staged_batches(stage)] == sorted([first.name, second.name])
    with wh:
        assert wh.cache_load_staged(stage) == 5
        assert list(stage.iterdir()) == []
        staged = _cache(wh)
        assert wh.cache_load_staged(stage) == 0
    expected = [
        (r.cache_key, r.article_id, EXTRACTOR_VERSION, r.payload)
        for r in sorted(_rows("x", 3) + _rows("y", 2))
    ]
    assert [row[:4] for row in staged] == expected
    assert staged[0][4] == dt.date(2024, 11, 1)
    assert staged[0][6] == [
        {
            "text": "Putin",
            "char_start": 0,
            "char_end": 5,
            "type": "person",
            "local_name": "Vladimir Putin",
        }
    ]


def test_half_written_files_are_dropped_not_loaded(tmp_path: Path, wh: Warehouse) -> None:
    stage = tmp_path / "stage"
    staging.write_batch(stage, cache_table(_rows("x", 2)))
    (stage / ".tmp-00000000000000000001-1-000000.arrow").write_bytes(b"ARROW1\x00 cut off")
    with wh:
        assert wh.cache_load_staged(stage) == 2
    assert list(stage.iterdir()) == []


def test_a_failed_load_keeps_the_unloaded_files_for_the_next_run(
    tmp_path: Path, wh: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = tmp_path / "stage"
    for prefix in "abc":
        staging.write_batch(stage, cache_table(_rows(prefix, 2)))
    real = Warehouse._cache_insert
    calls = []

    def failing(self: Warehouse, tbl: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        real(self, tbl)  # type: ignore[arg-type]

    with wh:
        monkeypatch.setattr(Warehouse, "_cache_insert", failing)
        with pytest.raises(OSError, match="disk full"):
            wh.cache_load_staged(stage)
        assert len(list(staging.staged_batches(stage))) == 2  # b and c, untouched
        assert [r[0] for r in _cache(wh)] == ["a0", "a1"]
        monkeypatch.setattr(Warehouse, "_cache_insert", real)
        assert wh.cache_load_staged(stage) == 4
        assert [r[0] for r in _cache(wh)] == ["a0", "a1", "b0", "b1", "c0", "c1"]


def test_rows_keep_the_version_that_extracted_them(
    tmp_path: Path, wh: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch staged by an older release is not relabelled by the one that loads it."""
    import warehouse.store as store

    stage = tmp_path / "stage"
    monkeypatch.setattr(store, "EXTRACTOR_VERSION", "old")
    staging.write_batch(stage, cache_table(_rows("x", 1)))
    monkeypatch.setattr(store, "EXTRACTOR_VERSION", "new")
    with wh:
        wh.cache_load_staged(stage)
        assert _cache(wh)[0][2] == "old"
