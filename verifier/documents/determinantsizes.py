r"""The sizes a determinant is taken over, checked at two values.

A document's size that nothing fixes (``A \in \mathbb{R}^{n \times n}``, or the size the checker infers for an
unannotated A) is checked at one value, 3: for most steps a value like any other. A determinant is the
exception: its value depends on the size as a power or a sign, so ``\det(-A) = -\det(A)`` holds at every odd
size and ``\det(2A) = 8\det(A)`` at 3 alone, and both wrong steps were PROVED (redteam27). As a sum's bound is
checked at two values (infer: a closed form right at one size only must not pass), the size of a matrix whose
determinant a chain takes is checked at two consecutive values, one odd and one even. This module owns that
rule; :mod:`verifier.documents.shapes` notes the determinants' axes while it reads the shapes,
and :meth:`verifier.documents.infer._Inference.result` asks :func:`varied` for the values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["varied"]


def varied(values: tuple[int, ...], root: object, determinant_axes: Iterable[object],
           find: Callable[[object], object], least: int = 0) -> tuple[int, ...]:  # fmt: skip
    """``values``, with a neighbouring value added where the size (the union-find ``root``) is the axis of a
    matrix a determinant is taken of (``determinant_axes``, resolved with ``find``) and only one value is
    checked: the one below (2 beside the usual 3: a symbolic determinant of 4×4 products outlasts the budget
    where 2×2 is instant), or the one above where the notes write an entry the value below would not hold."""
    if len(values) != 1 or not any(find(axis) == root for axis in determinant_axes):
        return values
    return (values[0], values[0] - 1) if values[0] - 1 >= max(least, 2) else (values[0], values[0] + 1)
