r"""Names a derivative removes: ``\frac{\partial}{\partial s_i}(\mu_i + e^{s_i/2}\epsilon_i)`` has no μ.

A step whose two sides write different undeclared names is left SKIPPED when it fails ("μ appears
on one side only"): the notes may relate μ to the other side in a way they do not write. That
doubt does not hold for a name that sits, as a co-input held fixed, inside the operand of a
derivative by a variable the operand is written in (the checker already reads it held fixed) and
that the derivative removes: the left side's *value* has no μ, so μ relates nothing to the other
side, and a wrong right-hand side (a dropped ½) is a mistake under every reading.

This module owns finding those names: :func:`vanishing_names` differentiates the operand as
written, every other name independent of the variable (SymPy's rules, no engine), and returns the
names the result no longer contains. An operand with a registered function (σ, softmax:
documents.functions, which hide no name) is differentiated with the function unknown (σ' at its
argument, gaps61): a name the result does not write is removed whatever the function is, and a term
of its sum that does not write the variable vanishes; one with an arbitrary function, a transpose or a
matrix is left alone (an empty set): an arbitrary f may hide any dependence.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.functions import FUNCTIONS
from verifier.documents.infer import names_in

__all__ = ["vanishing_entries", "vanishing_names"]


def vanishing_names(d: sp.Derivative) -> set[str]:
    """The names of ``d``'s operand that ``d`` (every other name held fixed) no longer contains."""
    if d.expr.has(sp.MatrixSymbol):
        return set()
    calls = d.expr.atoms(AppliedUndef)
    if calls:  # σ(a): a function the notes' registry knows; an arbitrary f may hide any dependence
        if not all(c.func.__name__ in FUNCTIONS for c in calls):
            return set()
        # differentiated as an unknown function of its arguments (σ' at θx): a name the result does not write is
        # removed whatever σ is (y of (σ(θx) - y)x by θ, gaps61); the terms without the variable go in any case
        value = _plain_value(d, known=True)
        return _constant_terms(d) | (set() if value is None else names_in(d.expr) - names_in(value))
    value = _plain_value(d)
    return set() if value is None else names_in(d.expr) - names_in(value)


def vanishing_entries(d: sp.Derivative) -> set[tuple[str, tuple[str, ...]]]:
    r"""The numbered entries (``\mu_2`` as ("mu", ("2",))) of ``d``'s plain operand that ``d`` no longer
    contains: μ₂ of ``∂/∂x_1 (x_2 - μ_2)^2`` vanishes although μ₁ beside it keeps the letter μ (fresh24)."""
    if d.expr.has(sp.MatrixSymbol) or any(c.func.__name__ not in FUNCTIONS for c in d.expr.atoms(AppliedUndef)):
        return set()
    value = _plain_value(d, known=True)
    return set() if value is None else _numbered(d.expr) - _numbered(value)


def _plain_value(d: sp.Derivative, known: bool = False) -> sp.Basic | None:
    """``d`` worked out by SymPy's rules; None where it fails or leaves a derivative (``known``: but for the
    derivatives of the registry's functions, σ'(θx), which stand for the function's own derivative)."""
    try:
        value = d.doit()
    except (TypeError, ValueError, NotImplementedError, AttributeError):
        return None
    left = value.atoms(sp.Derivative)
    if known:
        left = {x for x in left if not (isinstance(x.expr, AppliedUndef) and x.expr.func.__name__ in FUNCTIONS)}
    return None if left else value


def _numbered(tree: sp.Basic) -> set[tuple[str, tuple[str, ...]]]:
    """The entries ``tree`` writes at numbers only (x_1, W_{12}), as keys."""
    return {(str(i.base.label), tuple(str(k) for k in i.indices)) for i in tree.atoms(sp.Indexed)
            if all(k.is_Integer for k in i.indices)}  # fmt: skip


def _constant_terms(d: sp.Derivative) -> set[str]:
    """With a function SymPy cannot differentiate (σ(a) c + i g by a): the names that stand only in
    terms of the operand's sum that do not write a variable of ``d`` (those terms differentiate to 0,
    whatever the functions are)."""
    variables = {n for v, _ in d.variable_count for n in names_in(v)}
    terms = sp.Add.make_args(d.expr)
    kept = [t for t in terms if names_in(t) & variables]
    if len(kept) == len(terms):
        return set()
    return set().union(*(names_in(t) for t in terms)) - set().union(set(), *(names_in(t) for t in kept))
