"""The warm-up guess: only a few more files than the latest snapshot, same extractor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsfacts import prewarm
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
        (100, 101, EXTRACTOR_VERSION, True),
        (100, 123, EXTRACTOR_VERSION, True),
        (100, 124, EXTRACTOR_VERSION, False),  # enough work for worker processes
        (100, 100, EXTRACTOR_VERSION, False),  # probably nothing to extract
        (100, 90, EXTRACTOR_VERSION, False),
        (100, 101, "an older version", False),  # everything is extracted again
    ],
)
def test_guess(tmp_path: Path, before: int, now: int, extractor: str, expected: bool) -> None:
    _snapshot(tmp_path / "processed", before, extractor)
    raw = _raw(tmp_path / "raw", now)
    assert prewarm.likely_inline_extraction(raw, tmp_path / "processed", below=24) is expected


def test_no_snapshot_or_a_broken_manifest_means_no_guess(tmp_path: Path) -> None:
    raw = _raw(tmp_path / "raw", 3)
    assert not prewarm.likely_inline_extraction(raw, tmp_path / "none", below=24)
    _snapshot(tmp_path / "processed", 1)
    (
        tmp_path / "processed" / "snapshots" / "20250101T000000Z-abcdef12" / "manifest.json"
    ).write_text("{")
    assert not prewarm.likely_inline_extraction(raw, tmp_path / "processed", below=24)


def test_warm_up_thread_loads_the_pipeline(nlp: object) -> None:
    from newsfacts.nlp import load_nlp

    prewarm.warm_up()  # raises if the tiny extraction fails
    prewarm.start_warm_up()()
    assert load_nlp() is nlp  # the cached pipeline the extraction will use
