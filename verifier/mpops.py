"""mpmath arithmetic for the tree walker and for lambdify's generated code (the judge of last resort).

Owns what makes mpmath safe to use on sample points: functions whose cost grows with the size
of their argument refuse arguments beyond 2**MAX_MP_MAGNITUDE (the point is left undecided, never
counted), and the non-analytic pieces (Max, Abs, sign, atan2) follow the real part so that the
complex step gives the derivative of the piece.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ClassVar

import mpmath
import sympy as sp

from verifier.walker import RELATION_OPS


def _mp_re(z: object) -> object:
    return z.real if isinstance(z, mpmath.mpc) else z


def _mp_pick(a: object, b: object, larger: bool) -> object:
    """Max/Min; for the complex step, the branch of the larger/smaller real part (none at a tie)."""
    ra, rb = _mp_re(a), _mp_re(b)
    if isinstance(a, mpmath.mpc) or isinstance(b, mpmath.mpc):
        if ra == rb:
            return mpmath.nan
    return (a if ra >= rb else b) if larger else (a if ra <= rb else b)


def _mp_abs(z: object) -> object:
    if isinstance(z, mpmath.mpc):
        return -z if z.real < 0 else z if z.real > 0 else mpmath.nan
    return abs(z)


def _mp_sign(z: object) -> object:
    return mpmath.sign(_mp_re(z))


def _mp_atan2(y: object, x: object) -> object:
    """atan2; on complex-step input its first-order jet (mpmath's atan2 refuses complex numbers)."""
    if not isinstance(y, mpmath.mpc) and not isinstance(x, mpmath.mpc):
        return mpmath.atan2(y, x)
    y, x = mpmath.mpc(y), mpmath.mpc(x)
    if y.real == 0 and x.real <= 0:
        return mpmath.nan  # atan2 jumps on the negative x axis
    slope = (x.real * y.imag - y.real * x.imag) / (x.real**2 + y.real**2)
    return mpmath.mpc(mpmath.atan2(y.real, x.real), slope)


def _mp_log(z: object) -> object:
    """log; on complex-step input ``a + ib`` (a > 0, b far below a) its jet ``log a + i b/a``.

    mpmath's complex log goes through log|z| = log hypot(a, b), adding a² and b² exactly: with the
    complex step's b some 2^-1000 below a that sum has thousands of bits, and one logarithm took a
    quarter of a second (16 of them were 20 s of a document's check). The jet is exact to the
    working precision once (b/a)² is below it: log|z| = log a + (b/a)²/2 + …, arg z = b/a - (b/a)³/3 + …
    """
    if isinstance(z, mpmath.mpc) and z.real > 0 and z.imag:
        a, b = z.real, z.imag
        if mpmath.mag(b) - mpmath.mag(a) < -(mpmath.mp.prec // 2 + 8):
            return mpmath.mpc(mpmath.log(a), b / a)
    return mpmath.log(z)


MAX_MP_MAGNITUDE = 64  # bits: an argument beyond 2**64 in size is refused by the guarded mpmath functions


def _mp_guard(f: Callable[..., object]) -> Callable[..., object]:
    """``f`` refusing (ValueError: the point is left undecided, never counted) an argument beyond
    2**MAX_MP_MAGNITUDE in size: mpmath reduces exp, sin, gamma … of x with log2|x| bits of ln 2
    or π, so σ(e^{10^6}) or (e^{10^5})! would take minutes of a budget for one point."""

    @functools.wraps(f)
    def g(*args: object) -> object:
        for a in args:
            if isinstance(a, mpmath.mpf | mpmath.mpc) and a and mpmath.mag(a) > MAX_MP_MAGNITUDE:
                raise ValueError(f"{getattr(f, '__name__', 'function')} of an argument too large for mpmath")
        return f(*args)

    return g


#: the mpmath functions whose cost grows with the size of their argument
_GUARDED = ("exp", "expm1", "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "sech", "csch",
            "coth", "gamma", "factorial", "fac", "rgamma", "loggamma", "erf", "erfc", "cospi", "sinpi")  # fmt: skip


def _mp_power(a: object, b: object) -> object:
    """a**b refusing an exponent beyond 2**MAX_MP_MAGNITUDE (a huge base is cheap, a huge exponent is not)."""
    if isinstance(b, mpmath.mpf | mpmath.mpc) and b and mpmath.mag(b) > MAX_MP_MAGNITUDE:
        raise ValueError("a power with an exponent too large for mpmath")
    return mpmath.power(a, b)


class GuardedMpmath:
    """mpmath as lambdify's generated code sees it: the functions in ``_GUARDED`` are guarded."""

    def __getattr__(self, name: str) -> object:
        value = getattr(mpmath, name)
        if name in _GUARDED:
            value = _mp_guard(value)  # type: ignore[arg-type]
        elif name == "power":
            value = _mp_power
        setattr(self, name, value)
        return value


def mp_jet(f: Callable[[object], object], df: Callable[[object], object]) -> Callable[[object], object]:
    """f on reals; on complex-step input f(a + ib) = f(a) + i b f'(a) + O(b**2), exact for tiny b.

    mpmath's complex erf or gamma is accurate relative to |f(z)|, so an imaginary part of
    1e-100 next to a real part of 1 would be lost: the complex step needs the jet instead.
    """

    def g(z: object) -> object:
        if isinstance(z, mpmath.mpc):
            return mpmath.mpc(f(z.real), z.imag * df(z.real))
        return f(z)

    return g


def _mp_step_jet(f: Callable[[object], object], df: Callable[[object], object]) -> Callable[[object], object]:
    """f, with :func:`mp_jet` on a complex step only: an imaginary part far below the working precision next to a
    real part where f is real and smooth. mpmath's complex asin, acos and atan lose such a step (d asin/dx came out
    0 everywhere, d atan/dx 1.5e24 at 0: redshrink54); a genuinely complex argument (asin 2) keeps mpmath's value."""

    def g(z: object) -> object:
        if isinstance(z, mpmath.mpc) and z.imag != 0:
            tiny = abs(z.imag) < mpmath.mpf(2) ** (-mpmath.mp.prec) * max(1, abs(z.real))
            value = f(z.real) if tiny else None
            slope = df(z.real) if tiny and isinstance(value, mpmath.mpf) and mpmath.isfinite(value) else None
            if isinstance(slope, mpmath.mpf) and mpmath.isfinite(slope):
                return mpmath.mpc(value, z.imag * slope)
        return f(z)

    return g


def mp_polygamma(n: object, z: object) -> object:
    """ψ⁽ⁿ⁾(z) (``sp.polygamma(n, z)``; n = 0: the digamma), with its jet ψ⁽ⁿ⁺¹⁾ on a complex step."""
    order = int(mpmath.re(n))
    if order < 0 or order != mpmath.re(n):
        raise ValueError("polygamma of a non-integer order")
    return mp_jet(lambda a: mpmath.psi(order, a), lambda a: mpmath.psi(order + 1, a))(z)


class MpOps:
    """mpmath arithmetic for TreeWalker; non-analytic pieces follow the real part (complex step)."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        sp.exp: _mp_guard(mpmath.exp),
        sp.log: _mp_log,
        sp.sin: _mp_guard(mpmath.sin),
        sp.cos: _mp_guard(mpmath.cos),
        sp.tan: _mp_guard(mpmath.tan),
        sp.sinh: _mp_guard(mpmath.sinh),
        sp.cosh: _mp_guard(mpmath.cosh),
        sp.tanh: _mp_guard(mpmath.tanh),
        sp.atan: _mp_step_jet(mpmath.atan, lambda a: 1 / (1 + a**2)),
        sp.asin: _mp_step_jet(mpmath.asin, lambda a: 1 / mpmath.sqrt(1 - a**2) if abs(a) < 1 else mpmath.nan),
        sp.acos: _mp_step_jet(mpmath.acos, lambda a: -1 / mpmath.sqrt(1 - a**2) if abs(a) < 1 else mpmath.nan),
        sp.Abs: _mp_abs,
        sp.sign: _mp_sign,
        sp.erf: _mp_guard(mp_jet(mpmath.erf, lambda a: 2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi))),
        sp.erfc: _mp_guard(mp_jet(mpmath.erfc, lambda a: -2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi))),
        sp.gamma: _mp_guard(mp_jet(mpmath.gamma, lambda a: mpmath.gamma(a) * mpmath.digamma(a))),
        sp.polygamma: mp_polygamma,  # ψ where the notes name the digamma (documents.prosefunctions)
        sp.atan2: _mp_atan2,
    }

    @staticmethod
    def const(p: int, q: int = 1) -> object:
        return mpmath.mpf(p) / q

    add = staticmethod(mpmath.fsum)
    mul = staticmethod(mpmath.fprod)
    sqrt = staticmethod(mpmath.sqrt)
    power = staticmethod(_mp_power)
    nan = mpmath.nan

    @staticmethod
    def pi() -> object:
        return +mpmath.pi

    @staticmethod
    def e() -> object:
        return +mpmath.e

    @staticmethod
    def maximum(values: list) -> object:
        return functools.reduce(lambda a, b: _mp_pick(a, b, True), values)

    @staticmethod
    def minimum(values: list) -> object:
        return functools.reduce(lambda a, b: _mp_pick(a, b, False), values)

    @staticmethod
    def heaviside(x: object, half: object) -> object:
        x = _mp_re(x)
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0) if x < 0 else half

    @staticmethod
    def select(pairs: list[tuple[object, Callable[[], object]]]) -> object:
        for cond, value in pairs:
            if cond:
                return value()
        return mpmath.nan

    @staticmethod
    def relation(op: str, a: object, b: object) -> object:
        return RELATION_OPS[op](_mp_re(a), _mp_re(b))

    @staticmethod
    def all(values: list) -> object:
        return all(values)

    @staticmethod
    def any(values: list) -> object:
        return any(values)

    @staticmethod
    def logical_not(value: object) -> object:
        return not value
