r"""The index of a family the notes define entry-wise, where the notes use the family whole.

Notes define a vector by its entries, ``p_j = \frac{e^{o_j}}{\sum_i e^{o_i}}``, and later write
``p`` alone: ``p = \boxed{0.090}\boxed{0.245}\boxed{0.665}``, ``\frac{\partial L}{\partial o} = p - y``.
The whole family is the vector of its entries over the range of its index ``j``. The letter ``j``
is often written nowhere else, so nothing declared its range and the step was SKIPPED ("the range
of index j is not declared"), although the notes show how long ``p`` is: the vector it is compared
with has three entries, it is subtracted from a ``y`` of three entries. A reader takes the family's
index to run over the length of the vector the family is (that is what "the vector p" means).

This module owns that one inference: a one-index family whose index letter the notes never use as
an index (nor as a name) elsewhere, written bare in the chain, gets its index registered with the
inference (:meth:`verifier.documents.infer._Inference.index`), so the family's length — unified
with whatever the chain puts beside it — becomes the index's range. A letter the notes use as an
index elsewhere keeps that range (nothing is done), so no range is ever overridden.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope

__all__ = ["register_family_indices"]


class _Indexing(Protocol):
    scope: Scope
    indices: dict[str, object]
    d: Any
    names: dict[tuple[str, tuple[str, ...]], Any]

    def index(self, name: str, why: str) -> object: ...


def register_family_indices(inf: _Indexing, trees: Iterable[sp.Basic]) -> list[str]:
    """Register the index of every one-index family written bare in ``trees`` whose index letter is
    otherwise unknown to ``inf``; returns the families so read (for tests and notes)."""
    trees = list(trees)
    bare = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    done = []
    for key, entry in list(inf.scope.names.items()):
        if not isinstance(entry, Definition) or key[1] or key[0] not in bare:
            continue
        if entry.builtin or entry.is_function or entry.params or len(entry.index_params) != 1:
            continue
        letter = entry.index_params[0]
        seen = inf.names.get((letter, ()))
        if letter in inf.indices or (seen is not None and getattr(seen, "kind", None) != "open"):
            continue  # an index already, or a quantity the chain gives a shape (the family's body may use
            # its own letter as a number, e^j: that alone says nothing)
        if (letter, ()) in inf.scope.names and not isinstance(inf.scope.names[(letter, ())], IndexRange):
            continue
        var = inf.index(letter, f"the index of the notes' family {key[0]}_{letter}, over the length of {key[0]}")
        if any(isinstance(t, sp.Symbol) and t.name == key[0] for t in trees):
            # p = [0.090, 0.245, 0.665]: the members of a chain are equal, so equally long
            lengths = {max(t.shape) for t in trees if isinstance(t, sp.MatrixBase) and min(t.shape) == 1}
            if len(lengths) == 1:
                inf.d.union(var, lengths.pop())
        done.append(key[0])
    return done
