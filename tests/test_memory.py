"""flows.memory: trimming works here (glibc) and the reclaimer is rate-limited."""

from __future__ import annotations

import platform

import pytest

from flows.memory import Reclaimer, collector_paused, release_free_memory


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


def test_collector_paused_restores_state_and_collects_cycles_on_request() -> None:
    import gc
    import weakref

    class Node:
        pass

    assert gc.isenabled()
    with collector_paused() as collect_young:
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        ref = weakref.ref(a)
        del a, b
        assert ref() is not None  # a cycle: reference counting alone cannot free it
        collect_young()
        assert ref() is None
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()
