"""float64 arithmetic (numpy, vectorised over the sample points) for the tree walker.

The float64 stage is only a filter that ranks suspect points, but it must stay usable for the
complex step: the non-analytic pieces follow the real part, and the special functions numpy
lacks (erf, gamma) are computed in mpmath entry-wise with their first-order jet.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from typing import ClassVar

import mpmath
import numpy as np
import sympy as sp

from verifier.mpops import mp_jet
from verifier.walker import RELATION_OPS


def _np_polygamma(n: object, z: object) -> object:
    """ψ⁽ⁿ⁾(z) entry-wise (``sp.polygamma(n, z)``, n a whole order): mpmath's psi, its jet on complex input."""
    order = float(np.real(np.asarray(n)).flat[0])
    if order < 0 or order != int(order):
        return np.full(np.shape(z), np.nan)
    k = int(order)
    return _np_special(lambda a: mpmath.psi(k, a), lambda a: mpmath.psi(k + 1, a))(z)


def _np_special(f: Callable[[object], object], df: Callable[[object], object]) -> Callable[[object], object]:
    """A special function float64 lacks (erf, gamma): mpmath elementwise, the jet on complex input."""
    jet = mp_jet(f, df)

    def one(v: object) -> object:
        try:
            return complex(jet(mpmath.mpmathify(v))) if isinstance(v, complex) else float(f(v))
        except (ValueError, ZeroDivisionError, OverflowError, TypeError):
            return np.nan

    ufunc = np.frompyfunc(one, 1, 1)

    def g(z: object) -> object:
        z = np.asarray(z)
        return ufunc(z).astype(complex if np.iscomplexobj(z) else float)

    return g


def _np_atan2(y: object, x: object) -> object:
    if not (np.iscomplexobj(y) or np.iscomplexobj(x)):
        return np.arctan2(y, x)
    y, x = np.asarray(y, dtype=complex), np.asarray(x, dtype=complex)
    value = np.arctan2(y.real, x.real)
    slope = (x.real * y.imag - y.real * x.imag) / (x.real**2 + y.real**2)
    return np.where((y.real == 0) & (x.real <= 0), np.nan, value + 1j * slope)


def _np_abs(z: object) -> object:
    if np.iscomplexobj(z):
        return np.where(np.real(z) < 0, -z, z)
    return np.abs(z)


class NpOps:
    """numpy arithmetic for TreeWalker (vectorised over sample points, complex-step friendly)."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        sp.exp: np.exp,
        sp.log: np.log,
        sp.sin: np.sin,
        sp.cos: np.cos,
        sp.tan: np.tan,
        sp.sinh: np.sinh,
        sp.cosh: np.cosh,
        sp.tanh: np.tanh,
        sp.atan: np.arctan,
        sp.asin: np.arcsin,
        sp.acos: np.arccos,
        sp.Abs: _np_abs,
        sp.sign: lambda z: np.sign(np.real(z)),
        sp.erf: _np_special(mpmath.erf, lambda a: 2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi)),
        sp.erfc: _np_special(mpmath.erfc, lambda a: -2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi)),
        sp.gamma: _np_special(mpmath.gamma, lambda a: mpmath.gamma(a) * mpmath.digamma(a)),
        sp.polygamma: _np_polygamma,
        sp.atan2: _np_atan2,
    }

    @staticmethod
    def const(p: int, q: int = 1) -> object:
        with np.errstate(all="ignore"):  # numpy scalars: overflow becomes inf, as in lambdify's code
            return np.float64(p) / np.float64(q)

    @staticmethod
    def add(values: Iterable) -> object:
        return functools.reduce(operator.add, values)

    @staticmethod
    def mul(values: Iterable) -> object:
        return functools.reduce(operator.mul, values)

    sqrt = staticmethod(np.sqrt)
    power = staticmethod(np.power)
    nan = np.nan

    @staticmethod
    def pi() -> object:
        return np.float64(np.pi)

    @staticmethod
    def e() -> object:
        return np.float64(np.e)

    @staticmethod
    def maximum(values: list) -> object:
        if not any(np.iscomplexobj(v) for v in values):
            return functools.reduce(np.maximum, values)
        return functools.reduce(lambda a, b: np.where(np.real(b) > np.real(a), b, a), values)

    @staticmethod
    def minimum(values: list) -> object:
        if not any(np.iscomplexobj(v) for v in values):
            return functools.reduce(np.minimum, values)
        return functools.reduce(lambda a, b: np.where(np.real(b) < np.real(a), b, a), values)

    @staticmethod
    def heaviside(x: object, half: object) -> object:
        return np.heaviside(np.real(x), np.real(half))

    @staticmethod
    def select(pairs: list[tuple[object, Callable[[], object]]]) -> object:
        conds = [c for c, _ in pairs]
        values = [v() for _, v in pairs]
        arrays = np.broadcast_arrays(*conds, *values)
        k = len(conds)
        return np.select([a.astype(bool) for a in arrays[:k]], arrays[k:], default=np.nan)

    @staticmethod
    def relation(op: str, a: object, b: object) -> object:
        return RELATION_OPS[op](np.real(a), np.real(b))

    @staticmethod
    def all(values: list) -> object:
        return functools.reduce(np.logical_and, values)

    @staticmethod
    def any(values: list) -> object:
        return functools.reduce(np.logical_or, values)

    logical_not = staticmethod(np.logical_not)
