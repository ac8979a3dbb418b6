r"""``u'(x)``: a letter the notes write primed before a bracket is a function, and ``u(x)`` its call.

``f``, ``g`` and ``h`` are read as functions by default; any other letter before ``(`` multiplies the
bracket (``a(b + c)``). Notes that state the product or the quotient rule write ``p(x) = u(x)v(x)``
and ``p'(x) = u'(x)v(x) + u(x)v'(x)``: read by default, ``u(x)v(x)`` was ``u \cdot v \cdot x^2`` while
``u'(x)`` was the derivative of a function u — the rule mixed a number and a function of the same
name and was SKIPPED ("v is also written alone"), right or wrong. A reader takes the primed call for
what it says: u is a function of x, and so ``u(x)`` is its value at x.

This module owns that evidence: a single letter (Latin or Greek command) written with primes
(``'``, ``''``, ``^\prime``, ``^{\prime\prime}``) and then directly ``(`` or ``\left(`` anywhere in the
notes' math — not a subscript's letter (``\rho_\tau'(u)`` primes ρ_τ, not τ). A variant letter is the one the parser
reads (``\varphi'(u)`` makes ``phi`` a function: kept as ``varphi``, φ stayed a factor and ``\varphi(-z) =
-\varphi(z)`` was PROVED, fresh36). The reader adds those letters
to the functions a name before ``(`` calls, unless the notes define the letter as a value or a context
declares it otherwise. The evidence is the notes', not the formula's: a formula that writes such a letter
alone (``w(x + 1) = wx + w``) or before a bracket that writes it again (``u(1 - u)``: no call anybody
writes) multiplies there (:func:`values_here`).
"""

from __future__ import annotations

import functools
import re

from verifier.documents.sentences import MATH_SPAN
from verifier.latex.braces import bracket_end
from verifier.latex.vocabulary import GREEK_VARIANTS

__all__ = ["primed_calls", "values_here"]

_PRIMED_CALL = re.compile(
    r"(?<![A-Za-z\\_^])(\\[A-Za-z]+|[A-Za-z])\s*(?:'+|\^\s*\{?\s*(?:\\prime\s*)+\}?)\s*(?:\\left\s*)?\("
)
_NOT_LETTERS = frozenset({"left", "right", "big", "Big", "bigg", "Bigg", "cdot", "times", "frac", "mathrm"})


@functools.lru_cache(maxsize=32)
def primed_calls(text: str) -> frozenset[str]:
    r"""The letters ``text`` writes primed before a bracket (``u`` of ``u'(x)``, ``phi`` of ``\phi'(z)``)."""
    out: set[str] = set()
    for m in _PRIMED_CALL.finditer(text):
        name = m.group(1).lstrip("\\")
        if name not in _NOT_LETTERS:
            out.add(GREEK_VARIANTS.get(name, name))  # \varphi'(u): the parser's phi
    return frozenset(out)


def _written_as_value(src: str, name: str) -> bool:
    spellings = [name, *(k for k, v in GREEK_VARIANTS.items() if v == name and k != name)]  # \phi, \varphi
    letter = "(?:" + "|".join(("\\\\" if len(n) > 1 else "") + re.escape(n) for n in spellings) + ")"
    for m in re.finditer(r"(?<![A-Za-z\\])" + letter + r"(?![A-Za-z])", src):
        rest = src[m.end() :]
        if re.match(r"\s*(?:'|\^\s*\{?\s*\\prime|_)", rest):
            continue  # u'(x), u_1: the derivative, another name
        call = re.match(r"\s*(?:\\left\s*)?\(", rest)
        if call is None:
            return True  # u alone
        close = bracket_end(src, m.end() + call.end() - 1)
        if close > 0 and re.search(r"(?<![A-Za-z\\])" + letter + r"(?![A-Za-z])", src[m.end() + call.end() : close]):
            return True  # u(1 - u)
    return False


@functools.lru_cache(maxsize=4096)
def values_here(line: str, src: str, letters: frozenset[str]) -> frozenset[str]:
    r"""The ``letters`` (primed calls of the notes) the member ``src`` or the math of its ``line`` (the
    ``$…$`` on it, or all of a display's row) writes as values: alone (``w(x + 1) = wx + w``) or before a
    bracket that writes the letter again (``u(1 - u)``)."""
    math = MATH_SPAN.findall(line) if "$" in line else [line]
    return frozenset(name for name in letters if any(_written_as_value(t, name) for t in (src, *math)))
