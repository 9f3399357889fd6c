"""The benchmark corpus generator is deterministic and realistic enough to exercise the extractors."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.generate import generate

N = 12
QUOTE = re.compile(r"[“\"«][^”\"»\n]{10,}[”\"»]")
DATE = re.compile(
    r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b"
    r"|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b"
    r"|\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


def test_same_seed_same_bytes_and_n_distinct_files(tmp_path: Path) -> None:
    a = _snapshot(_gen(tmp_path / "a", seed=0))
    b = _snapshot(_gen(tmp_path / "b", seed=0))
    assert a == b
    assert len(a) == N
    assert len(set(a.values())) == N  # every article's bytes differ
    assert any("/" in rel for rel in a)  # nested folders
    other = _snapshot(_gen(tmp_path / "c", seed=1))
    assert set(other.values()).isdisjoint(a.values())


def test_articles_have_quotes_dates_and_realistic_size(tmp_path: Path) -> None:
    files = _snapshot(_gen(tmp_path / "a", seed=0))
    for rel, data in files.items():
        text = data.decode("utf-8")
        assert QUOTE.search(text), rel
        assert DATE.search(text), rel
        assert 350 <= len(text.split()) <= 1600, (rel, len(text.split()))


def test_start_adds_new_articles_without_touching_old_ones(tmp_path: Path) -> None:
    root = tmp_path / "a"
    before = _snapshot(_gen(root, seed=0))
    generate(2, root, seed=0, start=N)
    after = _snapshot(root)
    assert len(after) == N + 2
    assert all(after[k] == v for k, v in before.items())


def _gen(root: Path, *, seed: int) -> Path:
    generate(N, root, seed=seed)
    return root
