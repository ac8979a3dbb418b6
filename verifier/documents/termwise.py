r"""A sum worked term by term: each number of the later member is its own term's value rounded or truncated.

A worked chain evaluates a sum one term at a time: ``e^{-0.5} + e^{-1} = 0.607 + 0.368``. Where the later
member is only read as a whole, :mod:`verifier.documents.propagated` allows its value the move of its rounded
numbers over the box of their roundings (half a unit each) — and a note that *truncates* its terms,
``0.606 + 0.367`` (0.6065…, 0.3678…), is further from 0.9744 than that box allows, though every term is
written right to its digits (rounding35). Widening the box by a unit per term for truncation would let a
term that is wrong either way through (``0.605 + 0.368``: 0.605 is no rounding or truncation of 0.6065) — the
sum alone cannot tell.

So this module reads the two members term by term: where both are sums of the same number of terms at the
top level (split at ``+`` and ``-`` outside braces and brackets), each term of the later member a lone
decimal number and each term of the earlier one a formula of numbers alone, the later member is a worked
form of the earlier exactly when each written number is its term's value rounded or truncated to its own
digits (:func:`verifier.documents.precision.agrees`). Terms are paired in the order written; a reordered
sum is not read so (its link keeps the box's verdict).

The other way round (:func:`cancelling_terms`): two terms each wrong whose errors cancel, ``e^{-0.5} + e^{-1} =
0.608 + 0.366`` (0.6065…, 0.3679…), sum to within the box of the later member's roundings, and the link was
PASSED (rounding36 left it). Where every term of the earlier member is a formula of numbers (no lone number:
``0.5 + 0.25 = 0.3 + 0.45`` regroups arithmetic) and no pairing of the terms, in any order, makes each written
number its term's rounding or truncation, the link is not green: SKIPPED, with the first term that disagrees —
not FAILED, since a sum may be regrouped into as many terms otherwise. Regrouped, the written numbers still add
up to the value to the digits written; where their sum is no rounding or truncation of the value at the fewest
decimals a term writes either, no reading holds and the link is FAILED (sound38): ``\sqrt{2} + \sqrt{3} = 1.4 +
1.8`` (1.8 is no rounding of 1.732, and 3.2 none of 3.146 at one decimal, though it lies within the box of two
rounded terms: 3.146 ± 0.1). ``0.608 + 0.366`` (0.974, 0.9744 to three decimals) stays SKIPPED.
"""

from __future__ import annotations

import itertools
import re

from verifier.documents.precision import agrees
from verifier.documents.worked import formula_value
from verifier.latex.numberwriting import decimal_points

__all__ = ["LONE_DECIMAL", "MAX_ORDERS", "MAX_TERMS", "cancelling_terms", "rounded_termwise", "top_terms"]

_LONE = re.compile(r"[+-]?\s*(\d*)\.(\d+)")
LONE_DECIMAL = _LONE  # a term that is one decimal number, its decimals the second group (documents.fractionterms)
_OPEN, _CLOSE = "({[", ")}]"
# what a sign right after is unary to: an opening bracket, an exponent or subscript, an operator
_UNARY_AFTER = re.compile(r"(?:[({\[^_+\-=*/]|\\cdot|\\times|\\left[(\[.]|\\frac|\d[eE])\s*$")  # (1e-3)
MAX_TERMS = 8
MAX_ORDERS = 5  # terms whose every order is tried (5! pairings); more are paired in the order written


def top_terms(latex: str) -> list[str] | None:
    """The top-level terms of ``latex`` with their signs (None where brackets do not balance)."""
    text = latex.strip().rstrip(".,;").strip()
    terms: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return None
        elif ch in "+-" and depth == 0 and k > start and not _UNARY_AFTER.search(text[start:k]):
            terms.append(text[start:k].strip())
            start = k
    if depth != 0:
        return None
    terms.append(text[start:].strip())
    return terms if all(terms) else None


def rounded_termwise(earlier: str, later: str, exact: set[str] | None = None) -> bool:
    """Is each term of ``later`` (a lone decimal number) the rounding or truncation of the term of ``earlier``
    at its place (module docstring)? A number of ``exact`` (an input copied: documents.shownroundings) is no
    rounding: its term must be that number (``\\frac{0.1}{2}`` is 0.05, not the 0.1 it rounds half up to)."""
    ours, theirs = top_terms(earlier), top_terms(decimal_points(later))
    if ours is None or theirs is None or len(ours) != len(theirs) or not 2 <= len(ours) <= MAX_TERMS:
        return False
    for formula, written in zip(ours, theirs, strict=True):
        number = _LONE.fullmatch(written)
        if number is None:
            return False
        value = formula_value(formula.lstrip("+").strip())
        if value is None or not agrees(value, float(written.replace(" ", "")), len(number.group(2))):
            return False
        if exact and written.lstrip("+-").strip() in exact and abs(abs(value) - float(number.group(0).lstrip(
                "+-").replace(" ", ""))) > 1e-12 * max(1.0, abs(value)):  # fmt: skip
            return False
    return True


def _paired(values: list[float], written: list[tuple[float, int]]) -> bool:
    """Is each written number (value, decimals) the rounding or truncation of the value at its place?"""
    return all(agrees(v, w, d) for v, (w, d) in zip(values, written, strict=True))


def cancelling_terms(earlier: str, later: str) -> tuple[str, bool] | None:
    """Why the sum ``later`` of lone decimals is no term-by-term working of ``earlier``, a sum of formulas of
    numbers with as many terms (module docstring), and whether the written numbers' sum is wrong at its digits
    too (then no reading holds: FAILED); None where some pairing fits or the forms differ."""
    ours, theirs = top_terms(earlier), top_terms(decimal_points(later))
    if ours is None or theirs is None or len(ours) != len(theirs) or not 2 <= len(ours) <= MAX_TERMS:
        return None
    written: list[tuple[float, int]] = []
    for text in theirs:
        number = _LONE.fullmatch(text)
        if number is None:
            return None
        written.append((float(text.replace(" ", "")), len(number.group(2))))
    values: list[float] = []
    for formula in ours:
        term = formula.lstrip("+").strip()
        value = formula_value(term)
        if value is None or _LONE.fullmatch(term):
            return None
        values.append(value)
    orders = itertools.permutations(values) if len(values) <= MAX_ORDERS else iter([tuple(values)])
    if any(_paired(list(order), written) for order in orders):
        return None
    k = next(k for k, (v, (w, d)) in enumerate(zip(values, written, strict=True)) if not agrees(v, w, d))
    term = (f"{theirs[k].lstrip('+').strip()} is no rounding of {ours[k].lstrip('+').strip()} = {values[k]:.6g} to "
            "its digits (nor is any other pairing of the terms one)")
    total = sum(values)
    digits = min(d for _, d in written)
    written_sum = round(sum(w for w, _ in written), max(d for _, d in written))
    if not agrees(total, written_sum, digits):  # 1.4 + 1.8: 3.2 is no rounding of 3.146 at one decimal
        return (f"{term}, and the numbers written add up to {written_sum:g}, no rounding of the sum {total:.6g} to "
                f"{digits} decimal{'s' if digits != 1 else ''}: no reading of the link holds"), True
    return f"the sum agrees within its rounding, but its terms do not: {term}: errors of the terms that cancel", False
