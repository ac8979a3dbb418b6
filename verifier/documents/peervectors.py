r"""A label letter the notes annotate in one list with another vector: a peer of it, not a label.

ML notes call their labels ``y`` or ``t`` and :mod:`verifier.documents.doubts` tries those vectors one-hot
(or in the simplex) before a step FAILS. But "For $x, y \in \mathbb{R}^2$ and $k(x, y) = (x^\top y + 1)^2$"
declares y a second input of the same kind as x — a kernel's argument, an inner product's operand —
and read one-hot (``y_1 y_2 = 0``) a dropped cross term of ``(x_1 y_1 + x_2 y_2 + 1)^2`` vanished: a
planted mistake passed. Labels are annotated with their own set (``y \in \{0,1\}^K``) or with another
label or prediction (``y, t``, ``\hat y, y``), never listed with an input vector, so a list that puts the
letter beside another plain name before one ``\in`` is what this module reads: such a letter is not a label.
"""

from __future__ import annotations

import re

from verifier.documents.sentences import MATH_SPAN

__all__ = ["annotated_with_peer"]

_FONT = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*)?"
_NAME = _FONT + r"(\\hat\s*\{?\s*)?([A-Za-z])\s*\}?\s*\}?"
_LIST = re.compile(r"((?:" + _FONT + r"(?:\\hat\s*\{?\s*)?[A-Za-z]\s*\}?\s*\}?\s*,\s*)+"
                   + _FONT + r"(?:\\hat\s*\{?\s*)?[A-Za-z]\s*\}?\s*\}?)\s*\\in\b")
_LABELS = frozenset({"y", "t"})


def annotated_with_peer(text: str, name: str) -> bool:
    r"""Does a math span of ``text`` annotate the label letter ``name`` in a list ``a, name \in …`` with a
    name that is neither a label letter nor a hatted one (a prediction)?"""
    for span in MATH_SPAN.findall(text):
        for m in _LIST.finditer(span):
            names = [(bool(hat), letter) for hat, letter in re.findall(_NAME, m.group(1))]
            if (False, name) not in names:
                continue
            if any(not hat and letter not in _LABELS for hat, letter in names):
                return True
    return False
