"""The Prefect flow: raw files -> extraction -> DuckDB -> Parquet snapshot.

This module holds the flow and its task runners; the flow's body is in
``flows/build.py`` and how batches reach workers in ``flows/extraction.py``.
Only ``flows/`` imports Prefect.

Keep this module's imports light: every extraction worker imports it, since
Prefect sends the flow (by reference to this module) along with each task.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from prefect import flow
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from contract.paths import DEFAULT_MAX_BYTES
from flows.tasks import init_worker

if TYPE_CHECKING:
    from flows.session import RunSession


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


@flow(name="newsfacts-build", validate_parameters=False, task_runner=default_task_runner())
def build_dataset(
    raw: str,
    warehouse: str,
    processed: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
    session: RunSession | None = None,
) -> dict[str, Any]:
    """Rebuild the dataset from ``raw`` and publish a snapshot if anything changed.

    ``session``: what the caller prepared for this run (``flows/session.py``);
    a run from ``serve`` or a deployment gets an empty one.
    """
    # Imported here, not at the top: workers import this module (see above).
    from flows.build import build
    from flows.session import RunSession

    own = session or RunSession()
    try:
        return build(raw, warehouse, processed, max_bytes, batch_size, own)
    finally:
        own.wait_for_workers_to_exit()
        if session is None:
            own.close()
