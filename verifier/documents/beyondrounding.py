r"""A worked link whose two sides stay apart however its numbers were rounded: FAILED, not "rounded inputs".

"$$m_1 = 0.1 \cdot 0.2 = 0.02$$" then ``\frac{m_1}{1 - 0.9} = \frac{0.02}{0.9}``: at the value the notes state the
left side is 0.2 and the right side 0.022, and the worked-number policy (documents.stated) left it SKIPPED, "a
closed form computed from rounded inputs, another value of a name, or a slip; not called FAILED" (fresh79's Adam
note) — an author rounds on the way to a quotient. A rounding cannot move a value by a factor of nine. This module
owns the judgement of such a link (worked72): the SKIPPED verdict becomes FAILED when

* both sides are formulas the link reads at the stated values alone (no point of free names: the refutation is at
  the values), a scalar, and every value it is read at is a plain number stated once in the notes (every statement
  of the name writes that number, none for another case: documents.exactslips' statements; the prose before the step
  names no other point: ``another_point``) — a whole number, a decimal the notes give as data, or one they computed
  exactly from numbers (``m_1 = 0.1 \cdot 0.2 = 0.02``: documents.shownroundings.computed_results); a worked result
  stated bare (``$$y = -2.4369$$``) or with ``\approx`` keeps the policy's SKIPPED (another value of it may be
  meant);
* each decimal a side writes and each stated decimal is taken as a rounding **or** a truncation of the value the
  author meant (from half a unit of its last digit below to a whole unit above, away from zero: :func:`_box`), unless
  it copies a value the notes give as data (documents.givendata: β₁ = 0.9 of ``1 - 0.9``, exact); whole numbers are
  exact;
* the two sides, enclosed in interval arithmetic over those boxes (documents.approxvalues ``interval_enclosure``: sums,
  products, whole powers, square roots, exp and log), are of opposite signs or :data:`_FACTOR` times apart: no
  rounding of any number written explains the gap, nor a rounding on the way the link does not show, so the link
  is wrong at every value its numbers may stand for.

A side the enclosure cannot read (another function, a divisor whose box holds 0), a name with two values, or
boxes that overlap keep the SKIPPED verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from fractions import Fraction

import mpmath
import sympy as sp

from verifier.documents.approxvalues import interval_enclosure
from verifier.documents.exactdata import later_case
from verifier.documents.exactslips import (
    another_point,
    literal_numbers,
    name_and_vector,
    policy_refuted,
    same_numbers,
    value_statements,
)
from verifier.documents.shownroundings import computed_results
from verifier.documents.stated import WHERE
from verifier.results import StepResult

__all__ = ["beyond_every_rounding"]

_DECIMAL = re.compile(r"(?<![\d.])\d*\.\d+(?![\d.])")
_PLAIN = re.compile(r"[-+]?\d+(?:\.\d+)?")
#: the names a side's decimals are read as while it is parsed (a name the side writes itself is passed over)
_NAMES = ("alpha", "beta", "gamma", "kappa", "lambda", "mu", "nu", "rho", "tau", "phi", "chi", "psi", "omega")


def _box(number: str, exact: bool) -> object:
    """The values a decimal ``number`` as written may stand for: itself where ``exact``; else from half a unit of its
    last digit toward zero to a whole unit away from it (a rounding, or a truncation)."""
    value = Fraction(number)
    places = len(number.partition(".")[2])
    unit = Fraction(1, 10**places) if "." in number and not exact else Fraction(0)
    low, high = (value - unit / 2, value + unit) if value >= 0 else (value - unit, value + unit / 2)
    return mpmath.iv.mpf([mpmath.mpf(low.numerator) / low.denominator, mpmath.mpf(high.numerator) / high.denominator])


def _side(latex: str, given: Collection[Fraction]) -> tuple[sp.Basic, dict[sp.Symbol, object]] | None:
    """``latex`` parsed with each decimal it writes read as a name, and those names' boxes; None if not read."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    found = list(_DECIMAL.finditer(latex))
    free = [n for n in _NAMES if f"\\{n}" not in latex]
    if len(found) > len(free):
        return None
    text, boxes = latex, {}
    for k, m in reversed(list(enumerate(found))):
        text = text[: m.start()] + rf"(\{free[k]})" + text[m.end() :]
        boxes[sp.Symbol(free[k])] = _box(m.group(0), Fraction(m.group(0)) in given)
    try:
        return parse_latex(text), boxes
    except (LatexError, ValueError, TypeError, RecursionError):
        return None


def _once(name: str, value: str, text: str, statements: Sequence[tuple[tuple[str, str], str, str, int, bool]],
          parse: Callable[[str], sp.Basic]) -> bool:  # fmt: skip
    """Does every statement of ``name`` in the notes write ``value``, none of them for another case?"""
    key, base = name_and_vector(name, parse)
    lines = text.split("\n")
    for (k, b), other, said, at, rounded in statements:
        mentioned = k == key or k == base or b == key
        if mentioned and (rounded or not same_numbers(said, value) or later_case(lines, at, other)):
            return False
    return True


