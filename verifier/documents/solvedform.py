r"""An equation solved by a matrix inverse: ``v = M^{-1} q`` after ``M v = q`` is read as ``M v = q``.

Notes that solve normal equations end a ⇔ chain with the solution, ``A^\top A b = A^\top t
\Leftrightarrow b = (A^\top A)^{-1} A^\top t``. :mod:`verifier.documents.equivalent` checks a link as a
nonzero *number* times the equation before it; the solved form is the equation before it times the
*matrix* ``M^{-1}``, so it is not such a multiple, and resolving it needs the symbolic inverse of a
product (too costly past side 2, :func:`verifier.documents.squares.inverse_of`).

Writing ``M^{-1}`` presumes ``M`` invertible, and for an invertible ``M``, ``v = M^{-1} q`` holds exactly
when ``M v = q`` does. So this module clears the inverse (:func:`cleared`): the member ``M^{-1} q``
(the inverse leading a product, its other factors ``q``) against the other member ``v`` gives the
equation ``M v = q``, which the caller checks against the equation before it as any link is checked
(a nonzero multiple of it, :func:`verifier.documents.equivalent.equivalent`). Only a square matrix
``M`` is cleared (:func:`square`): for a number the multiple check needs no help. And only an
invertible one (:func:`invertible`): the presumption is the notes' claim, not a fact, and a singular
``M`` (``(x x^T)^{-1}`` for one sample, rank 1) has no inverse, so ``v = M^{-1} q`` solves nothing
while ``M v = q`` may well follow from the equation before it. An instance of the sizes where ``M`` is
singular is left out (``X^T X`` with fewer rows than columns: the notes' formula does not apply
there); where it is singular at every instance the step stays SKIPPED, saying so. The reading is
reported with the step; it never makes a step FAILED (a link that does not follow stays with the
usual checks).
"""

from __future__ import annotations

import random

import sympy as sp

from verifier.documents.values import Value, is_matrix

__all__ = ["NOTE", "SINGULAR", "cleared", "invertible", "square"]

NOTE = "the solved form v = M⁻¹q read as M v = q (M invertible, as writing M⁻¹ presumes)"
SINGULAR = "the matrix M of the solved form v = M⁻¹q is singular: there is no inverse to write"


def _split(member: sp.Basic) -> tuple[sp.Basic, sp.Basic] | None:
    """``(M, q)`` of a member ``M^{-1} q`` (the inverse leading the product), or None."""
    if isinstance(member, sp.Pow) and member.exp == -1:
        return None  # a bare inverse M^{-1} against v: no right-hand side to clear it into
    if not isinstance(member, sp.Mul):
        return None
    first, *rest = member.args
    if not rest or not isinstance(first, sp.Pow) or first.exp != -1 or first.base.is_commutative:
        return None
    return first.base, sp.Mul(*rest)


def cleared(left: sp.Basic, right: sp.Basic) -> tuple[sp.Basic, sp.Basic, sp.Basic] | None:
    """``(M v, q, M)`` for the equation ``v = M^{-1} q`` (either member the solved one), or None.

    ``v`` is any member without an inverse of its own leading it; ``M`` keeps the written order (the
    product ``M v`` is built without commuting its non-commuting factors)."""
    for one, other in ((right, left), (left, right)):
        parts = _split(one)
        if parts is None or _split(other) is not None:
            continue
        matrix, rest = parts
        return sp.Mul(matrix, other), rest, matrix
    return None


def square(value: Value) -> bool:
    """Is the resolved ``M`` a square matrix of side at least 2 (what this reading clears)?"""
    return is_matrix(value) and value.rows == value.cols and value.rows > 1  # type: ignore[union-attr]


def invertible(value: Value, draws: int = 3) -> bool:
    """Is the square matrix ``value`` nonsingular: its determinant nonzero at one of a few rational
    draws of its symbols? A determinant that is the zero polynomial (a product of rank 1, ``x x^T``)
    is zero at every draw; one that is not is zero at a random draw almost never. Undecided (entries
    that stay symbolic, a numeric determinant too small to tell) is not invertible."""
    matrix = sp.ImmutableMatrix(value)
    symbols = sorted(matrix.free_symbols, key=str)
    rng = random.Random(len(symbols))  # deterministic: the same verdict on every run
    for _ in range(draws):
        point = {s: sp.Rational(rng.randint(-97, 97), rng.randint(1, 13)) for s in symbols}
        det = matrix.xreplace(point).det()
        if det.is_Rational:
            if det != 0:
                return True
            continue
        try:
            if abs(complex(sp.N(det, 30))) > 1e-12:
                return True
        except TypeError:  # entries that stay symbolic (an applied function): nothing decided
            return False
    return False
