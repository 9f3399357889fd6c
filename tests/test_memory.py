"""newsfacts.memory: trimming works here (glibc) and the reclaimer is rate-limited."""

from __future__ import annotations

import platform

import pytest

from newsfacts.memory import Reclaimer, release_free_memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_release_free_memory_calls_malloc_trim() -> None:
    junk = [bytes(4096) for _ in range(20_000)]  # ~80 MB on the heap, then freed
    del junk
    assert isinstance(release_free_memory(), bool)


def test_reclaimer_runs_at_most_once_per_interval() -> None:
    slow = Reclaimer(interval=3600)
    assert slow() is False  # the interval starts at construction
    assert slow(force=True) is True
    assert slow() is False
    always = Reclaimer(interval=0)
    assert always() is True and always() is True
