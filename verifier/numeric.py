"""Numeric stage: sample the declared domains, evaluate members, decide agreement at every point.

Float64 is only a fast filter: evaluated vectorised, it ranks the points where the members
seem to differ, and the clearest of those is confirmed first. It never counts a point as
agreeing. The judge is ball arithmetic (:mod:`verifier.balls`): every sample point is
evaluated in arb, where a difference ball that excludes 0 proves a disagreement and a tiny
ball around 0 bounds the difference rigorously. Points that ball arithmetic cannot decide
(a side is not real, an unsupported function) go to mpmath, where a difference counts only
if it is the same at two working precisions (noise from cancellation shrinks with precision,
a real difference does not).

Derivative members are evaluated from the function itself -- the complex step (exact to
rounding) for every function the tree walker knows, including the pieces of Max, Abs,
Heaviside and Piecewise (the branch is chosen by the real part), central differences only
for the rest; in ball arithmetic, forward mode (:func:`verifier.balls.tangents`) where every
node on the path from the variable has a rule -- never from SymPy's ``diff``, so this stage is
a witness independent of the symbolic one.
"""

from __future__ import annotations

import functools
import math
import operator
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import flint
import mpmath
import numpy as np
import sympy as sp
from flint import acb, arb
from sympy.functions.elementary.piecewise import ExprCondPair
from sympy.logic.boolalg import BooleanFalse, BooleanTrue
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter

from verifier import balls
from verifier.catalog import D, Variable
from verifier.domains import Block

FORWARD_SWITCH = "VERIFY_FORWARD_MODE"  # "0": derivatives in balls by the complex step only (to compare)
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
    _balls_at: dict[int, list[np.ndarray]] = field(default_factory=dict, compare=False, repr=False)

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

    def ball_columns(self, cols: np.ndarray) -> list[np.ndarray]:
        """The points ``cols`` as arb balls at the current precision, constraints recomputed exactly.

        Every point is converted once per sample and precision (each member of a chain, at each
        level, asked again: a tenth of the ball stage); a float is exact in arb at any precision,
        and the constrained coordinates are recomputed at this precision.
        """
        prec = flint.ctx.prec
        cache = self._balls_at
        if prec not in cache:
            out = []
            for row in self.values:
                column = np.empty(len(row), dtype=object)
                column[:] = [arb(float(v)) for v in row]
                out.append(column)
            for target, sources in self.derived:
                out[target] = 1 - functools.reduce(operator.add, (out[k] for k in sources))
            cache[prec] = out
        return [column[cols] for column in cache[prec]]

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
    namespace = {"functools": functools, "math": math, "mpmath": _GuardedMpmath(), "numpy": np}
    exprs = [sp.sympify(e).xreplace({sp.zoo: sp.nan}) for e in exprs]  # mpmath's printer lacks zoo
    return sp.lambdify(list(symbols), exprs, modules=[namespace, module], docstring_limit=0, cse=True, printer=printer)


