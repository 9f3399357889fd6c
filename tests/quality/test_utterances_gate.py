"""Quality gate for utterances (issue 20).

Runs the product path on the five seed articles (ingest, extraction,
``assemble_tables``, which clusters quotes rows into utterances) and scores
``quotes.utterance_id`` with the same pure function as the ``utterances/seeds``
suite (``evaluation.utterances.score_utterances``). Fails when a figure drops
below its floor, or a count rises above its ceiling, in
``utterances_floors.json``. The same for the development set
(``utterances-dev``) and the held-out set (``utterances-heldout``, whose
figures are compared as aggregates only).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.base import Metric, read_jsonl
from evaluation.utterances import (
    DEV_DIR,
    HELDOUT_DIR,
    dev_metrics,
    heldout_metrics,
    product_tables,
    rows_by_doc,
    score_utterances,
)
from warehouse.checks import check_tables

REPO = Path(__file__).resolve().parents[2]
LIMITS = json.loads(Path(__file__).with_name("utterances_floors.json").read_text("utf-8"))


def _check(metrics: list[Metric], limits: dict[str, dict[str, float]]) -> None:
    got = {m.name: m.value for m in metrics}
    report = ", ".join(f"{m.name}={m.value:.3f} (n={m.support})" for m in metrics)
    low = {k: (got[k], v) for k, v in limits["floors"].items() if got[k] < v}
    high = {k: (got[k], v) for k, v in limits["ceilings"].items() if got[k] > v}
    assert not low and not high, f"below floor: {low}; above ceiling: {high}; all: {report}"


def test_seed_utterances_within_limits(nlp: Any, shared_dir: Path) -> None:
    tables = product_tables(REPO / "data" / "raw")
    assert check_tables(tables) == []
    gold_dir = shared_dir / "gold" / "seeds"
    docs = sorted({str(q["doc"]) for q in read_jsonl(gold_dir / "quotes.jsonl")})
    metrics = score_utterances(
        read_jsonl(gold_dir / "utterances.jsonl"),
        rows_by_doc(tables["quotes"], tables["articles"], docs),
    )
    _check(metrics, LIMITS)


def test_dev_utterances_within_limits(nlp: Any) -> None:
    """The multi-outlet, multi-language development set (evaluation/gold/utterances-dev)."""
    tables = product_tables(DEV_DIR / "raw")
    assert check_tables(tables) == []
    _check(dev_metrics(DEV_DIR, tables), LIMITS["dev"])


def test_heldout_utterances_within_limits(nlp: Any) -> None:
    """The held-out set (evaluation/gold/utterances-heldout), aggregates only.

    ``heldout_metrics`` strips every note, so a failure names figures, never items.
    """
    assert (HELDOUT_DIR / "utterances.jsonl").is_file()
    _check(heldout_metrics(HELDOUT_DIR), LIMITS["heldout"])
