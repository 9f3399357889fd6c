"""Where extraction runs must not change what is extracted: process pool, Dask,
and a scheduled run served against a real `prefect server start`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, SEEDS_RAW
from warehouse.snapshot import read_manifest, verify

pytestmark = pytest.mark.flow


def _corpus(root: Path, n: int) -> Path:
    """n distinct articles: the seeds with a numbered closing paragraph each."""
    root.mkdir(parents=True)
    seeds = sorted(SEEDS_RAW.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        extra = f"\n“We will meet again on Friday,” a Kremlin official said, in note {i}.\n"
        (root / f"batch{i // 10}" / f"article_{i:03d}.txt").parent.mkdir(exist_ok=True)
        (root / f"batch{i // 10}" / f"article_{i:03d}.txt").write_text(text + extra, "utf-8")
    return root


def _hashes(processed: Path) -> dict[str, str]:
    snap = (processed / "latest").resolve()
    assert verify(snap) == []
    return {t: v["sha256"] for t, v in read_manifest(snap)["tables"].items()}


def _run(raw: Path, out: Path, runner: Any, batch_size: int = 4) -> dict[str, Any]:
    from flows.pipeline import build_dataset

    flow_fn = build_dataset.with_options(task_runner=runner)
    result: dict[str, Any] = flow_fn(
        raw=str(raw),
        warehouse=str(out / "w.duckdb"),
        processed=str(out / "processed"),
        batch_size=batch_size,
    )
    return result


def test_process_pool_and_dask_give_identical_tables(tmp_path: Path, prefect_server: None) -> None:
    from distributed import LocalCluster

    from flows.pipeline import task_runner
    from flows.server import ensure_api_server

    ensure_api_server()  # worker processes must reach the same test server
    raw = _corpus(tmp_path / "raw", 26)  # above the in-process threshold
    inline = _run(raw, tmp_path / "thread", task_runner(1, kind="thread"))
    pooled = _run(raw, tmp_path / "pool", task_runner(2, kind="process"))
    assert inline["files"]["loaded"] == pooled["files"]["loaded"] == 26
    assert _hashes(tmp_path / "pool" / "processed") == _hashes(tmp_path / "thread" / "processed")

    small = tmp_path / "small"
    shutil.copytree(SEEDS_RAW, small)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        dask_run = _run(
            small,
            tmp_path / "dask",
            task_runner(None, kind="dask", dask_address=cluster.scheduler_address),
        )
    local = _run(small, tmp_path / "local", task_runner(1, kind="thread"))
    assert local["extracted"] == 5
    assert dask_run["extracted"] == 5
    assert _hashes(tmp_path / "dask" / "processed") == _hashes(tmp_path / "local" / "processed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_http(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout} s")
        time.sleep(0.5)


def test_scheduled_run_publishes_a_snapshot(tmp_path: Path) -> None:
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # Short loops so a schedule fires within seconds, not the default minute.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_UI_ENABLED": "false",
    }
    bindir = Path(sys.executable).parent
    server = subprocess.Popen(
        [str(bindir / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(SEEDS_RAW.glob("003_*.txt")), raw)
    processed = tmp_path / "processed"
    served = None
    try:
        _wait_http(f"{api}/health", 180)
        served = subprocess.Popen(
            [
                str(bindir / "newsfacts"),
                "serve",
                "--interval",
                "5",
                "--raw",
                str(raw),
                "--warehouse",
                str(tmp_path / "w.duckdb"),
                "--processed",
                str(processed),
            ],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 240
        while not (processed / "latest" / "manifest.json").exists():
            assert served.poll() is None, "newsfacts serve exited early"
            assert time.monotonic() < deadline, "no scheduled run published within 240 s"
            time.sleep(1)
        assert verify((processed / "latest").resolve()) == []
        assert read_manifest((processed / "latest").resolve())["tables"]["articles"]["rows"] == 1
    finally:
        for proc in (served, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()


def test_batch_size_follows_the_work() -> None:
    from flows.extraction import MAX_BATCH, MIN_BATCH, batch_size_for

    assert batch_size_for(10, 2, 7) == 7  # an explicit size wins
    assert batch_size_for(30, 2, None) == MIN_BATCH
    assert batch_size_for(300, 2, None) == 38  # eight equal batches: four rounds
    assert batch_size_for(200, 2, None) == 34  # six batches, whole rounds of two
    assert batch_size_for(100, 2, None) == 25  # at least two batches per worker
    assert batch_size_for(100_000, 2, None) == MAX_BATCH