class NumericMember:
    """A chain member evaluated numerically: float64 (vectorised), balls (vectorised) and mpmath."""

    def __init__(self, member: object, symbols: Sequence[sp.Symbol]) -> None:
        self.symbols = tuple(symbols)
        self.is_derivative = isinstance(member, D)
        if isinstance(member, D):
            f = member.f
            self.exprs = list(f) if isinstance(f, sp.MatrixBase) else [sp.sympify(f)]
            self.wrt = [self.symbols.index(v) for v in member.variables]
            self.jacobian = len(self.exprs) > 1
        else:
            self.exprs = list(member) if isinstance(member, sp.MatrixBase) else [sp.sympify(member)]
            self.wrt = []
            self.jacobian = False
        self._nodes = _unique_nodes(self.exprs)
        self.analytic = not any(isinstance(node, _NON_ANALYTIC) for node in self._nodes)
        self.n_entries = len(self.exprs) * len(self.wrt) if self.jacobian else len(self.wrt) or len(self.exprs)
        # Where an exact 0 is believable: literal zeros, and anything built from Max/Piecewise/...
        # (a branch that returns 0). An exact 0 of a smooth expression smells of cancellation.
        if not self.analytic:
            self.exact_zero_ok = [True] * self.n_entries
        elif self.is_derivative:
            self.exact_zero_ok = [False] * self.n_entries
        else:
            self.exact_zero_ok = [e == 0 for e in self.exprs]
        walker = TreeWalker.build(self.exprs, self.symbols, _NpOps, self._nodes)
        # The walker's piecewise ops give the derivative of the piece; lambdify's do not.
        self.complex_step = walker is not None or self.analytic
        self._np = walker if walker is not None else _lambdify(self.symbols, self.exprs, "numpy")
        self._mp: Callable[..., list[object]] | None = None
        self._mp_complex_step = self.analytic
        self._ball = TreeWalker.build(self.exprs, self.symbols, balls.BallOps, self._nodes)
        self._depends: dict[sp.Basic, frozenset[sp.Basic]] | None = None
        self._forward = os.environ.get(FORWARD_SWITCH) != "0"  # derivatives in balls: forward mode
        # Values at the points of one sample (kept alive here: an id() of a freed sample can recur).
        self._cached_sample: Sample | None = None
        self._precise_cache: dict[tuple[int, int], list[object]] = {}
        self._ball_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _use_sample(self, sample: Sample) -> None:
        if self._cached_sample is not sample:
            self._cached_sample = sample
            self._precise_cache.clear()
            self._ball_cache.clear()

    @property
    def rtol(self) -> float:
        return FLOAT_RTOL if self.complex_step or not self.is_derivative else FD_RTOL

    # -- float64 --------------------------------------------------------------------------------
    def _f_np(self, args: list[np.ndarray], n: int) -> np.ndarray:
        out = self._np(*args)
        return np.stack([np.broadcast_to(np.asarray(v), (n,)) for v in out])

    def floats(self, sample: Sample) -> np.ndarray:
        """Values of shape (entries, n); non-finite or non-real values are NaN (the judge decides those)."""
        n = sample.n
        args = list(sample.values)
        with np.errstate(all="ignore"):
            try:
                vals = self._f_np(args, n) if not self.is_derivative else self._derivative_floats(sample)
            except (TypeError, ValueError, NameError, ZeroDivisionError, OverflowError, AttributeError):
                # a function float64 code cannot evaluate: the filter abstains, the judge decides
                return np.full((self.n_entries, n), np.nan)
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
        if self.complex_step:  # exact to rounding, no subtractive cancellation
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

    # -- balls ----------------------------------------------------------------------------------
    def ball_values(self, sample: Sample, cols: np.ndarray, prec: int) -> np.ndarray | None:
        """Entry values as arb balls, shape (entries, len(cols)), at ``prec`` bits; None if unsupported.

        NaN where a value is not real or not defined. Cached per point: a member is compared
        with both of its neighbours, at the points each comparison asks for.
        """
        if self._ball is None:
            return None
        self._use_sample(sample)
        if prec not in self._ball_cache:
            self._ball_cache[prec] = (np.empty((self.n_entries, sample.n), dtype=object), np.zeros(sample.n, bool))
        values, done = self._ball_cache[prec]
        missing = cols[~done[cols]]
        if missing.size:
            with balls.precision(prec):
                values[:, missing] = self._balls(sample, missing)
            done[missing] = True
        return values[:, cols]

    def _balls(self, sample: Sample, cols: np.ndarray) -> np.ndarray:
        assert self._ball is not None
        c = len(cols)
        args = sample.ball_columns(cols)

        def stacked(values: list[object], shape: tuple[int, ...]) -> np.ndarray:
            out = np.empty((len(values), *shape), dtype=object)
            for i, v in enumerate(values):
                out[i] = np.broadcast_to(np.asarray(v, dtype=object), shape)
            return out

        memo: dict[sp.Basic, object] = dict(zip(self.symbols, args, strict=True))
        base = stacked(self._ball.evaluate(memo), (c,))
        if not self.is_derivative:
            return base
        # Complex step in acb: f(x + ih) = f(x) + ih f'(x) + O(h**3); h far below the precision.
        # One direction at a time, and only the nodes that depend on the perturbed variable are
        # evaluated again: every other node's value is the real one just computed (arb is
        # deterministic, so this is the very ball a full re-evaluation would give), and a sum
        # of K terms no longer costs K evaluations of every term for each of K directions.
        # Forward mode first (balls.tangents: exact rules, one or two arb operations per node on
        # a path from the variable); a node type without a rule there keeps the complex step.
        m = len(self.wrt)
        h = arb(2) ** (-2 * flint.ctx.prec)
        depends = self._dependence()
        rows = []
        for k in self.wrt:
            x = self.symbols[k]
            if self._forward:
                try:
                    found = balls.tangents(self.exprs, memo, x, depends)
                except balls.NoTangent:
                    self._forward = False
                else:
                    rows.append(stacked([balls.ZERO if t is None else t for t in found], (c,)))
                    continue
            seeded = {node: v for node, v in memo.items() if x not in depends.get(node, (x,))}
            column = np.empty(c, dtype=object)
            column[:] = [acb(v, h) for v in args[k]]
            seeded[x] = column
            rows.append(_imag_over(stacked(self._ball.evaluate(seeded), (c,)), h))
        d = np.stack(rows, axis=1) if m else np.empty((len(self.exprs), 0, c), dtype=object)  # (entries, m, c)
        real_base = np.frompyfunc(_is_real_finite, 1, 1)(base).astype(bool).all(axis=0)  # (c,)
        d = np.where(real_base[None, None, :], d, balls.NAN)
        if self.jacobian:
            return d.reshape(len(self.exprs) * m, c)
        return d[0]

    def _dependence(self) -> dict[sp.Basic, frozenset[sp.Basic]]:
        """The symbols each node depends on (computed once per member, over the shared DAG)."""
        if self._depends is None:
            self._depends = _symbol_dependence(self.exprs)
        return self._depends

    # -- high precision ---------------------------------------------------------------------------
    def _mp_evaluator(self) -> Callable[..., list[object]]:
        if self._mp is None:
            walker = TreeWalker.build(self.exprs, self.symbols, _MpOps, self._nodes)
            self._mp_complex_step = walker is not None or self.analytic
            self._mp = walker if walker is not None else _lambdify(self.symbols, self.exprs, "mpmath")
        return self._mp

    def _f_mp(self, point: Sequence[object]) -> list[object]:
        return [mpmath.mpmathify(v) for v in self._mp_evaluator()(*point)]

    def precise(self, sample: Sample, j: int, dps: int) -> list[object]:
        """Entry values at sample point ``j`` (exact binary floats) with ``dps`` digits; may be complex.

        Cached: in a chain every inner member is compared with both of its neighbours.
        """
        self._use_sample(sample)
        key = (j, dps)
        if key not in self._precise_cache:
            self._precise_cache[key] = self._precise(sample, j, dps)
        return self._precise_cache[key]

    def _precise(self, sample: Sample, j: int, dps: int) -> list[object]:
        with mpmath.workdps(dps):
            x = sample.mp_point(j)
            if not self.is_derivative:
                return self._f_mp(x)
            # the complex step re-evaluates only the nodes that depend on the perturbed variable, as
            # in _balls: the others keep the values of the real evaluation, its walker's memo (mpmath
            # is deterministic, so they are the very numbers a full re-evaluation computes again)
            base, real = self._f_mp_memo(x)
            if not all(mpmath.isfinite(v) for v in base):  # f undefined here: so is its derivative
                return [mpmath.mpf("nan")] * self.n_entries
            use_complex_step = self._mp_complex_step and all(mpmath.im(v) == 0 for v in base)
            cols = []
            for k in self.wrt:
                if use_complex_step:
                    h = mpmath.mpf(10) ** (-2 * dps)
                    if real is not None:
                        cols.append([mpmath.im(v) / h for v in self._complex_step_mp(real, k, mpmath.mpc(x[k], h))])
                        continue
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

    def _f_mp_memo(self, x: Sequence[object]) -> tuple[list[object], dict[sp.Basic, object] | None]:
        """``_f_mp(x)``, and every node's value there when a tree walker computed it (else None)."""
        walker = self._mp_evaluator()
        if not isinstance(walker, TreeWalker):
            return self._f_mp(x), None
        memo: dict[sp.Basic, object] = dict(zip(self.symbols, x, strict=True))
        return [mpmath.mpmathify(v) for v in walker.evaluate(memo)], memo

    def _complex_step_mp(self, real: dict[sp.Basic, object], k: int, z: object) -> list[object]:
        """The entries with variable ``k`` set to ``z``, the nodes that do not depend on it taken from ``real``."""
        assert isinstance(self._mp, TreeWalker)
        x, depends = self.symbols[k], self._dependence()
        seeded = {node: v for node, v in real.items() if x not in depends.get(node, (x,))}
        seeded[x] = z
        return [mpmath.mpmathify(v) for v in self._mp.evaluate(seeded)]


