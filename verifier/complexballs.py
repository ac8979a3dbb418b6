"""Complex ball arithmetic (acb) for the sample points where a member is not real.

Real balls give no value where a member leaves the reals on the way (``sqrt(v + eps)`` at a point
where ``eps`` is sampled negative, the log of a negative number): those points used to go one by
one to mpmath (:func:`verifier.agreement.confirm`), which evaluates the whole tree again in
Python for each point and each side, about a third of the time on the largest notes of the corpus.
Here the same tree is evaluated once for all such points in acb, vectorised over the points like
the real balls, and a point whose two sides provably agree (the acb balls bound ``|lhs - rhs|``
below ``2**-REL_BITS`` times the larger side, the real judge's rule) is counted without mpmath.
Any other point still goes to mpmath, so this can only spare work, never decide a disagreement.

Only analytic functions with the principal branches mpmath uses are admitted (``+ * **``,
``exp``, ``log``, ``sqrt``, ``sin``/``cos``/``tan`` and their hyperbolic forms): the
non-analytic pieces (Max, Abs, Heaviside …) and the jets of erf/gamma follow the *real part* in
the other stages (the complex step), which means nothing at a genuinely complex point. The
arguments mpmath refuses (magnitude beyond ``2**MAX_MP_MAGNITUDE``: the point stays undecided
there) give NaN here too, so such a point is never counted where mpmath would not count it.
Derivative members keep mpmath (their complex step needs a real base).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import sympy as sp
from flint import acb, arb, fmpq

from verifier import balls
from verifier.mpops import MAX_MP_MAGNITUDE
from verifier.walker import TreeWalker

if TYPE_CHECKING:
    from verifier.sampling import Sample

PREC = balls.PRECISIONS[0]  # bits; a point too wide at this precision goes to mpmath as before
_CNAN = acb("nan")
_HUGE = arb(2) ** MAX_MP_MAGNITUDE
_BOUND = arb(2) ** -balls.REL_BITS


def _guarded(name: str) -> Callable[[object], object]:
    """acb ``name`` refusing (NaN) an argument mpmath's guard refuses (see :mod:`verifier.mpops`)."""
    method = operator.methodcaller(name)

    def g(z: object) -> object:
        if not isinstance(z, acb) or not (z.abs_upper() <= _HUGE):
            return _CNAN
        return method(z)

    return np.frompyfunc(g, 1, 1)


def _log(z: object) -> object:
    return z.log() if isinstance(z, acb) else _CNAN


def _power(base: object, exponent: object) -> object:
    if not isinstance(exponent, acb) or not (exponent.abs_upper() <= _HUGE):
        return _CNAN
    return base**exponent


class ComplexBallOps:
    """acb arithmetic for :class:`verifier.walker.TreeWalker`: analytic nodes only (see the module docstring)."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        sp.exp: _guarded("exp"),
        sp.sin: _guarded("sin"),
        sp.cos: _guarded("cos"),
        sp.tan: _guarded("tan"),
        sp.sinh: _guarded("sinh"),
        sp.cosh: _guarded("cosh"),
        sp.tanh: _guarded("tanh"),
        sp.log: np.frompyfunc(_log, 1, 1),
    }

    @staticmethod
    def const(p: int, q: int = 1) -> object:
        return acb(p) if q == 1 else acb(fmpq(p, q))

    @staticmethod
    def add(values: Sequence[object]) -> object:
        return functools.reduce(operator.add, values)

    @staticmethod
    def mul(values: Sequence[object]) -> object:
        return functools.reduce(operator.mul, values)

    sqrt = np.frompyfunc(operator.methodcaller("sqrt"), 1, 1)
    power = np.frompyfunc(_power, 2, 1)

    @staticmethod
    def pi() -> object:
        return acb.pi()

    @staticmethod
    def e() -> object:
        return acb(1).exp()


def walker(exprs: Sequence[sp.Basic], symbols: Sequence[sp.Symbol], nodes: set[sp.Basic]) -> TreeWalker | None:
    """A tree walker over acb for ``exprs``, or None when a node is not an admitted analytic one."""
    for node in nodes:
        if node.is_Symbol or node.is_Rational or node.is_Add or node.is_Mul or node is sp.pi or node is sp.E:
            continue
        if node.is_Pow or (type(node) in ComplexBallOps.funcs and len(node.args) == 1):
            continue
        return None
    return TreeWalker(exprs, symbols, ComplexBallOps)


def values(walk: TreeWalker, sample: Sample, cols: np.ndarray) -> np.ndarray:
    """Entry values as acb balls at the points ``cols``, shape (entries, len(cols))."""
    with balls.precision(PREC):
        memo: dict[sp.Basic, object] = {}
        for symbol, column in zip(walk.symbols, sample.ball_columns(cols), strict=True):
            converted = np.empty(len(column), dtype=object)
            converted[:] = [acb(v) for v in column]
            memo[symbol] = converted
        out = walk.evaluate(memo)
    stacked = np.empty((len(out), len(cols)), dtype=object)
    for i, v in enumerate(out):
        stacked[i] = np.broadcast_to(np.asarray(v, dtype=object), (len(cols),))
    return stacked


def _agree(a: object, b: object) -> bool:
    """The balls prove ``|a - b| <= 2**-REL_BITS * max(|a|, |b|)`` (both finite)."""
    if not (isinstance(a, acb | arb) and isinstance(b, acb | arb)) or not (a.is_finite() and b.is_finite()):
        return False
    with balls.precision(PREC):
        scale = max(a.abs_lower(), b.abs_lower())
        return bool((a - b).abs_upper() <= scale * _BOUND)


_AGREE = np.frompyfunc(_agree, 2, 1)


def agreeing(va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Per point (column): True where every entry provably agrees."""
    if not va.size:
        return np.zeros(va.shape[1] if va.ndim > 1 else 0, dtype=bool)
    return np.asarray(_AGREE(va, vb), dtype=bool).all(axis=0)


def _maybe_real(v: object) -> bool:
    return not isinstance(v, acb) or bool(v.imag.contains(0))


_MAYBE_REAL = np.frompyfunc(_maybe_real, 1, 1)


def maybe_real(values: np.ndarray) -> np.ndarray:
    """Per point (column): True unless an entry is provably not real (its imaginary part's ball excludes 0)."""
    if not values.size:
        return np.ones(values.shape[1] if values.ndim > 1 else 0, dtype=bool)
    return np.asarray(_MAYBE_REAL(values), dtype=bool).all(axis=0)
