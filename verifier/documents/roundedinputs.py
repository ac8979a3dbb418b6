r"""A worked formula whose own numbers are roundings: ``\frac{4}{3} \cdot 3 = 1.333 \cdot 3 = 4``.

:mod:`verifier.documents.workedrounding` reads the number written as a step's result as the rounding; the
inputs of a formula (``1.333``) it takes as exact unless the later member is itself a formula of rounded
numbers. So the link ``1.333 \cdot 3 = 4`` — 3.999 against 4 — was FAILED, in the chain above as alone,
although 1.333 is 4/3 rounded and the step is the notes' arithmetic up to that rounding (sound39).

This module owns that reading, for a refuted step between two formulas of numbers where one member (the
*rounded* one) writes decimal numbers and the other does not round further. It holds when the rounded
member's numbers are shown to be roundings, and the other member is exactly what they round:

* **in the chain** — another member of the chain is a formula of numbers whose exact value the rounded
  member is within the rounding of its own decimals of (the box of :mod:`verifier.documents.propagated`),
  and the other member of the step is that exact value (or its rounding to the decimals it writes): the
  chain writes the unrounded formula, its ends agree;
* **alone** — each decimal of two or more places that is no exact value of its own is the rounding (or
  truncation) of a fraction of denominator at most 12 (``1.333`` of 4/3, ``0.167`` of 1/6), and with those
  fractions in their places the member equals the other exactly.

The step is then PASSED, the rounding reported — alone, only where every decimal so read has three
significant digits or more: ``0.33 \cdot 3 = 1`` or ``0.14 \cdot 7 = 1`` may round 1/3 and 1/7 or write an
exact 0.33 and 0.14 wrongly multiplied, so they are SKIPPED with both readings said. A product that is
wrong beyond the rounding (``1.333 \cdot 3 = 5``), a decimal that is exact (``0.5 \cdot 3 = 1.6``: 0.5
rounds no other fraction) or of one place (``0.7 \cdot 3 = 2``: too coarse to say which fraction) stay
FAILED.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

import sympy as sp

from verifier.documents.members import _Chain, _Step, member_trees
from verifier.documents.precision import agrees, significant_digits, written_decimals
from verifier.documents.propagated import propagated_slack
from verifier.documents.worked import exact_difference
from verifier.latex import LatexError
from verifier.latex.numberwriting import decimal_points
from verifier.results import StepResult, Verdict

__all__ = ["rounded_inputs"]

_DECIMAL = re.compile(r"(?<![\d.])\d*\.(\d+)(?![\d.])")
#: the largest denominator a rounded input is read as a fraction of (4/3, 1/6, 5/12)
_DENOMINATOR = 12


def _tree(chain: _Chain, i: int) -> sp.Expr | None:
    parsed = chain.members[i].parsed
    trees = member_trees(parsed) if parsed is not None else []
    return trees[0] if len(trees) == 1 and isinstance(trees[0], sp.Expr) else None


def _value(tree: sp.Expr) -> float | None:
    """The value of a formula of numbers (exact_difference's constants and functions), or None."""
    return exact_difference(tree, sp.Integer(0))


def _fraction(written: str) -> Fraction | None:
    """The fraction of denominator at most 12 that ``written`` (two or more decimals) rounds or truncates, if it
    is no such fraction itself: ``1.333`` → 4/3; ``0.5`` (exact) and ``0.7`` (one place) → None."""
    places = len(written.split(".")[1])
    exact = Fraction(written)
    if places < 2 or exact.denominator <= _DENOMINATOR:
        return None
    value = float(exact)
    for q in range(2, _DENOMINATOR + 1):
        p = round(value * q)
        if Fraction(p, q).denominator == q and agrees(p / q, value, places):
            return Fraction(p, q)
    return None


def _as_fractions(text: str) -> str | None:
    """``text`` with each decimal that rounds a simple fraction written as that fraction, or None if none does."""
    text = decimal_points(text)
    out, last, changed = [], 0, False
    for m in _DECIMAL.finditer(text):
        f = _fraction(m.group(0))
        if f is None:
            continue
        out.append(text[last : m.start()] + rf"\frac{{{f.numerator}}}{{{f.denominator}}}")
        last, changed = m.end(), True
    return "".join(out) + text[last:] if changed else None


def _exactly(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-20 * max(1.0, abs(a))


def rounded_inputs(chain: _Chain, step: _Step, r: StepResult, parse: object = None) -> StepResult | None:
    r"""PASSED where the step's rounded member rounds what the other member is exactly (module docstring);
    None where this reading does not apply. ``parse`` (LaTeX → tree) reads a member with its fractions."""
    if r.verdict is not Verdict.FAILED or r.counterexample is None or r.counterexample.entry:
        return None
    texts = [chain.members[i].latex for i in (step.left, step.right)]
    trees = [_tree(chain, i) for i in (step.left, step.right)]
    if any(t is None or t.free_symbols for t in trees):  # type: ignore[union-attr]
        return None
    rounding = [k for k in (0, 1) if written_decimals(texts[k])]
    if len(rounding) == 2:  # both round: the later member's rounding is workedrounding's reading
        rounding = [k for k in (0, 1) if _DECIMAL.search(texts[k]) and not _lone(texts[k])]
    if len(rounding) != 1:
        return None
    k = rounding[0]
    own, other = trees[k], trees[1 - k]
    if _lone(texts[k]):  # a lone number rounds a value; it has no inputs (workedrounding's reading)
        return None
    mine, theirs = _value(own), _value(other)  # type: ignore[arg-type]
    if mine is None or theirs is None:
        return None
    other_places = written_decimals(texts[1 - k])
    for j, m in enumerate(chain.members):  # the chain writes the unrounded formula
        if j in (step.left, step.right) or (t := _tree(chain, j)) is None or t.free_symbols:
            continue
        if _coarse_new_decimal(texts[k], m.latex):  # 0.005 for 0.001 · 5: computed, not rounded (±10 %)
            continue
        exact = _value(t)
        slack = propagated_slack(m.latex, texts[k], mine)
        if exact is None or slack is None or abs(mine - exact) > slack * (1 + 1e-9):
            continue
        if _exactly(exact, theirs) or (other_places and agrees(exact, theirs, min(other_places))):
            return replace(r, verdict=Verdict.PASSED, counterexample=None, message=(
                f"equal within the rounding written: ${texts[k]}$ rounds ${m.latex}$ ({mine:.12g} for {exact:.12g}), "
                f"which is ${texts[1 - k]}$"))  # fmt: skip
    fractions = _as_fractions(texts[k])
    if fractions is None or other_places or not callable(parse):
        return None
    try:
        read = parse(fractions)
    except (LatexError, ValueError, TypeError, ArithmeticError, RecursionError):
        return None
    if not isinstance(read, sp.Expr) or read.free_symbols or not _exactly(_value(read), theirs):
        return None
    slack = propagated_slack(texts[1 - k], texts[k], mine)
    if slack is None or abs(mine - theirs) > slack * (1 + 1e-9):
        return None
    said = f"${texts[k]}$ ({mine:.12g}) reads ${fractions}$ rounded, which is ${texts[1 - k]}$ exactly"
    if min(significant_digits(float(m.group(0)), len(m.group(1))) for m in _DECIMAL.finditer(decimal_points(
            texts[k])) if _fraction(m.group(0)) is not None) < 3:  # 0.14 may be exact: 1/7 is one guess of two
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
            f"equal only if {said}; a number of two digits may be exact, and as written the step fails"))
    return replace(r, verdict=Verdict.PASSED, counterexample=None, message=f"equal within the rounding written: {said}")


def _coarse_new_decimal(rounded: str, earlier: str) -> bool:
    """Does ``rounded`` write a decimal of fewer than three significant digits that ``earlier`` does not? Such
    a number may be exact (0.005 the notes computed from 0.001 · 5), and as a rounding it would excuse a
    tenth of its value: a wrong 1.025 for 1.0025 beside it was PASSED (me39). 0.5 written in both is an input."""
    written = {m.group(0) for m in _DECIMAL.finditer(decimal_points(earlier))}
    return any(significant_digits(float(m.group(0)), len(m.group(1))) < 3 and m.group(0) not in written
               for m in _DECIMAL.finditer(decimal_points(rounded)))


def _lone(text: str) -> bool:
    return re.fullmatch(r"\s*[-+]?\s*\d*\.?\d+\s*", decimal_points(text)) is not None