def _unique_nodes(exprs: Sequence[sp.Basic]) -> set[sp.Basic]:
    """Every distinct node of the expressions (a DAG walk: shared sub-trees are visited once)."""
    seen: set[sp.Basic] = set()
    stack = list(exprs)
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(node.args)
    return seen


def _symbol_dependence(exprs: Sequence[sp.Basic]) -> dict[sp.Basic, frozenset[sp.Basic]]:
    """node -> the symbols below it, for every node of the expressions (iterative: trees can be deep)."""
    deps: dict[sp.Basic, frozenset[sp.Basic]] = {}
    stack: list[tuple[sp.Basic, bool]] = [(e, False) for e in exprs]
    while stack:
        node, expanded = stack.pop()
        if node in deps:
            continue
        if node.is_Symbol:
            deps[node] = frozenset((node,))
        elif expanded or not node.args:
            deps[node] = frozenset().union(*(deps[a] for a in node.args))
        else:
            stack.append((node, True))
            stack.extend((a, False) for a in node.args if a not in deps)
    return deps


def _is_real_finite(v: object) -> bool:
    return isinstance(v, arb) and v.is_finite()


def _imag(v: object, h: object) -> object:
    if isinstance(v, acb):
        return v.imag / h if v.real.is_finite() else balls.NAN
    return arb(0) if isinstance(v, arb) and v.is_finite() else balls.NAN


