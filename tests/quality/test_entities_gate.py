"""Quality gate for entities and events (issue 5) on the five seed articles.

Runs the product's own steps on the seeds — body preparation
(``transforms.articles.prepare.prepare_article``, with the gold date as sidecar),
the spaCy pipeline, ``extract_mentions``, ``canonicalize``, and (through
``evaluation.events.extract_with_dct``) quotes, ``extract_timexes`` and
``extract_events`` with the gold publication dates as DCT — and scores them
with the same pure functions as ``evaluation.entities`` / ``events``.
Fails when a figure drops below its floor in ``entities_floors.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from evaluation import entities as ent_eval
from evaluation import events as ev_eval
from evaluation.base import read_jsonl

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "raw"
FLOORS = json.loads((Path(__file__).with_name("entities_floors.json")).read_text("utf-8"))


def _body(path: Path, published: dt.date | None) -> str:
    """The article body as the pipeline sees it."""
    from transforms.articles.language import init_language_detection
    from transforms.articles.prepare import prepare_article

    raw = path.read_bytes()
    init_language_detection()
    meta: Any = {"published_date": published.isoformat()} if published else {}
    return prepare_article(raw, source_path=path.name, meta=meta).body_text


@pytest.fixture(scope="module")
def seed_run(nlp: Any, shared_dir: Path) -> dict[str, Any]:
    from transforms.entities.canonical import canonicalize
    from transforms.entities.mentions import extract_mentions
    from transforms.nlp.load import parse_bodies

    gold_dir = shared_dir / "gold" / "seeds"
    dcts = ev_eval.gold_dcts(read_jsonl(gold_dir / "articles.jsonl"))
    paths = sorted(p for p in SEEDS.glob("*.txt") if p.stem in dcts)
    assert len(paths) == 5, f"expected the five seed files in {SEEDS}"
    bodies = {p.stem: _body(p, dcts[p.stem]) for p in paths}
    rows: list[dict[str, Any]] = []
    docs = sorted(bodies)
    for name, doc in zip(docs, parse_bodies(nlp, [bodies[d] for d in docs]), strict=True):
        for m in extract_mentions(doc):
            assert doc.text[m.char_start : m.char_end] == m.text
            rows.append(
                {
                    "article_id": name,
                    "text": m.text,
                    "char_start": m.char_start,
                    "char_end": m.char_end,
                    "type": m.entity[0],
                    "local_name": m.entity[1],
                }
            )
    mentions = pl.DataFrame(rows)
    entities, mapping = canonicalize(mentions)
    linked = mentions.join(mapping, on=["article_id", "type", "local_name"], how="left")
    assert linked["entity_id"].null_count() == 0
    return {
        "gold_dir": gold_dir,
        "docs": docs,
        "mentions": linked,
        "entities": entities,
        # the same extraction as the events/seeds suite's *_gold_dct figures
        "events": ev_eval.extract_with_dct(bodies, dcts),
    }


def _entity_metrics(run: dict[str, Any]) -> dict[str, float]:
    gold_rows = read_jsonl(run["gold_dir"] / "entities.jsonl")
    pred = ent_eval.predicted_names(run["mentions"], run["entities"], {d: d for d in run["docs"]})
    check = ent_eval.one_entity_check(gold_rows, run["mentions"])
    ms = ent_eval.metrics(pred, ent_eval.gold_names(gold_rows), run["docs"], check)
    return {m.name: m.value for m in ms}


def test_person_f1_floor(seed_run: dict[str, Any]) -> None:
    got = _entity_metrics(seed_run)
    for name, floor in FLOORS["entities"].items():
        assert got[name] >= floor, f"{name} = {got[name]:.3f} < floor {floor}"


def test_one_entity_each(seed_run: dict[str, Any]) -> None:
    gold_rows = read_jsonl(seed_run["gold_dir"] / "entities.jsonl")
    check = ent_eval.one_entity_check(gold_rows, seed_run["mentions"])
    assert {p: len(ids) for p, ids in check.items()} == {p: 1 for p in check}, check


def test_dated_events_floor(seed_run: dict[str, Any]) -> None:
    gold_rows = read_jsonl(seed_run["gold_dir"] / "events.jsonl")
    c = ev_eval.score_events(gold_rows, seed_run["events"])
    got = {m.name: m.value for m in ev_eval.metrics(c)}
    for name, floor in FLOORS["events"].items():
        assert got[name] >= floor, f"{name} = {got[name]:.3f} < floor {floor}; {c.misses}"


def test_one_row_per_happening(seed_run: dict[str, Any]) -> None:
    """Issue 19: at most two event rows per gold event on the seeds."""
    gold_rows = read_jsonl(seed_run["gold_dir"] / "events.jsonl")
    n_rows = sum(len(rows) for rows in seed_run["events"].values())
    ceiling = FLOORS["events_max"]["rows_per_gold_event"]
    assert n_rows / len(gold_rows) <= ceiling, f"{n_rows} rows for {len(gold_rows)} gold events"
