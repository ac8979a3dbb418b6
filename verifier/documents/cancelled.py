r"""Names that cancel on the side of a step that writes them: ``a`` in ``2(a - p) - 2(a - n)``.

The one-side guard of :mod:`verifier.documents.guesses` does not call a step FAILED when an undeclared name
appears on one side only: the notes may relate it to the other side in words the checker cannot read. A name
that cancels where it is written (``2(a - p) - 2(a - n) = 2n - 2p``) makes its side depend on it not at all,
so it can carry no such relation; a step wrong after the cancellation (``= 2(p - n)``) fails for every value
of it. This module owns finding those names (:func:`cancelled_names`); the guard counts them as related.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.infer import names_in

__all__ = ["cancelled_names"]

_LARGEST = 120  # operations: a larger side is not expanded (the guard keeps its reason)


def cancelled_names(side: Iterable[sp.Basic]) -> set[str]:
    """The names the trees of one side write that their expanded form no longer writes (empty where a tree is
    too large to expand, or does not expand: a derivative, an unknown function keeps its names)."""
    out: set[str] = set()
    for tree in side:
        if not isinstance(tree, sp.Expr) or sp.count_ops(tree) > _LARGEST:
            continue
        try:
            expanded = sp.expand(tree)
        except (TypeError, ValueError, AttributeError, NotImplementedError):
            continue
        out |= names_in(tree) - names_in(expanded)
    return out
