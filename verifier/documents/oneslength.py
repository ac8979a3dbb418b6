r"""The length the notes give their vector of ones.

Batched layers are written with a vector of ones that spreads the bias over the samples:
``Z = XW + \mathbf 1 \mathbf b^\top`` (samples as rows), ``Z = WX + b\mathbf 1^T`` (samples as columns),
``\partial L/\partial \mathbf b = \delta^\top \mathbf 1``. The resolver sizes a ``\mathbf 1`` from its neighbour
in a product (``\mathbf 1^T v``, ``M\mathbf 1``), but in an outer product (``\mathbf 1 \mathbf b^\top``,
``b\mathbf 1^T``) the neighbour says nothing about it: its length is the number of samples. The notes
say it in prose: "$\mathbf 1 \in \mathbb{R}^n$ is the all-ones vector", "$\mathbf 1$ the vector of ones of
length $n$", or write it ``\mathbf 1_n``. This module reads that statement (one size letter for the
whole document; two different letters give none), and :mod:`verifier.documents.resolve` uses it where
the neighbours cannot size the ones (the outer product guessed the neighbour's length before: a
``b_1\mathbf 1^\top`` of h×h beside an h×n ``W_1X`` made correct gradients FAILED)."""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.documents.context import Key, Scope, Size, VarDecl

__all__ = ["ONES_LENGTH", "declared_ones_length", "ones_size_key", "sizes_written"]

#: conventions key (``Scope.conventions``): the size letter the notes give ``\mathbf 1``
ONES_LENGTH = "ones length"

_ONE = r"\\(?:mathbf|boldsymbol|bm|mathbb)\s*(?:\{\s*1\s*\}|1)"
_LETTER = r"\{?\s*([A-Za-z])\s*\}?"
# \mathbf 1 \in \mathbb{R}^n, \mathbf{1}_n \in \mathbb R^{n}, \mathbf 1\in\R^{n}
_REALS = r"\\(?:mathbb\s*\{?\s*R\s*\}?|R\b|Re\b)"
_IN = re.compile(_ONE + r"(?:\s*_\s*" + _LETTER + r")?\s*\\in\s*" + _REALS + r"\s*\^\s*" + _LETTER)
# "$\mathbf 1$ the vector of ones of length $n$", "$\mathbf 1$ (the all-ones vector of length $n$)"
_WORDS = re.compile(_ONE + r"\s*\$[^$.;]{0,60}?\bof\s+(?:length|size|dimension)\s+\$\s*" + _LETTER + r"\s*\$")


def declared_ones_length(text: str) -> str | None:
    r"""The size letter the text gives its vector of ones, or None (unstated, or two different ones)."""
    letters = {m.group(2) for m in _IN.finditer(text)} | {m.group(1) for m in _WORDS.finditer(text)}
    letters |= {m.group(1) for m in _IN.finditer(text) if m.group(1)}
    return next(iter(letters)) if len(letters) == 1 else None


def ones_size_key(scope: Scope) -> Key | None:
    """The size the notes state for ``\\mathbf 1``, where it is a size of this scope."""
    letter = scope.conventions.get(ONES_LENGTH)
    key = (letter or "", ())
    return key if letter and isinstance(scope.names.get(key), Size) else None


def sizes_written(letter: str, scope: Scope, written: Collection[str]) -> bool:
    r"""Is ``letter`` a size of what a chain writes (``written``: its names and its definitions' names): the
    letter itself (``\frac1n``) or a dimension of one of its quantities? The notes' one statement of a length
    of ones may be of another problem's ones (the softmax's ``\mathbf 1 \in \mathbb{R}^K``, the full batch's
    n beside a mini-batch of m): a batched layer with no quantity of that size is not sized by it — its
    correct gradients were FAILED (review24e)."""
    if letter in written:
        return True
    return any(isinstance(d, VarDecl) and d.dims is not None and (letter, ()) in d.dims
               for k, d in scope.names.items() if k[0] in written)
