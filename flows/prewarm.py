"""Loading the NLP while the temporary Prefect server boots.

``newsfacts run`` waits ~4 s for its temporary server, a process of its own,
with the flow's process idle. A run that will extract only a few articles
does so in the flow's own process (``flows.extraction.MIN_PARALLEL_ITEMS``),
whose first batch then paid ~1.8 s to import spaCy, load the model and
langdetect's profiles and compile the extractors' patterns (measured on a
rerun with 10 new articles of 1,010). When such a run is likely, that work
is done in a thread during the wait instead. Better still, when the latest
snapshot's ingest_log shows which raw contents are new and they are few, the
thread extracts exactly those (``extract_early``) and the flow takes the rows
(``RunSession.take_extracted``) instead of extracting them again: on a rerun with 10 new
articles of 1,010, 9.8 -> 8.5 s wall (five runs each). A run that will likely
publish also warms matplotlib up for the report.

The guess (``expected_extraction``) is the number of raw files the latest
snapshot did not see, or all of them when no snapshot by this extractor
version exists. The CLI warms up this process when it is below
``MIN_PARALLEL_ITEMS``, and starts the worker processes early when it is at
least that (``RunSession.start_pool``). It only decides where time is spent,
never what a run produces; when the guess is wrong the run is as it would
have been, except that a big extraction then also carries the model in the
flow's process, or that idle workers were started and shut down again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract.versions import EXTRACTOR_VERSION, nlp_versions
from flows import stages
from flows.ingest import discover, ingest
from flows.session import RunSession
from warehouse.snapshot import latest_version, read_manifest


def expected_extraction(raw: Path, processed: Path) -> int:
    """How many articles the next run over ``raw`` will likely extract.

    The raw files beyond those the latest snapshot saw, when it was made by
    this extractor version; otherwise every raw file. 0 when unsure (an
    unreadable manifest or folder): the run itself reports real problems.
    """
    try:
        now = len(discover(raw).files)
        latest = _latest_current(processed)
        if latest is None:
            return now  # everything will be extracted (again)
        before = int((latest[1].get("inputs") or {}).get("files", -1))
    except (OSError, ValueError, TypeError):
        return 0
    return max(0, now - before) if before >= 0 else 0


def _latest_current(processed: Path) -> tuple[Path, dict[str, Any]] | None:
    """The latest snapshot and its manifest, if this extractor and NLP made it."""
    version = latest_version(processed)
    if version is None:
        return None
    snap = processed / "snapshots" / version
    manifest = read_manifest(snap)
    if (
        manifest.get("extractor_version") != EXTRACTOR_VERSION
        or manifest.get("nlp") != nlp_versions()
    ):
        return None
    return snap, manifest


@dataclass(frozen=True, slots=True)
class EarlyExtraction:
    """Where to look for the articles a small run will extract, and its limits."""

    raw: Path
    processed: Path
    max_bytes: int
    limit: int  # extract early only when fewer new articles than this


def _seen_contents(processed: Path) -> frozenset[str] | None:
    """content_sha256 of every ingest_log row of the latest snapshot by this extractor."""
    import pyarrow.parquet as pq

    latest = _latest_current(processed)
    if latest is None:
        return None
    column = pq.read_table(latest[0] / "ingest_log.parquet", columns=["content_sha256"]).column(0)
    return frozenset(h for h in column.to_pylist() if h)


def extract_early(job: EarlyExtraction, session: RunSession) -> int:
    """Extract, into ``session``, the articles the latest snapshot has not seen.

    Only when there are fewer than ``job.limit`` (the run would extract them in
    this process anyway). The same ingest and plan as the flow's, so the flow
    finds its items here unchanged; a file edited in between gets another
    identity and is extracted by the flow as usual. Returns how many were.
    """
    seen = _seen_contents(job.processed)
    if seen is None:
        return 0
    files, _ = ingest(job.raw, max_bytes=job.max_bytes, keep_bytes=False)
    new = [it for it in stages.plan(files) if it.sha256 not in seen]
    if not new or len(new) >= job.limit:
        return 0
    ready, _ = stages.load_bytes(new)
    rows = {r.cache_key: r for r in stages.extract_batch(ready, max_bytes=job.max_bytes)}
    for it in ready:
        if it.cache_key in rows:
            session.keep_early(it, rows[it.cache_key])
    return len(rows)


def start_warm_up(
    session: RunSession,
    *,
    nlp: bool = True,
    report: bool = False,
    early: EarlyExtraction | None = None,
) -> Callable[[], None]:
    """Warm-ups in a background thread; call the result to wait for it.

    ``early``: extract the run's few new articles now (``extract_early``);
    that also warms the NLP up. ``nlp``: ``stages.warm_up`` (the model,
    langdetect, a warm-up extraction), if ``early`` extracted nothing.
    ``report``: matplotlib's one-time costs (``warehouse.report.warm_up``),
    for a run that will likely publish a snapshot.
    Waiting is required before any extraction: langdetect's factory must not
    be initialised by two threads at once. A failure is left for the run to
    meet and report in the usual way.
    """

    def work() -> None:
        # The run meets and reports any real problem itself.
        done = 0
        if early is not None:
            with contextlib.suppress(Exception):
                done = extract_early(early, session)
        if nlp and not done:
            with contextlib.suppress(Exception):
                stages.warm_up()
        if report:
            with contextlib.suppress(Exception):
                from warehouse.report import warm_up

                warm_up()

    thread = threading.Thread(target=work, name="newsfacts-warm-up", daemon=True)
    thread.start()
    return thread.join
