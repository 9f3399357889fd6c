"""The task that runs in extraction worker processes.

Kept apart from ``flows.pipeline`` because a worker imports the module its
task is defined in: this one pulls in Prefect and the extractors only, not
DuckDB, pyarrow or polars (~40 MB less per worker, measured).
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsfacts import stages
from newsfacts.memory import release_free_memory


@task(name="extract-batch", cache_policy=NO_CACHE, retries=1)
def extract_task(items: Sequence[stages.WorkItem], max_bytes: int) -> list[stages.Extracted]:
    try:
        return stages.extract_batch(items, max_bytes=max_bytes)
    finally:
        # A batch's docs are garbage now; without this a worker keeps the
        # peak of its largest batch resident (~60 MB, measured).
        release_free_memory()
