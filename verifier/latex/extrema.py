r"""A maximum or minimum over an index written inside a formula: ``\max_j z_j``, ``\min_i x_i``.

The numerically stable softmax and log-sum-exp shift by the largest entry,
``\frac{e^{z_i - \max_j z_j}}{\sum_k e^{z_k - \max_j z_j}}``; that is no optimisation over a
variable (``\max_w L(w)``, still refused) but the largest of a vector's entries. The parser records it
as ``Extremum(Label("max"), Sum(body, (j, lo, hi)))``: the ``Sum`` only carries the index and its range
(written or, as for ``\sum_j``, left to the resolver), so index inference treats ``j`` as it treats a
summation index; :mod:`verifier.documents.extrema` gives it its value, SymPy's ``Max``/``Min`` of the
body at each index value. Only a subscript that is one index letter is read so.
"""

from __future__ import annotations

import re
from typing import Any

import sympy

from verifier.latex.functionals import Label
from verifier.latex.vocabulary import implicit_bounds

__all__ = ["Extremum", "extremum_over", "over_an_index"]


class Extremum(sympy.Function):
    r"""``\max_j body`` / ``\min_j body``: args are the kind's :class:`Label` and a ``Sum`` naming the index."""

    @classmethod
    def eval(cls, *args: sympy.Basic) -> None:
        return None

    def _sympystr(self, printer: Any) -> str:
        over = self.args[1]
        return f"{self.args[0]}_{over.limits[0][0]}({printer.doprint(over.function)})"


def extremum_over(kind: str, indices: tuple[sympy.Basic, ...], args: tuple[sympy.Expr, ...]) -> sympy.Expr | None:
    r"""The tree of ``\max_j body`` (``kind`` "max" or "min"), or None when the subscript is not one index
    letter written only as a subscript of the body, or there is not one body (an optimisation over a
    variable, ``\max_x f(x)``, stays refused)."""
    if len(indices) != 1 or len(args) != 1 or not isinstance(indices[0], sympy.Symbol):
        return None
    index = indices[0]
    if len(index.name) != 1 or not index.name.isalpha() or not _only_as_index(args[0], index):
        return None
    lo, hi = implicit_bounds(index)
    return Extremum(Label(kind), sympy.Sum(args[0], (index, lo, hi)))


def _only_as_index(body: sympy.Expr, index: sympy.Symbol) -> bool:
    r"""Is ``index`` written in ``body``, and only as a subscript (``z_j``, not ``\max_x f(x)``)?"""
    entries = [x for x in body.atoms(sympy.Indexed) if index in x.indices]
    if not entries:
        return False
    return not body.xreplace({x: sympy.Dummy() for x in entries}).has(index)


def over_an_index(variable: str, body: str) -> bool:
    r"""Text test for a member that opens with ``\max_j``: does its body write ``j`` only as a subscript
    (``\max_j z_j + \log …``)? Then it is the largest entry (:class:`Extremum`), not the value of an
    optimisation over a variable j (:mod:`verifier.documents.minima`)."""
    letter = variable.strip().strip("{}").strip()
    if len(letter) != 1 or not letter.isalpha():
        return False
    subscript = re.compile(r"_\s*(?:\{\s*" + letter + r"\s*\}|" + letter + r"(?![A-Za-z]))")
    if not subscript.search(body):
        return False
    return re.search(r"(?<![A-Za-z\\])" + letter + r"(?![A-Za-z])", subscript.sub(" ", body)) is None
