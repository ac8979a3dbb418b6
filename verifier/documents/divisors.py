r"""Capitals the notes only ever divide by: ``\frac{\pi}{2T}``, ``\cos\frac{\pi t}{T}``, ``\frac{1}{N}``, ``z_i/T``.

documents.weights doubts a green step that reads an undeclared capital times a name as two numbers:
read as a matrix, the step may be a missing transpose. A capital written only as the denominator of a
``\frac`` (``T`` the number of steps of a schedule, ``N`` a count) is no such matrix: notes write the
inverse of a matrix ``A^{-1}``, never ``\frac{x}{A}``. :func:`divisor_capitals` finds the capitals every
occurrence of which, in the given LaTeX texts, lies in a ``\frac`` denominator that is not a
derivative's (``\frac{\partial L}{\partial W}`` writes W as the variable, not a divisor) or right after a
slash (``\exp(z_i/T)``, a softmax temperature: no text writes ``x/A`` for a matrix A either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verifier.latex.braces import brace_end

__all__ = ["divisor_capitals"]

_FRAC = re.compile(r"\\[dt]?frac\s*(?=\{)")
_CAPITAL = re.compile(r"(?<![\\A-Za-z])([A-Z])(?![A-Za-z])")
_SLASH = re.compile(r"/\s*\{?\s*$")  # z_i/T, x / {T}: what follows is divided by
_DERIVATIVE = re.compile(r"\\partial|(?<![A-Za-z\\])d\s*(?:\\?[A-Za-z])|\\mathrm\s*\{\s*d\s*\}|\\nabla")


def _denominators(text: str) -> list[tuple[int, int]]:
    """The spans of the denominators of the ``\\frac``s in ``text`` (derivatives' left out)."""
    out = []
    for m in _FRAC.finditer(text):
        num_end = brace_end(text, m.end())
        if num_end < 0 or num_end + 1 >= len(text) or text[num_end + 1] != "{":
            continue
        den_end = brace_end(text, num_end + 1)
        if den_end < 0:
            continue
        if _DERIVATIVE.search(text[m.end() : num_end]) and _DERIVATIVE.search(text[num_end + 1 : den_end]):
            continue  # \frac{\partial L}{\partial W}, \frac{dy}{dT}: a derivative
        out.append((num_end + 1, den_end))
    return out


def divisor_capitals(texts: Iterable[str]) -> frozenset[str]:
    """The capital letters written in ``texts`` only inside ``\\frac`` denominators (at least once)."""
    inside: set[str] = set()
    outside: set[str] = set()
    for text in texts:
        spans = _denominators(text)
        for m in _CAPITAL.finditer(text):
            if any(lo < m.start() < hi for lo, hi in spans) or _SLASH.search(text, max(0, m.start() - 6), m.start()):
                inside.add(m.group(1))
            else:
                outside.add(m.group(1))
    return frozenset(inside - outside)