_imag_over = np.frompyfunc(_imag, 2, 1)


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


class _GuardedMpmath:
    """mpmath as lambdify's generated code sees it: the functions in ``_GUARDED`` are guarded."""

    def __getattr__(self, name: str) -> object:
        value = getattr(mpmath, name)
        if name in _GUARDED:
            value = _mp_guard(value)  # type: ignore[arg-type]
        elif name == "power":
            value = _mp_power
        setattr(self, name, value)
        return value


def _mp_jet(f: Callable[[object], object], df: Callable[[object], object]) -> Callable[[object], object]:
    """f on reals; on complex-step input f(a + ib) = f(a) + i b f'(a) + O(b**2), exact for tiny b.

    mpmath's complex erf or gamma is accurate relative to |f(z)|, so an imaginary part of
    1e-100 next to a real part of 1 would be lost: the complex step needs the jet instead.
    """

    def g(z: object) -> object:
        if isinstance(z, mpmath.mpc):
            return mpmath.mpc(f(z.real), z.imag * df(z.real))
        return f(z)

    return g


class _MpOps:
    """mpmath arithmetic for TreeWalker; non-analytic pieces follow the real part (complex step)."""

    funcs: ClassVar[dict[type, Callable[..., object]]] = {
        sp.exp: _mp_guard(mpmath.exp),
        sp.log: mpmath.log,
        sp.sin: _mp_guard(mpmath.sin),
        sp.cos: _mp_guard(mpmath.cos),
        sp.tan: _mp_guard(mpmath.tan),
        sp.sinh: _mp_guard(mpmath.sinh),
        sp.cosh: _mp_guard(mpmath.cosh),
        sp.tanh: _mp_guard(mpmath.tanh),
        sp.atan: mpmath.atan,
        sp.asin: mpmath.asin,
        sp.acos: mpmath.acos,
        sp.Abs: _mp_abs,
        sp.sign: _mp_sign,
        sp.erf: _mp_guard(_mp_jet(mpmath.erf, lambda a: 2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi))),
        sp.erfc: _mp_guard(_mp_jet(mpmath.erfc, lambda a: -2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi))),
        sp.gamma: _mp_guard(_mp_jet(mpmath.gamma, lambda a: mpmath.gamma(a) * mpmath.digamma(a))),
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
        return _RELATIONS[op](_mp_re(a), _mp_re(b))

    @staticmethod
    def all(values: list) -> object:
        return all(values)

    @staticmethod
    def any(values: list) -> object:
        return any(values)

    @staticmethod
    def logical_not(value: object) -> object:
        return not value


