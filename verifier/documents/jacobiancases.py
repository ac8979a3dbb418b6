r"""A Jacobian entry ``\frac{\partial g_i}{\partial z_j}`` with both indices free is no case split.

A step that holds at some index assignments and fails at others is SKIPPED by default as "a case
split the notes may assume" (:mod:`verifier.documents.steps`): notes treat ``i = j`` and ``i ≠ j``
in turn and do not always say which display is which. But the entry ``∂g_i/∂z_j`` of a Jacobian,
written with two different free indices, is the whole matrix: a formula for it is meant for every
``i`` and ``j``, unless the notes state the case ("For $i = j$:", "when $i \neq j$", "the diagonal
entries", "Case 1"). ``g_i(\delta_{ij} - g_i)`` for the softmax's ``g_i(\delta_{ij} - g_j)`` holds on the
diagonal only and is the notes' mistake: FAILED, where the prose before the display names no case.

A case the notes state in a form :mod:`verifier.documents.cases` reads becomes a condition of the
chain and restricts the assignments checked (no mixed outcome then); this module reads the prose
before the display more loosely, so that any mention of a case, a comparison of the two indices or
the diagonal keeps the step SKIPPED.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

__all__ = ["case_said", "jacobian_indices"]


def jacobian_indices(trees: Iterable[sp.Basic], free: set[str]) -> tuple[str, str] | None:
    r"""The pair (i, j) of a derivative ``∂g_i/∂z_j`` in ``trees`` whose operand and variable are entries
    with one letter index each, different and both in ``free``; None if there is none."""
    for tree in trees:
        for d in tree.atoms(sp.Derivative) if isinstance(tree, sp.Basic) else ():
            if len(d.variables) != 1:
                continue
            expr, var = d.expr, d.variables[0]
            if not (isinstance(expr, sp.Indexed) and isinstance(var, sp.Indexed)):
                continue
            if len(expr.indices) != 1 or len(var.indices) != 1:
                continue
            i, j = expr.indices[0], var.indices[0]
            if isinstance(i, sp.Symbol) and isinstance(j, sp.Symbol) and i != j and {i.name, j.name} <= free:
                return i.name, j.name
    return None


# "for another class $j$", "the other entries", "distinct indices", "when they are equal": a case in words
_CASE_WORDS = re.compile(r"\b(?:cases?|diagonal|off-diagonal|otherwise|separately|same|another|other|different|"
                         r"distinct|equal|unequal)\b", re.IGNORECASE)  # fmt: skip


def case_said(prose: str, i: str, j: str) -> bool:
    r"""Does ``prose`` (the lines before the display) name a case of ``i`` and ``j``: compare them
    (``i = j``, ``i \neq j``, ``i \ne j``, ``j ≠ i``), or speak of cases or the diagonal?"""
    if _CASE_WORDS.search(prose):
        return True
    a, b = re.escape(i), re.escape(j)
    rel = r"\s*(?:=|==|\\neq|\\ne|≠|!=|\\not\s*=)\s*"
    pattern = rf"(?<![A-Za-z\\]){a}{rel}{b}(?![A-Za-z])|(?<![A-Za-z\\]){b}{rel}{a}(?![A-Za-z])"
    return re.search(pattern, prose) is not None
