"""A session's early workers: spawned at once, handed over once, never leaked."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows.session import RunSession


def _mark_started(folder: str) -> None:
    """Initializer of the test pools: leaves one file per worker process."""
    Path(folder, str(os.getpid())).touch()


def _pool(folder: Path, workers: int = 2) -> ProcessPoolTaskRunner:
    return ProcessPoolTaskRunner(
        max_workers=workers, initializer=_mark_started, initargs=(str(folder),)
    )


def _wait_for_files(folder: Path, n: int, timeout: float = 60) -> list[Path]:
    deadline = time.monotonic() + timeout
    while len(files := list(folder.iterdir())) < n and time.monotonic() < deadline:
        time.sleep(0.1)
    return files


@pytest.fixture
def session() -> object:
    s = RunSession()
    yield s
    s.discard_pool()
    assert s.take_pool(None) is None


def test_start_spawns_every_worker_before_any_task(tmp_path: Path, session: RunSession) -> None:
    assert session.start_pool(_pool(tmp_path, workers=2))
    # Each worker ran its initializer although nothing was submitted yet.
    assert len(_wait_for_files(tmp_path, 2)) == 2


def test_the_flow_takes_a_matching_pool_once(tmp_path: Path, session: RunSession) -> None:
    assert session.start_pool(_pool(tmp_path, workers=2))
    pool = session.take_pool(_pool(tmp_path, workers=2))
    assert pool is not None
    assert session.take_pool(_pool(tmp_path, workers=2)) is None  # handed over once
    pool.__exit__(None, None, None)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _worker_pids(folder: Path, n: int) -> list[int]:
    return [int(f.name) for f in _wait_for_files(folder, n)]


def test_a_pool_of_another_size_is_shut_down_not_used(tmp_path: Path, session: RunSession) -> None:
    assert session.start_pool(_pool(tmp_path, workers=2))
    pids = _worker_pids(tmp_path, 2)
    assert session.take_pool(_pool(tmp_path, workers=3)) is None
    assert pids and not any(_alive(pid) for pid in pids)


def test_only_local_process_pools_start_early(session: RunSession) -> None:
    assert not session.start_pool(ThreadPoolTaskRunner(max_workers=1))
    assert session.take_pool(None) is None


def test_retired_workers_are_gone_after_waiting(tmp_path: Path, session: RunSession) -> None:
    assert session.start_pool(_pool(tmp_path, workers=2))
    taken = session.take_pool(_pool(tmp_path, workers=2))
    assert taken is not None
    pids = _worker_pids(tmp_path, 2)
    assert all(_alive(pid) for pid in pids)
    session.retire(taken)
    session.wait_for_workers_to_exit()
    assert not any(_alive(pid) for pid in pids)


def test_a_session_crosses_to_workers_as_an_empty_copy(tmp_path: Path, session: RunSession) -> None:
    import pickle

    assert session.start_pool(_pool(tmp_path, workers=2))
    session.progress = print
    copy = pickle.loads(pickle.dumps(session))
    assert copy.progress is None
    assert copy.take_pool(None) is None
    assert copy.take_extracted([]) == {}