def _np_special(f: Callable[[object], object], df: Callable[[object], object]) -> Callable[[object], object]:
    """A special function float64 lacks (erf, gamma): mpmath elementwise, the jet on complex input."""
    jet = _mp_jet(f, df)

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
        sp.Abs: _np_abs,
        sp.sign: lambda z: np.sign(np.real(z)),
        sp.erf: _np_special(mpmath.erf, lambda a: 2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi)),
        sp.erfc: _np_special(mpmath.erfc, lambda a: -2 * mpmath.exp(-(a**2)) / mpmath.sqrt(mpmath.pi)),
        sp.gamma: _np_special(mpmath.gamma, lambda a: mpmath.gamma(a) * mpmath.digamma(a)),
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
        return _RELATIONS[op](np.real(a), np.real(b))

    @staticmethod
    def all(values: list) -> object:
        return functools.reduce(np.logical_and, values)

    @staticmethod
    def any(values: list) -> object:
        return functools.reduce(np.logical_or, values)

    logical_not = staticmethod(np.logical_not)


class TreeWalker:
    """Evaluates SymPy trees directly (numpy, mpmath or arb balls), memoised per node.

    Generating and compiling code with ``lambdify`` costs more than the evaluation itself for
    the few calls a step needs; walking the tree is cheaper, and the memo shares common
    sub-expressions the way CSE would. Unknown node types make ``build`` return None and the
    caller falls back to ``lambdify`` (or, for balls, to mpmath).
    """

    def __init__(self, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], ops: type) -> None:
        self.exprs = list(exprs)
        self.symbols = list(symbols)
        self.ops = ops

    @classmethod
    def build(
        cls, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], ops: type, nodes: set[sp.Basic] | None = None
    ) -> TreeWalker | None:
        """A walker for ``exprs``, or None if a node is unknown to ``ops`` (``nodes``: all of them, if known)."""
        for node in nodes if nodes is not None else _unique_nodes(exprs):
            if not cls._supported(node, ops):
                return None
        return cls(exprs, symbols, ops)

    @staticmethod
    def _supported(node: sp.Basic, ops: type) -> bool:
        if node.is_Symbol or node.is_Rational or node.is_Add or node.is_Mul or node.is_Pow:
            return True
        if isinstance(node, ExprCondPair):  # evaluated by its Piecewise
            return True
        if isinstance(node, sp.log) and len(node.args) != 1:
            return False
        if type(node) in ops.funcs or isinstance(node, sp.Max | sp.Min | sp.Heaviside | sp.Piecewise):
            return True
        if node in (sp.pi, sp.E) or isinstance(node, sp.core.relational.Relational):
            return True
        return isinstance(node, sp.And | sp.Or | sp.Not | BooleanTrue | BooleanFalse)

    def __call__(self, *point: object) -> list[object]:
        return self.evaluate(dict(zip(self.symbols, point, strict=True)))

    def evaluate(self, memo: dict[sp.Basic, object]) -> list[object]:
        """The expressions' values; ``memo`` holds the symbols' values (and any node already known)."""
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
            v = ops.pi()
        elif e is sp.E:
            v = ops.e()
        elif isinstance(e, BooleanTrue | BooleanFalse):
            v = bool(e)
        elif isinstance(e, sp.core.relational.Relational):
            v = ops.relation(e.rel_op, ev(e.lhs, memo), ev(e.rhs, memo))
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
    lhs: object  # mpmath values (from mpmath at high precision, or a ball's midpoint)
    rhs: object


