r"""A prime after the notes' own Leibniz derivative of the letter: ``y'`` where the section wrote ``\frac{dy}{dx}``.

A homework's implicit differentiation writes ``2x + 8y\,\frac{dy}{dx} = 0 \implies \frac{dy}{dx} = -\frac{x}{4y}``
and goes on in primes: "with $y' = -\frac{x}{4y}$ and the quotient rule, ``y'' = -\frac{4y - 4xy'}{16y^2} =
-\frac{y - xy'}{4y^2}``". Such a chain writes no ``\frac{d}{dx}`` of its own, so its primes had no variable
("a prime (…)' needs the differentiation variable") and every link was SKIPPED, the algebra between the right
members too, whatever it got wrong.

This module owns that reading. :func:`leibniz_primes` finds each ``\frac{d y}{d x}`` (``d``, ``\mathrm{d}``,
``\mathrm d``; ``dy/dx``) of one plain letter by another, and reads a prime on that letter as the derivative by
that variable (documents.statedprimes.StatedPrime) from there to the next heading, where the section primes that
letter (``y'``) and no other bare letter (``x'`` may be a new point; ``f'(z)`` names its own variable), and
writes no Leibniz derivative of that letter by another variable. The letter depends on the variable there
(documents.dependence.Dependence): a step that says what y' is (``y' = -\frac{x}{4y}``) reads y as an arbitrary
function of x and is SKIPPED by documents.generic's guard, never FAILED on this reading alone.
"""

from __future__ import annotations

import re

from verifier.documents.dependence import Dependence, until_heading
from verifier.documents.statedprimes import StatedPrime

__all__ = ["leibniz_primes"]

_D = r"(?:d|\\mathrm\s*\{\s*d\s*\}|\\mathrm\s+d|\\text\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})"
_LEIBNIZ = re.compile(
    r"\\[dt]?frac\s*\{\s*" + _D + r"\s*(?P<top>[A-Za-z])\s*\}\s*\{\s*" + _D + r"\s*(?P<var>[A-Za-z])\s*\}"
    r"|(?<![A-Za-z\\])d(?P<top2>[A-Za-z])\s*/\s*d(?P<var2>[A-Za-z])(?![A-Za-z])"
)
# a bare primed letter: y', y'' (not f'(z), which differentiates by its argument; not \sigma')
_BARE_PRIME = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*(?:'|\^\s*\{?\s*\\prime)+(?!\s*(?:\(|\\left\s*\())")


def leibniz_primes(text: str) -> tuple[list[StatedPrime], list[Dependence]]:
    """The prime notations the sections of ``text`` fix by their own Leibniz derivatives, and the
    dependences they imply (module docstring)."""
    primes: list[StatedPrime] = []
    depends: list[Dependence] = []
    seen: set[tuple[int, str]] = set()
    for m in _LEIBNIZ.finditer(text):
        top, var = m.group("top") or m.group("top2"), m.group("var") or m.group("var2")
        if top == var:
            continue
        line = text.count("\n", 0, m.start()) + 1
        last = until_heading(text, line)
        if (line, top) in seen:
            continue
        seen.add((line, top))
        lines = text.split("\n")
        section = "\n".join(lines[line - 1 : last])
        primed = {p.group(1) for p in _BARE_PRIME.finditer(section)}
        if primed != {top}:
            continue  # no prime of that letter, or another letter primed too: which variable is unsure
        others = {(n.group("top") or n.group("top2"), n.group("var") or n.group("var2"))
                  for n in _LEIBNIZ.finditer(section)}
        if {v for t, v in others if t == top} != {var}:
            continue  # the section differentiates y by two variables
        primes.append(StatedPrime(var, line, last, line))
        depends.append(Dependence(top, var, line, last))
    return primes, depends
