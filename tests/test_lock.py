"""One writer at a time; a lock left by a dead process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.lock import LockHeld, RunLock


def test_second_writer_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    lock = tmp_path / "w.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path; from flows.lock import RunLock;"
            f"l=RunLock(Path({str(lock)!r})); l.acquire(); print('ok', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(LockHeld) as exc:
            RunLock(lock).acquire()
        assert f"pid {holder.pid}" in str(exc.value)
        # SIGKILL: the kernel drops the flock with the process, nothing to clean up.
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        deadline = time.monotonic() + 5
        while True:
            try:
                with RunLock(lock):
                    break
            except LockHeld:
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        if holder.poll() is None:
            holder.kill()
