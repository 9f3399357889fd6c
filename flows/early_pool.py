"""Extraction workers started before the flow, while the temporary server boots.

A worker process spends ~1.8 CPU-s after spawning (importing Prefect and
spaCy, loading the model and langdetect's profiles, a warm-up extraction;
measured) before it can extract anything, and ``newsfacts run`` first waits
~4 s for its temporary Prefect server with one of two cores mostly idle.
When the run will likely extract enough articles for worker processes, the
CLI starts them during that wait; the flow's extraction stage then takes this
pool instead of starting its own.

Only where time is spent changes, never what a run produces: a batch runs the
same task in the same kind of worker either way. The workers are spawned
before ``PREFECT_API_URL`` is known, which does not matter: Prefect sends the
environment and settings with every task. A pool the flow does not use (the
guess was wrong) is shut down as soon as the extraction stage is over.
"""

from __future__ import annotations

import threading

from prefect.task_runners import ProcessPoolTaskRunner

_lock = threading.Lock()
_pool: ProcessPoolTaskRunner | None = None


def start(runner: object) -> bool:
    """Start a copy of ``runner``, a flow's task runner, and spawn its worker
    processes, each running its initializer. False (nothing started) unless
    ``runner`` is a local process pool.

    A ``ProcessPoolExecutor`` spawns workers only on submission, one per
    submission that finds no idle worker; one trivial call per worker spawns
    them all, as each is still initializing when the next call arrives.
    ``_executor`` is private to Prefect (pinned at 3.8.8): the runner's own
    ``submit`` would need a flow run and the API, neither of which exists yet.
    ``tests/test_early_pool.py`` fails if this stops spawning the workers.
    """
    global _pool
    if not isinstance(runner, ProcessPoolTaskRunner):
        return False
    pool = runner.duplicate()
    pool.__enter__()
    executor = pool._executor
    if executor is not None:
        for _ in range(pool._max_workers):
            executor.submit(int)
    discard()  # a pool started before and never taken
    with _lock:
        _pool = pool
    return True


def _pop() -> ProcessPoolTaskRunner | None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    return pool


def take(like: object) -> ProcessPoolTaskRunner | None:
    """The started pool, if it is one ``like`` would have made (same size); the
    caller then owns it and must exit it. A pool that does not match is shut down."""
    pool = _pop()
    # ProcessPoolTaskRunner's == compares the number of workers (False for
    # anything that is not a process pool).
    if pool is not None and pool == like:
        return pool
    if pool is not None:
        pool.__exit__(None, None, None)
    return None


def discard() -> None:
    """Shut down a started pool nobody took; a no-op when there is none."""
    take(None)
