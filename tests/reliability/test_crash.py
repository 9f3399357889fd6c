"""Crash safety: a real `newsfacts run` SIGKILLed at every named crash point.

Each case starts from a published snapshot (so there is a `latest` to protect),
changes the inputs, kills a `newsfacts run` subprocess at one point
(``NEWSFACTS_CRASH_AT``, see newsfacts/faults.py) and then checks what a reader
sees: the warehouse opens read-only, `latest` verifies and holds either the old
or the new tables (never a mix), no half-written version directory is visible.
The next, uninterrupted run must then produce table files byte-identical to an
uninterrupted run over the same inputs.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from contract import faults
from tests.reliability.conftest import (
    State,
    assert_published_state_sound,
    copy_state,
    latest_hashes,
    run_cli_subprocess,
    run_inprocess,
    write_changes_without_extraction,
    write_edited_copies,
    write_seeds,
)
from warehouse.snapshot import read_manifest

pytestmark = pytest.mark.flow

# (crash point, corpus). "changed": tables change but nothing needs extracting,
# so the killed run goes straight to load/publish. "extracted": 6 new articles
# in 3 batches of 2, so the kill lands between committed cache batches.
CASES = [
    ("after_ingest", "changed"),
    ("after_cache_batch:2", "extracted"),
    ("in_cache_put:2", "extracted"),
    ("in_load_transaction:3", "changed"),
    ("before_commit", "changed"),
    ("publish_after_first_table:2", "changed"),
    ("publish_after_manifest", "changed"),
    ("publish_after_rename", "changed"),
    ("publish_after_symlink", "changed"),
    ("before_run_finished", "changed"),
]


# Articles the recovery run must still extract. Finished batches are staged as
# files before any reaches the cache, so a kill during extraction loses only the
# unfinished batches, and a kill while staged batches move into the cache
# (in_cache_put) loses none: the next run loads what is left of them first.
STILL_TO_EXTRACT = {"after_cache_batch:2": 2, "in_cache_put:2": 0, "after_cache_batch:3": 18}


def test_every_declared_point_is_covered() -> None:
    covered = {c.split(":")[0] for c, _ in CASES}
    assert covered == set(faults.POINTS)


def _corpus(raw: Path, name: str) -> None:
    write_seeds(raw)
    if name == "changed":
        write_changes_without_extraction(raw)
    elif name == "extracted":
        write_edited_copies(raw, 6)
    elif name == "pool":
        write_edited_copies(raw, 24)


def _crash_and_recover(
    tmp_path: Path, prefect_api: str, states, point: str, corpus: str, *, workers: int = 1
) -> None:  # type: ignore[no-untyped-def]
    base = states("base")
    reference = latest_hashes(states(corpus))
    st = copy_state(base, tmp_path / "run")
    _corpus(st.raw, corpus)
    before = latest_hashes(st)
    assert before is not None and before != reference

    killed = run_cli_subprocess(
        prefect_api,
        ["run", *st.args(), "--batch-size", "2", "--workers", str(workers)],
        NEWSFACTS_CRASH_AT=point,
    )
    assert killed.returncode == -signal.SIGKILL, (
        f"{point} was not reached (rc {killed.returncode}):\n{killed.stdout}\n{killed.stderr[-3000:]}"
    )
    assert not killed.stragglers, f"processes outlived the killed run: {killed.stragglers}"

    # What a reader sees right after the kill: old or new tables, never a mix.
    assert_published_state_sound(st, allowed_latest=[before, reference])

    # The next run finishes and gives exactly the uninterrupted result.
    summary = run_inprocess(st)
    assert summary["extracted"] == STILL_TO_EXTRACT.get(point, 0), summary
    assert latest_hashes(st) == reference, summary
    assert_published_state_sound(st, allowed_latest=[reference], allow_tmp=False)
    # A snapshot renamed into place by the killed run is adopted, not duplicated.
    hashes = [read_manifest(p)["content_hash"] for p in sorted(st.snapshots.iterdir())]
    assert len(hashes) == len(set(hashes)) == 2, hashes
    again = run_inprocess(st)
    assert again["published"] is None and again["extracted"] == 0


@pytest.mark.parametrize(("point", "corpus"), CASES, ids=[c for c, _ in CASES])
def test_sigkill_at_point(
    tmp_path: Path, prefect_api: str, states, point: str, corpus: str
) -> None:  # type: ignore[no-untyped-def]
    _crash_and_recover(tmp_path, prefect_api, states, point, corpus)


@pytest.mark.slow
def test_sigkill_with_process_pool(tmp_path: Path, prefect_api: str, states) -> None:  # type: ignore[no-untyped-def]
    """24 articles to extract: the flow fans out to 2 worker processes; the parent dies
    after 3 committed batches and its workers must not outlive it."""
    _crash_and_recover(tmp_path, prefect_api, states, "after_cache_batch:3", "pool", workers=2)


def test_sigkill_before_first_snapshot(tmp_path: Path, prefect_api: str, states) -> None:  # type: ignore[no-untyped-def]
    """No `latest` yet: a kill right after the rename leaves a complete orphan that the
    next run adopts instead of publishing the same content twice."""
    reference = latest_hashes(states("base"))
    st = State(tmp_path / "fresh")
    write_seeds(st.raw)
    killed = run_cli_subprocess(
        prefect_api,
        ["run", *st.args(), "--workers", "1"],
        NEWSFACTS_CRASH_AT="publish_after_rename",
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    assert not st.latest.exists() and not st.latest.is_symlink()
    assert_published_state_sound(st)
    run_inprocess(st)
    assert latest_hashes(st) == reference
    assert_published_state_sound(st, allow_tmp=False)
    assert len(list(st.snapshots.iterdir())) == 1
