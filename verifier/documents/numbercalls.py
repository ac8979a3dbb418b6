r"""A name before a number in parentheses: ``\Phi(0)``, ``F(1)``, ``\theta(0)``.

The grammar reads a letter before ``(`` as a factor unless it is a known function (``x(y + 1)``),
so ``\Phi(0) = \tfrac12`` — the standard normal CDF at 0 — became ``\Phi \cdot 0 = 1/2``, i.e.
``0 = 1/2``, a false statement about numbers, FAILED. Nobody multiplies a name by a lone number in
parentheses; written so, it is the value of a function at that number. Where the notes do not define
that function the checker cannot evaluate it, so a failing step that writes one (read as a product)
is SKIPPED with that reason; a known function applied to a number (``\sigma(0)``) is a call already
and keeps its verdict. This module owns that doubt; :mod:`verifier.documents.guesses` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.latex.vocabulary import GREEK

__all__ = ["applied_to_numbers", "products_read"]

# \Phi(0), F(1), F_{X}(1.5), \theta_0(2): a letter or Greek name, an optional subscript, then (number)
_APPLIED = re.compile(
    r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*"
    r"(?:\\left)?\(\s*([-+]?\d+(?:\.\d+)?)\s*(?:\\right)?\)"
)


def applied_to_numbers(latex: str) -> set[str]:
    r"""The calls ``name(number)`` written in ``latex``, as ``"Phi(0)"`` (Greek names without the
    backslash; other commands such as ``\frac`` or ``\left`` are not names)."""
    out = set()
    for m in _APPLIED.finditer(latex):
        name = m.group(1)
        if name.startswith("\\"):
            name = name[1:]
            if name not in GREEK:
                continue
        out.add(f"{name}({m.group(2)})")
    return out


def products_read(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    """The ``name(number)`` of ``latexes`` that ``trees`` do not read as calls (so read as products)."""
    called = {f.func.__name__.lower() for t in trees if isinstance(t, sp.Basic) for f in t.atoms(sp.Function)}
    written = set().union(*(applied_to_numbers(x) for x in latexes if x))
    return sorted(w for w in written if w.split("(")[0].lower() not in called)