#: how many times apart the two enclosures must be (of one sign): a rounding on the way the link does not show (an
#: intermediate rounded to one significant digit, 0.05 to 0.1) moves a value by a factor of two at most, before a
#: power; sound41's 0.5/0.3 written 1.5 (1.67) stays SKIPPED, the Adam slip (ninefold) does not
_FACTOR = 3


def _far_apart(lo: Sequence[object], hi: Sequence[object]) -> bool:
    """Are the enclosures ``[lo[0], hi[0]]`` and ``[lo[1], hi[1]]`` of opposite signs (each away from 0), or of one
    sign and :data:`_FACTOR` times apart at their nearest ends?"""
    if (hi[0] < 0 < lo[1]) or (hi[1] < 0 < lo[0]):  # type: ignore[operator]
        return True
    if any(a <= 0 <= b for a, b in zip(lo, hi, strict=True)):  # type: ignore[operator]
        return False
    small, large = sorted([(abs(lo[k]), abs(hi[k])) for k in (0, 1)], key=lambda e: min(e))  # type: ignore[arg-type]
    return min(large) > _FACTOR * max(small)


def beyond_every_rounding(
    skipped: StepResult | None,
    failed: StepResult,
    texts: tuple[str, str],
    hypotheses: Sequence[tuple[str, str]],
    text: str,
    line: int,
    given: Callable[[], Collection[Fraction]],
) -> StepResult | None:
    """``skipped`` (the worked-number policy's SKIPPED verdict of the FAILED step ``failed``, refuted at the stated
    ``hypotheses``) made FAILED where no rounding of its numbers brings the two sides together (module docstring);
    else ``skipped`` unchanged. ``texts``: the two members as written; ``line``: the step's; ``given``: the values of
    the decimals the notes give as data (documents.givendata)."""
    from verifier.latex import LatexError, parse_latex

    cx = failed.counterexample
    if not policy_refuted(skipped, failed, entry=False) or cx is None:
        return skipped
    if not hypotheses or any(not where.startswith(WHERE) for _, where in hypotheses):
        return skipped
    if another_point(text.split("\n"), hypotheses, line):
        return skipped
    data = frozenset(given())
    sides = [_side(t, data) for t in texts]
    if any(s is None for s in sides):
        return skipped
    boxes: dict[sp.Basic, object] = {}  # the stated values' (each side's decimals have their own)
    statements = [(name_and_vector(n, parse_latex), n, v, at, rounded) for n, v, at, rounded in value_statements(text)]
    computed = {re.sub(r"\s+", "", c) for c in computed_results(text, line, texts, parse_latex)}
    for h, _ in hypotheses:
        name, _, number = (p.strip() for p in h.partition("="))
        if not _PLAIN.fullmatch(number) or literal_numbers(number) is None:
            return skipped
        if "." in number and Fraction(number) not in data and re.sub(r"\s+", "", f"{name}={number}") not in computed:
            return skipped  # a worked result stated bare (y = -2.4369) or with \approx: maybe another value of it
        try:
            tree = parse_latex(name)
        except (LatexError, ValueError, TypeError, RecursionError):
            return skipped
        if not isinstance(tree, (sp.Symbol, sp.Indexed)) or not _once(name, number, text, statements, parse_latex):
            return skipped
        boxes[tree] = _box(number, Fraction(number) in data)
    enclosures = []
    for tree, own in sides:  # type: ignore[misc]
        indexed = tree.atoms(sp.Indexed)
        atoms = {a for a in tree.atoms(sp.Symbol) if all(a != i.base.label for i in indexed)} | indexed
        where = {**boxes, **own}
        if not atoms <= set(where):
            return skipped  # a name with no stated value: not read here
        named = {a: sp.Dummy() for a in atoms}
        try:
            enclosures.append(interval_enclosure(tree.xreplace(named), {named[a]: where[a] for a in atoms}))
        except (ValueError, TypeError, ZeroDivisionError, ArithmeticError):
            return skipped
    (a, b) = enclosures
    lo = [mpmath.mpf(e.a) for e in (a, b)]  # type: ignore[attr-defined]
    hi = [mpmath.mpf(e.b) for e in (a, b)]  # type: ignore[attr-defined]
    if not all(mpmath.isfinite(x) for x in (*lo, *hi)) or not _far_apart(lo, hi):
        return skipped
    said = "; ".join(h for h, _ in hypotheses)
    return replace(failed, message=(
        f"at the values the notes state ({said}) the left side is {cx.lhs} and the right side {cx.rhs}; with every "
        f"number written read as a rounding or truncation of another, the left side lies between {float(lo[0]):.6g} "
        f"and {float(hi[0]):.6g} and the right side between {float(lo[1]):.6g} and {float(hi[1]):.6g}: no rounding "
        "on the way explains the gap, a slip" + (f"; {failed.message}" if failed.message else "")))  # fmt: skip
