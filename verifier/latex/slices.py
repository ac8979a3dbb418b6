r"""Slices of a matrix written the ways notes write them, read as the one form the grammar knows.

The grammar reads ``W_{:,j}`` (column j of W) and ``W_{i,:}`` (row i) as a slice (``Component`` with
``slice__all``; :mod:`verifier.documents.shapes` sizes it, the resolver takes the column or row). Notes
also write the column as ``W[:, j]`` (NumPy's way), ``\mathbf{w}_{\cdot j}`` or ``\mathbf{w}_{\cdot, j}``
(a dot for "every index"), and the row as ``W[i, :]`` or ``w_{i\cdot}``. Read as written, ``W[:, j]``
does not parse (a ``:`` inside brackets) and ``w_{\cdot j}`` multiplies a dot by j.

This module owns that normalisation, on the source text before it is tokenized (:func:`as_slices`):
only a bracket or subscript that holds exactly one index (a letter, a number, a letter ± a number) and
one "all" mark (``:``, ``\cdot``, ``\bullet``) on the other axis is rewritten, so a list ``[a, b]``,
an interval ``[0, 1]`` or a product ``x_{a \cdot b}`` are left as they are; so is a bracket after a
superscript (``W^T[:, j]``: the grammar would read the transpose of the slice, not the slice of W^T).
"""

from __future__ import annotations

import re

__all__ = ["as_slices"]

_INDEX = r"[A-Za-z0-9]+(?:\s*[-+]\s*[0-9]+)?"
_ALL = r"(?::|\\(?:cdot|bullet)(?![A-Za-z]))"
#: the name a bracket slice follows: a letter, a Greek command, a bold or decorated letter
_GREEK = r"alpha|beta|gamma|delta|theta|lambda|mu|phi|psi|sigma|omega|Theta|Lambda|Phi|Psi|Sigma|Omega"
_NAME = (r"(?<![\^_])(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*\\?[A-Za-z]+\s*\}|\\(?:" + _GREEK
         + r")(?![A-Za-z])|(?<![\\A-Za-z])[A-Za-z])")
_BRACKET = re.compile(
    rf"(?P<name>{_NAME})\s*\[\s*(?:(?P<c_all>:)\s*,\s*(?P<col>{_INDEX})|(?P<row>{_INDEX})\s*,\s*(?P<r_all>:))\s*\]"
)
_SUBSCRIPT = re.compile(
    rf"_\s*\{{\s*(?:(?P<c_all>{_ALL})\s*,?\s*(?P<col>{_INDEX})|(?P<row>{_INDEX})\s*,?\s*(?P<r_all>{_ALL}))\s*\}}"
)


def _slice(m: re.Match[str]) -> str:
    return f"_{{:,{m.group('col')}}}" if m.group("col") is not None else f"_{{{m.group('row')},:}}"


def as_slices(src: str) -> str:
    r"""``src`` with the slices it writes as ``W[:, j]``, ``w_{\cdot j}``, ``w_{i\cdot}`` written
    ``W_{:,j}`` / ``w_{i,:}``."""
    if "[" in src and ":" in src:
        src = _BRACKET.sub(lambda m: m.group("name") + _slice(m), src)
    if "_" in src and ("\\cdot" in src or "\\bullet" in src):
        src = _SUBSCRIPT.sub(_slice, src)
    return src
