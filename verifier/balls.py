"""Ball arithmetic (python-flint's arb and acb): the judge of numeric agreement.

Float64 is a fast filter only: it cannot tell a relative difference of 1e-11 from rounding
noise, and any tolerance wide enough for the noise hides real differences. A ball ``[m +/- r]``
from arb provably contains the exact value of an expression at the exact (binary) sample
point, whatever cancellation or overflow happened on the way, so:

* a difference ``lhs - rhs`` whose ball excludes 0 *proves* that the members differ there;
* a difference whose ball contains 0 with a radius below ``2**-REL_BITS`` times the larger
  side, entry by entry, bounds ``|lhs - rhs|`` rigorously: the point agrees;
* anything else (cancellation left the ball wide) is recomputed at ``PRECISIONS[-1]`` bits,
  where a difference below ``2**-ABS_BITS`` in absolute value (both sides vanish to ~150
  digits) is the last way to agree; a point still undecided there is not counted.

This module owns the arb arithmetic used by :class:`verifier.walker.TreeWalker` (vectorised
over sample points as NumPy object arrays) and the verdict on a pair of ball values.
Derivatives use forward mode (:func:`tangents`: exact chain rules over the real evaluation's
balls) where every node on the path from the variable has a rule, else the complex step in acb
(see :mod:`verifier.numeric`); non-analytic pieces
(Max, Min, Abs, sign, Heaviside, Piecewise) follow the branch chosen by the *real part*, which
is the derivative of that piece, and a point whose branch a ball cannot decide gets no value.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import ClassVar

import flint
import numpy as np
import sympy as sp
from flint import acb, arb, fmpq

PRECISIONS = (128, 1024)  # bits; the second level re-evaluates only the undecided points
REL_BITS = 80  # agreement: |lhs - rhs| <= 2**-80 * max(|lhs|, |rhs|), entry by entry (~1e-24)
ABS_BITS = 512  # ... or, at the last precision only, |lhs - rhs| <= 2**-512 (~1e-154)

AGREE, WIDE, NONFINITE, DIFFER = 0, 1, 2, 3  # ordered: a point's verdict is its worst entry's

NAN = arb("nan")
ZERO = arb(0)


@contextmanager
def precision(bits: int) -> Iterator[None]:
    """flint's working precision is process-global: set it for a block and restore it."""
    saved = flint.ctx.prec
    flint.ctx.prec = bits
    try:
        yield
    finally:
        flint.ctx.prec = saved


def _elementwise(fn: Callable[..., object], nin: int = 1) -> Callable[..., object]:
    return np.frompyfunc(fn, nin, 1)


def _re(z: object) -> object:
    return z.real if isinstance(z, acb) else z


def _less(a: object, b: object) -> bool | None:
    """Three-valued a < b on real parts: True/False when the balls decide it, else None."""
    a, b = _re(a), _re(b)
    if a < b:
        return True
    if a >= b:
        return False
    return None


def _tri_relation(op: str) -> Callable[[object, object], bool | None]:
    def lt(a: object, b: object) -> bool | None:
        return _less(a, b)

    def gt(a: object, b: object) -> bool | None:
        return _less(b, a)

    def le(a: object, b: object) -> bool | None:
        r = _less(b, a)
        return None if r is None else not r

    def ge(a: object, b: object) -> bool | None:
        r = _less(a, b)
        return None if r is None else not r

    def eq(a: object, b: object) -> bool | None:
        a, b = _re(a), _re(b)
        if a == b:  # arb: only when both are the same exact number
            return True
        if a != b:  # arb: only when the balls are disjoint
            return False
        return None

    def ne(a: object, b: object) -> bool | None:
        r = eq(a, b)
        return None if r is None else not r

    return {"<": lt, ">": gt, "<=": le, ">=": ge, "==": eq, "!=": ne}[op]


def _max2(a: object, b: object) -> object:
    if isinstance(a, acb) or isinstance(b, acb):  # complex step: the larger real part's branch
        r = _less(a, b)
        return NAN if r is None else (b if r else a)
    return a.max(b) if isinstance(a, arb) else arb(a).max(b)


def _min2(a: object, b: object) -> object:
    if isinstance(a, acb) or isinstance(b, acb):
        r = _less(a, b)
        return NAN if r is None else (a if r else b)
    return a.min(b) if isinstance(a, arb) else arb(a).min(b)


def _abs(z: object) -> object:
    if isinstance(z, acb):
        s = _sign(z)
        return NAN if s is NAN else z * s
    return abs(z)


def _sign(z: object) -> object:
    r = _re(z)
    if r > 0:
        return arb(1)
    if r < 0:
        return arb(-1)
    if r == 0:
        return arb(0)
    return NAN


def _heaviside(z: object, half: object) -> object:
    r = _re(z)
    if r > 0:
        return arb(1)
    if r < 0:
        return arb(0)
    if r == 0:
        return half
    return NAN


