r"""Where an implied sum over a lone index stands when the index sits in a denominator or a power.

Notes that leave sums implicit write the softmax as ``\frac{e^{\theta_i}}{e^{\theta_m}}`` ("the sum is
implied in the denominator"): the lone index m is summed *inside* the denominator, not around the
whole term (``\sum_m e^{\theta_i} / e^{\theta_m}`` is another quantity). The readings of
:mod:`verifier.documents.summation` sum a lone index around each additive term it occurs in; that is
the same as summing it where it stands only while the index occurs linearly (a factor of a product,
inside a derivative). This module owns the other placement: the sum goes down through products,
derivatives, written sums and the terms of a bracket to a *denominator* (a negative power) and stands
there — so ``e^{\theta_i} / (e^{\theta_m})^2`` reads ``e^{\theta_i} / (\sum_m e^{\theta_m})^2``. Where the
index is linear it stays around the whole, as the other readings have it: one term of
``\partial_{z_j} (z_i - \log \sum_k e^{z_k})`` summed alone over i is no reading of anything.

The parser normalises ``1 / e^{u}`` to ``e^{-u}`` and ``(e^{u})^{-2}`` to ``e^{-2u}``; a factor
``e^{c u}`` with a negative number c and the index in u is therefore read as ``(e^{u})^{c}`` before the
sum is placed, which is what the notes wrote. It is one more reading, tried after the others by
:mod:`verifier.documents.doubts` and reported with the step; it never refutes a step on its own."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.members import free_names

__all__ = ["sum_inside"]

IsIndex = Callable[[str], bool]


def _has(tree: sp.Basic, name: str, is_index: IsIndex) -> bool:
    return is_index(name) and name in free_names(tree, bases=False)


def _summed(tree: sp.Basic, name: str) -> sp.Basic:
    return sp.Sum(tree, (sp.Symbol(name), sp.Symbol(f"{name}__lo"), sp.Symbol(f"{name}__hi")))


def _denominator_exp(tree: sp.Basic, name: str, is_index: IsIndex) -> tuple[sp.Basic, sp.Basic] | None:
    """``e^{c u}`` with c a negative number and the index in u: (``e^{u}``, c), else None."""
    if not isinstance(tree, sp.exp):
        return None
    arg = tree.args[0]
    coeff, rest = arg.as_coeff_Mul() if isinstance(arg, sp.Mul) else (sp.Integer(1), arg)
    if not (coeff.is_Number and coeff.is_negative) or not _has(rest, name, is_index):
        return None
    return sp.exp(rest), coeff


def _place(tree: sp.Basic, name: str, is_index: IsIndex, top: bool = True, split: bool = False) -> sp.Basic:
    # the sum goes down only to a place where it then stands inside a denominator (a negative power,
    # e^{-u}); where the index is linear (a factor, a term, a function's argument) it stays around the
    # whole, as the other readings place it: Σ_i over one term of ∂(z_i − log Σ e^{z_k}) is no reading
    if isinstance(tree, sp.Add):
        holders = [t for t in tree.args if _has(t, name, is_index)]
        placed = {t: _place(t, name, is_index, False, split) for t in holders}
        if not top and not split and any(placed[t] == _summed(t, name) for t in holders):
            return _summed(tree, name)
        return sp.Add(*(placed.get(t, t) for t in tree.args), evaluate=False)
    if isinstance(tree, sp.Mul):
        holding = [f for f in tree.args if _has(f, name, is_index)]
        inner = _place(holding[0], name, is_index, False, split) if len(holding) == 1 else None
        if inner is None or inner == _summed(holding[0], name):
            return _summed(tree, name)
        return sp.Mul(*(inner if f is holding[0] else f for f in tree.args), evaluate=False)
    if isinstance(tree, sp.Pow) and tree.exp.is_number and tree.exp.is_negative and not _has(tree.exp, name, is_index):
        return sp.Pow(_place(tree.base, name, is_index, False, split), tree.exp, evaluate=False)
    if isinstance(tree, sp.Derivative) and not any(_has(v, name, is_index) for v in tree.variables):
        inner = _place(tree.expr, name, is_index, False, split)
        return _summed(tree, name) if inner == _summed(tree.expr, name) else sp.Derivative(inner, *tree.variable_count)
    if isinstance(tree, sp.Sum) and name not in {str(v) for v, *_ in tree.limits}:
        inner = _place(tree.function, name, is_index, False, split)
        return _summed(tree, name) if inner == _summed(tree.function, name) else sp.Sum(inner, *tree.limits)
    inverted = _denominator_exp(tree, name, is_index)
    if inverted is not None:
        base, power = inverted
        return sp.Pow(_summed(base, name), power, evaluate=False)
    return _summed(tree, name)


def sum_inside(tree: sp.Basic, names: set[str], is_index: IsIndex, split: bool = False) -> sp.Basic:
    r"""``tree`` with each of ``names`` that occurs free in it summed where it stands (see the module
    docstring); the tree unchanged when none occurs. ``split``: the indices are dummies of notes that
    sum every index their answer is not indexed by, so within a bracket each term that holds one is
    summed on its own (``[\ldots/e^{\theta_m} - \ldots e^{\theta_p}]``: p only where it stands); without
    it, a bracket with the index linear in a term is summed whole."""
    out = tree
    for name in sorted(names):
        if _has(out, name, is_index):
            out = _place(out, name, is_index, True, split)
    return out
