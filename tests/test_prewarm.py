"""The start-up guess: how many articles a run will extract, from the latest snapshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from contract.cache import Extracted
from contract.paths import DEFAULT_MAX_BYTES
from contract.versions import EXTRACTOR_VERSION, nlp_versions
from flows import prewarm, stages
from flows.ingest import ingest
from flows.session import RunSession


def _snapshot(
    processed: Path, files: int, extractor: str = EXTRACTOR_VERSION, nlp: object = None
) -> None:
    snap = processed / "snapshots" / "20250101T000000Z-abcdef12"
    snap.mkdir(parents=True)
    manifest = {
        "extractor_version": extractor,
        "nlp": nlp_versions() if nlp is None else nlp,
        "inputs": {"files": files},
    }
    (snap / "manifest.json").write_text(json.dumps(manifest))
    os.symlink("snapshots/20250101T000000Z-abcdef12", processed / "latest")


def _raw(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:03d}.txt").write_text(f"Article {i}.")
    return root


@pytest.mark.parametrize(
    ("before", "now", "extractor", "expected"),
    [
        (100, 101, EXTRACTOR_VERSION, 1),
        (100, 124, EXTRACTOR_VERSION, 24),
        (100, 100, EXTRACTOR_VERSION, 0),  # probably nothing to extract
        (100, 90, EXTRACTOR_VERSION, 0),
        (100, 101, "an older version", 101),  # everything is extracted again
    ],
)
def test_guess(tmp_path: Path, before: int, now: int, extractor: str, expected: int) -> None:
    _snapshot(tmp_path / "processed", before, extractor)
    raw = _raw(tmp_path / "raw", now)
    assert prewarm.expected_extraction(raw, tmp_path / "processed") == expected


def test_no_snapshot_means_every_file_and_a_broken_manifest_means_no_guess(
    tmp_path: Path,
) -> None:
    raw = _raw(tmp_path / "raw", 3)
    assert prewarm.expected_extraction(raw, tmp_path / "none") == 3
    assert prewarm.expected_extraction(tmp_path / "no-raw", tmp_path / "none") == 0
    _snapshot(tmp_path / "processed", 1)
    (
        tmp_path / "processed" / "snapshots" / "20250101T000000Z-abcdef12" / "manifest.json"
    ).write_text("{")
    assert prewarm.expected_extraction(raw, tmp_path / "processed") == 0


def test_warm_up_thread_loads_the_pipeline(nlp: object) -> None:
    from transforms.nlp.load import load_nlp

    stages.warm_up()  # raises if the tiny extraction fails
    prewarm.start_warm_up(RunSession())()
    assert load_nlp() is nlp  # the cached pipeline the extraction will use


# -- early extraction ------------------------------------------------------------------

SEED_FILES = sorted(Path(__file__).resolve().parents[1].joinpath("data", "raw").glob("*.txt"))


def _seen_snapshot(processed: Path, hashes: list[str], extractor: str = EXTRACTOR_VERSION) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    _snapshot(processed, len(hashes), extractor)
    table = pa.table({"content_sha256": pa.array(hashes, pa.string())})
    pq.write_table(table, processed / "latest" / "ingest_log.parquet")


def _seed_raw(root: Path, n: int) -> list[stages.WorkItem]:
    root.mkdir(parents=True)
    for p in SEED_FILES[:n]:
        (root / p.name).write_bytes(p.read_bytes())
    files, _ = ingest(root, max_bytes=DEFAULT_MAX_BYTES)
    return stages.plan(files)


def test_early_extraction_gives_the_flow_exactly_its_rows(tmp_path: Path, nlp: object) -> None:
    items = _seed_raw(tmp_path / "raw", 3)
    assert len(items) == 3
    _seen_snapshot(tmp_path / "processed", [items[0].sha256])
    job = prewarm.EarlyExtraction(tmp_path / "raw", tmp_path / "processed", DEFAULT_MAX_BYTES, 24)
    session = RunSession()
    assert prewarm.extract_early(job, session) == 2
    early = session.take_extracted(items)
    assert set(early) == {items[1].cache_key, items[2].cache_key}
    ready, _ = stages.load_bytes(items[1:])
    assert list(early.values()) == stages.extract_batch(ready, max_bytes=DEFAULT_MAX_BYTES)
    assert session.take_extracted(items) == {}  # handed over once


def test_early_extraction_only_for_a_few_known_new_articles(tmp_path: Path) -> None:
    items = _seed_raw(tmp_path / "raw", 3)
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    session = RunSession()
    # Two new articles, but the run would extract two or more in worker processes.
    _seen_snapshot(processed, [items[0].sha256])
    assert (
        prewarm.extract_early(
            prewarm.EarlyExtraction(raw, processed, DEFAULT_MAX_BYTES, 2), session
        )
        == 0
    )
    # No snapshot, or one by another extractor version: everything is new, not "a few".
    assert (
        prewarm.extract_early(prewarm.EarlyExtraction(raw, tmp_path / "none", 1, 24), session) == 0
    )
    other = tmp_path / "other"
    _seen_snapshot(other, [items[0].sha256], extractor="an older version")
    assert (
        prewarm.extract_early(prewarm.EarlyExtraction(raw, other, DEFAULT_MAX_BYTES, 24), session)
        == 0
    )
    assert session.take_extracted(items) == {}


def test_early_rows_of_another_item_are_not_used(tmp_path: Path) -> None:
    """A file edited after the early extraction has another identity: the flow extracts it."""
    import dataclasses

    items = _seed_raw(tmp_path / "raw", 1)
    row = Extracted(items[0].cache_key, items[0].article_id, "{}", None)
    session = RunSession()
    session.keep_early(items[0], row)
    moved = dataclasses.replace(items[0], source_path="elsewhere/" + items[0].source_path)
    assert session.take_extracted([moved]) == {}


def test_run_extraction_yields_early_rows_without_a_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import extraction

    items = _seed_raw(tmp_path / "raw", 2)
    rows = [Extracted(it.cache_key, it.article_id, "{}", None) for it in items]
    session = RunSession()
    for it, row in zip(items, rows, strict=True):
        session.keep_early(it, row)

    def no_task(*_: object, **__: object) -> None:
        raise AssertionError("extract_task called for an early-extracted item")

    monkeypatch.setattr(extraction, "extract_task", no_task)
    assert list(extraction.run_extraction(items, 10**6, None, {}, session)) == [rows]


def test_a_snapshot_made_by_other_nlp_versions_means_everything_is_new(tmp_path: Path) -> None:
    raw = _raw(tmp_path / "raw", 101)
    older = {**nlp_versions(), "spacy": "3.7.0"}
    _snapshot(tmp_path / "processed", 100, nlp=older)
    assert prewarm.expected_extraction(raw, tmp_path / "processed") == 101