def _atan2(y: object, x: object) -> object:
    """atan2 for balls; on complex-step input its first-order jet (no complex atan2 exists)."""
    if not isinstance(y, acb) and not isinstance(x, acb):
        return arb.atan2(arb(y), arb(x))
    y, x = acb(y), acb(x)
    if not (y.real != 0 or x.real > 0):
        return NAN  # atan2 jumps on the negative x axis
    slope = (x.real * y.imag - y.real * x.imag) / (x.real**2 + y.real**2)
    return acb(arb.atan2(y.real, x.real), slope)


def _jet(name: str, derivative: Callable[[arb], arb]) -> Callable[[object], object]:
    """f on balls; on complex-step input f(a + ib) = f(a) + i b f'(a) + O(b**2).

    acb's erf or gamma bounds the error relative to |f(z)|, so an imaginary part of 2**-2000
    next to a real part of 1 would be lost in the radius: the complex step needs the jet.
    """
    method = operator.methodcaller(name)

    def g(z: object) -> object:
        if isinstance(z, acb):
            return acb(method(z.real), z.imag * derivative(z.real))
        return method(z)

    return _elementwise(g)


def _power(base: object, exponent: object) -> object:
    return base**exponent


def _select(*args: object) -> object:
    """Piecewise: the first condition that is certainly true, if all before it are certainly false."""
    k = len(args) // 2
    for cond, value in zip(args[:k], args[k:], strict=True):
        if cond is None:
            return NAN
        if cond:
            return value
    return NAN


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def _or(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    return None if a is None or b is None else False


def _not(a: bool | None) -> bool | None:
    return None if a is None else not a


def _method(name: str) -> Callable[..., object]:
    return _elementwise(operator.methodcaller(name))


class BallOps:
    """arb/acb arithmetic for :class:`verifier.walker.TreeWalker`, over object arrays of balls."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        **{
            f: _method(name)
            for f, name in [
                (sp.exp, "exp"),
                (sp.log, "log"),
                (sp.sin, "sin"),
                (sp.cos, "cos"),
                (sp.tan, "tan"),
                (sp.sec, "sec"),
                (sp.csc, "csc"),
                (sp.cot, "cot"),
                (sp.sinh, "sinh"),
                (sp.cosh, "cosh"),
                (sp.tanh, "tanh"),
                (sp.coth, "coth"),
                (sp.sech, "sech"),
                (sp.csch, "csch"),
                (sp.asinh, "asinh"),
                (sp.acosh, "acosh"),
                (sp.atanh, "atanh"),
            ]
        },
        # acb's inverse trigonometric functions, like erf, lose a complex step's imaginary part in the radius
        sp.atan: _jet("atan", lambda a: 1 / (1 + a**2)),
        sp.asin: _jet("asin", lambda a: 1 / (1 - a**2).sqrt()),
        sp.acos: _jet("acos", lambda a: -1 / (1 - a**2).sqrt()),
        sp.erf: _jet("erf", lambda a: 2 * (-(a**2)).exp() / arb.pi().sqrt()),
        sp.erfc: _jet("erfc", lambda a: -2 * (-(a**2)).exp() / arb.pi().sqrt()),
        sp.gamma: _jet("gamma", lambda a: a.gamma() * a.digamma()),
        sp.loggamma: _jet("lgamma", lambda a: a.digamma()),
        sp.Abs: _elementwise(_abs),
        sp.sign: _elementwise(_sign),
        sp.atan2: _elementwise(_atan2, 2),
    }

    @staticmethod
    def const(p: int, q: int = 1) -> object:
        return arb(p) if q == 1 else arb(fmpq(p, q))

    @staticmethod
    def add(values: Iterable) -> object:
        return functools.reduce(operator.add, values)

    @staticmethod
    def mul(values: Iterable) -> object:
        return functools.reduce(operator.mul, values)

    sqrt = _method("sqrt")
    power = _elementwise(_power, 2)
    nan = NAN

    @staticmethod
    def pi() -> object:
        return arb.pi()

    @staticmethod
    def e() -> object:
        return arb.const_e()

    @staticmethod
    def maximum(values: list) -> object:
        return functools.reduce(_elementwise(_max2, 2), values)

    @staticmethod
    def minimum(values: list) -> object:
        return functools.reduce(_elementwise(_min2, 2), values)

    @staticmethod
    def heaviside(x: object, half: object) -> object:
        return _elementwise(_heaviside, 2)(x, half)

    @staticmethod
    def select(pairs: list[tuple[object, Callable[[], object]]]) -> object:
        conds = [c for c, _ in pairs]
        values = [v() for _, v in pairs]
        return _elementwise(_select, 2 * len(pairs))(*conds, *values)

    @staticmethod
    def relation(op: str, a: object, b: object) -> object:
        return _elementwise(_tri_relation(op), 2)(a, b)

    @staticmethod
    def all(values: list) -> object:
        return functools.reduce(_elementwise(_and, 2), values)

    @staticmethod
    def any(values: list) -> object:
        return functools.reduce(_elementwise(_or, 2), values)

    logical_not = _elementwise(_not)


# ----------------------------------------------------------------------------------------------
# The verdict on a pair of values


def judge(a: object, b: object, last: bool) -> tuple[int, float]:
    """(status, relative difference) of two balls: AGREE, DIFFER (proved), WIDE or NONFINITE."""
    if not (isinstance(a, arb) and isinstance(b, arb)):
        return NONFINITE, math.nan
    # Fast path (most points): overlapping balls, each narrower than 2**-(REL_BITS + 3) of its
    # midpoint, are within 2**-REL_BITS of each other relative to the larger.
    if (
        a.overlaps(b)
        and a.rel_accuracy_bits() >= REL_BITS + 3
        and b.rel_accuracy_bits() >= REL_BITS + 3
        and a.is_finite()
        and b.is_finite()
    ):
        return AGREE, 0.0
    if a.is_nan() or b.is_nan():
        return NONFINITE, math.nan
    if not (a.is_finite() and b.is_finite()):
        return WIDE, math.nan  # an infinite radius: more precision may help, mpmath would not
    d = a - b
    if not d.contains(0):
        top = max(a.abs_upper(), b.abs_upper())
        return DIFFER, float((d.abs_lower() / top).mid())
    scale = max(a.abs_lower(), b.abs_lower())
    rad = d.rad()
    if rad <= scale * _TWO_TO_MINUS[REL_BITS] or (last and rad <= _TWO_TO_MINUS[ABS_BITS]):
        return AGREE, 0.0
    return WIDE, math.nan


_TWO_TO_MINUS = {bits: arb(2) ** -bits for bits in (REL_BITS, ABS_BITS)}


def to_mpmath(v: object) -> object:
    """A ball's midpoint as an mpmath number, for display (digits beyond the radius are noise)."""
    import mpmath

    return mpmath.mpf(v.mid().str(40, radius=False)) if isinstance(v, arb) else mpmath.nan


# ----------------------------------------------------------------------------------------------
# Derivatives by forward mode


class NoTangent(Exception):
    """A node on the path from the variable has no rule here: the caller uses the complex step."""


#: Node types with a forward-mode rule below (a node that does not depend on the variable may be
#: anything: its derivative is 0 and its value is the real evaluation's).
TANGENT_TYPES = (sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log)


def tangents(
    exprs: list[sp.Basic],
    values: dict[sp.Basic, object],
    x: sp.Symbol,
    depends: dict[sp.Basic, frozenset[sp.Basic]],
) -> list[object]:
    """d expr / d x of each expression, in ball arithmetic, by the chain rule (forward mode).

    ``values`` holds every node's ball (or array of balls) from the real evaluation, so each node
    on a path from ``x`` costs one or two arb operations: d exp(a) = exp(a) da and d log(a) =
    da / a reuse the value of the node, where the complex step in acb evaluated ``exp`` and
    ``log`` of a complex ball again (an acb ``log`` costs as much as fifteen arb divisions). The
    rules are exact, so the balls enclose the exact derivative (the complex step drops an
    O(h**2) term); where the function is not differentiable the balls come out infinite or NaN,
    which the judge never counts as agreement. Raises :class:`NoTangent` for a node type
    without a rule (the caller then keeps the complex step).
    """
    memo: dict[sp.Basic, object | None] = {}

    def d(e: sp.Basic) -> object | None:  # None: the derivative is exactly 0
        if e in memo:
            return memo[e]
        if e not in depends:  # not a node of these expressions: never guess a 0
            raise NoTangent(e)
        if e.is_Symbol:
            out: object | None = arb(1) if e == x else None
        elif x not in depends[e]:
            out = None
        elif e.is_Add:
            parts = [t for t in (d(a) for a in e.args) if t is not None]
            out = functools.reduce(operator.add, parts) if parts else None
        elif e.is_Mul:
            args = e.args
            terms = []
            for i, a in enumerate(args):
                t = d(a)
                if t is not None:
                    terms.append(functools.reduce(operator.mul, [values[b] for j, b in enumerate(args) if j != i], t))
            out = functools.reduce(operator.add, terms) if terms else None
        elif e.is_Pow:
            base, exponent = e.args
            if exponent not in depends or x in depends[exponent]:
                raise NoTangent(e)
            t = d(base)
            if t is None:
                out = None
            elif exponent.is_Integer:
                n = int(exponent)
                if n == 1:
                    out = t
                elif n == 2:
                    out = 2 * values[base] * t
                elif n > 2:
                    out = n * values[base] ** (n - 1) * t
                elif n == -1:
                    out = -(values[e] * values[e]) * t
                else:
                    out = n * values[e] / values[base] * t
            elif exponent == sp.S.Half:
                out = t / (2 * values[e])
            else:
                out = values[exponent] * values[e] / values[base] * t
        elif type(e) is sp.exp:
            t = d(e.args[0])
            out = None if t is None else values[e] * t
        elif type(e) is sp.log and len(e.args) == 1:
            t = d(e.args[0])
            out = None if t is None else t / values[e.args[0]]
        else:
            raise NoTangent(e)
        memo[e] = out
        return out

    return [d(e) for e in exprs]
