"""A worker is a fork of a parent that has imported SymPy: what it inherits must cost it nothing."""

from __future__ import annotations

from verifier import runner


def test_a_worker_inherits_the_parents_objects_frozen(monkeypatch):
    """The parent's heap is in the collector's permanent generation in the worker (gc.freeze before
    the fork), so the worker's collections neither walk it nor copy its pages; VERIFY_GC_FREEZE=0 is
    the old behaviour, kept to compare."""
    import gc

    gc.unfreeze()
    monkeypatch.setenv(runner.FREEZE_SWITCH, "0")
    unfrozen = runner.run_in_worker(gc.get_freeze_count)
    monkeypatch.delenv(runner.FREEZE_SWITCH)
    frozen = runner.run_in_worker(gc.get_freeze_count)
    assert unfrozen.ok and frozen.ok
    assert unfrozen.value == 0
    assert frozen.value > 1000
