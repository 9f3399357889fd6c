"""The Prefect flow: raw files -> extraction -> DuckDB -> Parquet snapshot.

Stages read like the data's path. Tasks are thin wrappers over
``newsfacts.stages`` and the warehouse/snapshot modules; only this package
imports Prefect.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.tasks import extract_task
from newsfacts import corpus, faults, stages
from newsfacts.config import DEFAULT_MAX_BYTES, Paths
from newsfacts.ingest import IngestedFile, combined_hash, ingest
from newsfacts.lock import RunLock
from newsfacts.memory import Reclaimer
from newsfacts.versions import EXTRACTOR_VERSION, SCHEMA_VERSION, package_version
from transforms.tables import TABLES
from warehouse.extras import snapshot_extras
from warehouse.snapshot import PublishResult, SnapshotInputs, latest_version, publish
from warehouse.staging import staging_dir, write_batch
from warehouse.store import Warehouse, cache_table

# Rows per batch when snapshot files are written from the warehouse.
STREAM_BATCH_ROWS = 8_192

# Bounds of the automatic batch size (see batch_size_for) and the number of
# batches kept submitted to a Dask cluster.
MIN_BATCH = 16
MAX_BATCH = 48
DASK_IN_FLIGHT = 64

# Below this many articles to extract, worker processes cost more (each loads
# the model, ~2 s) than they save, so extraction runs in the flow's process.
MIN_PARALLEL_ITEMS = 24


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


def _distributed() -> bool:
    """True when batches go to a Dask cluster, where even small runs are submitted."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return ctx is not None and type(ctx.task_runner).__name__ == "DaskTaskRunner"


def default_task_runner() -> TaskRunner[Any]:
    return task_runner(None)


def task_runner(
    workers: int | None, *, kind: str = "process", dask_address: str | None = None
) -> TaskRunner[Any]:
    """Processes for CPU-bound NLP (each worker loads the model once, in its
    initializer), or a Dask cluster through prefect-dask for scale-out."""
    if kind == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        n = workers or os.cpu_count() or 1
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True}
        )
    n = workers or os.cpu_count() or 1
    if kind == "thread" or n <= 1:
        return ThreadPoolTaskRunner(max_workers=1)
    if kind != "process":
        raise ValueError(f"unknown task runner {kind!r}; use process, thread or dask")
    return ProcessPoolTaskRunner(max_workers=n, initializer=stages.init_worker)


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


def _batches(items: Sequence[stages.WorkItem], size: int) -> list[list[stages.WorkItem]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# Set by the CLI for a progress bar; called as (done, total) after each batch.
Progress = Callable[[int, int], None]
_progress: Progress | None = None


def set_progress(callback: Progress | None) -> None:
    global _progress
    _progress = callback


@flow(name="newsfacts-build", validate_parameters=False, task_runner=default_task_runner())
def build_dataset(
    raw: str,
    warehouse: str,
    processed: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
) -> dict[str, Any]:
    """Rebuild the dataset from ``raw`` and publish a snapshot if anything changed."""
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
            for rows in _run_extraction(todo, max_bytes, batch_size, changed):
                # Staged, not appended: DuckDB stays idle (and small) while
                # the workers run; see warehouse/staging.py.
                write_batch(staging, cache_table(rows))
                faults.point("after_cache_batch")
                done += len(rows)
                del rows
                reclaim()
                if _progress is not None:
                    _progress(done, len(todo))
            reclaim(force=True)
        with timings.stage("cache_load"):
            wh.cache_load_staged(staging)
        with timings.stage("assemble"):
            plan = plan_task(wh, files, items, changed)
        for key in changed:
            warnings.append(f"{_path_of(items, key)}: {stages.CHANGED_DURING_RUN}")
            log.warning(warnings[-1])
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


def batch_size_for(n_items: int, workers: int, requested: int | None) -> int:
    """Articles per extraction task: ``requested``, or sized to the work.

    Each task costs a worker ~0.5 s of Prefect bookkeeping (measured), so big
    runs want big batches; but every worker should get several batches, or
    the last one finishing alone leaves the other cores idle.
    """
    if requested is not None:
        return max(1, requested)
    per_worker_rounds = 4
    size = -(-n_items // (max(1, workers) * per_worker_rounds))
    return max(MIN_BATCH, min(MAX_BATCH, size))


def _in_flight_limit() -> tuple[int, int]:
    """(workers, batches to keep submitted) for the flow's task runner."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx is not None else None
    workers = int(getattr(runner, "_max_workers", 0) or 0) or os.cpu_count() or 1
    if _distributed():
        # A Dask cluster's size is not known here; keep plenty in flight.
        return workers, DASK_IN_FLIGHT
    return workers, 2 * workers


Submit = Callable[[list[stages.WorkItem]], PrefectFuture[list[stages.Extracted]]]


@contextmanager
def _extraction_pool(max_bytes: int) -> Iterator[Submit]:
    """Where batches go: a process pool of their own, or the flow's runner.

    With local processes, extraction gets a copy of the flow's runner that is
    shut down as soon as the last batch is in: each worker holds the spaCy
    model (~400 MB), and assembling, loading and publishing need none of them,
    so they must not add to those stages' memory. Threads and Dask use the
    flow's runner (a Dask cluster outlives the run anyway).
    """
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx is not None else None
    if isinstance(runner, ProcessPoolTaskRunner):
        with runner.duplicate() as own:
            yield lambda b: own.submit(extract_task, {"items": b, "max_bytes": max_bytes})
    else:
        yield lambda b: extract_task.submit(b, max_bytes)


def _path_of(items: Sequence[stages.WorkItem], key: str) -> str:
    return next(it.source_path for it in items if it.cache_key == key)


def _with_bytes(
    batches: Iterable[list[stages.WorkItem]], changed: dict[str, str]
) -> Iterator[list[stages.WorkItem]]:
    """Each batch with its files read back just before it is submitted; items whose
    file changed since ingest go to ``changed`` instead."""
    for batch in batches:
        ready, gone = stages.load_bytes(batch)
        changed.update(gone)
        if ready:
            yield ready


def _run_extraction(
    todo: Sequence[stages.WorkItem],
    max_bytes: int,
    batch_size: int | None,
    changed: dict[str, str],
) -> Iterator[list[stages.Extracted]]:
    """Yield each batch's rows as soon as it finishes, so the caller can stage it.

    Only a few batches are submitted ahead of the workers: each submitted batch
    holds its articles' bytes and, once done, its results, so submitting all
    at once would make memory grow with the corpus.
    """
    if not todo:
        return
    if len(todo) < MIN_PARALLEL_ITEMS and not _distributed():
        for b in _with_bytes(_batches(todo, batch_size or MIN_BATCH), changed):
            yield extract_task(b, max_bytes)
        return
    workers, limit = _in_flight_limit()
    pending = _with_bytes(_batches(todo, batch_size_for(len(todo), workers, batch_size)), changed)
    with _extraction_pool(max_bytes) as submit:
        running = [submit(b) for b in itertools.islice(pending, limit)]
        while running:
            fut = next(as_completed(running))
            running.remove(fut)
            nxt = next(pending, None)
            if nxt is not None:
                running.append(submit(nxt))
            yield fut.result()


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
