"""How extraction batches reach the workers, and their results come back.

Used by the flow's body (``flows/build.py``). Batches go to a process pool of
their own (or the one the session started early), to a Dask cluster, or run
in the flow's process when there are too few articles to pay for workers.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ProcessPoolTaskRunner

from contract.cache import Extracted
from flows import stages
from flows.prefect_private import max_workers
from flows.session import RunSession
from flows.tasks import extract_task

# Bounds of the automatic batch size (see batch_size_for) and the number of
# batches kept submitted to a Dask cluster.
MIN_BATCH = 16
MAX_BATCH = 48
MIN_ROUNDS = 2
DASK_IN_FLIGHT = 64

# Below this many articles to extract, worker processes cost more (each loads
# the model, ~2 s) than they save, so extraction runs in the flow's process.
MIN_PARALLEL_ITEMS = 24


def _batches(items: Sequence[stages.WorkItem], size: int) -> list[list[stages.WorkItem]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _distributed() -> bool:
    """True when batches go to a Dask cluster, where even small runs are submitted."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return ctx is not None and type(ctx.task_runner).__name__ == "DaskTaskRunner"


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
    workers = max_workers(runner) or os.cpu_count() or 1
    if _distributed():
        # A Dask cluster's size is not known here; keep plenty in flight.
        return workers, DASK_IN_FLIGHT
    return workers, 2 * workers


Submit = Callable[[list[stages.WorkItem]], PrefectFuture[list[Extracted]]]


@contextmanager
def _extraction_pool(max_bytes: int, session: RunSession) -> Iterator[Submit]:
    """Where batches go: a process pool of their own, or the flow's runner.

    With local processes, extraction gets a copy of the flow's runner (or the
    one the session started early) that is shut down as soon as the last batch
    is in: each worker holds the spaCy model (~400 MB), and assembling,
    loading and publishing need none of them, so they must not add to those
    stages' memory. Threads and Dask use the flow's runner (a Dask cluster
    outlives the run anyway).
    """
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx is not None else None
    if isinstance(runner, ProcessPoolTaskRunner):
        own = session.take_pool(runner) or runner.duplicate().__enter__()
        try:
            yield lambda b: own.submit(extract_task, {"items": b, "max_bytes": max_bytes})
        except BaseException:
            own.__exit__(None, None, None)
            raise
        session.retire(own)
    else:
        yield lambda b: extract_task.submit(b, max_bytes)


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
    session: RunSession,
) -> Iterator[list[Extracted]]:
    """Yield each batch's rows as soon as it finishes, so the caller can stage it.

    Only a few batches are submitted ahead of the workers: each submitted batch
    holds its articles' bytes and, once done, its results, so submitting all
    at once would make memory grow with the corpus.
    """
    if not todo:
        return
    if len(todo) < MIN_PARALLEL_ITEMS and not _distributed():
        # The CLI may have extracted these while the server booted.
        early = session.take_extracted(todo)
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
    with _extraction_pool(max_bytes, session) as submit:
        running = [submit(b) for b in itertools.islice(pending, limit)]
        while running:
            fut = next(as_completed(running))
            running.remove(fut)
            nxt = next(pending, None)
            if nxt is not None:
                running.append(submit(nxt))
            yield fut.result()
