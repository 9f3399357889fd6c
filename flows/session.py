"""One run's session: what a run owns besides its parameters.

``newsfacts run`` prepares a run while Prefect's temporary server boots
(~4 s with one of two cores idle): it may start the extraction workers early,
or extract a few new articles in a thread (``flows/prewarm.py``), and it shows
a progress bar. All of that belongs to one run, so it lives in one object the
CLI creates and passes to the flow (``build_dataset(..., session=...)``), which
passes it down; the flow creates an empty one when it runs from ``serve`` or a
deployment. Either way the same code runs, and only where time is spent
differs, never what a run produces.

Early workers: a worker process spends ~1.8 CPU-s after spawning (importing
Prefect and spaCy, loading the model, a warm-up extraction; measured) before it
can extract anything. The flow's extraction stage takes the pool if it is the
size its runner would make, and shuts an unused one down after that stage.

Retired pools: a pool whose batches are all in is shut down in a background
thread, since its workers take ~0.5 s to exit (measured) and the next stages
need not wait for that; ``wait_for_workers_to_exit`` joins them before the
memory-heavy stages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from contract.cache import Extracted
from flows.prefect_private import spawn_workers

if TYPE_CHECKING:
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.stages import WorkItem

# Called as (done, total) after each extraction batch.
Progress = Callable[[int, int], None]
# What identifies a work item besides its bytes: the cache key covers content,
# metadata and versions; path and size complete what extraction reads.
Identity = tuple[str, str, str, str, int]


def identity(it: WorkItem) -> Identity:
    return (it.cache_key, it.article_id, it.source_path, it.sha256, it.size)


class RunSession:
    """The server, the pre-started pool, early rows and progress of one run."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress
        self._lock = threading.Lock()
        self._server: Callable[[], str] | None = None
        self._pool: ProcessPoolTaskRunner | None = None
        self._early: dict[Identity, Extracted] = {}
        self._retiring: list[threading.Thread] = []

    # Prefect sends the flow run's parameters, this object among them, with
    # every task to the worker processes. Workers never use it, and its
    # locks, threads and pool cannot cross a process boundary: a copy arrives
    # empty.
    def __getstate__(self) -> dict[str, object]:
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__()  # type: ignore[misc]

    # -- the Prefect API ---------------------------------------------------
    def start_server(self) -> None:
        """Make a Prefect API reachable in the background (``flows.server``)."""
        from flows.server import start_api_server

        self._server = start_api_server()

    def wait_for_server(self) -> str | None:
        """The API's URL once it answers; None when this session started none."""
        return self._server() if self._server is not None else None

    # -- early worker processes -------------------------------------------
    def start_pool(self, runner: object) -> bool:
        """Start a copy of ``runner``, a flow's task runner, with all its workers
        spawned. False (nothing started) unless ``runner`` is a local process pool."""
        from prefect.task_runners import ProcessPoolTaskRunner

        if not isinstance(runner, ProcessPoolTaskRunner):
            return False
        pool = runner.duplicate()
        pool.__enter__()
        spawn_workers(pool)
        self.discard_pool()  # a pool started before and never taken
        with self._lock:
            self._pool = pool
        return True

    def take_pool(self, like: object) -> ProcessPoolTaskRunner | None:
        """The started pool, if it is one ``like`` would have made (same size); the
        caller then owns it and must exit it. A pool that does not match is shut down."""
        with self._lock:
            pool, self._pool = self._pool, None
        # ProcessPoolTaskRunner's == compares the number of workers (False for
        # anything that is not a process pool).
        if pool is not None and pool == like:
            return pool
        if pool is not None:
            pool.__exit__(None, None, None)
        return None

    def discard_pool(self) -> None:
        """Shut down a started pool nobody took; a no-op when there is none."""
        self.take_pool(None)

    # -- rows extracted before the flow started -----------------------------
    def keep_early(self, item: WorkItem, row: Extracted) -> None:
        self._early[identity(item)] = row

    def take_extracted(self, items: Sequence[WorkItem]) -> dict[str, Extracted]:
        """The early rows for ``items``, by cache key, handed over once; the rest are dropped."""
        found = {
            it.cache_key: self._early[identity(it)] for it in items if identity(it) in self._early
        }
        self._early.clear()
        return found

    # -- progress -------------------------------------------------------------
    def report_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # -- pools shutting down -------------------------------------------------
    def retire(self, pool: ProcessPoolTaskRunner) -> None:
        """Shut ``pool`` down in a background thread."""
        thread = threading.Thread(
            target=pool.__exit__, args=(None, None, None), name="newsfacts-retire-workers"
        )
        thread.start()
        self._retiring.append(thread)

    def wait_for_workers_to_exit(self) -> None:
        """Return once every retired pool's workers are gone."""
        while self._retiring:
            self._retiring.pop().join()

    def close(self) -> None:
        """Release what the run did not use: an untaken pool, retiring workers, early rows."""
        self.discard_pool()
        self.wait_for_workers_to_exit()
        self._early.clear()
