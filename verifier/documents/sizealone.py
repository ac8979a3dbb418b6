r"""A size of the notes written alone against numbers: the statement of a value, no claim at a chosen size.

The checker gives each size of the notes (``\Sigma \in \mathbb{R}^{d \times d}``: d) values of its own when the notes
state none (3, 5), and checks a step at them. That is sound for a claim *over* the size (``\operatorname{tr} I_d = d``
holds at every d), but a step that writes the size alone, or a power of it, against a formula of numbers says what
its value is: a worked example stating it (``d = 3 - 1 = 2``), or another quantity written with the same letter (a
squared Mahalanobis distance ``d^2 = \frac13(2 + 1 + 1 + 2) = 2`` beside the dimension d). Either way the value the
checker chose says nothing about the notes, and such links were FAILED "at d = 3" on correct notes (fresh42).

This module owns recognising such a FAILED link (:func:`stated_size`); it is SKIPPED with that reason, never green.
A claim in which the size is more than the whole of one side (``\sum_{i=1}^{d} 1 = d + 1``) keeps its verdict.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import sympy as sp

from verifier.results import StepResult, Verdict

__all__ = ["stated_size"]


def _size_alone(tree: sp.Basic, sizes: Collection[str]) -> str | None:
    """The size ``tree`` is (``d``) or a whole-number power of (``d^2``), or None."""
    if isinstance(tree, sp.Pow) and tree.exp.is_Integer:
        tree = tree.base
    return tree.name if isinstance(tree, sp.Symbol) and tree.name in sizes else None


def _numbers(tree: sp.Basic) -> bool:
    """Is ``tree`` a formula of numbers alone (a number, or a matrix of numbers)?"""
    return not tree.free_symbols and not tree.atoms(sp.Indexed, sp.MatrixSymbol, sp.Function) - tree.atoms(
        sp.functions.elementary.exponential.exp, sp.log)  # fmt: skip


def stated_size(trees: Sequence[sp.Basic], sizes: Collection[str], r: StepResult) -> StepResult | None:
    """``r`` SKIPPED where its FAILED link writes a size of the notes alone (or a power of it) on one side and
    numbers alone on the other (module docstring); None otherwise."""
    if r.verdict is not Verdict.FAILED or len(trees) != 2:
        return None
    for one, other in (trees, tuple(reversed(trees))):
        name = _size_alone(one, sizes)
        if name is not None and _numbers(other):
            at = f" (checked at {r.size_label}, values the checker chose)" if r.sizes else ""
            return r.skipped(f"states a value of {name}, a size of the notes{at}: the value the notes give it here, "
                             "or another quantity written with its letter, not a claim at every size")
    return None
