r"""An index's range read from the bounds of the sum the step writes over it: a reading of the step (gaps64).

Inference sizes an index by the names it subscripts: with $a \in \mathbb{R}^n$ the i of ``a_i`` runs 1..n, and with
a undeclared it runs over a size of its own (n₃). A step may write its own sum over i with other bounds, and then
``\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}`` was FAILED both ways (stop 63, lead63's
``Calls._diag_over_range`` builds the diagonal over i's inferred range): with a of length n the diagonal ran over
1..n, and with a undeclared only the tie n₃ = n was tried, never n₃ = n − 1 — though under the reading where i runs
over the range the step's sum writes the step holds. A FAILED must hold under every plausible reading: this module
owns those readings, scopes of :meth:`verifier.documents.meanings._Meanings._meanings`, said with the step when one
is the reading that holds (:func:`written_range_scope`):

* an index a ``diag(…)`` of the step runs over (its entries' index): the diagonal over the sum's range, its vectors
  of that length (the ones vectors around it), whatever the declared length of the family;
* where that index's inferred range ends at a size inference made up (n₃: a undeclared), from the same start as
  the sum, and no member writes a family of that length whole, the made-up size is the sum's upper bound (a of
  length n − 1: its entries are all the step writes). A family written whole (``\mathbf{1}^\top\mathbf{a}``,
  ``\|x\|^2``) keeps a length of its own: ``\sum_{i=1}^{n-1} x_i^2 = \|x\|^2`` after "$x = (x_1, \dots, x_n)$"
  is an off-by-one, not a reading (my first version tied any made-up length so and PROVED it; a guard test).

Only where every sum of the chain over the index writes the same bounds, read as a number, a size the scope knows,
or such a size ± 1 (a bound with another index, or two sums with two ranges: no reading).
Not where the prose of the chain's section sizes the diagonal (:func:`sized_diagonal`: "let
$\operatorname{diag}(a_i)$ be the $n \times n$ diagonal matrix", ``\operatorname{diag}(a) \in \mathbb{R}^{n \times
n}``): the notes fix its range, and the off-by-one ``\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top\operatorname{diag}(a_i)
\mathbf{1}`` there was PROVED under the reading (redmid64 M4).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.calls import entry_indices
from verifier.documents.context import Dim, IndexRange, Scope, Size, VarDecl, is_invented_size
from verifier.documents.instances import SHIFT, UNSHIFT
from verifier.documents.sentences import SENTENCE

__all__ = ["sized_diagonal", "written_range_scope"]

_OFFSETS: dict[int, tuple[str, ...]] = {0: (), 1: (SHIFT,), -1: (UNSHIFT,)}
_DIAG = re.compile(r"\\(?:operatorname|mathrm|text)\s*\{\s*diag\s*\}|\\diag\b", re.IGNORECASE)
_SQUARE = re.compile(r"(?<![A-Za-z\\])([A-Za-z]|\d+)\s*(?:\\times|×)\s*\1(?![A-Za-z0-9])")


def sized_diagonal(prose: str) -> bool:
    r"""Does a sentence of ``prose`` write a diagonal matrix (``\operatorname{diag}``, ``\diag``) and a square
    size for it ("the $n \times n$ diagonal matrix", ``\in \mathbb{R}^{n \times n}``)? Then its range is the notes'."""
    return any(_DIAG.search(m.group(0)) and _SQUARE.search(m.group(0)) for m in SENTENCE.finditer(prose))


def _diag_indices(tree: sp.Basic) -> set[str]:
    """The letters a ``diag(…)`` call in ``tree`` writes as its entries' index (i of ``diag(a_i)``)."""
    return {i for sub in sp.preorder_traversal(tree)
            if isinstance(sub, AppliedUndef) and sub.func.__name__ == "diag" and len(sub.args) == 1
            for i in entry_indices(sub.args[0])}  # fmt: skip


