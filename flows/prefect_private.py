"""The two private attributes of Prefect's process pool this project uses.

Prefect is pinned (3.8.8, ``pyproject.toml``); ``tests/flows/test_private_apis.py``
fails when an upgrade moves either attribute, so the break shows in CI, not
as a silently slower run.

- ``_executor``: the ``ProcessPoolExecutor`` inside an entered
  ``ProcessPoolTaskRunner``. Spawning the workers early needs it because the
  runner's own ``submit`` requires a flow run and the API, which do not exist
  yet while the temporary server boots.
- ``_max_workers``: the pool's size, which Prefect exposes no other way; the
  flow sizes its batches and how many it keeps in flight by it.
"""

from __future__ import annotations

from prefect.task_runners import ProcessPoolTaskRunner


def max_workers(runner: object) -> int:
    """Worker processes of ``runner``, or 0 when it is not a process pool."""
    return int(getattr(runner, "_max_workers", 0) or 0)


def spawn_workers(pool: ProcessPoolTaskRunner) -> None:
    """Spawn every worker of an entered ``pool`` now, each running its initializer.

    A ``ProcessPoolExecutor`` spawns workers only on submission, one per
    submission that finds no idle worker; one trivial call per worker spawns
    them all, as each is still initializing when the next call arrives.
    """
    executor = pool._executor
    if executor is None:
        return
    for _ in range(pool._max_workers):
        executor.submit(int)