@dataclass(frozen=True)
class Comparison:
    valid: int  # points judged equal: by ball arithmetic, or by mpmath where balls could not decide
    checked_high: int  # points evaluated in mpmath
    counterexample: Disagreement | None
    noise_points: int  # float64 disagreements that ball arithmetic showed to be rounding noise


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
    """Entries that differ by more than SPOT_TOL relative to *that entry* (never to the largest one)."""
    out = []
    for i, (u, v) in enumerate(zip(va, vb, strict=True)):
        scale = max(abs(u), abs(v))
        if abs(u - v) > SPOT_TOL * scale:
            out.append(i)
    return out


def _values(a: NumericMember, b: NumericMember, sample: Sample, j: int, dps: int) -> tuple[list, list] | None:
    try:
        va, vb = a.precise(sample, j, dps), b.precise(sample, j, dps)
    except (ZeroDivisionError, ValueError, OverflowError, TypeError):
        return None  # undefined here (a pole, log(0), ...): not a valid point
    if not all(_finite(v) for v in (*va, *vb)):
        return None
    return va, vb


MAX_CONFIRM = 8  # disagreements (ranked, clearest first) confirmed in mpmath before giving up on them
MAX_FALLBACK = 64  # points ball arithmetic cannot decide (a side not real, ...) decided in mpmath instead


def compare(a: NumericMember, b: NumericMember, fa: np.ndarray, fb: np.ndarray, sample: Sample) -> Comparison:
    """Compare two members at every sample point; see the module docstring for the rules.

    Ball arithmetic judges the points float64 suspects first, clearest first, so that most
    failing steps end after a few evaluations; then every other point. The counterexample is
    the clearest confirmed one: the largest relative difference.
    """
    n = sample.n
    with np.errstate(all="ignore"):
        gap = np.abs(fa - fb)
        size = np.maximum(np.abs(fa), np.abs(fb))
        # Entry by entry, but for *ranking* only: an entry 1e12 times smaller than the largest
        # is usually float64 cancellation noise. The judge compares every entry on its own.
        floor = 1e-12 * np.max(size, axis=0, initial=0.0)
        rel = np.where(gap == 0, 0.0, gap / np.maximum(size, floor))
        rel64 = np.max(rel, axis=0, initial=0.0)  # NaN where an entry is not finite
    suspect = rel64 > max(a.rtol, b.rtol)
    first = np.flatnonzero(suspect)
    first = first[np.argsort(-rel64[first], kind="stable")]
    status = np.full(n, balls.NONFINITE)
    checked = 0
    for batch in (first, np.flatnonzero(~suspect)):
        if not batch.size:
            continue
        verdicts = _judge_all(a, b, sample, batch)
        status[batch] = verdicts.status
        diff, tried = _clearest(a, b, sample, batch, verdicts)
        checked += tried
        if diff is not None:
            return Comparison(int((status == balls.AGREE).sum()), checked, diff, 0)
    valid = int((status == balls.AGREE).sum())
    # Points the judge cannot decide (a side is not real, a function arb lacks): mpmath.
    fallback = np.flatnonzero(status == balls.NONFINITE)
    fallback = fallback[np.argsort(-np.nan_to_num(rel64[fallback], nan=-1.0), kind="stable")]
    for j in fallback[:MAX_FALLBACK]:
        checked += 1
        same, diff = confirm(a, b, sample, int(j))
        if same is False and diff is not None:
            return Comparison(valid, checked, diff, 0)
        if same:
            valid += 1
    noise = int(np.count_nonzero(status[suspect] == balls.AGREE))
    return Comparison(min(valid, n), checked, None, noise)


