"""Runs the evaluation suites in a fixed order."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path

from evaluation.base import EvalContext, Metric

SUITES = (
    "articles",
    "quotes",
    "attributions",
    "timex",
    "entities",
    "events",
    "devset",
    "ru_uk",
    "utterances",
)


def run_suites(snapshot: Path, shared: Path, *, only: Sequence[str] = ()) -> list[Metric]:
    unknown = set(only) - set(SUITES)
    if unknown:
        raise ValueError(f"unknown suite(s) {sorted(unknown)}; choose from {', '.join(SUITES)}")
    ctx = EvalContext(snapshot_dir=snapshot, shared_dir=shared)
    metrics: list[Metric] = []
    for name in SUITES:
        if only and name not in only:
            continue
        module = importlib.import_module(f"evaluation.{name}")
        metrics.extend(module.run(ctx))
    return metrics
