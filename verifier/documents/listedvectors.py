r"""A vector stated as a bracket list: ``u = [1, -1]`` gives the entries of a column u.

``[a, b]`` alone is read as a row (``\nabla J = [-0.5, 0.25]``, a gradient written in a row). Stated for a name the
lines after it read as a column (``u^\top u``, ``u^\top v``: an inner product), the list is that column's entries,
in the order written: notes write a vector's entries in a row as prose does. Only for a stated value whose one side
is the name alone and whose other side is one comma-separated bracket list of as many entries: a one-row
``\begin{bmatrix} 1 & -1 \end{bmatrix}`` is a row the notes chose to write, and a list of another length stays a
clash of shapes (nothing is guessed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp

from verifier.documents.values import Value, is_matrix

__all__ = ["listed_as_column"]

# a name (a letter, a Greek letter, a bold or decorated letter, with a subscript) alone
_NAME = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|vec|bm)\{)?\\?[A-Za-z]+\}?(?:_\{?[A-Za-z0-9]+\}?)?\s*")


def _bracket_list(text: str) -> bool:
    r"""Is ``text`` one bracket list ``[a, b, …]`` (with ``\left[`` … ``\right]`` too): commas at its top level,
    no row separator, nothing before or after it?"""
    t = text.strip().replace(r"\left[", "[").replace(r"\right]", "]").strip()
    if not (t.startswith("[") and t.endswith("]")) or "\\\\" in t or ";" in t or "&" in t:
        return False
    depth = 0
    commas = 0
    for k, ch in enumerate(t):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and k < len(t) - 1:
            return False  # the first bracket closes before the end: [a] + [b], [a][b]
        commas += ch == "," and depth == 1
    return commas >= 1


def listed_as_column(sides: Sequence[str], a: Value, b: Value) -> tuple[Value, Value]:
    r"""The values of a stated ``name = [list]`` (``sides``: its two members as written; ``a``, ``b``: their
    values), the list turned into the column the name is when the name's value is an n×1 column and the list's
    a 1×n row; and a stated ``name = (tuple)`` turned into the row the name is where the prose makes it one
    ("the row $v = (1, -1)$", documents.rownames: the tuple's coordinates, in the order written, are the row's
    entries); anything else as it was."""
    if len(sides) != 2:
        return a, b
    for name, listed, first in ((0, 1, True), (1, 0, False)):
        own, other = (a, b) if first else (b, a)
        if not _NAME.fullmatch(sides[name]) or not is_matrix(own) or not is_matrix(other):
            continue
        if _bracket_list(sides[listed]) and own.shape[1] == 1 and other.shape[0] == 1 and own.rows == other.cols > 1:
            column = sp.ImmutableMatrix(sp.Matrix(other).T)
            return (own, column) if first else (column, own)
        if _tuple(sides[listed]) and own.shape[0] == 1 and other.shape[1] == 1 and own.cols == other.rows > 1:
            row = sp.ImmutableMatrix(sp.Matrix(other).T)
            return (own, row) if first else (row, own)
    return a, b


def _tuple(text: str) -> bool:
    r"""Is ``text`` one tuple ``(a, b, …)`` untransposed (with ``\left(`` … ``\right)`` too)?"""
    t = text.strip().replace(r"\left(", "(").replace(r"\right)", ")").strip()
    return t.startswith("(") and t.endswith(")") and _bracket_list("[" + t[1:-1] + "]")
