r"""A worked fraction whose numbers are not its terms' values: ``\frac{ab}{ab + cd} = \frac{0.16}{0.16 + 0.07}``.

A worked Bayes rule (or any ratio) puts numbers in term by term: ``\frac{P(w|y=1)P(y=1)}{P(w|y=1)P(y=1) +
P(w|y=0)P(y=0)} = \frac{0.18}{0.18 + 0.07}`` at the stated 0.6, 0.3, 0.1, 0.7. Read as a whole, the later member
was allowed the move of its rounded numbers over the box of their roundings (documents.propagated) — and a ratio
moves far: 0.16 for 0.6 · 0.3 = 0.18 came out PASSED "within the rounding of the numbers written" (probs66), though
0.16 is no rounding of 0.18 at any digit.

:func:`misplaced_term` pairs the two members where both are one ``\frac`` whose numerator and denominator are sums
of as many terms (split as documents.termwise splits them), each term of the later one a lone decimal: each
written number must be its term's value, at the values the notes state, rounded or truncated to its own digits.
Where one is not, the box does not excuse the link: it is SKIPPED with the term — or FAILED where the later
member's value is no rounding of the earlier's at the fewest decimals written either (no reading holds: the
terms are wrong and so is the ratio, as documents.termwise rules for a sum). Terms are paired in the order
written; a fraction scaled or regrouped (``\frac{0.36}{0.36 + 0.14}``) has no pairing, and is not read so.

A sum at the stated values (``P(B=1|A=1)P(A=1) + P(B=1|A=0)P(A=0) = 0.18 + 0.8``, the law of total probability) is
paired the same way, in any order (documents.termwise reads sums of numbers alone; a sum of names at stated values
that failed was SKIPPED as "a closed form computed from rounded inputs", documents.stated): FAILED where no order
pairs it and the written sum is no rounding of the value either, SKIPPED where only the terms disagree.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.precision import agrees
from verifier.documents.probabilityheads import as_probabilities, probability_heads
from verifier.documents.termwise import LONE_DECIMAL, MAX_ORDERS, MAX_TERMS, top_terms
from verifier.documents.worked import formula_value
from verifier.latex.braces import brace_end, split_top_equals

__all__ = ["misplaced_term"]

_FRAC = re.compile(r"^\\[dt]?frac\s*\{")


def _fraction(latex: str) -> tuple[str, str] | None:
    r"""``\frac{N}{D}`` written alone → (N, D); None for anything else."""
    text = latex.strip().rstrip(".,;").strip()
    m = _FRAC.match(text)
    if m is None:
        return None
    end = brace_end(text, m.end() - 1)
    if end < 0 or text[end + 1 : end + 2] != "{":
        return None
    close = brace_end(text, end + 1)
    if close != len(text) - 1:
        return None
    return text[m.end() : end], text[end + 2 : close]


def _values(hypotheses: Iterable[tuple[str, str]]) -> dict[sp.Symbol, sp.Rational]:
    """The stated ``name = number`` hypotheses (documents.stated) as symbols and their values."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    out: dict[sp.Symbol, sp.Rational] = {}
    for text, _ in hypotheses:
        sides = split_top_equals(text)
        if len(sides) != 2:
            continue
        try:
            name, number = parse_latex(sides[0]), sp.Rational(sides[1].strip())
        except (LatexError, ValueError, TypeError, SyntaxError):
            continue
        if isinstance(name, sp.Symbol):
            out[name] = number
    return out


def _sums(earlier: str, later: str) -> list[tuple[str, str]] | None:
    """The terms of two sums of as many terms (two or more), paired in the order written; None for other forms, or
    where the earlier member is numbers alone (documents.termwise rules on those)."""
    a, b = top_terms(earlier), top_terms(later)
    if a is None or b is None or len(a) != len(b) or not 2 <= len(a) <= MAX_TERMS or formula_value(earlier) is not None:
        return None
    return list(zip(a, b, strict=True))


def misplaced_term(earlier: str, later: str, stated: Iterable[tuple[str, str]], sides: tuple[float, float]
                   ) -> tuple[str, bool] | None:  # fmt: skip
    """Why ``later`` (a fraction, or a sum, of lone decimals) is no term-by-term working of ``earlier`` (a fraction or
    a sum of as many terms) at the ``stated`` values (``(equation, where)`` hypotheses), and whether the value written
    is wrong at its digits too (then FAILED); None where the forms differ, a term cannot be evaluated, or every number
    is its term's value (a sum's in some order). ``sides``: the two members' values (earlier, later)."""
    stated = list(stated)
    # P(c_1) beside P(w \mid c_1): a probability, read as the notes' own parse reads it (documents.probabilityheads)
    heads = probability_heads(" ".join([earlier, *(text for text, _ in stated)]))
    stated = [(as_probabilities(text, heads), where) for text, where in stated]
    ours, theirs = _fraction(earlier), _fraction(later)
    pairs: list[tuple[str, str]] = []
    if ours is not None and theirs is not None:
        for mine, written in zip(ours, theirs, strict=True):
            a, b = top_terms(mine), top_terms(written)
            if a is None or b is None or len(a) != len(b):
                return None
            pairs.extend(zip(a, b, strict=True))
    elif (summed := _sums(earlier, later)) is not None:
        pairs = summed
    else:
        return None
    values = _values(stated)
    checked: list[tuple[str, str, float, int]] = []
    for formula, written in pairs:
        number = LONE_DECIMAL.fullmatch(written)
        value = formula_value(as_probabilities(formula.lstrip("+").strip(), heads), values)
        if number is None or value is None:
            return None
        checked.append((formula, written, value, len(number.group(2))))
    numbers = [(float(w.replace(" ", "")), d) for _, w, _, d in checked]
    if ours is None:  # a sum: its terms may be written in another order (documents.termwise)
        orders = itertools.permutations([v for *_, v, _ in checked]) if len(checked) <= MAX_ORDERS else iter(())
        if any(all(agrees(v, w, d) for v, (w, d) in zip(order, numbers, strict=True)) for order in orders):
            return None
    wrong = [(f, w, v) for f, w, v, d in checked if not agrees(v, float(w.replace(" ", "")), d)]
    if not wrong:
        return None
    formula, written, value = wrong[0]
    term = (
        f"{written.lstrip('+').strip()} is no rounding of {formula.lstrip('+').strip()} = {value:.6g} at the "
        "values the notes state"
    )
    digits = min(d for *_, d in checked)
    if not agrees(sides[0], sides[1], digits):
        return (
            f"{term}, and the {'fraction' if ours is not None else 'sum'} written is {sides[1]:.6g}, no rounding of "
            f"{sides[0]:.6g} to {digits} decimal{'s' if digits != 1 else ''}: no reading of the link holds"
        ), True
    return f"{term}: the numbers put in are not the terms' values (within the rounding of the whole only)", False
