"""The flow's body: ingest, extraction, warehouse load, snapshot publication.

Apart from ``flows.pipeline`` because Prefect sends the flow itself (so the
module that defines it) with every task to the worker processes: they import
it to run an extraction batch. This module's imports (polars, DuckDB, pyarrow:
0.4 CPU s and 57 MB per process, measured) are needed only here, in the flow's
own process.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from contract import faults
from contract.paths import Paths
from contract.tables import TABLES
from contract.versions import EXTRACTOR_VERSION, SCHEMA_VERSION, nlp_versions, package_version
from flows import corpus, stages
from flows.extraction import MIN_PARALLEL_ITEMS, run_extraction
from flows.ingest import IngestedFile, combined_hash, ingest
from flows.lock import RunLock
from flows.memory import Reclaimer
from flows.session import RunSession
from warehouse.extras import snapshot_extras
from warehouse.snapshot import PublishResult, SnapshotInputs, latest_version, publish
from warehouse.staging import staging_dir, write_batch
from warehouse.store import Warehouse, cache_table

# Rows per batch when snapshot files are written from the warehouse.
STREAM_BATCH_ROWS = 8_192


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(raw: Path, max_bytes: int) -> tuple[list[IngestedFile], list[str]]:
    # Bytes are re-read per batch (stages.load_bytes), so the flow's memory
    # does not grow with the corpus.
    return ingest(raw, max_bytes=max_bytes, keep_bytes=False)


@task(name="plan-corpus", cache_policy=NO_CACHE)
def plan_task(
    wh: Warehouse,
    files: Sequence[IngestedFile],
    items: Sequence[stages.WorkItem],
    changed: dict[str, str],
) -> corpus.CorpusPlan:
    return corpus.plan_corpus(wh, files, items, changed=changed)


@task(name="load-and-check", cache_policy=NO_CACHE)
def load_task(wh: Warehouse, plan: corpus.CorpusPlan) -> dict[str, int]:
    return corpus.load_corpus(wh, plan)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(processed: Path, snap: SnapshotInputs) -> PublishResult:
    return publish(processed, snap)


class Timings:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - t0, 3)


def build(
    raw: str,
    warehouse: str,
    processed: str,
    max_bytes: int,
    batch_size: int | None,
    session: RunSession,
) -> dict[str, Any]:
    """The body of ``flows.pipeline.build_dataset``; must run inside that flow."""
    log = get_run_logger()
    paths = Paths(Path(raw), Path(warehouse), Path(processed))
    timings = Timings()
    run_id = str(flow_run.id or f"local-{os.getpid()}")
    staging = staging_dir(paths.warehouse)
    with RunLock(paths.lock), Warehouse(paths.warehouse) as wh:
        wh.ensure_schema(SCHEMA_VERSION)
        wh.run_started(run_id)
        # Batches a killed run finished but never loaded.
        recovered = wh.cache_load_staged(staging)
        if recovered:
            log.info(f"recovered {recovered} extracted articles staged by an interrupted run")
        with timings.stage("ingest"):
            files, warnings = ingest_task(paths.raw, max_bytes)
        faults.point("after_ingest")
        for w in warnings:
            log.warning(w)
        fingerprint = stages.inputs_fingerprint(files)
        last_fp, last_version = wh.last_fingerprint()
        current = latest_version(paths.processed)
        summary: dict[str, Any] = {"warnings": warnings}
        if fingerprint == last_fp and current is not None and current == last_version:
            session.discard_pool()
            summary.update(_unchanged_summary(wh, current, paths))
            summary["timings"] = timings.seconds
            wh.run_finished(
                run_id,
                status="unchanged",
                fingerprint=fingerprint,
                version=current,
                summary=summary,
            )
            return summary

        items = stages.plan(files)
        with timings.stage("cache_lookup"):
            cached = wh.cache_has([it.cache_key for it in items])
        todo = [it for it in items if it.cache_key not in cached]
        with timings.stage("extract"):
            done = 0
            reclaim = Reclaimer()
            changed: dict[str, str] = {}
            try:
                for rows in run_extraction(todo, max_bytes, batch_size, changed, session):
                    # Staged, not appended: DuckDB stays idle (and small) while
                    # the workers run; see warehouse/staging.py.
                    write_batch(staging, cache_table(rows))
                    faults.point("after_cache_batch")
                    done += len(rows)
                    del rows
                    reclaim()
                    session.report_progress(done, len(todo))
            finally:
                # Early workers this run turned out not to need hold ~400 MB each.
                session.discard_pool()
            if done >= MIN_PARALLEL_ITEMS:
                # Worker results leave cyclic garbage worth collecting before
                # the load; after a few in-process articles a full collection
                # of a heap holding the model only costs time (0.2 s measured).
                reclaim(force=True)
        with timings.stage("cache_load"):
            wh.cache_load_staged(staging)
        with timings.stage("assemble"):
            plan = plan_task(wh, files, items, changed)
        for key in changed:
            warnings.append(f"{_path_of(items, key)}: {stages.CHANGED_DURING_RUN}")
            log.warning(warnings[-1])
        session.wait_for_workers_to_exit()
        with timings.stage("load_check"):
            rows_per_table = load_task(wh, plan)
        with timings.stage("publish"):
            result = publish_task(
                paths.processed,
                SnapshotInputs(
                    tables={t: _streamed(wh, t) for t in TABLES},
                    column_types={t: wh.column_types(t) for t in TABLES},
                    schema_version=SCHEMA_VERSION,
                    package_version=package_version(),
                    extractor_version=EXTRACTOR_VERSION,
                    nlp=nlp_versions(),
                    extras=snapshot_extras,
                    inputs={
                        "files": len(files),
                        "sha256": combined_hash(f.sha256 for f in files if f.sha256),
                    },
                ),
            )
        wh.cache_prune([it.cache_key for it in items])
        faults.point("before_run_finished")
        version = result.version or result.parent
        summary.update(
            {
                "files": _status_counts([e.status for e in plan.ledger]),
                "extracted": len(todo),
                "reused": len(items) - len(todo),
                "skipped_language": plan.skipped_language,
                "rows": rows_per_table,
                "published": result.version,
                "snapshot": str(paths.snapshots / version) if version else None,
                "timings": timings.seconds,
            }
        )
        summary["quality"] = quality_counters(wh)
        wh.run_finished(
            run_id,
            status="published" if result.version else "unchanged",
            # A file that changed under this run must not make the next run
            # look like a no-change run.
            fingerprint=fingerprint if not changed else f"{fingerprint}:incomplete",
            version=version,
            summary=summary,
        )
        _publish_artifacts(summary)
        return summary


def _path_of(items: Sequence[stages.WorkItem], key: str) -> str:
    return next(it.source_path for it in items if it.cache_key == key)


def _status_counts(statuses: Sequence[str]) -> dict[str, int]:
    counts = {"seen": len(statuses), "loaded": 0, "duplicate": 0, "rejected": 0}
    for status in statuses:
        counts[status] += 1
    return counts


def _unchanged_summary(wh: Warehouse, version: str, paths: Paths) -> dict[str, Any]:
    counts = _status_counts(wh.read_column("ingest_log", "status"))
    return {
        "files": counts,
        "extracted": 0,
        "reused": counts["loaded"],
        "skipped_language": 0,
        "rows": {t: wh.count_rows(t) for t in TABLES},
        "published": None,
        "snapshot": str(paths.snapshots / version),
    }


def _streamed(wh: Warehouse, table: str) -> Callable[[], Iterator[pa.RecordBatch]]:
    return lambda: wh.table_batches(table, rows=STREAM_BATCH_ROWS)


def quality_counters(wh: Warehouse) -> dict[str, Any]:
    """Cheap signals of extraction health, reported per run (not quality scores)."""
    ((n_q, with_source),) = wh.query("SELECT count(*), count(source_id) FROM quotes")
    ((anon, named_without_entity),) = wh.query(
        "SELECT count(*) FILTER (WHERE anonymous), "
        "count(*) FILTER (WHERE NOT anonymous AND entity_id IS NULL) FROM sources"
    )
    ((unresolved,),) = wh.query(
        "SELECT count(*) FILTER (WHERE contains(value, 'X')) FROM time_expressions"
    )
    ((no_date, no_outlet),) = wh.query(
        "SELECT count(*) - count(published_date), count(*) - count(outlet) FROM articles"
    )
    return {
        "quotes": n_q,
        "quotes_with_source_share": round(with_source / n_q, 4) if n_q else None,
        "anonymous_sources": anon,
        "named_sources_without_entity": named_without_entity,
        "time_expressions_unresolved": unresolved,
        "articles_without_date": no_date,
        "articles_without_outlet": no_outlet,
    }


def _publish_artifacts(summary: dict[str, Any]) -> None:
    """A run summary and quality counters in the Prefect UI, per flow run."""
    from prefect.artifacts import create_table_artifact

    rows: list[dict[str, Any]] = []
    for k, v in summary.get("files", {}).items():
        rows.append({"section": "files", "name": k, "value": v})
    for k, v in summary.get("rows", {}).items():
        rows.append({"section": "rows", "name": k, "value": v})
    for k, v in summary.get("timings", {}).items():
        rows.append({"section": "seconds", "name": k, "value": v})
    for k, v in summary.get("quality", {}).items():
        rows.append({"section": "quality", "name": k, "value": v})
    try:
        create_table_artifact(
            key="newsfacts-run-summary",
            table=rows,
            description=f"newsfacts run: published {summary.get('published') or 'nothing new'}",
        )
    except Exception as exc:  # artifacts are a convenience; never fail a finished run
        get_run_logger().warning(f"could not record the run-summary artifact: {exc}")