def _dim(bound: sp.Basic, scope: Scope) -> Dim | None:
    """``bound`` (a sum's limit) as a :data:`Dim`: a nonnegative integer, a size of ``scope``, or such a size ± 1;
    None for anything else (a bound written with another index, a product, a bound-less sum's placeholder)."""
    if isinstance(bound, sp.Integer):
        return int(bound) if int(bound) >= 0 else None
    names = list(bound.free_symbols)
    if len(names) != 1 or not isinstance(scope.names.get((str(names[0]), ())), Size):
        return None
    shift = sp.expand(bound - names[0])
    if not isinstance(shift, sp.Integer) or int(shift) not in _OFFSETS:
        return None
    return (str(names[0]), _OFFSETS[int(shift)])


def _written_spans(trees: list[sp.Basic], scope: Scope) -> dict[str, tuple[Dim, Dim]]:
    """Each index the chain's sums range over with one written span (every sum over it the same bounds, both read)."""
    spans: dict[str, set[tuple[Dim | None, Dim | None]]] = {}
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Sum):
                for var, lo, hi in sub.limits:
                    spans.setdefault(str(var), set()).add((_dim(lo, scope), _dim(hi, scope)))
    return {index: (lo, hi) for index, found in spans.items() if len(found) == 1
            for lo, hi in found if lo is not None and hi is not None}  # fmt: skip


def written_range_scope(scope: Scope, trees: Iterable[sp.Basic]) -> tuple[str, Scope] | None:
    """The reading where the indices the module's docstring names run over the range the step's sum writes: its
    note and scope; None where no index changes so."""
    trees = list(trees)
    spans = _written_spans(trees, scope)
    diagonal = set().union(*(_diag_indices(t) for t in trees)) if trees else set()
    out, said = scope.copy(), []
    for index, (lo, hi) in sorted(spans.items()):
        entry = out.names.get((index, ()))
        if not isinstance(entry, IndexRange) or (lo, hi) == (entry.lo, entry.hi):
            continue
        if index not in diagonal:
            continue
        if is_invented_size(entry.hi) and lo == entry.lo and not _written_whole(trees, out, entry.hi):
            _resize(out, entry.hi, hi)  # a undeclared, written only by its entries: its length the sum's range
        else:
            out.names[(index, ())] = replace(entry, lo=lo, hi=hi)
        said.append(f"diag over {index} running over the range of its sum in the step")
    return ("; ".join(said), out) if said else None


def _written_whole(trees: list[sp.Basic], scope: Scope, size: Dim) -> bool:
    r"""Does a tree write whole (the name alone: ``\mathbf{1}^\top\mathbf{a}``, ``\|x\|^2``) a family ``size`` gives
    its length? Then that length is the vector's own, which the sum's range does not say (``\sum_{i=1}^{n-1} x_i^2 =
    \|x\|^2`` after "$x = (x_1, \dots, x_n)$" is an off-by-one, not a reading)."""
    sized = {k[0] for k, e in scope.names.items() if isinstance(e, VarDecl) and e.dims is not None and size in e.dims}
    for tree in trees:
        bare = tree.xreplace({e: sp.Dummy() for e in tree.atoms(sp.Indexed)})  # a_i's label a is no whole a
        if any(isinstance(s, sp.Symbol) and s.name in sized for s in bare.free_symbols):
            return True
    return False


def _resize(scope: Scope, invented: Dim, dim: Dim) -> None:
    """``invented`` (a made-up size) read as ``dim`` in every range and shape of ``scope``, and dropped."""
    scope.names.pop(invented, None)  # type: ignore[arg-type]
    for key, entry in list(scope.names.items()):
        if isinstance(entry, IndexRange) and entry.hi == invented:
            scope.names[key] = replace(entry, hi=dim)
        elif isinstance(entry, VarDecl) and entry.dims is not None and invented in entry.dims:
            scope.names[key] = replace(entry, dims=tuple(dim if d == invented else d for d in entry.dims))  # type: ignore[arg-type]
