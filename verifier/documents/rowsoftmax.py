r"""The softmax of a capital: a batch of rows, one softmax per row.

Attention notes write ``A = \operatorname{softmax}(S)`` ("row-wise") for the scores of every query at once, and
batch notes ``P = \operatorname{softmax}(Z)`` for the logits of every sample: a capital names a matrix, as
everywhere else in the inference (:func:`verifier.documents.shapes.is_capital`), and the softmax of a matrix is
taken row by row (:func:`verifier.ml.softmax`). Reading such an argument as a vector, as a lower-case ``z`` is,
made ``A`` a vector, ``O = AV`` a row, and the backward pass of a head fit only as rows, where the upstream
gradient's own shape was guessed apart from ``O``'s (fresh20's false alarm). The other vector functions keep
their vector argument.

Notes whose examples are columns (``Z \in \mathbb{R}^{K \times m}``, one example per column) say so: "the
softmax is applied to each column", "taken column-wise". There the softmax of a matrix is one softmax per column
(:data:`COLUMNS`, put in the scope by documents.lineconventions): read row by row, ``\operatorname{softmax}(Z)
\mathbf{1} = \mathbf{1}`` (rows summing to one, false for those notes) was PROVED (review33b).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import sympy as sp

from verifier import ml
from verifier.documents.sentences import SENTENCE
from verifier.documents.shapes import is_capital

__all__ = ["COLUMNS", "argument_kind", "columnwise_said", "softmax_by_columns"]

#: scope.conventions key: the prose takes the softmax of a matrix column by column
COLUMNS = "softmax-columns"
_SOFTMAX = re.compile(r"softmax", re.IGNORECASE)
_BY_COLUMN = re.compile(r"\bcolumn-?\s?wise\b|\b(?:each|every|per|along|over|down)\s+(?:the\s+)?columns?\b",
                        re.IGNORECASE)
_BY_ROW = re.compile(r"\brow-?\s?wise\b|\b(?:each|every|per|along|over|across)\s+(?:the\s+)?rows?\b", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def columnwise_said(text: str) -> bool:
    """Does a sentence of ``text`` say the softmax is taken column by column (and none row by row)? A function of
    the text alone, scanned once per text (asked for every chain's scope: lineconventions, docspeed20)."""
    said = [m.group(0) for m in SENTENCE.finditer(text) if _SOFTMAX.search(m.group(0))]
    return any(_BY_COLUMN.search(s) for s in said) and not any(_BY_ROW.search(s) for s in said)


def softmax_by_columns(v: Any) -> Any:
    """One softmax per column of a matrix (a vector: its softmax)."""
    if isinstance(v, sp.MatrixBase) and v.rows > 1 and v.cols > 1:
        return ml.softmax(v.T).T
    return ml.softmax(v)


def argument_kind(function: str, name: str) -> str:
    """The kind inferred for the bare undeclared name ``name`` written as the one argument of ``function``:
    a matrix for a capital under softmax, else a vector."""
    return "matrix" if function == "softmax" and is_capital(name) else "vector"
