r"""``g_i(\gamma\hat{x}_i + \beta)``: a function letter the notes use as a quantity multiplies.

``f``, ``g``, ``h`` and ``l`` are read as functions by default (``f(x)``, ``g(z)``). Notes on
backpropagation also call the upstream gradient ``g_i`` and write ``\sum_i g_i(\gamma\hat{x}_i +
\beta)`` for ``\sum_i g_i \cdot (\gamma\hat{x}_i + \beta)``. Read as a call, that is entry i of an
undefined function g: the step is SKIPPED ("function g is not defined"), or worse, the subscript is
taken for a label of a function the notes seem to define. A reader takes ``g_i`` for the number it
is elsewhere in the same notes, where it multiplies another factor (``L = \sum_i g_i y_i``,
``\sum_i g_i \hat{x}_i``).

This module owns that reading, and only that evidence: a letter of :data:`LETTERS` written with a
subscript and followed directly by a factor (a letter, a Greek letter, an accented or bold name)
somewhere in the notes' math. A subscripted letter before ``(`` alone (``f_k(x) = w_k^\top x``, a
family of functions) or at the end of a formula ("each $f_i$ is convex") is no such evidence. The
caller leaves such a letter out of the functions a name before ``(`` calls, unless the notes define
it as a function or a context declares it one, and reports the reading with the step.
"""

from __future__ import annotations

import functools
import re

from verifier.documents.mathspans import formulas
from verifier.latex.braces import bracket_end

__all__ = ["LETTERS", "quantity_letters", "reading_notes", "self_multiplied"]

LETTERS = frozenset({"f", "g", "h", "l"})

_SUB = r"_\s*(?:\{[^{}$]{1,12}\}|[A-Za-z0-9])"
_FACTOR = (
    r"(?:\s|\\[,;:!])*(?:[A-Za-z]|\\(?:hat|bar|tilde|widehat|widetilde|mathbf|boldsymbol|bm|vec|"
    r"alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|psi|omega)"
    r"(?![A-Za-z]))"
)
_WITNESS = re.compile(r"(?<![\\A-Za-z])(?P<name>[fghl])" + _SUB + r"(?=" + _FACTOR + r")")
_CALLED = re.compile(r"(?<![\\A-Za-z])(?P<name>[fghl])" + _SUB + r"\s*(?:\\left\s*)?\(")


def quantity_letters(text: str) -> frozenset[str]:
    """The letters of :data:`LETTERS` the notes' math writes, subscripted, as a factor of a product."""
    found: set[str] = set()
    for formula in formulas(text):
        found.update(w.group("name") for w in _WITNESS.finditer(formula.body))
    return frozenset(found)


def reading_notes(latex: str, letters: frozenset[str]) -> list[str]:
    """The reading reported with a member that writes such a letter, subscripted, before ``(``."""
    names = sorted({m.group("name") for m in _CALLED.finditer(latex)} & letters)
    return [f"{n}_…(…) read as a product: the notes write {n} with a subscript as a quantity that multiplies "
            "(not a function)" for n in names]  # fmt: skip


_ENTRY_CALL = re.compile(r"(?<![\\A-Za-z])(?P<name>[A-Za-z])" + _SUB + r"\s*(?:\\left\s*)?\(")


@functools.lru_cache(maxsize=4096)  # reader.parse asks it on every parse, before its own cache
def self_multiplied(latex: str) -> frozenset[str]:
    r"""Letters written with a subscript before a bracket that writes the same letter again:
    ``g_i(\delta_{ij} - g_j)`` is entry i of g times the bracket. A function applied to an expression of
    its own entries is no call anybody writes, while a family of functions at its argument
    (``f_k(x)``, ``g_i(z)``) is, and stays one."""
    out: set[str] = set()
    for m in _ENTRY_CALL.finditer(latex):
        close = bracket_end(latex, m.end() - 1)
        if close < 0:
            continue
        inside = latex[m.end() : close]
        if re.search(r"(?<![\\A-Za-z])" + m.group("name") + r"(?![A-Za-z])", inside):
            out.add(m.group("name"))
    return frozenset(out)
