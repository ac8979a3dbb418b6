r"""The denominator of a derivative as written: ``\partial \sigma^2``, ``\partial X^\top``, ``\partial \Sigma^{-1}``,
``\partial \theta^\top \partial \theta``.

The grammar reads ``\frac{\partial^n f}{\partial v_1 \dots}`` into a :class:`Diff` (the order and the variables
with their powers); which derivative that is depends on what each variable is written as — a name, an entry or
a slice of one (the derivative by it), the variance σ² (by σ², through σ), a transpose or an inverse of a name
(the plain name's, given its meaning by the reader), a transposed and a plain θ (the Hessian) — or an expression
(refused, saying to name it). This module owns those readings of the denominator; :mod:`verifier.latex.build`
builds the derivative from them.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from verifier.latex.vocabulary import TRANSPOSE, LatexError, sliced

__all__ = [
    "Diff",
    "check_variables",
    "hessian_variable",
    "inverse_variable",
    "is_variable",
    "transposed_variable",
    "variance_variable",
]


@dataclass(frozen=True)
class Diff:
    order: int
    variables: tuple[tuple[sympy.Expr, int], ...]
    pos: int
    #: ``\partial \sigma^2``: by the variance, the one variable's square (see :func:`variance_variable`)
    by_square: bool = False


_VARIANCE_NAMES = frozenset({"sigma", "varsigma"})


def variance_variable(order: int, variables: tuple[tuple[sympy.Expr, int], ...]) -> sympy.Symbol | None:
    r"""``\partial \sigma^2`` alone in a first derivative's denominator: σ² is the variance (the
    universal notation of Gaussian likelihoods), not the label 2 of a layer σ, so the derivative is by
    σ²; the variable σ, else None."""
    if order != 1 or len(variables) != 1:
        return None
    ((var, n),) = variables
    if n == 2 and isinstance(var, sympy.Symbol) and var.name in _VARIANCE_NAMES:
        return var
    return None


def is_variable(v: sympy.Basic) -> bool:
    """A name, an entry, or a slice of a name (``W_{:,j}``: the derivative by each entry of the column)."""
    return isinstance(v, sympy.Symbol | sympy.Indexed) or sliced(v) is not None


def check_variables(d: Diff) -> None:
    for var, _ in d.variables:
        if isinstance(var, sympy.Pow) and var.exp == -1 and is_variable(var.base):
            raise LatexError(
                f"derivative with respect to the expression {var}, the inverse of {var.base}, is not "
                "read (name the inverse first, e.g. \\Lambda = \\Sigma^{-1}, and write the function of "
                "it)",
                d.pos or None,
            )
        if not is_variable(var):
            raise LatexError(
                f"derivative with respect to the expression {var} is not supported (name it first)", d.pos or None
            )


def transposed_variable(d: Diff) -> Diff | None:
    r"""``\frac{\partial L}{\partial X^\top}``: a first derivative by the transpose of a name (built as
    ``BY_TRANSPOSE(Derivative(L, X))``, which the reader gives its meaning), the plain name's; None otherwise."""
    if d.order != 1 or len(d.variables) != 1:
        return None
    ((var, n),) = d.variables
    if n == 1 and isinstance(var, TRANSPOSE) and is_variable(var.args[0]):
        return Diff(1, ((var.args[0], 1),), d.pos)
    return None


def inverse_variable(d: Diff) -> Diff | None:
    r"""``\frac{\partial f}{\partial \Sigma^{-1}}``: a first derivative by the inverse of a name (built as
    ``BY_INVERSE(Derivative(f, Σ))``, which the reader gives its meaning), the plain name's; None otherwise."""
    if d.order != 1 or len(d.variables) != 1:
        return None
    ((var, n),) = d.variables
    if n == 1 and isinstance(var, sympy.Pow) and var.exp == -1 and is_variable(var.base):
        return Diff(1, ((var.base, 1),), d.pos)
    return None


def hessian_variable(d: Diff) -> sympy.Basic | None:
    r"""``\frac{\partial^2 f}{\partial \theta^\top \partial \theta}`` (either order): the Hessian of f by θ.

    For a scalar f the matrix of second derivatives is symmetric, so which of the two denominators
    carries the transpose (a layout) does not change it."""
    if d.order != 2 or len(d.variables) != 2 or any(n != 1 for _, n in d.variables):
        return None
    (a, _), (b, _) = d.variables
    for plain, marked in ((a, b), (b, a)):
        if is_variable(plain) and isinstance(marked, TRANSPOSE) and marked.args[0] == plain:
            return plain
    return None
