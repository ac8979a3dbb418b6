r"""Indices the notes' own sums run from 1, where inference indexed them from 0.

Notes with a bias write ``\hat y = w_0 + \sum_{i=1}^n w_i x_i + …`` and then lines about the other
entries: ``\partial \hat y/\partial v_{i,f} = x_i \sum_{j=1}^n v_{j,f} x_j - v_{i,f} x_i^2``, or an inline
``q_f = \sum_j v_{j,f} x_j``. Entry 0 written on w (``w_0``) makes inference (:mod:`verifier.documents.infer`)
index w from 0, and every family ``w_i x_i`` ties to it (x, v) with it, so the chain's i — and the range of
a ``\sum_j`` written without bounds — run over ``0..n``: at i = 0 the line speaks of an entry the notes
never have (v_{0,f}), and ``\sum_j`` takes a term the display's ``\sum_{j=1}^n`` leaves out; the correct
lines FAILED. The notes' sums over those letters start at 1: reading them over ``1..n`` is what the notes
write each time they range over them, a plausible reading — but the line itself does not say it, so a
step that holds only so is SKIPPED saying so, never green (:mod:`verifier.documents.doubts` treats the
note's "which the notes do not state" as it treats the outside-index reading's).

This module owns that reading: :func:`from_one_scope` finds the scope's index letters inferred from 0
where some formula of the notes sums over the letter from 1 and none from 0, and gives the scope in which
they run from 1. Nothing else changes (the families keep their entry 0).
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.documents.context import IndexRange, Scope
from verifier.documents.mathspans import formulas

__all__ = ["from_one_scope"]

#: the note's words: "which the notes do not state" makes doubts SKIP a step that holds only so
_NOTE = "{letters} from 1, as the notes' sums over them run, which the notes do not state for this line"


def _sum_from(letter: str, start: str) -> re.Pattern[str]:
    r"""``\sum_{i=1}``, ``\sum_{i = 1}``, ``\sum\limits_{i=1}`` (also ``\prod``) for ``letter`` and ``start``."""
    return re.compile(
        r"\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{\s*" + re.escape(letter) + r"\s*=\s*" + start + r"\s*\}"
    )


def _summed_from_one(bodies: list[str], letter: str) -> bool:
    """Does some formula body sum over ``letter`` from 1, and none from 0?"""
    return any(_sum_from(letter, "1").search(b) for b in bodies) and not any(
        _sum_from(letter, "0").search(b) for b in bodies
    )


def from_one_scope(scope: Scope, text: str) -> tuple[str, Scope] | None:
    """(note, scope) with the scope's index letters read from 1 where the notes sum over them from 1 but
    inference indexed them from 0; None where there is no such letter."""
    bodies = [f.body for f in formulas(text)]
    letters = sorted(
        key[0]
        for key, entry in scope.names.items()
        if isinstance(entry, IndexRange) and not key[1] and entry.lo == 0 and _summed_from_one(bodies, key[0])
    )
    if not letters:
        return None
    out = scope.copy()
    for name in letters:
        entry = out.names[(name, ())]
        assert isinstance(entry, IndexRange)
        out.names[(name, ())] = replace(entry, lo=1)
        was = out.inferred.get((name, ()), name)
        out.inferred[(name, ())] = f"{was}; read from 1, as the notes' sums over {name} run"
    return _NOTE.format(letters=", ".join(letters)), out
