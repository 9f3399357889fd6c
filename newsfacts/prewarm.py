"""Loading the NLP while the temporary Prefect server boots.

``newsfacts run`` waits ~4 s for its temporary server, a process of its own,
with the flow's process idle. A run that will extract only a few articles
does so in the flow's own process (``flows.pipeline.MIN_PARALLEL_ITEMS``),
whose first batch then paid ~1.8 s to import spaCy, load the model and
langdetect's profiles and compile the extractors' patterns (measured on a
rerun with 10 new articles of 1,010). When such a run is likely, that work
is done in a thread during the wait instead.

Likely means: the published snapshot was made by this extractor version and
the raw folder holds a few more files than it did. It only decides where
time is spent, never what a run produces; when the guess is wrong the run
is as it would have been, except that a big extraction then also carries the
model in the flow's process.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from newsfacts.ingest import discover
from newsfacts.versions import EXTRACTOR_VERSION
from warehouse.snapshot import latest_version, read_manifest

WARM_UP_TEXT = (
    b"Officials react\n\n"
    b'"We will see," Kremlin spokesman Dmitry Peskov told reporters in Moscow on Thursday, '
    b"Nov. 7, 2024, according to Reuters. A source close to the Foreign Ministry said "
    b"talks could start next month.\n"
)


def likely_inline_extraction(raw: Path, processed: Path, *, below: int) -> bool:
    """True when ``raw`` holds 1 to ``below - 1`` more files than the latest snapshot saw."""
    try:
        version = latest_version(processed)
        if version is None:
            return False
        manifest = read_manifest(processed / "snapshots" / version)
        if manifest.get("extractor_version") != EXTRACTOR_VERSION:
            return False  # everything will be extracted again
        before = int((manifest.get("inputs") or {}).get("files", -1))
        now = len(discover(raw).files)
    except (OSError, ValueError, TypeError):
        return False  # only a guess: the run itself reports real problems
    return before >= 0 and 0 < now - before < below


def warm_up() -> None:
    """Run extraction once on a tiny article: that imports and loads all it needs
    (langdetect, the spaCy pipeline, the extractors' patterns), cached per process."""
    import hashlib

    from newsfacts import stages

    sha = hashlib.sha256(WARM_UP_TEXT).hexdigest()
    item = stages.WorkItem(
        "warm-up", sha[:16], "warm-up.txt", sha, len(WARM_UP_TEXT), WARM_UP_TEXT, None
    )
    stages.extract_batch([item], max_bytes=len(WARM_UP_TEXT))


def start_warm_up() -> Callable[[], None]:
    """``warm_up`` in a background thread; call the result to wait for it.

    Waiting is required before any extraction: langdetect's factory must not
    be initialised by two threads at once. A failure is left for the run to
    meet and report in the usual way.
    """

    def work() -> None:
        # The run meets and reports any real problem itself.
        with contextlib.suppress(Exception):
            warm_up()

    thread = threading.Thread(target=work, name="newsfacts-warm-up", daemon=True)
    thread.start()
    return thread.join
