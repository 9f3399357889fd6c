"""Quality gate for time expressions (issue 5): seed gold and TempEval-3 platinum.

Seeds: each seed file's body as the pipeline sees it (``transforms.articles.prepare``'s
``body_text`` when that step imports, else the raw text restricted to the gold
body lines), parsed with the product's spaCy pipeline, extracted with the gold
publication date as DCT. Gold spans (raw-file offsets) are located in the body by
their line context. TempEval-3: tags stripped, DCT from ``<DCT>``.

Both are scored with ``evaluation.timex``'s pure functions; the test
fails when a figure drops below its floor in ``timex_floors.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.base import read_jsonl
from evaluation.timex import (
    Counts,
    Span,
    combine,
    gold_dct,
    load_tempeval,
    locate,
    metrics,
    score_document,
    seed_gold_spans,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "raw"
FLOORS = json.loads(Path(__file__).with_name("timex_floors.json").read_text("utf-8"))


def _prepared_body(path: Path, published: dt.date | None) -> str | None:
    try:
        from transforms.articles.language import init_language_detection
        from transforms.articles.prepare import prepare_article
    except ImportError:
        return None
    init_language_detection()
    meta: Any = {"published_date": published.isoformat()} if published else {}
    return prepare_article(path.read_bytes(), source_path=path.name, meta=meta).body_text


def _gold_body_ranges(raw: str, article: dict[str, Any]) -> list[tuple[int, int]]:
    """Character ranges of the gold body lines (1-based, minus excluded lines)."""
    lo, hi = article["body_lines"]
    excluded = set(article.get("body_lines_excluded") or [])
    out, pos = [], 0
    for no, line in enumerate(raw.split("\n"), 1):
        if lo <= no <= hi and no not in excluded:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _pred(records: Any, keep: list[tuple[int, int]] | None) -> list[Span]:
    return [
        Span(r.char_start, r.char_end, frozenset({r.value}), r.text)
        for r in records
        if keep is None or any(a <= r.char_start < b for a, b in keep)
    ]


@pytest.fixture(scope="module")
def seed_counts(nlp: Any, shared_dir: Path) -> Counts:
    from transforms.nlp.load import parse_bodies
    from transforms.timex.extract import extract_timexes

    gold_dir = shared_dir / "gold" / "seeds"
    arts = {a["doc"]: a for a in read_jsonl(gold_dir / "articles.jsonl")}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in read_jsonl(gold_dir / "timex.jsonl"):
        by_doc.setdefault(row["doc"], []).append(row)
    paths = sorted(p for p in SEEDS.glob("*.txt") if p.stem in arts)
    assert len(paths) == 5, f"expected the five seed files in {SEEDS}"
    raws = [p.read_text(encoding="utf-8") for p in paths]
    dcts = [gold_dct(arts[p.stem]) for p in paths]
    prepared = [_prepared_body(p, d) for p, d in zip(paths, dcts, strict=True)]
    bodies = [b if b is not None else r for b, r in zip(prepared, raws, strict=True)]
    counts = []
    for p, raw, body, prep, dct, doc in zip(
        paths, raws, bodies, prepared, dcts, parse_bodies(nlp, bodies), strict=True
    ):
        gold = []
        for g in seed_gold_spans(by_doc.get(p.stem, [])):
            loc = locate(raw, g, body)
            gold.append(loc if loc is not None else Span(-2, -1, g.values, g.text))
        keep = _gold_body_ranges(raw, arts[p.stem]) if prep is None else None
        pred = _pred(extract_timexes(body, published_date=dct, doc=doc), keep)
        counts.append(score_document(gold, pred))
    return combine(counts)


@pytest.fixture(scope="module")
def tempeval_counts(nlp: Any, shared_dir: Path) -> Counts:
    from transforms.nlp.load import parse_bodies
    from transforms.timex.extract import extract_timexes

    docs = load_tempeval(shared_dir / "benchmarks" / "tempeval3-platinum")
    assert len(docs) == 20
    counts = []
    for d, doc in zip(docs, parse_bodies(nlp, [d.text for d in docs]), strict=True):
        counts.append(
            score_document(
                d.gold, _pred(extract_timexes(d.text, published_date=d.dct, doc=doc), None)
            )
        )
    return combine(counts)


@pytest.mark.parametrize("name", sorted(FLOORS["seeds"]))
def test_seed_floor(seed_counts: Counts, name: str) -> None:
    got = {m.name: m.value for m in metrics(seed_counts, "timex/seeds")}
    floor = FLOORS["seeds"][name]
    assert got[name] >= floor, f"{name} = {got[name]:.3f} < {floor}; misses {seed_counts.misses}"


@pytest.mark.parametrize("name", sorted(FLOORS["tempeval3"]))
def test_tempeval_floor(tempeval_counts: Counts, name: str) -> None:
    got = {m.name: m.value for m in metrics(tempeval_counts, "timex/tempeval3")}
    floor = FLOORS["tempeval3"][name]
    assert got[name] >= floor, (
        f"{name} = {got[name]:.3f} < {floor}; misses {tempeval_counts.misses}"
    )
