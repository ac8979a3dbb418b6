"""Numeric stage: sample the declared domains, evaluate members vectorised, confirm at high precision.

Float64 is only a fast filter. A point where float64 sees a disagreement (or a non-finite
value) is re-evaluated with mpmath; a difference is *confirmed* only if it is stable between
two working precisions (noise from cancellation shrinks with precision, a real difference
does not). Derivative members are evaluated from the function itself -- complex-step (exact
to rounding) for analytic functions, central differences otherwise -- never from SymPy's
``diff``, so this stage is a witness independent of the symbolic one.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

import mpmath
import numpy as np
import sympy as sp
from sympy.logic.boolalg import BooleanFalse, BooleanTrue
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter

from verifier.catalog import D, Variable
from verifier.domains import Block

LOW_DPS = 40  # spot checks and first look at a disagreement; doubled while undecided
FLOAT_RTOL = 1e-8
FD_RTOL = 1e-6  # central differences in float64 are good to ~1e-10 relative; leave margin
SPOT_TOL = 1e-25  # relative difference at LOW_DPS that earns a stability test

_NON_ANALYTIC = (
    sp.Max,
    sp.Min,
    sp.Abs,
    sp.Piecewise,
    sp.Heaviside,
    sp.sign,
    sp.floor,
    sp.ceiling,
    sp.re,
    sp.im,
)


# ----------------------------------------------------------------------------------------------
# Sampling


@dataclass(frozen=True)
class Sample:
    symbols: tuple[sp.Symbol, ...]
    values: np.ndarray  # shape (len(symbols), n)
    # (target, sources): symbols[target] = 1 - sum(symbols[sources]), exactly at every precision
    derived: tuple[tuple[int, tuple[int, ...]], ...] = ()

    @property
    def n(self) -> int:
        return int(self.values.shape[1])

    def point(self, j: int) -> list[float]:
        return [float(v) for v in self.values[:, j]]

    def extra_digits(self, j: int) -> int:
        """More digits for points with tiny coordinates: cancellation there costs ~2 digits per decade."""
        col = np.abs(self.values[:, j])
        col = col[col > 0]
        if col.size == 0:
            return 0
        return int(2 * max(0.0, -math.log10(float(col.min()))))

    def mp_point(self, j: int) -> list[object]:
        """The point as mpmath numbers at the current precision, constraints recomputed exactly.

        A probability vector sampled in float64 sums to 1 only up to rounding; at 40 digits
        that rounding would show up as a (false) difference in identities that need sum 1.
        """
        x = [mpmath.mpf(float(v)) for v in self.values[:, j]]
        for target, sources in self.derived:
            x[target] = 1 - mpmath.fsum(x[k] for k in sources)
        return x


def draw(variables: Sequence[Variable], rng: np.random.Generator, n: int) -> Sample:
    symbols: list[sp.Symbol] = []
    rows: list[np.ndarray] = []
    for var in variables:
        if isinstance(var.domain, Block):
            block = var.domain.sample(rng, n, len(var.symbols))  # (n, size)
            rows.extend(block.T)
        else:
            rows.extend(var.domain.sample(rng, n) for _ in var.symbols)
        symbols.extend(var.symbols)
    values = np.array(rows, dtype=float).reshape(len(symbols), n)
    index = {s: i for i, s in enumerate(symbols)}
    derived = []
    for var in variables:
        for target, expr in var.constraint:
            sources = tuple(index[s] for s in var.symbols if s != target)
            assert expr == 1 - sp.Add(*(symbols[k] for k in sources)), "only simplex constraints are supported"
            derived.append((index[target], sources))
            values[index[target]] = 1 - values[list(sources)].sum(axis=0)
    return Sample(tuple(symbols), values, tuple(derived))


# ----------------------------------------------------------------------------------------------
# Evaluating a member


def _lambdify(symbols: Sequence[sp.Symbol], exprs: Sequence[sp.Expr], module: str):
    """Compile once. Unordered printing and CSE: ordering terms for print dominated the cost."""
    printer_cls = NumPyPrinter if module == "numpy" else MpmathPrinter
    printer = printer_cls({"order": "none"})
    namespace = {"functools": functools, "mpmath": mpmath, "numpy": np}
    exprs = [sp.sympify(e).xreplace({sp.zoo: sp.nan}) for e in exprs]  # mpmath's printer lacks zoo
    return sp.lambdify(list(symbols), exprs, modules=[namespace, module], docstring_limit=0, cse=True, printer=printer)


class NumericMember:
    """A chain member evaluated numerically, in float64 (vectorised) and in mpmath."""

    def __init__(self, member: object, symbols: Sequence[sp.Symbol]) -> None:
        self.symbols = tuple(symbols)
        self.is_derivative = isinstance(member, D)
        if isinstance(member, D):
            f = member.f
            self.exprs = list(f) if isinstance(f, sp.MatrixBase) else [sp.sympify(f)]
            self.wrt = [self.symbols.index(v) for v in member.variables]
            self.jacobian = len(self.exprs) > 1
            self.analytic = not any(e.has(*_NON_ANALYTIC) for e in self.exprs)
        else:
            self.exprs = list(member) if isinstance(member, sp.MatrixBase) else [sp.sympify(member)]
            self.wrt = []
            self.jacobian = False
            self.analytic = not any(e.has(*_NON_ANALYTIC) for e in self.exprs)
        n_entries = len(self.exprs) * len(self.wrt) if self.jacobian else len(self.wrt) or len(self.exprs)
        # Where an exact 0 is believable: literal zeros, and anything built from Max/Piecewise/...
        # (a branch that returns 0). An exact 0 of a smooth expression smells of cancellation.
        if not self.analytic:
            self.exact_zero_ok = [True] * n_entries
        elif self.is_derivative:
            self.exact_zero_ok = [False] * n_entries
        else:
            self.exact_zero_ok = [e == 0 for e in self.exprs]
        walker = TreeWalker.build(self.exprs, self.symbols, "numpy")
        self._np = walker if walker is not None else _lambdify(self.symbols, self.exprs, "numpy")
        self._mp = None
        self._precise_cache: dict[tuple[int, int, int], list[object]] = {}

    @property
    def rtol(self) -> float:
        return FD_RTOL if self.is_derivative and not self.analytic else FLOAT_RTOL

    # -- float64 --------------------------------------------------------------------------------
    def _f_np(self, args: list[np.ndarray], n: int) -> np.ndarray:
        out = self._np(*args)
        return np.stack([np.broadcast_to(np.asarray(v), (n,)) for v in out])

    def floats(self, sample: Sample) -> np.ndarray:
        """Values of shape (entries, n); non-finite or non-real values are NaN."""
        n = sample.n
        args = list(sample.values)
        with np.errstate(all="ignore"):
            if not self.is_derivative:
                vals = self._f_np(args, n)
            else:
                vals = self._derivative_floats(sample)
            vals = np.asarray(vals)
            if np.iscomplexobj(vals):
                vals = np.where(np.abs(vals.imag) > 0, np.nan, vals.real)
            return np.where(np.isfinite(vals), vals, np.nan).astype(float)

    def _derivative_floats(self, sample: Sample) -> np.ndarray:
        """All partial derivatives in one call: variable r is perturbed in row r of a broadcast axis."""
        n, m = sample.n, len(self.wrt)
        args: list[np.ndarray] = list(sample.values)

        def f_stack(values: list[np.ndarray]) -> np.ndarray:  # (entries, m, n)
            return np.stack([np.broadcast_to(np.asarray(v), (m, n)) for v in self._np(*values)])

        rows = np.arange(m)[:, None]
        if self.analytic:  # complex step: exact to rounding, no subtractive cancellation
            h = 1e-200
            perturbed = list(args)
            for r, k in enumerate(self.wrt):
                perturbed[k] = args[k] + np.where(rows == r, 1j * h, 0)
            value = f_stack(perturbed)
            # where f itself is not finite (overflow, a pole) there is no derivative
            d = np.where(np.isfinite(value.real), value.imag / h, np.nan)
        else:  # central differences, away from the excluded kinks
            steps = np.zeros((m, n))
            up, down = list(args), list(args)
            for r, k in enumerate(self.wrt):
                steps[r] = 6e-6 * (1 + np.abs(args[k]))
                shift = np.where(rows == r, steps[r], 0.0)
                up[k], down[k] = args[k] + shift, args[k] - shift
            centre = np.stack([np.broadcast_to(np.asarray(v), (n,)) for v in self._np(*args)])
            d = (f_stack(up) - f_stack(down)) / (2 * steps)
            d = np.where(np.isfinite(centre)[:, None, :], d, np.nan)
        if self.jacobian:  # J[i, j] = d f_i / d x_j, row-major
            return d.reshape(len(self.exprs) * m, n)
        return d[0]

    # -- high precision ---------------------------------------------------------------------------
    def _f_mp(self, point: Sequence[object]) -> list[object]:
        if self._mp is None:
            walker = TreeWalker.build(self.exprs, self.symbols, "mpmath")
            self._mp = walker if walker is not None else _lambdify(self.symbols, self.exprs, "mpmath")
        return [mpmath.mpmathify(v) for v in self._mp(*point)]

    def precise(self, sample: Sample, j: int, dps: int) -> list[object]:
        """Entry values at sample point ``j`` (exact binary floats) with ``dps`` digits; may be complex.

        Cached: in a chain every inner member is compared with both of its neighbours.
        """
        key = (id(sample), j, dps)
        if key not in self._precise_cache:
            self._precise_cache[key] = self._precise(sample, j, dps)
        return self._precise_cache[key]

    def _precise(self, sample: Sample, j: int, dps: int) -> list[object]:
        with mpmath.workdps(dps):
            x = sample.mp_point(j)
            if not self.is_derivative:
                return self._f_mp(x)
            base = self._f_mp(x)
            if not all(mpmath.isfinite(v) for v in base):  # f undefined here: so is its derivative
                return [mpmath.mpf("nan")] * (len(self.exprs) * len(self.wrt) if self.jacobian else len(self.wrt))
            use_complex_step = self.analytic and all(mpmath.im(v) == 0 for v in base)
            cols = []
            for k in self.wrt:
                if use_complex_step:
                    h = mpmath.mpf(10) ** (-2 * dps)
                    xp = list(x)
                    xp[k] = mpmath.mpc(x[k], h)
                    cols.append([mpmath.im(v) / h for v in self._f_mp(xp)])
                else:
                    h = mpmath.mpf(10) ** (-(dps // 3)) * (1 + abs(x[k]))
                    up, down = list(x), list(x)
                    up[k], down[k] = x[k] + h, x[k] - h
                    fu, fd = self._f_mp(up), self._f_mp(down)
                    cols.append([(a - b) / (2 * h) for a, b in zip(fu, fd, strict=True)])
            if self.jacobian:
                return [cols[j][i] for i in range(len(self.exprs)) for j in range(len(self.wrt))]
            return [c[0] for c in cols]


class _MpOps:
    """mpmath arithmetic for TreeWalker."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        sp.exp: mpmath.exp,
        sp.log: mpmath.log,
        sp.sin: mpmath.sin,
        sp.cos: mpmath.cos,
        sp.tan: mpmath.tan,
        sp.sinh: mpmath.sinh,
        sp.cosh: mpmath.cosh,
        sp.tanh: mpmath.tanh,
        sp.atan: mpmath.atan,
        sp.asin: mpmath.asin,
        sp.acos: mpmath.acos,
        sp.Abs: abs,
        sp.sign: mpmath.sign,
        sp.erf: mpmath.erf,
    }

    @staticmethod
    def const(p: int, q: int = 1) -> object:
        return mpmath.mpf(p) / q

    add = staticmethod(mpmath.fsum)
    mul = staticmethod(mpmath.fprod)
    sqrt = staticmethod(mpmath.sqrt)
    power = staticmethod(mpmath.power)
    nan = mpmath.nan

    @staticmethod
    def maximum(values: list) -> object:
        return max(values)

    @staticmethod
    def minimum(values: list) -> object:
        return min(values)

    @staticmethod
    def heaviside(x: object, half: object) -> object:
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0) if x < 0 else half

    @staticmethod
    def select(pairs: list[tuple[object, Callable[[], object]]]) -> object:
        for cond, value in pairs:
            if cond:
                return value()
        return mpmath.nan

    @staticmethod
    def all(values: list) -> object:
        return all(values)

    @staticmethod
    def any(values: list) -> object:
        return any(values)

    @staticmethod
    def logical_not(value: object) -> object:
        return not value


