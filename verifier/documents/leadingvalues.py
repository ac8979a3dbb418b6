r"""Values the sentence leading into a display states ("With $a = 1$ and $b = 2$ the log-odds simplify:"): the
display's own hypothesis.

A derivation often specialises a general formula before simplifying it: the notes define
$r(x) = \frac{a e^{-x}}{a e^{-x} + b}$, then "With $a = 1$ and $b = 2$ the log-odds simplify:
$$\log\frac{r(x)}{1 - r(x)} = -x - \log 2$$". The values were read only for a worked chain (a member that is a
number: documents.stated); this display keeps a free x, so it was checked for every a and b, and the correct
step FAILED (fresh41: the E-step of a two-component mixture, its means and weight given in the sentence before).

This module owns that reading, for a FAILED step of a display (not an inline formula) whose leading sentence opens
with a cue (*with*, *taking*, *setting*, *using*, *plugging in*, *for*, *at*) and whose every formula states a
name's value (``a = 1``, ``\mu_2 = 2``, ``\pi = \tfrac12``, several in one formula or joined by commas and
"and"), on names the step reaches: the step is checked again with those values as its hypotheses. Green there:
green "with …, as the notes state". FAILED there: FAILED (a point at the stated values). Holding there only, the
values naming every name the display varies (a point: "At $x = 1$ the slope is $$\frac{d}{dx}(x^2 + 3) = x + 1$$"):
SKIPPED, the checker's special case — wrong as a formula, right at the point, so neither green nor FAILED (sound50).
Anything else: left as it was. A sentence that says "for example", or that sends the values elsewhere, is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sympy as sp

from verifier.documents.context import VarDecl
from verifier.documents.headings import after_heading
from verifier.documents.prosewords import other_languages
from verifier.documents.regions import SENTENCE_END, reached_names
from verifier.documents.stated import split_commas
from verifier.documents.steps import SPECIAL_CASE
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["at_the_point", "stated_value", "under_leading_values"]

# the cue as notes in other languages write it too ("Für $p = 0.5$ und …", "Pour $K = 3$ …": documents.prosewords)
_CUE = re.compile(r"^\W*(?:now\s+|then\s+|so\s+)?(?:with|taking|setting|using|plugging\s+in|substituting|for|at|"
                  + other_languages("with", "taking", "for", "at") + r")\s*\$", re.IGNORECASE)  # fmt: skip
_MATH = re.compile(r"(?<![\\$])\$([^$]+)\$")
_NOT_THESE = re.compile(r"\b(?:e\.g\.|for\s+example|for\s+instance|later|below|analogous\w*|similar\w*|general)\b",
                        re.IGNORECASE)
_PLAIN = re.compile(r"\\?[A-Za-z]+")


def _base(name: str) -> str:
    """The letter or command a stated name is written with (``\\mu_2`` → mu, ``b`` → b)."""
    m = _PLAIN.match(name.strip())
    return m.group(0).lstrip("\\") if m else ""


def stated_value(piece: str, parse: Callable[[str], sp.Basic]) -> tuple[str, str] | None:
    """``(name, number)`` of a formula ``name = number`` (``\\pi = \\tfrac12``, ``\\mu_2 = -1``); None otherwise."""
    sides = piece.split("=")
    if len(sides) != 2:
        return None
    try:
        name, number = parse(sides[0].strip()), parse(sides[1].strip())
    except (LatexError, ValueError, TypeError):
        return None
    plain = isinstance(name, sp.Symbol) or (isinstance(name, sp.Indexed) and all(i.is_Integer for i in name.indices))
    if not plain or not isinstance(number, sp.Expr) or not number.is_number or not number.is_real:
        return None
    return sides[0].strip(), sides[1].strip()


def _leading_values(sentence: str, parse: Callable[[str], sp.Basic]) -> list[tuple[str, str]] | None:
    """``(name, number)`` for each value ``sentence`` states, when it opens with a cue and every formula it
    writes is such a value; None otherwise."""
    if _CUE.match(sentence) is None or _NOT_THESE.search(sentence):
        return None
    pieces = [p for f in _MATH.findall(sentence) for p in split_commas(f) if p.strip()]
    values = [stated_value(p, parse) for p in pieces]
    if not values or any(v is None for v in values) or len({v[0] for v in values if v}) != len(values):
        return None  # a formula that states no value ("with $a$ small", "$a = b$"): not this reading
    return [v for v in values if v is not None]


def at_the_point(r: StepResult) -> bool:
    """Is ``r`` the checker's SKIPPED special case (documents.steps ``_at_special_case``): FAILED as written, holding
    (or undecided) at the stated values? "At $x = 1$ the slope is $$\\frac{d}{dx}(x^2 + 3) = x + 1$$" holds at the
    point the sentence names: a reading under which the step holds, so no FAILED (sound50)."""
    return r.verdict is Verdict.SKIPPED and SPECIAL_CASE in r.message


def under_leading_values(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one checked again at the values its display's leading sentence states (see
    the module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing or chain.inline:
        return steps
    start, before = after_heading(*doc._prose_before(chain, display=True))
    sentence = SENTENCE_END.split(before.rstrip())[-1]
    values = _leading_values(sentence, doc.parse_plain)
    if not values or not any({_base(n) for n, _ in values} & reached_names(doc, scope, steps[k]) for k in failing):
        return steps
    line = start + 1 + before.rstrip().count("\n") - sentence.count("\n")
    said = ", ".join(f"{n} = {v}" for n, v in values)
    from verifier.documents.steps import checked_under

    if any(n.strip() == "\\pi" for n, _ in values) and ("pi", ()) not in scope.names:
        scope = scope.copy()  # "with $\\pi = \\tfrac12$": π is a name of these notes (a weight), not 3.14159…
        scope.names[("pi", ())] = VarDecl(("pi", ()), "scalar")
    hypotheses = [(f"{n} = {v}", f"'with ${n} = {v}$' at line {line}") for n, v in values]
    again = checked_under(doc, chain, scope, hypotheses, failing)
    if again is None:
        return steps
    note = f"with {said}, as the notes state (line {line})"
    out = list(steps)
    for k in failing:
        r = again[k]
        if r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED) or at_the_point(r):
            out[k] = replace(r, message="; ".join(x for x in (note, r.message) if x))
    return out
