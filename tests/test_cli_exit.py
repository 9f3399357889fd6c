"""The console script (``newsfacts.cli:cli``) exits fast but keeps every command's
exit status and output."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.reliability.conftest import newsfacts_cmd


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWSFACTS_"))}
    return subprocess.run(
        [*newsfacts_cmd(), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_success_usage_error_and_failure_keep_their_status(tmp_path: Path) -> None:
    ok = _run("--help")
    assert ok.returncode == 0 and "Usage:" in ok.stdout

    usage = _run("run", "--no-such-option")
    assert usage.returncode == 2 and "No such option" in usage.stderr

    missing = tmp_path / "missing"
    failed = _run("run", "--raw", str(missing))
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines() == [
        f"newsfacts: error: raw folder {missing} does not exist; create it or pass --raw"
    ]
