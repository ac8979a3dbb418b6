r"""A vector written without its index inside a sum over that index: ``\sum_i t_i \log\sigma(z)`` for ``\sigma(z_i)``.

Notes that write a vector's entries ``z_i`` often drop the index inside the sum over i once the summand is
long: ``-\sum_{i=1}^n [t_i\log y_i + (1-t_i)\log(1-y_i)] = -\sum_{i=1}^n [t_i\log\sigma(z) + (1-t_i)
\log(1-\sigma(z))]``. Read literally the bare ``z`` is the whole vector, the summand a vector beside the
scalar ``t_i``, and the step FAILED on shapes (then SKIPPED: "the shapes inferred … do not fit").
:mod:`verifier.documents.samplelabels` reads such a line where the prose says the index is dropped; this
module owns the reading where it does not, as one of the other readings a failing chain is re-checked under
(documents.meanings, judged by documents.doubts: green only where the step holds under it, reported; a
step that fails under it is SKIPPED, :func:`unsure`, never FAILED).

It is narrow: a name is read as its entry i only

* inside the body of a ``\sum`` over i whose body also writes another name indexed by i (``t_i``: the
  summand is a term of sample i), and
* where the scope makes the name a vector (declared, or inferred from ``z_i`` in the chain or elsewhere in
  the notes), and
* where that body does not write an entry of the name beside it: ``\sum_i 2(w x_i - y_i) x`` lost one index
  by mistake, and read as ``x_i`` that wrong step was green (sound47); the index must be dropped throughout the
  summand, and
* where no earlier member of the chain writes an entry of the name (:func:`lost_going_forward`): notes that drop
  an index start from the short form (``\sum_k a_k\log\sigma(z) = -\sum_k a_k\log(1 + e^{-z_k})``, ctx46);
  ``\sum_k b_k \log u_k = \sum_k b_k \log u`` lost the index the left side wrote, the way a slip loses it, and
  was PROVED under the reading (sound48).

Outside the sum the bare name is the vector, as written (``\mathcal{L}(\theta | t, z)``).
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Scope, VarDecl
from verifier.documents.samples import unsure_under
from verifier.results import StepResult

__all__ = ["NOTE", "dropped_vectors", "in_sums", "lost_going_forward", "unsure"]

NOTE = "a vector written without its index inside a sum over that index read as its entry there"


def dropped_vectors(trees: Iterable[sp.Basic], scope: Scope) -> frozenset[str]:
    """The names the chain (``trees``) writes bare that the scope makes vectors: the candidates of the
    reading."""
    bare: set[str] = set()
    for tree in trees:
        bare |= {s.name for s in tree.atoms(sp.Symbol)}
    out = set()
    for name in bare:
        entry = scope.names.get((name, ()))
        if isinstance(entry, VarDecl) and entry.kind == "vector":
            out.add(name)
    return frozenset(out)


def _indexed_by(body: sp.Basic, var: sp.Basic) -> bool:
    """Does ``body`` write a name indexed by ``var`` alone (``t_i``)?"""
    return any(len(x.indices) == 1 and x.indices[0] == var for x in body.atoms(sp.Indexed))


def in_sums(tree: sp.Basic, names: frozenset[str]) -> sp.Basic:
    """``tree`` with each bare name of ``names`` inside the body of a sum over a single index, whose body
    indexes another name by it, read as its entry at that index."""
    if not names:
        return tree

    def _entries(node: sp.Basic, var: sp.Basic, read: frozenset[str]) -> sp.Basic:
        """``node`` with each bare name of ``read`` read as its entry ``var`` (an entry ``z_j`` is left)."""
        if isinstance(node, sp.Symbol):
            return sp.IndexedBase(node)[var] if node.name in read and node != var else node
        if not node.args or isinstance(node, sp.Indexed):
            return node
        args = [_entries(a, var, read) if isinstance(a, sp.Basic) else a for a in node.args]
        return node.func(*args) if any(a is not b for a, b in zip(args, node.args, strict=True)) else node

    def walk(node: sp.Basic) -> sp.Basic:
        if isinstance(node, sp.Sum) and len(node.limits) == 1:
            var = node.limits[0][0]
            body = walk(node.function)
            if _indexed_by(body, var):
                # a body that writes the entry z_i (or any entry of z) beside the bare z lost one index by
                # mistake (Σ_i 2(w x_i − y_i) x): the bare z stays the vector there (sound47)
                written = {str(x.base.label) for x in body.atoms(sp.Indexed)}
                body = _entries(body, var, names - written)
            return sp.Sum(body, *node.limits) if body is not node.function else node
        if not node.args or isinstance(node, sp.Indexed | sp.Symbol):
            return node
        args = [walk(a) if isinstance(a, sp.Basic) else a for a in node.args]
        return node.func(*args) if any(a is not b for a, b in zip(args, node.args, strict=True)) else node

    return walk(tree)


def _bare_in_sums(tree: sp.Basic, names: frozenset[str]) -> set[str]:
    """The names of ``names`` that ``tree`` writes bare inside a sum over one index whose body indexes another name
    by it (the sums :func:`in_sums` reads)."""
    out: set[str] = set()
    for s in tree.atoms(sp.Sum):
        if len(s.limits) == 1 and _indexed_by(s.function, s.limits[0][0]):
            labels = {x.base.label for x in s.function.atoms(sp.Indexed)}
            out |= {x.name for x in s.function.atoms(sp.Symbol) if x.name in names and x not in labels}
    return out


def lost_going_forward(members: Iterable[Iterable[sp.Basic]], names: frozenset[str]) -> frozenset[str]:
    """The names of ``names`` a member (its trees, in the chain's order) writes bare inside such a sum after an
    earlier member wrote an entry of them: an index lost, not dropped on purpose (module docstring)."""
    entries: set[str] = set()
    out: set[str] = set()
    for trees in members:
        trees = list(trees)
        out |= {n for t in trees for n in _bare_in_sums(t, names)} & entries
        entries |= {str(x.base.label) for t in trees for x in t.atoms(sp.Indexed)}
    return frozenset(out)


def unsure(r: StepResult) -> StepResult:
    """A FAILED step that fails (only) under this reading becomes SKIPPED with the reason: the literal reading
    is ill-formed, and the notes may mean another vector by the bare name."""
    return unsure_under(r, NOTE, "fails with " + NOTE + ", where the shapes fit (read literally they do not); the "
                                 "notes may mean another quantity by the bare name: not called FAILED")
