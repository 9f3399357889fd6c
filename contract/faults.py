"""Named crash points for the crash-safety tests.

``NEWSFACTS_CRASH_AT=<name>`` makes the process SIGKILL itself when it reaches
that point (optionally ``<name>:<n>`` for the n-th time). Unset, a point costs
two dictionary lookups. This is how the tests kill a real ``newsfacts run`` at a
precise place (inside the warehouse transaction, between two snapshot files...)
instead of racing a timer.

``NEWSFACTS_PAUSE_AT=<name>`` with ``NEWSFACTS_PAUSE_FILE=<path>`` makes the
process stop at that point instead: it writes its pid to ``<path>`` and waits
while the file exists (at most ``NEWSFACTS_PAUSE_MAX`` seconds, default 300).
The one-writer tests use it to hold a real run inside its lock.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

ENV = "NEWSFACTS_CRASH_AT"
PAUSE_ENV = "NEWSFACTS_PAUSE_AT"
PAUSE_FILE_ENV = "NEWSFACTS_PAUSE_FILE"
PAUSE_MAX_ENV = "NEWSFACTS_PAUSE_MAX"
_hits: dict[str, int] = {}

# Every point the code declares, so tests can check they are all reachable.
POINTS = (
    "after_ingest",
    "after_cache_batch",
    "in_load_transaction",
    "before_commit",
    "publish_after_first_table",
    "publish_after_manifest",
    "publish_after_rename",
    "publish_after_symlink",
    "before_run_finished",
    "in_cache_put",
)


def point(name: str) -> None:
    if os.environ.get(PAUSE_ENV) == name:
        _pause()
    target = os.environ.get(ENV)
    if not target:
        return
    want, _, nth = target.partition(":")
    if want != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def _pause() -> None:
    marker = os.environ.get(PAUSE_FILE_ENV)
    if not marker:
        return
    path = Path(marker)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{os.getpid()}\n", encoding="ascii")
    os.replace(tmp, path)  # appears complete, never half-written
    deadline = time.monotonic() + float(os.environ.get(PAUSE_MAX_ENV, "300"))
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