class _NpOps:
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
        sp.Abs: np.abs,
        sp.sign: np.sign,
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
    def maximum(values: list) -> object:
        return functools.reduce(np.maximum, values)

    @staticmethod
    def minimum(values: list) -> object:
        return functools.reduce(np.minimum, values)

    @staticmethod
    def heaviside(x: object, half: object) -> object:
        return np.heaviside(x, half)

    @staticmethod
    def select(pairs: list[tuple[object, Callable[[], object]]]) -> object:
        conds = [c for c, _ in pairs]
        values = [v() for _, v in pairs]
        arrays = np.broadcast_arrays(*conds, *values)
        k = len(conds)
        return np.select([a.astype(bool) for a in arrays[:k]], arrays[k:], default=np.nan)

    @staticmethod
    def all(values: list) -> object:
        return functools.reduce(np.logical_and, values)

    @staticmethod
    def any(values: list) -> object:
        return functools.reduce(np.logical_or, values)

    logical_not = staticmethod(np.logical_not)


class TreeWalker:
    """Evaluates SymPy trees directly (numpy or mpmath), memoised per node.

    Generating and compiling code with ``lambdify`` costs more than the evaluation itself for
    the few calls a step needs; walking the tree is cheaper, and the memo shares common
    sub-expressions the way CSE would. Unknown node types make ``build`` return None and the
    caller falls back to ``lambdify``.
    """

    def __init__(self, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], ops: type) -> None:
        self.exprs = list(exprs)
        self.symbols = list(symbols)
        self.ops = ops

    @classmethod
    def build(cls, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], module: str) -> TreeWalker | None:
        ops = _NpOps if module == "numpy" else _MpOps
        for e in exprs:
            for node in sp.preorder_traversal(e):
                if not cls._supported(node, ops):
                    return None
        return cls(exprs, symbols, ops)

    @staticmethod
    def _supported(node: sp.Basic, ops: type) -> bool:
        if node.is_Symbol or node.is_Rational or node.is_Add or node.is_Mul or node.is_Pow:
            return True
        if type(node) in ops.funcs or isinstance(node, sp.Max | sp.Min | sp.Heaviside | sp.Piecewise):
            return True
        if node in (sp.pi, sp.E) or isinstance(node, sp.core.relational.Relational):
            return True
        return isinstance(node, sp.And | sp.Or | sp.Not | BooleanTrue | BooleanFalse)

    def __call__(self, *point: object) -> list[object]:
        memo: dict[sp.Basic, object] = dict(zip(self.symbols, point, strict=True))
        return [self._ev(e, memo) for e in self.exprs]

    def _ev(self, e: sp.Basic, memo: dict[sp.Basic, object]) -> object:
        hit = memo.get(e)
        if hit is not None:
            return hit
        ops, ev = self.ops, self._ev
        if e.is_Rational:
            v: object = ops.const(int(e.p), int(e.q))
        elif e.is_Add:
            v = ops.add([ev(a, memo) for a in e.args])
        elif e.is_Mul:
            v = ops.mul([ev(a, memo) for a in e.args])
        elif e.is_Pow:
            base = ev(e.base, memo)
            if e.exp.is_Integer:
                v = base ** int(e.exp)
            elif e.exp == sp.S.Half:
                v = ops.sqrt(base)
            else:
                v = ops.power(base, ev(e.exp, memo))
        elif type(e) in ops.funcs:
            v = ops.funcs[type(e)](*(ev(a, memo) for a in e.args))
            if isinstance(e, sp.log) and len(e.args) == 2:  # log(x, b): funcs applied log to both
                v = ops.funcs[sp.log](ev(e.args[0], memo)) / ops.funcs[sp.log](ev(e.args[1], memo))
        elif isinstance(e, sp.Max):
            v = ops.maximum([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Min):
            v = ops.minimum([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Heaviside):
            half = ev(e.args[1], memo) if len(e.args) > 1 else ops.const(1, 2)
            v = ops.heaviside(ev(e.args[0], memo), half)
        elif isinstance(e, sp.Piecewise):
            v = ops.select([(ev(c, memo), functools.partial(ev, x, memo)) for x, c in e.args])
        elif e is sp.pi:
            v = ops.const(1) * (mpmath.pi if ops is _MpOps else np.pi)
        elif e is sp.E:
            v = ops.funcs[sp.exp](ops.const(1))
        elif isinstance(e, BooleanTrue | BooleanFalse):
            v = bool(e)
        elif isinstance(e, sp.core.relational.Relational):
            v = _RELATIONS[e.rel_op](ev(e.lhs, memo), ev(e.rhs, memo))
        elif isinstance(e, sp.And):
            v = ops.all([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Or):
            v = ops.any([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Not):
            v = ops.logical_not(ev(e.args[0], memo))
        else:  # pragma: no cover - build() admits only the types above
            raise TypeError(f"cannot evaluate {type(e).__name__}")
        memo[e] = v
        return v


_RELATIONS: dict[str, Callable[[object, object], object]] = {
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


def _finite(v: object) -> bool:
    return bool(mpmath.isfinite(v))


# ----------------------------------------------------------------------------------------------
# Comparing two members


@dataclass(frozen=True)
class Disagreement:
    point_index: int
    entry: int
    lhs: object  # mpmath values at HIGH_DPS
    rhs: object


@dataclass(frozen=True)
class Comparison:
    valid: int  # points where both members were finite (float64 or high precision)
    checked_high: int  # points evaluated in mpmath
    counterexample: Disagreement | None
    noise_points: int  # float64 disagreements that high precision showed to be rounding noise


def _scale(values: Sequence[object]) -> object:
    return max([abs(v) for v in values] + [mpmath.mpf(0)])


MAX_DPS = 1280  # beyond this a disagreement is left undecided (the point is not counted)


def confirm(a: NumericMember, b: NumericMember, sample: Sample, j: int) -> tuple[bool | None, Disagreement | None]:
    """High-precision verdict at point ``j``: True agree, False differ (with details), None undecided.

    A difference counts only when it is the same at two precisions (noise from cancellation
    shrinks as precision grows, a real difference does not). One kind of noise is stable: a
    value that cancels to exactly 0 at every precision tried (1 - sigma(x) at x = 200 needs 87
    digits). So while a side is exactly 0 (its expression not literally 0) and the other side is
    small enough to have been lost that way, precision is doubled; past MAX_DPS the point is
    left undecided, never called false.
    """
    dps = LOW_DPS + sample.extra_digits(j)
    low = _values(a, b, sample, j, dps)
    if low is None:
        return None, None
    la, lb = low
    suspects = _suspects(la, lb)
    if not suspects:
        return True, None
    while dps < MAX_DPS:
        high_dps = 2 * dps
        high = _values(a, b, sample, j, high_dps)
        if high is None:
            return None, None
        ha, hb = high
        remaining = [i for i in suspects if i in _suspects(ha, hb)]
        if not remaining:
            return True, None
        with mpmath.workdps(high_dps):
            for i in remaining:
                d_low, d_high = la[i] - lb[i], ha[i] - hb[i]
                stable = abs(d_low - d_high) <= mpmath.mpf("1e-6") * abs(d_high)
                # An exact 0 can hide a value lost to cancellation, but only a value below the
                # rounding level of the cancelled terms (assumed at most 10**(dps/2) in size).
                noise = mpmath.mpf(10) ** (-(high_dps // 2))
                lost = (ha[i] == 0 and not a.exact_zero_ok[i] and abs(hb[i]) < noise) or (
                    hb[i] == 0 and not b.exact_zero_ok[i] and abs(ha[i]) < noise
                )
                if stable and not lost:
                    return False, Disagreement(j, i, ha[i], hb[i])
        suspects, la, lb, dps = remaining, ha, hb, high_dps
    return None, None


def _suspects(va: Sequence[object], vb: Sequence[object]) -> list[int]:
    scale = max(_scale(va), _scale(vb))
    return [i for i, (u, v) in enumerate(zip(va, vb, strict=True)) if abs(u - v) > SPOT_TOL * scale]


def _values(a: NumericMember, b: NumericMember, sample: Sample, j: int, dps: int) -> tuple[list, list] | None:
    try:
        va, vb = a.precise(sample, j, dps), b.precise(sample, j, dps)
    except (ZeroDivisionError, ValueError, OverflowError, TypeError):
        return None  # undefined here (a pole, log(0), ...): not a valid point
    if not all(_finite(v) for v in (*va, *vb)):
        return None
    return va, vb


def compare(
    a: NumericMember,
    b: NumericMember,
    fa: np.ndarray,
    fb: np.ndarray,
    sample: Sample,
    spot_checks: int = 1,
    max_high: int = 64,
) -> Comparison:
    """Compare two members at every sample point; see the module docstring for the rules."""
    n = sample.n
    finite = np.all(np.isfinite(fa), axis=0) & np.all(np.isfinite(fb), axis=0)
    with np.errstate(all="ignore"):
        scale = np.maximum(np.nanmax(np.abs(fa), axis=0, initial=0.0), np.nanmax(np.abs(fb), axis=0, initial=0.0))
        rtol = max(a.rtol, b.rtol)
        close = np.all(np.abs(fa - fb) <= rtol * scale + 1e-12, axis=0)
    agree = finite & close
    float_disagree = np.flatnonzero(finite & ~close)
    non_finite = np.flatnonzero(~finite)
    valid = int(agree.sum())
    checked = 0
    noise = 0
    # Every float64 disagreement is decided at high precision: noise must not make a FAIL.
    for j in float_disagree:
        checked += 1
        same, diff = confirm(a, b, sample, int(j))
        if same is False and diff is not None:
            return Comparison(valid, checked, diff, noise)
        if same:
            valid += 1
            noise += 1
    # Non-finite in float64 (overflow, log of a negative): ask mpmath, up to a cap.
    for j in non_finite[:max_high]:
        checked += 1
        same, diff = confirm(a, b, sample, int(j))
        if same is False and diff is not None:
            return Comparison(valid, checked, diff, noise)
        if same:
            valid += 1
    # Spot checks of agreeing points: float64 tolerance must not hide a 1e-12 relative error.
    agreeing = np.flatnonzero(agree)
    if spot_checks > 1 and agreeing.size > spot_checks:  # spread them over the sample
        agreeing = agreeing[np.linspace(0, agreeing.size - 1, spot_checks).astype(int)]
    for j in agreeing[:spot_checks]:
        checked += 1
        same, diff = confirm(a, b, sample, int(j))
        if same is False and diff is not None:
            return Comparison(valid, checked, diff, noise)
    return Comparison(min(valid, n), checked, None, noise)


def fmt(v: object, digits: int = 15) -> str:
    """A high-precision value for display: 15 significant digits, complex shown as a+bj."""
    if isinstance(v, mpmath.mpc):
        if v.imag == 0:
            v = v.real
        else:
            return f"{mpmath.nstr(v.real, digits)}{'+' if v.imag >= 0 else '-'}{mpmath.nstr(abs(v.imag), digits)}j"
    return mpmath.nstr(v, digits)


def fmt_float(x: float) -> str:
    """Shortest text that round-trips to the same float (so a point can be re-entered exactly)."""
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x)) if x != 0 or math.copysign(1, x) > 0 else "-0"
    return repr(x)
