r"""``\sum_{y=j} x`` with no upper bound: the terms whose label y is j, a filter over the samples (ctx63).

Class-conditional derivations (Gaussian discriminant analysis, class means, per-class counts) drop the sample
index and write the sum over the samples of class j as ``\sum_{y=j} x``, ``\sum_{y=j} \Sigma^{-1}(x - \mu_j)``.
Written with no upper bound it is a filter or a range from j (which the notes never say); it was left unread
("a filter or a range?"). This module owns the filter reading: ``\sum_{y=j} E`` is ``\sum_{i: y_i = j} E_i`` over a
fresh index i, where E_i is E with every name taken per term (``x`` → ``x_i``) except the names of class j (a
subscript j only: ``\mu_j``), which are the same in every term of the filter. Taking a name per term that is in
fact shared makes fewer steps hold, never more: a step that holds with every name per term holds when some are
equal. A name with another subscript (``x_k``, an entry of a sample), a summand that writes the label itself
(``\sum_{k=j} 1/k^2``: a range's) or a matrix-valued summand leaves the sum unread, as before. A step read so is
never FAILED (documents.emptyfilters: the sum may be a range from j); where it holds it is reported with the reading.
"""

from __future__ import annotations

import sympy

from verifier.latex.vocabulary import implicit_bounds

__all__ = ["filtered_sum", "unread_reason"]

#: the fresh index letters tried in turn (the first one the sum's summand and label do not write)
_LETTERS = ("i", "n", "k", "l", "s", "r")


def _of_class(node: sympy.Basic, value: sympy.Basic) -> bool:
    """Is ``node`` a name of class ``value``: an entry whose every index is the filter's value (``\\mu_j``)?"""
    return isinstance(node, sympy.Indexed) and all(ix == value for ix in node.indices)


def filtered_sum(label: sympy.Symbol, value: sympy.Expr, body: object) -> sympy.Sum | None:
    r"""``\sum_{label=value} body`` read as the sum over the terms whose ``label`` is ``value`` (the module
    docstring), or None where that reading does not apply (a matrix summand, an entry of another index)."""
    if not isinstance(body, sympy.Expr) or isinstance(body, sympy.MatrixBase) or body.has(sympy.MatrixSymbol):
        return None
    if not isinstance(value, sympy.Symbol) or label in body.free_symbols:
        return None  # a summand in the label itself (\sum_{k=j} 1/k^2) is a range's: left unread
    names = {s.name for s in body.free_symbols | {label, value} if isinstance(s, sympy.Symbol)}
    letter = next((x for x in _LETTERS if x not in names), None)
    entries = list(body.atoms(sympy.Indexed))
    if letter is None or not all(_of_class(e, value) for e in entries):
        return None
    index = sympy.Symbol(letter, commutative=True)
    shared = {s for e in entries for s in e.free_symbols} | {value}
    per_term = {s: sympy.Indexed(sympy.IndexedBase(s), index) for s in body.free_symbols
                if isinstance(s, sympy.Symbol) and s not in shared and "__" not in s.name}  # fmt: skip
    term = body.xreplace(per_term)
    condition = sympy.Eq(value, sympy.Indexed(sympy.IndexedBase(label), index))
    return sympy.Sum(sympy.Piecewise((term, condition), (0, True)), (index, *implicit_bounds(index)))


def unread_reason(label: sympy.Basic, value: sympy.Basic) -> str:
    """What a sum over ``label = value`` with no upper bound that :func:`filtered_sum` does not read says."""
    return (
        f"the sum over {label} = {value} has no upper bound: a filter or a range? (the terms whose {label} is "
        f"{value}: write their index, \\sum_{{i: {label}_i = {value}}}; a range from {value}: write its end)"
    )
