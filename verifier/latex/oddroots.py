r"""Odd roots of real expressions are real: ``\sqrt[3]{x}`` and ``x^{1/3}`` of a negative x are negative.

Notes mean the real odd root for a real argument (``\sqrt[3]{-8} = -2``, ``\sqrt[3]{x^3} = x``), while
SymPy's ``x**(1/3)`` is the principal root, complex for a negative x: ``\sqrt[3]{x^3} = x`` was FAILED at
every negative x (gaps19; redteam25 had made the numeric case ``\sqrt[3]{-8}`` hold). The reader builds a
power whose exponent is a fraction ``p/q`` with q odd as ``sign(b)^p·|b|^{p/q}``, the real root's p-th
power, unless the base is known to be nonnegative (then it is the plain power, the same number). The
proof and the numeric check then see the same real value. A base that is not a scalar (a matrix's
power) is left to the reader's other rules.
"""

from __future__ import annotations

import sympy

__all__ = ["reads_odd_root", "real_odd_power"]


def real_odd_power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr | None:
    """``base**exponent`` as the real root's power when the exponent is ``p/q`` with q odd; else None."""
    if not isinstance(exponent, sympy.Rational) or exponent.q == 1 or exponent.q % 2 == 0:
        return None
    if not isinstance(base, sympy.Expr) or base.is_nonnegative or base.is_extended_real is False:
        return None  # the same number as the principal root, or a complex base (no real root meant)
    if base.is_number and not base.is_negative:
        return None
    magnitude = sympy.Pow(sympy.Abs(base), exponent)
    return magnitude if exponent.p % 2 == 0 else sympy.sign(base) * magnitude


def reads_odd_root(member: object) -> bool:
    r"""Does ``member`` hold a power read as a real odd root (``|b|^{p/q}``, q odd, :func:`real_odd_power`)?
    Beside a side that is not real at a point (``e^{\frac13 \ln x}`` at x < 0) the two sides part there only
    because the root is read as real, where the principal root would agree: no counterexample (engine)."""
    if not isinstance(member, sympy.Basic):
        return False
    return any(
        isinstance(p.base, sympy.Abs) and isinstance(p.exp, sympy.Rational) and p.exp.q % 2 == 1 and p.exp.q > 1
        for p in member.atoms(sympy.Pow)
    )
