"""Named crash points for the crash-safety tests.

``NEWSFACTS_CRASH_AT=<name>`` makes the process SIGKILL itself when it reaches
that point (optionally ``<name>:<n>`` for the n-th time). Unset, a point costs
one dictionary lookup. This is how the tests kill a real ``newsfacts run`` at a
precise place (inside the warehouse transaction, between two snapshot files...)
instead of racing a timer.
"""

from __future__ import annotations

import os
import signal

ENV = "NEWSFACTS_CRASH_AT"
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
    target = os.environ.get(ENV)
    if not target:
        return
    want, _, nth = target.partition(":")
    if want != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
