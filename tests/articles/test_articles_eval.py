"""The snapshot suite and the quality gate compute the same figures."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import polars as pl
import pytest

from evaluation import articles as suite
from evaluation.base import EvalContext

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "seeds").exists(), reason="seed gold not available")
def test_snapshot_suite_matches_gate(tmp_path: Path) -> None:
    rows = suite.prepared_rows(ROOT / "data" / "raw")
    frame = pl.DataFrame(
        [
            {
                "article_id": stem,
                "source_path": row["source_path"],
                "title": row["title"],
                "authors": row["authors"],
                "outlet": row["outlet"],
                "original_outlet": row["original_outlet"],
                "published_date": row["published_date"],
                "published_date_source": row["published_date_source"],
                "body_text": row["body_text"],
            }
            for stem, row in rows.items()
        ],
        schema_overrides={"published_date": pl.Date, "authors": pl.List(pl.Utf8)},
    )
    snap = tmp_path / "snap"
    snap.mkdir()
    frame.write_parquet(snap / "articles.parquet")
    shared = tmp_path / "shared"
    shutil.copytree(SHARED / "gold", shared / "gold")
    shutil.copytree(ROOT / "data" / "raw", shared / "seeds")
    from_snapshot = {m.name: m.value for m in suite.run(EvalContext(snap, shared))}
    gold = [dict(g) for g in EvalContext(snap, shared).gold("articles.jsonl")]
    raw = suite.read_raw_texts(shared / "seeds", [str(g["doc"]) for g in gold])
    direct = {m.name: m.value for m in suite.score_articles(rows, gold, raw_texts=raw)}
    assert from_snapshot == direct
    assert from_snapshot["boilerplate_surviving"] == 0


def test_scoring_counts() -> None:
    gold = [
        {
            "doc": "a",
            "title": "T",
            "authors": ["A B"],
            "outlet": "X",
            "original_outlet": None,
            "published": "2024-11-06",
            "boilerplate_examples": ["Skip to content"],
            "body_first_sentence": "First.",
            "body_last_sentence": "Last.",
        },
        {
            "doc": "b",
            "title": None,
            "authors": [],
            "outlet": "Y",
            "original_outlet": None,
            "published": None,
            "published_inferred": "2024-11-07",
            "boilerplate_examples": [],
            "body_first_sentence": "One.",
            "body_last_sentence": "Two.",
        },
    ]
    rows = {
        "a": {
            "title": "t",
            "authors": ["A B", "C D"],
            "outlet": "X",
            "published_date": dt.date(2024, 11, 6),
            "published_date_source": "text",
            "body_text": "Skip to content\nFirst. Last.",
        },
        "b": {
            "title": "Wrong",
            "authors": [],
            "outlet": None,
            "published_date": None,
            "body_text": "One.\nTwo.",
        },
    }
    m = {x.name: x.value for x in suite.score_articles(rows, gold)}
    assert m["title_precision"] == 0.5 and m["title_recall"] == 1.0 and m["title_wrong"] == 1
    assert m["authors_precision"] == 0.5 and m["authors_recall"] == 1.0
    assert m["outlet_precision"] == 1.0 and m["outlet_recall"] == 0.5
    assert m["date_precision"] == 1.0 and m["date_recall"] == 1.0
    assert m["boilerplate_surviving"] == 1
    assert m["body_first_sentence_at_start"] == 0.5
    assert m["body_last_sentence_at_end"] == 1.0
