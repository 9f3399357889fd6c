"""Faults at the edges: one writer, unwritable/full disks, a locked or corrupt warehouse.

Each fault must end the run with ONE clear error line (no traceback) and leave
the published data as it was: `latest` verifies and holds the same tables.
CI runs as root, where permission bits do not stop writes, so I/O errors are
raised in-process at the I/O boundary; a real second process is used only where
the process boundary is the point (run lock, DuckDB's file lock).
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

import warehouse.snapshot
from tests.reliability.conftest import (
    State,
    assert_one_clear_error,
    assert_published_state_sound,
    cli,
    copy_state,
    latest_hashes,
    newsfacts_cmd,
    reap_group,
    run_cli_subprocess,
    subprocess_env,
    write_changes_without_extraction,
    write_seeds,
)

pytestmark = pytest.mark.flow


@pytest.fixture()
def changed(
    tmp_path: Path,
    states: Callable[[str], State],
    prefect_api: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[State, dict[str, str], dict[str, str]]]:
    """A published base snapshot whose raw folder has changed: the next run would publish.

    Yields (state, hashes of latest before, hashes an uninterrupted run gives)."""
    # `newsfacts run` exports the API URL it used; keep that out of later tests.
    monkeypatch.setenv("PREFECT_API_URL", prefect_api)
    st = copy_state(states("base"), tmp_path / "w")
    write_seeds(st.raw)
    write_changes_without_extraction(st.raw)
    before = latest_hashes(st)
    reference = latest_hashes(states("changed"))
    assert before is not None and reference is not None and before != reference
    yield st, before, reference


def _recovers(st: State, reference: dict[str, str]) -> None:
    ok = cli(["run", *st.args(), "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    assert latest_hashes(st) == reference
    assert_published_state_sound(st, allowed_latest=[reference], allow_tmp=False)


# -- one writer ------------------------------------------------------------------------


def test_second_run_refused_and_dead_holders_lock_taken_over(
    tmp_path: Path, changed: tuple[State, dict[str, str], dict[str, str]], prefect_api: str
) -> None:
    st, before, reference = changed
    marker = tmp_path / "holder-paused"
    holder = subprocess.Popen(
        [*newsfacts_cmd(), "run", *st.args(), "--workers", "1"],
        env=subprocess_env(
            prefect_api, NEWSFACTS_PAUSE_AT="after_ingest", NEWSFACTS_PAUSE_FILE=str(marker)
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists():
            assert holder.poll() is None, f"holder exited early: {holder.stderr.read()}"  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "holder never reached after_ingest"
            time.sleep(0.1)
        assert int(marker.read_text()) == holder.pid

        second = run_cli_subprocess(prefect_api, ["run", *st.args(), "--workers", "1"])
        assert holder.poll() is None, "the second run must not wait for the first"
        assert second.returncode != 0
        lines = [ln for ln in (second.stdout + second.stderr).splitlines() if ln.strip()]
        assert len(lines) == 1, lines
        assert lines[0].startswith("newsfacts: error: another newsfacts run"), lines[0]
        assert f"pid {holder.pid}" in lines[0], lines[0]
        print(f"second run: {second.seconds:.1f} s: {lines[0]}")

        # SIGKILL the holder inside its lock (warehouse open, run half done).
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    finally:
        if holder.poll() is None:
            os.killpg(holder.pid, signal.SIGKILL)
            holder.wait()
        reap_group(holder.pid)
    lock = st.warehouse.with_name(st.warehouse.name + ".lock")
    assert f"pid {holder.pid}" in lock.read_text(), "the dead holder's lock file is left behind"
    assert_published_state_sound(st, allowed_latest=[before])
    _recovers(st, reference)


# -- unwritable or full disk while publishing -------------------------------------------


def _eacces(path: object) -> OSError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def _enospc(path: object) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


def _fail_table_write(
    monkeypatch: pytest.MonkeyPatch, make: Callable[[object], OSError], *, at_call: int
) -> None:
    real = warehouse.snapshot.write_table_file
    calls = {"n": 0}

    def write(table: pa.Table, name: str, path: Path) -> None:
        calls["n"] += 1
        if calls["n"] == at_call:
            real(table, name, path)
            with path.open("rb+") as fh:  # the disk filled up half-way through the file
                fh.truncate(max(path.stat().st_size // 2, 1))
            raise make(path)
        real(table, name, path)

    monkeypatch.setattr(warehouse.snapshot, "write_table_file", write)


def _fail_manifest_write(
    monkeypatch: pytest.MonkeyPatch, make: Callable[[object], OSError]
) -> None:
    real = Path.write_text

    def write_text(self: Path, *a: Any, **kw: Any) -> int:
        if self.name == "manifest.json":
            raise make(self)
        return real(self, *a, **kw)

    monkeypatch.setattr(Path, "write_text", write_text)


def _fail_symlink(monkeypatch: pytest.MonkeyPatch, make: Callable[[object], OSError]) -> None:
    def symlink(src: Any, dst: Any, *a: Any, **kw: Any) -> None:
        raise make(dst)

    monkeypatch.setattr(os, "symlink", symlink)


def _fail_mkdir_tmp(monkeypatch: pytest.MonkeyPatch, make: Callable[[object], OSError]) -> None:
    real = Path.mkdir

    def mkdir(self: Path, *a: Any, **kw: Any) -> None:
        if self.name.startswith(warehouse.snapshot.TMP_PREFIX):
            raise make(self)
        real(self, *a, **kw)

    monkeypatch.setattr(Path, "mkdir", mkdir)


FAULTS: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], str]] = {
    "processed-not-writable:mkdir": (lambda mp: _fail_mkdir_tmp(mp, _eacces), "Permission denied"),
    "processed-not-writable:table-file": (
        lambda mp: _fail_table_write(mp, _eacces, at_call=1),
        "Permission denied",
    ),
    "processed-not-writable:latest-symlink": (
        lambda mp: _fail_symlink(mp, _eacces),
        "Permission denied",
    ),
    "disk-full:third-table-file": (
        lambda mp: _fail_table_write(mp, _enospc, at_call=3),
        "No space left on device",
    ),
    "disk-full:manifest": (lambda mp: _fail_manifest_write(mp, _enospc), "No space left on device"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_publish_io_error_is_one_line_and_latest_intact(
    fault: str,
    changed: tuple[State, dict[str, str], dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    st, before, reference = changed
    inject, needle = FAULTS[fault]
    with monkeypatch.context() as mp:
        inject(mp)
        res = cli(["run", *st.args(), "--workers", "1"])
    line = assert_one_clear_error(res, needle)
    print(f"{fault}: {line}")
    assert latest_hashes(st) == before, "published data changed"
    assert_published_state_sound(st, allowed_latest=[before])
    visible = [p.name for p in st.snapshots.iterdir() if not p.name.startswith(".")]
    hidden = [p.name for p in st.snapshots.iterdir() if p.name.startswith(".")]
    if fault.endswith("latest-symlink"):
        # The complete snapshot was renamed into place; only `latest` was not moved.
        assert len(visible) == 2
    else:
        assert len(visible) == 1 and not hidden, (visible, hidden)
    _recovers(st, reference)
    assert len([p for p in st.snapshots.iterdir()]) == 2


# -- the warehouse file ------------------------------------------------------------------


def test_warehouse_locked_by_another_process(
    changed: tuple[State, dict[str, str], dict[str, str]],
) -> None:
    st, before, reference = changed
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]);"
            "con.execute('SELECT 1').fetchall(); print('ok', flush=True); time.sleep(300)",
            str(st.warehouse),
        ],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        res = cli(["run", *st.args(), "--workers", "1"])
        line = assert_one_clear_error(res, "in use by another process")
        print(f"locked warehouse: {line}")
        assert latest_hashes(st) == before
        assert_published_state_sound_without_warehouse(st, before)
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait()
        reap_group(holder.pid)
    _recovers(st, reference)


def assert_published_state_sound_without_warehouse(st: State, before: dict[str, str]) -> None:
    """The published side while the warehouse is held (it cannot be opened meanwhile)."""
    assert st.latest.is_symlink()
    res = cli(["verify", "--processed", str(st.processed)])
    assert res.exit_code == 0 and "OK" in res.output, res.output
    assert latest_hashes(st) == before


def _garbage_whole(path: Path) -> None:
    import random

    rng = random.Random(8)
    path.write_bytes(bytes(rng.getrandbits(8) for _ in range(1 << 16)))


def _garbage_middle(path: Path) -> None:
    """Header intact, data blocks overwritten: only found when pages are read."""
    import random

    rng = random.Random(9)
    size = path.stat().st_size
    with path.open("rb+") as fh:
        for start in range(16384, size, 65536):
            fh.seek(start)
            fh.write(bytes(rng.getrandbits(8) for _ in range(4096)))


@pytest.mark.parametrize("damage", [_garbage_whole, _garbage_middle], ids=["whole", "middle"])
def test_corrupt_warehouse(
    damage: Callable[[Path], None],
    changed: tuple[State, dict[str, str], dict[str, str]],
    tmp_path: Path,
) -> None:
    st, before, reference = changed
    damage(st.warehouse)
    res = cli(["run", *st.args(), "--workers", "1"])
    line = assert_one_clear_error(res, "warehouse")
    print(f"corrupt warehouse ({damage.__name__}): {line}")
    assert "move it aside" in line, line
    assert latest_hashes(st) == before
    verify = cli(["verify", "--processed", str(st.processed)])
    assert verify.exit_code == 0, verify.output
    # Following the advice rebuilds the same tables from data/raw.
    st.warehouse.rename(tmp_path / "corrupt.duckdb")
    for p in st.root.glob("w.duckdb.wal"):
        p.unlink()
    _recovers(st, reference)
