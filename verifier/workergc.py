"""How often the cyclic garbage collector walks a long-lived worker's whole heap.

A worker of :func:`verifier.runner.run_each` checks one chain after another (a document's chains,
or the corpus's, share it and its caches: SymPy's construction cache, the resolver's derivatives,
the free symbols of sub-trees...). CPython's collector runs a *full* collection, a walk over every
object the worker made and still holds, once every ``threshold2`` (10) collections of the middle
generation while the long-lived objects grew by a quarter since the last one. That heap is the
caches, which never become garbage: on the corpus the full collections took 4.65 s of ~92 s of
CPU (40 of them; ~0.17 s each in the two chain workers) and found 14 % of the cyclic garbage; the
young generations found the rest (docs/speed.md, docspeed21).

:func:`long_lived` raises ``threshold2`` to :data:`FULL_EVERY` in such a worker: a full collection
every 100 middle ones instead of 10. The young generations are collected as before (the same
thresholds), so a cycle made and dropped within a chain is freed as soon as it was; only cyclic
garbage that lived through two young collections waits longer. Garbage collection changes no value
the checks compute (it frees only objects nothing can reach); what it changes is the CPU time a
claim's budget is charged: a full collection that happened during a claim's symbolic stage was
charged to it (:mod:`verifier.budget` counts CPU time), so fewer of them leave a step more of its
budget, never less. ``VERIFY_WORKER_GC=0`` keeps CPython's thresholds (to compare).
"""

from __future__ import annotations

import gc
import os

__all__ = ["FULL_EVERY", "SWITCH", "long_lived"]

FULL_EVERY = 100  # middle-generation collections between two full collections (CPython's default: 10)
SWITCH = "VERIFY_WORKER_GC"  # "0": CPython's thresholds in the workers (to compare)


def long_lived() -> None:
    """In a worker that goes through many items: full collections ``FULL_EVERY`` times rarer (the
    young generations' thresholds unchanged)."""
    if os.environ.get(SWITCH) == "0":
        return
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, max(full, FULL_EVERY))
