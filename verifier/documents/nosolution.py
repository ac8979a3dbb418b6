r"""An equation that holds for no value of its names: no condition a right note solves (misses45).

:mod:`verifier.documents.guesses` leaves a lone equation between undeclared names SKIPPED where it fails as an
identity — "nothing says it is an identity (it may hold only for particular values)" — because an equation the
notes *solve* (``a x + b = c x``) fails as an identity and is right. That excuse needs a value where the equation
holds. Where the two sides differ by a nonzero number, or by a nonzero number over a product of powers of the
names (``\frac{1}{4n} - \frac{1}{2n} = -\frac{1}{4n}``, ``\binom{m}{0} + \binom{m}{1} - m = 1``), it holds nowhere
it is defined: no value solves it, so it is no condition the notes could solve, and the identity it then must be
fails. This module owns that test (:func:`holds_nowhere`); the failure stands.

The test is exact algebra: ``cancel`` writes the difference as ``p/q`` over its generators (names and the functions
of them, each taken as independent; Γ's recurrence first, where a binomial coefficient wrote it), and ``p`` a
nonzero number means the difference is ``p/q`` wherever it is defined, never 0. A difference that vanishes somewhere
(``a + b - 2b`` at a = b, ``x^2 - 1``) is not read here, nor one with an unknown function, a derivative, a sum or an
integral (their values are not the generators'), nor a vector or matrix, nor one writing a decimal (``x + \frac13 =
x + 0.333`` differs by a rounding, not a slip). An equation the prose around it calls impossible ("a contradiction",
"no solution", "cannot hold") is a claim that it holds nowhere, not that it holds: not read either.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["holds_nowhere", "said_impossible"]

#: largest difference (in operations) cancelled: a long one is the identity check's, and cancel is slow on it
_OPS = 200

#: the prose saying the equation is impossible: what it claims is that it holds nowhere
_IMPOSSIBLE = re.compile(r"\b(?:contradict\w*|impossib\w*|absurd\w*|no\s+solutions?|cannot\s+(?:hold|be\s+(?:true|"
                         r"satisfied|solved))|never\s+(?:holds|true|equal)|inconsisten\w*|unsolvable)\b", re.IGNORECASE)

# where a sentence ends (as documents.samenames splits the prose before a step)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s|\n\s*\n")

_OPAQUE = (AppliedUndef, sp.Derivative, sp.Subs, sp.Integral, sp.Sum, sp.Product, sp.MatrixExpr, sp.MatrixBase)


def said_impossible(before: str, after: str) -> bool:
    """Does the equation's own sentence (``before`` it, ``after`` it), or the one after it, call it impossible?"""
    said = _SENTENCE_END.split(before.rstrip())[-1] + " " + _SENTENCE_END.split(after.lstrip())[0]
    return bool(_IMPOSSIBLE.search(said))


def holds_nowhere(left: sp.Basic, right: sp.Basic, before: str = "", after: str = "") -> bool:
    """Do the scalar sides ``left`` and ``right`` differ by a nonzero number over a product of the names'
    functions, so that ``left = right`` holds at no value where both are defined? ``before``, ``after``: the prose
    before and after the equation; its own sentence, or the one after it, calling it impossible is the notes' own
    claim that it holds nowhere (an earlier sentence's "cannot be positive" is about something else)."""
    if not isinstance(left, sp.Expr) or not isinstance(right, sp.Expr) or said_impossible(before, after):
        return False
    if any(side.has(*_OPAQUE) or side.atoms(sp.Float) or not side.is_commutative for side in (left, right)):
        return False  # a decimal may be a rounding (x + 0.333 for x + 1/3): the precision readings' business
    difference = left - right
    if not difference.free_symbols or sp.count_ops(difference) > _OPS:
        return False  # numbers alone are the arithmetic's, checked as they stand
    try:
        if difference.has(sp.gamma):  # a binomial coefficient as Γ(m + 1)/Γ(m): Γ(x + 1) = xΓ(x) where defined
            difference = sp.gammasimp(difference)
        top, _bottom = sp.fraction(sp.cancel(sp.together(difference)))
    except (sp.PolynomialError, TypeError, ValueError):
        return False
    return bool(top.is_number and top.is_finite and top != 0)
