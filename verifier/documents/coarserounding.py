r"""One significant digit of a short exact value, written with ``=``: ``0.9 \cdot (3.2 - 2.8) = 0.4``.

The value is exactly 0.36, a number of two decimals anyone can write out; ``= 0.4`` is it rounded to one
significant digit, or a slip (the discount dropped: 3.2 - 2.8 = 0.4). Worked numbers are judged to the
decimals written (documents.guesses ``_rounded``), which made the slip PASSED (fresh27's double-DQN note, a
GREEN). This module owns when such a rounding is not green (:func:`coarse_rounding`): the link is an equality,
the result is one lone number of one significant digit, and the other side is exactly a terminating decimal
that differs from it. Two significant digits (``0.125 = 0.13``), a value with no terminating expansion
(``1/3 = 0.3``), or ``\approx`` keep the rounding's reading.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.precision import LONE_NUMBER, significant_digits, written_decimals
from verifier.latex.document import EQUALITY

__all__ = ["coarse_rounding"]

_OPERATORS = (sp.Integral, sp.Sum, sp.Product, sp.Limit, sp.Derivative)  # no evaluation that could take long


def _terminating(value: sp.Basic) -> sp.Rational | None:
    """``value`` if it is a rational number with a terminating decimal expansion, else None. A number written
    through a function at a special point (``1 + \\cos\\frac{\\pi}{2}``, left unevaluated by the parser) is
    evaluated first: exactly 1 is as short an exact value as 1 written out (fresh61's warmup note)."""
    pi = {s: sp.pi for s in value.free_symbols if s.name == "pi"}  # \\pi parses as a symbol
    if not isinstance(value, sp.Rational) and value.free_symbols <= set(pi) and not value.has(*_OPERATORS):
        value = value.xreplace(pi).doit()
    if not isinstance(value, sp.Rational):
        return None
    q = int(value.q)
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return value if q == 1 else None


def coarse_rounding(relation: str, approximate: bool, trees: list[sp.Basic], texts: tuple[str, str]) -> str | None:
    """Why a link (``relation``, ``approximate`` where written ``\\approx``, its members' ``trees`` and LaTeX
    ``texts``) that agrees only to one significant digit of a short exact value is not green, or None where the
    rounding stands."""
    if relation != EQUALITY or approximate or len(trees) != 2:
        return None
    lone = [i for i, t in enumerate(texts) if LONE_NUMBER.fullmatch(t.strip())]
    if len(lone) != 1:
        return None
    decimals = written_decimals(texts[lone[0]])
    if len(decimals) != 1:
        return None
    try:
        written = float(texts[lone[0]].strip())
    except ValueError:
        return None
    exact = _terminating(trees[1 - lone[0]])
    if exact is None or significant_digits(written, decimals[0]) != 1 or exact == sp.Rational(texts[lone[0]].strip()):
        return None
    return (f"the value is exactly {float(exact):g}, written {texts[lone[0]].strip()}: one significant digit of a "
            "short exact number with '=', a rounding or a slip (not called PASSED)")
