"""Quality gate for article preparation on the five seed files.

Runs ``prepare_article`` on ``data/raw`` and scores it with the same function
as the ``articles/seeds`` evaluation suite. Floors are pinned in
``articles_floors.json``: ``min`` for figures that must not drop, ``max`` for
counts that must not rise (wrong values, surviving boilerplate).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.articles import prepared_rows, read_raw_texts, score_articles
from evaluation.base import read_jsonl

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
FLOORS = json.loads((Path(__file__).with_name("articles_floors.json")).read_text())


def _gold_path() -> Path:
    for candidate in (
        ROOT.parent / "shared" / "gold" / "seeds" / "articles.jsonl",
        ROOT / "gold" / "seeds" / "articles.jsonl",
    ):
        if candidate.exists():
            return candidate
    pytest.skip("seed gold (gold/seeds/articles.jsonl) not available")


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    gold = read_jsonl(_gold_path())
    rows = prepared_rows(RAW)
    raw = read_raw_texts(RAW, [str(g["doc"]) for g in gold])
    return {m.name: m.value for m in score_articles(rows, gold, raw_texts=raw)}


@pytest.mark.parametrize("name", sorted(FLOORS["min"]))
def test_floor(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= FLOORS["min"][name] - 1e-9, f"{name}={figures[name]:.3f}"


@pytest.mark.parametrize("name", sorted(FLOORS["max"]))
def test_ceiling(figures: dict[str, float], name: str) -> None:
    assert figures[name] <= FLOORS["max"][name] + 1e-9, f"{name}={figures[name]:.3f}"
