"""Quality gate for utterances (issue 20).

Runs the product path on the five seed articles (ingest, extraction,
``assemble_tables``, which clusters quotes rows into utterances) and scores
``quotes.utterance_id`` with the same pure function as the ``utterances/seeds``
suite (``evaluation.utterances.score_utterances``). Fails when a figure drops
below its floor, or a count rises above its ceiling, in
``utterances_floors.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from contract.paths import DEFAULT_MAX_BYTES
from contract.records import LoadedArticle
from contract.serialize import from_payload
from evaluation.base import read_jsonl
from evaluation.utterances import (
    DEV_DIR,
    dev_metrics,
    product_tables,
    rows_by_doc,
    score_utterances,
)
from flows import stages
from flows.ingest import ingest
from transforms.corpus.assemble import assemble_tables
from warehouse.checks import check_tables

REPO = Path(__file__).resolve().parents[2]
LIMITS = json.loads(Path(__file__).with_name("utterances_floors.json").read_text("utf-8"))


def test_seed_utterances_within_limits(nlp: Any, shared_dir: Path) -> None:
    files, _ = ingest(REPO / "data" / "raw", max_bytes=DEFAULT_MAX_BYTES)
    items = stages.plan(files)
    rows = stages.extract_batch(items, max_bytes=DEFAULT_MAX_BYTES)
    payload = {r.cache_key: r.payload for r in rows}
    rejected = {
        k: reason for k, p in payload.items() if (reason := stages.rejection_reason(p)) is not None
    }
    loaded = [
        LoadedArticle(it.article_id, it.source_path, it.sha256, it.size, from_payload(payload[k]))
        for it in items
        if (k := it.cache_key) not in rejected
    ]
    tables = assemble_tables(loaded, stages.ledger_entries(files, items, rejected))
    assert check_tables(tables) == []
    gold_dir = shared_dir / "gold" / "seeds"
    docs = sorted({str(q["doc"]) for q in read_jsonl(gold_dir / "quotes.jsonl")})
    metrics = score_utterances(
        read_jsonl(gold_dir / "utterances.jsonl"),
        rows_by_doc(tables["quotes"], tables["articles"], docs),
    )
    got = {m.name: m.value for m in metrics}
    report = ", ".join(f"{m.name}={m.value:.3f} (n={m.support})" for m in metrics)
    low = {k: (got[k], v) for k, v in LIMITS["floors"].items() if got[k] < v}
    high = {k: (got[k], v) for k, v in LIMITS["ceilings"].items() if got[k] > v}
    assert not low and not high, f"below floor: {low}; above ceiling: {high}; all: {report}"


def test_dev_utterances_within_limits(nlp: Any) -> None:
    """The multi-outlet, multi-language development set (evaluation/gold/utterances-dev)."""
    tables = product_tables(DEV_DIR / "raw")
    assert check_tables(tables) == []
    metrics = dev_metrics(DEV_DIR, tables)
    got = {m.name: m.value for m in metrics}
    report = ", ".join(f"{m.name}={m.value:.3f} (n={m.support})" for m in metrics)
    limits = LIMITS["dev"]
    low = {k: (got[k], v) for k, v in limits["floors"].items() if got[k] < v}
    high = {k: (got[k], v) for k, v in limits["ceilings"].items() if got[k] > v}
    assert not low and not high, f"below floor: {low}; above ceiling: {high}; all: {report}"
