r"""What a prime means where the prose says: "where $x'$ denotes $\frac{\partial x}{\partial \theta_k}$".

The parser reads a prime as a derivative by the chain's own variable (the one its ``\frac{d}{dx}``,
``\nabla_x`` or ``\partial_x`` writes, :attr:`verifier.latex.document.Chain.derivative_variable`), and
refuses it where the chain writes none or several ("a prime (…)' needs the differentiation variable").
Notes that use primes for a derivative by something else say so in words, with a generic letter: "where
$x'$ denotes $\partial x / \partial \theta_k$", "$y'$ stands for $\frac{dy}{dt}$", "primes denote
derivatives with respect to $t$". A reader then reads every prime of the lines it governs by that
variable: ``(u^T M v)' = u'^T M v + u^T M v'`` is checked, and the step
``\frac{\partial}{\partial s}(u^T M v) = u'^T M v + …`` is no longer read with u' = ∂u/∂s when the
prose said ∂u/∂t.

This module owns that sentence. A statement is found where the primed letter and the differentiated
letter are the same (``x'`` for ``\partial x``: a notation, not a formula about one x) and the variable is
one name, perhaps with one subscript (``\theta_k``); or where the words say "prime(s) denote(s)
derivative(s)/differentiation with respect to $V$". A sentence with a negation says nothing. It holds
from the display its "where" sentence follows (or from its own line) to the next heading; the reader
parses the chains there with that variable (:func:`prime_variable_at`).

The letter such a notation primes has a derivative by the variable, so it depends on it
(:func:`prime_dependence`, read as :mod:`verifier.documents.dependence` reads "q depends on t"): where
a step writes the letter but not its prime (``(p q)' = p' q``), it was a constant, and the dropped
product-rule term was PROVED (redteam9)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.documents.annotations import key_of_text
from verifier.documents.dependence import Dependence, until_heading
from verifier.documents.symmetricprose import NEGATION, sentence_before
from verifier.documents.trailing import display_before

__all__ = ["StatedPrime", "prime_dependence", "prime_variable_at", "stated_primes"]

_VAR = r"(?P<var>\\?[A-Za-z]+(?:\s*_\s*(?:\{\s*\\?[A-Za-z0-9]+\s*\}|\\?[A-Za-z0-9]))?)"
_D = r"(?:\\partial|d|\\mathrm\s*\{\s*d\s*\})"
# $x'$ denotes $\frac{\partial x}{\partial \theta_k}$ | $\partial x / \partial \theta_k$ | $dx/dt$
_NOTATION = re.compile(
    r"\$\s*(?P<letter>\\?[A-Za-z]+)\s*'\s*\$\s*,?\s*(?:denotes?|means?|stands?\s+for|is\s+short\s+for|is|for)\s+"
    r"\$\s*(?:\\[dt]?frac\s*\{\s*" + _D + r"\s*(?P<top>\\?[A-Za-z]+)\s*\}\s*\{\s*" + _D + r"\s*" + _VAR + r"\s*\}"
    r"|" + _D + r"\s*(?P<top2>\\?[A-Za-z]+)\s*/\s*" + _D + r"\s*" + _VAR.replace("var", "var2") + r")\s*[.,;]?\s*\$",
    re.I,
)
# "primes denote derivatives with respect to $t$", "a prime denotes differentiation with respect to $t$"
_WORDS = re.compile(
    r"\b(?:a\s+|the\s+)?primes?\s+(?:\(\s*'\s*\)\s+)?(?:denotes?|means?|indicates?|stands?\s+for)\s+"
    r"(?:the\s+)?(?:partial\s+)?(?:derivatives?|differentiation)\s+(?:with\s+respect\s+to|by|w\.\s*r\.\s*t\.)\s+"
    r"\$\s*" + _VAR + r"\s*[.,;]?\s*\$",
    re.I,
)


@dataclass(frozen=True)
class StatedPrime:
    """Primes on lines ``first`` to ``last`` are derivatives by ``variable`` (LaTeX), as said at ``line``."""

    variable: str
    first: int
    last: int
    line: int


def _negated(text: str, start: int) -> bool:
    return NEGATION.search(sentence_before(text, start, 200)) is not None


def stated_primes(text: str, spans: list[tuple[int, int]]) -> list[StatedPrime]:
    """Every statement of what a prime means in the prose of ``text``; ``spans`` are the displays'
    (first line, last line), so that a "where" sentence also governs the display it follows."""
    out: list[StatedPrime] = []
    found: list[tuple[int, str]] = []
    for m in _NOTATION.finditer(text):
        top = m.group("top") or m.group("top2")
        if top != m.group("letter"):
            continue  # $f'$ is $\partial g/\partial t$: a formula about f, not a notation
        found.append((m.start(), (m.group("var") or m.group("var2")).strip()))
    found += [(m.start(), m.group("var").strip()) for m in _WORDS.finditer(text)]
    for start, variable in sorted(found):
        if _negated(text, start):
            continue
        line = text.count("\n", 0, start) + 1
        span = display_before(text, start, spans)
        first = span[0] if span is not None else line
        out.append(StatedPrime(variable, first, until_heading(text, line), line))
    return out


def prime_dependence(text: str, spans: list[tuple[int, int]]) -> list[Dependence]:
    r"""Each plain letter a notation of the prose primes ("$q'$ denotes $\frac{dq}{dt}$"), as depending on
    its plain variable, on the lines the notation governs; none where the sentence is negated."""
    out: list[Dependence] = []
    for m in _NOTATION.finditer(text):
        top = m.group("top") or m.group("top2")
        if top != m.group("letter") or _negated(text, m.start()):
            continue
        name, var = key_of_text(top), key_of_text((m.group("var") or m.group("var2")).strip())
        if name is None or var is None or name[1] or var[1] or name[0] == var[0]:
            continue
        line = text.count("\n", 0, m.start()) + 1
        span = display_before(text, m.start(), spans)
        out.append(Dependence(name[0], var[0], span[0] if span is not None else line, until_heading(text, line)))
    return out


def prime_variable_at(stated: list[StatedPrime], line: int) -> StatedPrime | None:
    """The statement in force at ``line`` (the latest one that covers it), or None."""
    here = [s for s in stated if s.first <= line <= s.last]
    return max(here, key=lambda s: s.line) if here else None
