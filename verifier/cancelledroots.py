r"""A side that is real at a point only because its roots of negative numbers cancel: no real value there.

``(1 - p)\sqrt{p/(1 - p)} + p\sqrt{(1 - p)/p}`` is ``2\sqrt{p(1 - p)}`` wherever its roots are real (0 < p < 1).
At p < 0 or p > 1 both roots are imaginary and, taken as complex numbers, the two terms cancel: the side is 0, a
real number, while ``2\sqrt{p(1 - p)}`` is imaginary. The numeric stage (verifier.agreement) tells a side that is not
real by its value, so it took the point for one where a real side meets one without a real value — a counterexample
— and the step was FAILED (documents.offreal SKIPS a step that differs only where *both* sides are not real; fresh38's
AdaBoost note met either kind of point first, depending on the notes around it), or, where the symbolic stage had
proved it, an ERROR. This module owns telling a side whose value is real but whose even roots or logarithms take a
negative or non-real argument at the point (:func:`unreal_inside`): in the real reading the notes use, that side
has no value there either. Only ever asked at a counterexample where the other side is not real: it can only make
a counterexample count as off the reals, never make a step hold.
"""

from __future__ import annotations

from collections.abc import Mapping

import sympy as sp

__all__ = ["unreal_inside"]

#: the digits the arguments are evaluated to
_DIGITS = 30
#: the most arguments looked at (a larger side is not looked into: it stays as it was)
_MAX_ARGUMENTS = 40


def _arguments(member: sp.Expr) -> list[sp.Expr]:
    """The arguments of ``member``'s even roots (a rational power with an even denominator) and logarithms."""
    roots = [p.base for p in member.atoms(sp.Pow) if p.exp.is_Rational and not p.exp.is_integer and p.exp.q % 2 == 0]
    return roots + [a.args[0] for a in member.atoms(sp.log)]


def unreal_inside(member: object, at: Mapping[sp.Symbol, float]) -> bool:
    """Does an even root or a logarithm of ``member`` (a scalar SymPy expression) take a negative or non-real
    argument at the point ``at``? False when unsure (not a scalar expression, a name left without a value, too
    many arguments, an evaluation that fails)."""
    if not isinstance(member, sp.Expr) or getattr(member, "is_Matrix", False):
        return False
    arguments = _arguments(member)
    if not arguments or len(arguments) > _MAX_ARGUMENTS:
        return False
    point = {s: sp.Float(v, _DIGITS) for s, v in at.items()}
    for arg in arguments:
        try:
            value = sp.N(arg.xreplace(point), _DIGITS)
        except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
            return False
        if not value.is_number or value.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            continue
        real, imaginary = value.as_real_imag()
        if abs(imaginary) > sp.Float(10) ** (-_DIGITS // 2) * (1 + abs(real)) or real.is_negative:
            return True
    return False
