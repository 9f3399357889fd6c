"""The Prefect flow: raw files -> extraction -> DuckDB -> Parquet snapshot.

This module holds the flow, its task runners and how extraction batches are
scheduled; the stages themselves are in ``flows/build.py``. Tasks are thin
wrappers over ``flows.stages`` and the warehouse/snapshot modules; only
this package imports Prefect.

Keep this module's imports light: every extraction worker imports it, since
Prefect sends the flow (by reference to this module) along with each task.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from prefect import flow
from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from contract.paths import DEFAULT_MAX_BYTES
from flows import early_pool, stages
from flows.tasks import extract_task, init_worker

# Bounds of the automatic batch size (see batch_size_for) and the number of
# batches kept submitted to a Dask cluster.
MIN_BATCH = 16
MAX_BATCH = 48
MIN_ROUNDS = 2
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
    return ProcessPoolTaskRunner(max_workers=n, initializer=init_worker)


def _batches(items: Sequence[stages.WorkItem], size: int) -> list[list[stages.WorkItem]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# Set by the CLI for a progress bar; called as (done, total) after each batch.
Progress = Callable[[int, int], None]
_progress: Progress | None = None


def set_progress(callback: Progress | None) -> None:
    global _progress
    _progress = callback


def report_progress(done: int, total: int) -> None:
    if _progress is not None:
        _progress(done, total)


@flow(name="newsfacts-build", validate_parameters=False, task_runner=default_task_runner())
def build_dataset(
    raw: str,
    warehouse: str,
    processed: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
) -> dict[str, Any]:
    """Rebuild the dataset from ``raw`` and publish a snapshot if anything changed."""
    from flows.build import build  # see flows/build.py for why it is apart

    try:
        return build(raw, warehouse, processed, max_bytes, batch_size)
    finally:
        wait_for_workers_to_exit()


def batch_size_for(n_items: int, workers: int, requested: int | None) -> int:
    """Articles per extraction task: ``requested``, or sized to the work.

    Each task costs its worker ~0.3 CPU s of Prefect bookkeeping (the flow
    run's context rebuilt, task-run API calls, results pickled; measured), so
    fewer, larger batches are cheaper. But every worker should get at least
    ``MIN_ROUNDS`` batches, and the batches should come in whole rounds of
    equal size, or the last ones finishing alone leave the other cores idle.
    """
    if requested is not None:
        return max(1, requested)
    w = max(1, workers)
    batches = max(w * MIN_ROUNDS, -(-n_items // MAX_BATCH))
    batches = -(-batches // w) * w  # whole rounds
    return max(MIN_BATCH, min(MAX_BATCH, -(-n_items // batches)))


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

    With local processes, extraction gets a copy of the flow's runner (or the
    one the CLI started early, ``flows/early_pool.py``) that is shut down as
    soon as the last batch is in: each worker holds the spaCy model (~400 MB),
    and assembling, loading and publishing need none of them, so they must not
    add to those stages' memory. Threads and Dask use the flow's runner (a
    Dask cluster outlives the run anyway).
    """
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx is not None else None
    if isinstance(runner, ProcessPoolTaskRunner):
        own = early_pool.take(runner) or runner.duplicate().__enter__()
        try:
            yield lambda b: own.submit(extract_task, {"items": b, "max_bytes": max_bytes})
        except BaseException:
            own.__exit__(None, None, None)
            raise
        _retire(own)
    else:
        yield lambda b: extract_task.submit(b, max_bytes)


# Pools whose workers are exiting while the flow goes on.
_retiring: list[threading.Thread] = []


def _retire(pool: ProcessPoolTaskRunner) -> None:
    """Shut ``pool`` down in the background: its workers take ~0.5 s to exit
    (interpreter teardown of a process holding the model, measured), time
    the next stages, which run in this process on one core, need not wait."""
    thread = threading.Thread(
        target=pool.__exit__, args=(None, None, None), name="newsfacts-retire-workers"
    )
    thread.start()
    _retiring.append(thread)


def wait_for_workers_to_exit() -> None:
    """Return once every retired pool's workers are gone. Called before the
    memory-heavy stages, so that the workers' memory is not added to theirs."""
    while _retiring:
        _retiring.pop().join()


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


def run_extraction(
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
        # The CLI may have extracted these while the server booted. Imported
        # here: workers import this module and must not map polars/pyarrow.
        from flows.prewarm import take_extracted

        early = take_extracted(todo)
        # Same batches either way: each is staged as one unit (crash safety).
        for b in _batches(todo, batch_size or MIN_BATCH):
            rows = [early[it.cache_key] for it in b if it.cache_key in early]
            rest = [it for it in b if it.cache_key not in early]
            for ready in _with_bytes([rest] if rest else [], changed):
                rows.extend(extract_task(ready, max_bytes))
            if rows:
                yield rows
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
