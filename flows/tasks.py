"""The task that runs in extraction worker processes.

Kept apart from ``flows.pipeline`` because a worker imports the module its
task is defined in: this one pulls in Prefect and the extractors only, not
DuckDB, pyarrow or polars (~40 MB less per worker, measured).
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from contract.cache import Extracted
from flows import stages
from flows.memory import release_free_memory


def init_worker() -> None:
    """Once per worker process, before its first batch: ``stages.init_worker``
    (the model, langdetect, a warm-up extraction), then what Prefect's first
    task in a process would otherwise load on the way: its task engine and the
    installed collections (prefect-dask), which it imports when it first
    resolves a block type. Measured: a worker's first batch took ~0.7 s longer
    than the next ones without this."""
    import prefect.task_engine  # noqa: F401
    from prefect.plugins import load_prefect_collections

    stages.init_worker()
    load_prefect_collections()


@task(name="extract-batch", cache_policy=NO_CACHE, retries=1)
def extract_task(items: Sequence[stages.WorkItem], max_bytes: int) -> list[Extracted]:
    try:
        return stages.extract_batch(items, max_bytes=max_bytes)
    finally:
        # A batch's docs are garbage now; without this a worker keeps the
        # peak of its largest batch resident (~60 MB, measured).
        release_free_memory()
