r"""Where an implied sum over a lone index stands when the index sits in a denominator or a power.

Notes that leave sums implicit write the softmax as ``\frac{e^{\theta_i}}{e^{\theta_m}}`` ("the sum is
implied in the denominator"): the lone index m is summed *inside* the denominator, not around the
whole term (``\sum_m e^{\theta_i} / e^{\theta_m}`` is another quantity). The readings of
:mod:`verifier.documents.summation` sum a lone index around each additive term it occurs in; that is
the same as summing it where it stands only while the index occurs linearly (a factor of a product,
inside a derivative). This module owns the other placement: the sum goes down through products,
derivatives, written sums and the bases of powers, and stands around the smallest factor that holds
the index — so ``e^{\theta_i} / (e^{\theta_m})^2`` reads ``e^{\theta_i} / (\sum_m e^{\theta_m})^2``.

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


def _place(tree: sp.Basic, name: str, is_index: IsIndex) -> sp.Basic:
    if isinstance(tree, sp.Add):
        return sp.Add(*(_place(t, name, is_index) if _has(t, name, is_index) else t for t in tree.args),
                      evaluate=False)  # fmt: skip
    # through a product, a derivative or a written sum (linear in the part that holds the index) the sum
    # goes down only where it then stands inside a denominator or a power; else it stays around the whole
    if isinstance(tree, sp.Mul):
        holding = [f for f in tree.args if _has(f, name, is_index)]
        if len(holding) != 1 or (inner := _place(holding[0], name, is_index)) == _summed(holding[0], name):
            return _summed(tree, name)
        return sp.Mul(*(inner if f is holding[0] else f for f in tree.args), evaluate=False)
    if isinstance(tree, sp.Pow) and not _has(tree.exp, name, is_index):
        return sp.Pow(_place(tree.base, name, is_index), tree.exp, evaluate=False)
    if isinstance(tree, sp.Derivative) and not any(_has(v, name, is_index) for v in tree.variables):
        inner = _place(tree.expr, name, is_index)
        return _summed(tree, name) if inner == _summed(tree.expr, name) else sp.Derivative(inner, *tree.variable_count)
    if isinstance(tree, sp.Sum) and name not in {str(v) for v, *_ in tree.limits}:
        inner = _place(tree.function, name, is_index)
        return _summed(tree, name) if inner == _summed(tree.function, name) else sp.Sum(inner, *tree.limits)
    inverted = _denominator_exp(tree, name, is_index)
    if inverted is not None:
        base, power = inverted
        return sp.Pow(_summed(base, name), power, evaluate=False)
    return _summed(tree, name)


def sum_inside(tree: sp.Basic, names: set[str], is_index: IsIndex) -> sp.Basic:
    """``tree`` with each of ``names`` that occurs free in it summed where it stands (see the module
    docstring); the tree unchanged when none occurs."""
    out = tree
    for name in sorted(names):
        if _has(out, name, is_index):
            out = _place(out, name, is_index)
    return out
