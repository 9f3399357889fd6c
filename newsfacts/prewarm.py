"""Loading the NLP while the temporary Prefect server boots.

``newsfacts run`` waits ~4 s for its temporary server, a process of its own,
with the flow's process idle. A run that will extract only a few articles
does so in the flow's own process (``flows.pipeline.MIN_PARALLEL_ITEMS``),
whose first batch then paid ~1.8 s to import spaCy, load the model and
langdetect's profiles and compile the extractors' patterns (measured on a
rerun with 10 new articles of 1,010). When such a run is likely, that work
is done in a thread during the wait instead.

The guess (``expected_extraction``) is the number of raw files the latest
snapshot did not see, or all of them when no snapshot by this extractor
version exists. The CLI warms up this process when it is below
``MIN_PARALLEL_ITEMS``, and starts the worker processes early when it is at
least that (``flows/early_pool.py``). It only decides where time is spent,
never what a run produces; when the guess is wrong the run is as it would
have been, except that a big extraction then also carries the model in the
flow's process, or that idle workers were started and shut down again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from newsfacts import stages
from newsfacts.ingest import discover
from newsfacts.versions import EXTRACTOR_VERSION
from warehouse.snapshot import latest_version, read_manifest


def expected_extraction(raw: Path, processed: Path) -> int:
    """How many articles the next run over ``raw`` will likely extract.

    The raw files beyond those the latest snapshot saw, when it was made by
    this extractor version; otherwise every raw file. 0 when unsure (an
    unreadable manifest or folder): the run itself reports real problems.
    """
    try:
        now = len(discover(raw).files)
        version = latest_version(processed)
        if version is None:
            return now
        manifest = read_manifest(processed / "snapshots" / version)
        if manifest.get("extractor_version") != EXTRACTOR_VERSION:
            return now  # everything will be extracted again
        before = int((manifest.get("inputs") or {}).get("files", -1))
    except (OSError, ValueError, TypeError):
        return 0
    return max(0, now - before) if before >= 0 else 0


def start_warm_up(*, nlp: bool = True, report: bool = False) -> Callable[[], None]:
    """Warm-ups in a background thread; call the result to wait for it.

    ``nlp``: ``stages.warm_up`` (the model, langdetect, a warm-up extraction).
    ``report``: matplotlib's one-time costs (``warehouse.report.warm_up``),
    for a run that will likely publish a snapshot.
    Waiting is required before any extraction: langdetect's factory must not
    be initialised by two threads at once. A failure is left for the run to
    meet and report in the usual way.
    """

    def work() -> None:
        # The run meets and reports any real problem itself.
        if nlp:
            with contextlib.suppress(Exception):
                stages.warm_up()
        if report:
            with contextlib.suppress(Exception):
                from warehouse.report import warm_up

                warm_up()

    thread = threading.Thread(target=work, name="newsfacts-warm-up", daemon=True)
    thread.start()
    return thread.join
