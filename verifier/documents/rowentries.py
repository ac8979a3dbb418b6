r"""A side made of a family's entries written transposed, green with the entries read as numbers.

``\frac{\partial J}{\partial h} = \sum_t (\sigma(q_t^T h) - 1) q_t^T`` after ``J = -\sum_t \log\sigma(q_t^T h)``,
no shapes stated: the shapes inferred read q as a vector and each q_t as its entry, a number, where a
transpose changes nothing, and the step was PROVED. The notes write q_t^T: each q_t is a vector and the
term ``(\ldots) q_t^T`` a row, where the gradient by a column h is the column ``\sum_t (\ldots) q_t``. Reading
the entries as columns instead lost correct steps of real notes (trust14: a loss J(v_c, o, U) of the same
vectors u_k written bold); the number reading is kept, and only what it cannot see is doubted.

This module owns that doubt, a post-pass of :mod:`verifier.documents.check` (beside
:mod:`verifier.documents.appliedlabels`): a green step one side of which has a term that is a transposed
entry (``q_t^T``, one index) times coefficients only (numbers and function values, ``\sigma(q_t^Th) - 1``:
the entry is the term's only direction, so the term is a row), while the other side has no such transposed
term, is SKIPPED with a reason naming the transposes — where the entries are numbers (no declaration gives
q_t a shape). A term ``x_u y_i^T`` (another entry beside it) is a product of two entries, and a side
written with the same transposed terms on both sides (rows on both) is no doubt. Never FAILED: numerator
layout makes the row right.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import VarDecl
from verifier.documents.members import _Chain, member_trees
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.context import Scope

__all__ = ["doubt_row_entries", "row_entries"]


def _is_transpose(e: sp.Basic) -> bool:
    return isinstance(e, AppliedUndef) and e.func.__name__ == "transpose" and len(e.args) == 1


def _coefficient(e: sp.Basic) -> bool:
    """Is ``e`` a number or made of function values only (``\\sigma(q_t^T h) - 1``): no direction of its own?"""
    if isinstance(e, sp.Number):
        return True
    if isinstance(e, sp.Function) and not _is_transpose(e):
        return True
    if isinstance(e, sp.Pow):  # 1/T: dividing by a count (review23e); a power of function values
        return isinstance(e.exp, sp.Number) and (_coefficient(e.base) or (e.exp < 0 and isinstance(e.base, sp.Symbol)))
    if isinstance(e, sp.Add | sp.Mul):
        return all(_coefficient(a) for a in e.args)
    return False


def _terms(tree: sp.Basic) -> list[sp.Basic]:
    """The terms of a side: through sums (written ∑ too) and signs."""
    if isinstance(tree, sp.Add):
        return [t for a in tree.args for t in _terms(a)]
    if isinstance(tree, sp.Sum):
        return _terms(tree.function)
    if isinstance(tree, sp.Mul):  # − ∑_k (…) u_k^T, −\frac{1}{T} ∑_t (…) q_t^T (nested as written, review23e)
        factors = _factors(tree)
        inner = [f for f in factors if isinstance(f, sp.Sum | sp.Add) and not _coefficient(f)]
        if len(inner) == 1 and all(_coefficient(f) for f in factors if f is not inner[0]):
            return _terms(inner[0])
    return [tree]


def _factors(term: sp.Basic) -> list[sp.Basic]:
    r"""The factors of a product, through the products the parser keeps nested (``\sigma(-q_t^T h)(-q_t^T)``)."""
    if isinstance(term, sp.Mul):
        return [f for a in term.args for f in _factors(a)]
    return [term]


def _row(term: sp.Basic) -> sp.Basic | None:
    """The transposed thing a term is a row of: ``(\\ldots) q_t^T`` → ``q_t``; None when the term is not a
    transpose times coefficients."""
    factors = _factors(term)
    rows = [f for f in factors if _is_transpose(f)]
    if len(rows) != 1 or not all(_coefficient(f) for f in factors if f is not rows[0]):
        return None
    return rows[0].args[0]


def row_entries(left: sp.Basic, right: sp.Basic) -> list[sp.Indexed]:
    """The family entries (one index) one side writes as transposed rows (:func:`_row`) where the other side
    writes no transposed row at all."""
    rows = [[r for t in _terms(side) if (r := _row(t)) is not None] for side in (left, right)]
    if rows[0] and rows[1]:
        return []
    return sorted({r for r in rows[0] + rows[1] if isinstance(r, sp.Indexed) and len(r.indices) == 1}, key=str)


def _read_as_number(entry: sp.Indexed, scope: Scope) -> bool:
    """Is ``entry`` (q_t) a number in ``scope``: no declaration of its own, its family a vector or undeclared?"""
    family = str(entry.base.label)
    own = scope.names.get((family, tuple(str(i) for i in entry.indices)))
    if own is not None:
        return isinstance(own, VarDecl) and own.kind == "scalar"
    decl = scope.names.get((family, ()))
    return decl is None or (isinstance(decl, VarDecl) and decl.kind == "vector")


def _sub(index: sp.Basic) -> str:
    text = str(index)
    return text if len(text) == 1 else "{" + text + "}"


def doubt_row_entries(chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step whose one side is a row of transposed entries read as numbers SKIPPED."""
    out = list(steps)
    for k, r in enumerate(steps):
        if not r.verdict.ok:
            continue
        st = chain.steps[k]
        sides = [chain.members[i].parsed for i in (st.left, st.right)]
        if any(p is None for p in sides):
            continue
        trees = [member_trees(p) for p in sides]  # type: ignore[arg-type]
        if any(len(t) != 1 or not isinstance(t[0], sp.Basic) for t in trees):
            continue
        found = [e for e in row_entries(trees[0][0], trees[1][0]) if _read_as_number(e, scope)]
        if not found:
            continue
        shown = ", ".join(f"${e.base.label}_{_sub(e.indices[0])}^T$" for e in found)
        why = (f"{shown} written transposed makes one side a row of the entries (the other side has no such "
               f"row); read as numbers, as nothing gives them a shape, the transposes vanish and the step's "
               f"row or column is not checked")
        out[k] = replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
    return out