def _clearest(
    a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray, verdicts: _Verdicts
) -> tuple[Disagreement | None, int]:
    """The proven (or, for complex-step derivatives, mpmath-confirmed) disagreement of largest relative size."""
    differ = np.flatnonzero(verdicts.status == balls.DIFFER)
    if not differ.size:
        return None, 0
    ranked = differ[np.argsort(-verdicts.rel[differ], kind="stable")]
    if not (a.is_derivative or b.is_derivative):  # a ball that excludes 0 is a proof
        jj = int(ranked[0])
        i = int(verdicts.entry[jj])
        va, vb = verdicts.values[jj]
        return Disagreement(int(cols[jj]), i, balls.to_mpmath(va[i]), balls.to_mpmath(vb[i])), 0
    tried = 0
    for jj in ranked[:MAX_CONFIRM]:  # complex-step derivatives: confirmed in mpmath as well
        tried += 1
        same, diff = confirm(a, b, sample, int(cols[jj]))
        if same is False and diff is not None:
            return diff, tried
    return None, tried


@dataclass(frozen=True)
class _Verdicts:
    status: np.ndarray  # per point: balls.AGREE / WIDE / NONFINITE / DIFFER (the worst entry)
    rel: np.ndarray  # per point: largest relative difference of a DIFFER entry
    entry: np.ndarray  # per point: that entry
    values: dict[int, tuple[np.ndarray, np.ndarray]]  # DIFFER points: (lhs, rhs) entry balls


def _judge_all(a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray) -> _Verdicts:
    """Ball verdicts at the points ``cols``; undecided (WIDE) points are redone at higher precision."""
    c = len(cols)
    status = np.full(c, balls.NONFINITE)
    rel = np.zeros(c)
    entry = np.zeros(c, dtype=int)
    values: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    todo = np.arange(c)
    for level, prec in enumerate(balls.PRECISIONS):
        va, vb = a.ball_values(sample, cols[todo], prec), b.ball_values(sample, cols[todo], prec)
        if va is None or vb is None:  # a function arb does not know: every point goes to mpmath
            break
        with balls.precision(prec):
            st, rl = _JUDGE(va, vb, level == len(balls.PRECISIONS) - 1)
        st = np.asarray(st, dtype=int).reshape(va.shape)
        rl = np.where(st == balls.DIFFER, np.asarray(rl, dtype=float).reshape(va.shape), -1.0)
        status[todo] = st.max(axis=0)
        rel[todo] = rl.max(axis=0)
        entry[todo] = rl.argmax(axis=0)
        for k in np.flatnonzero(status[todo] == balls.DIFFER):
            values[int(todo[k])] = (va[:, k], vb[:, k])
        todo = todo[status[todo] == balls.WIDE]
        if not todo.size:
            break
    return _Verdicts(status, rel, entry, values)


_JUDGE = np.frompyfunc(balls.judge, 3, 2)


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
