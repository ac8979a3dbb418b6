"""A long-lived worker of ``run_each`` walks its whole heap less often (docspeed21, verifier.workergc):
its caches outlive the chains, and CPython's full collections walked them again every ten middle
collections. The young generations, and the parent, keep CPython's thresholds."""

from __future__ import annotations

import gc

import pytest

from verifier import workergc
from verifier.runner import run_each


def _thresholds(item: int) -> tuple[int, ...]:
    return (item, *gc.get_threshold())


def _cycle_freed(item: int) -> bool:
    """A cycle dropped in the worker is still freed by the young collections."""
    gc.collect()
    box: list[object] = []
    box.append(box)
    del box
    return gc.collect(0) + gc.collect(1) >= 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_workers_full_collections_are_rarer(jobs: int) -> None:
    parent = gc.get_threshold()
    out = run_each(_thresholds, [0, 1, 2], lambda i, o: None, timeout=30, jobs=jobs)
    for k, (item, young, middle, full) in enumerate(out):
        assert item == k
        assert (young, middle) == parent[:2]  # the young generations as CPython has them
        assert full == max(parent[2], workergc.FULL_EVERY)
    assert gc.get_threshold() == parent  # the parent's own collector untouched


def test_the_switch_keeps_cpythons_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(workergc.SWITCH, "0")
    parent = gc.get_threshold()
    out = run_each(_thresholds, [0], lambda i, o: None, timeout=30)
    assert out == [(0, *parent)]


def test_a_dropped_cycle_is_still_collected_in_the_worker() -> None:
    assert run_each(_cycle_freed, [0], lambda i, o: None, timeout=30) == [True]
