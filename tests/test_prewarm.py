"""The start-up guess: how many articles a run will extract, from the latest snapshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsfacts import prewarm, stages
from newsfacts.versions import EXTRACTOR_VERSION


def _snapshot(processed: Path, files: int, extractor: str = EXTRACTOR_VERSION) -> None:
    snap = processed / "snapshots" / "20250101T000000Z-abcdef12"
    snap.mkdir(parents=True)
    (snap / "manifest.json").write_text(
        json.dumps({"extractor_version": extractor, "inputs": {"files": files}})
    )
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
    from newsfacts.nlp import load_nlp

    stages.warm_up()  # raises if the tiny extraction fails
    prewarm.start_warm_up()()
    assert load_nlp() is nlp  # the cached pipeline the extraction will use
