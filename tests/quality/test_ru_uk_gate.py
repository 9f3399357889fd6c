"""Quality gate for Russian and Ukrainian extraction (issue 18).

Runs the product's own steps (``prepare_article``, the ru/uk components,
``extract_ru_uk_article``) on ``gold/ru-dev`` and ``gold/uk-dev`` and scores them
with ``evaluation.ru_uk``; the cross-script check adds the five English seeds
through the English pipeline. Fails when a figure drops below its floor in
``ru_uk_floors.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation import ru_uk
from evaluation.base import Metric

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads(Path(__file__).with_name("ru_uk_floors.json").read_text("utf-8"))


def _check(metrics: list[Metric], floors: dict[str, float]) -> None:
    got = {m.name: m.value for m in metrics}
    report = ", ".join(f"{m.name}={m.value:.3f} (n={m.support})" for m in metrics)
    low = {k: (got.get(k, 0.0), v) for k, v in floors.items() if got.get(k, 0.0) < v}
    assert not low, f"below floor: {low}; all: {report}"


@pytest.fixture(scope="module")
def sets(shared_dir: Path) -> dict[str, tuple[list[Metric], list[ru_uk.Doc]]]:
    out = {}
    for name, lang in (("ru-dev", "ru"), ("uk-dev", "uk")):
        out[name] = ru_uk.score_set(shared_dir / "gold" / name, lang, f"ru_uk/{name}")
    for name, lang in (("ru-extra", "ru"), ("uk-extra", "uk")):
        out[name] = ru_uk.score_set(ru_uk.EXTRA_SETS / name, lang, f"ru_uk/{name}")
    return out


@pytest.mark.parametrize("name", ["ru-dev", "uk-dev", "ru-extra", "uk-extra"])
def test_dev_set_above_floors(sets: dict[str, Any], name: str) -> None:
    metrics, _ = sets[name]
    _check(metrics, FLOORS[name])


def test_offsets_point_into_the_body(sets: dict[str, Any]) -> None:
    for _, docs in sets.values():
        for d in docs:
            body = d.extraction.article.body_text
            for rec in (*d.extraction.quotes, *d.extraction.timexes, *d.extraction.mentions):
                assert body[rec.char_start : rec.char_end] == rec.text
            for ev in d.extraction.events:
                assert body[ev.char_start : ev.char_end] == ev.sentence


def test_cross_script_linking(sets: dict[str, Any], nlp: Any) -> None:
    items = [
        (f"{n}/{d.name}", d.extraction)
        for n, (_, docs) in sets.items()
        if n.endswith("-dev")
        for d in docs
    ]
    items += ru_uk.english_seed_extractions(REPO / "data" / "raw")
    _check([ru_uk.linking(items)], FLOORS["linking"])


def test_reported_speech_rows(sets: dict[str, Any]) -> None:
    """Indirect rows exist, hold the reported clause without its "что/що", and have sources."""
    rows = [
        q
        for _, docs in sets.values()
        for d in docs
        for q in d.extraction.quotes
        if q.kind == "indirect"
    ]
    assert len(rows) >= 10
    assert all(not q.text.lower().startswith(("что ", "що ")) for q in rows)
    assert sum(q.source_n is not None for q in rows) >= 0.8 * len(rows)


def test_event_gold_sentences_slice_their_texts(shared_dir: Path) -> None:
    roots = {"ru-dev": shared_dir / "gold" / "ru-dev", "uk-dev": shared_dir / "gold" / "uk-dev"}
    roots |= {n: ru_uk.EXTRA_SETS / n for n in ("ru-extra", "uk-extra")}
    for name, root in roots.items():
        rows = [
            json.loads(line)
            for line in (ru_uk.EVENT_GOLD / f"{name}.jsonl").read_text("utf-8").splitlines()
        ]
        assert rows, name
        for r in rows:
            text = (root / "raw" / f"{r['doc']}.txt").read_text("utf-8")
            assert text[r["start"] : r["end"]] == r["sentence"], (name, r["doc"])
