"""Numeric stage: a chain member evaluated at the sample points, in float64, arb balls and mpmath.

This module owns :class:`NumericMember` -- how one member (a value or a derivative) becomes
numbers; the rest of the stage lives in modules of their own and is re-exported here, since
``verifier.numeric`` is the stage's entry point: the points (:mod:`verifier.sampling`), the
tree walker (:mod:`verifier.walker`) with its mpmath and numpy arithmetic (:mod:`verifier.mpops`,
:mod:`verifier.npops`; balls: :mod:`verifier.balls`), the agreement rules (:mod:`verifier.agreement`)
and numbers as text (:mod:`verifier.numfmt`).

Float64 is only a fast filter: evaluated vectorised, it ranks the points where the members
seem to differ. The judge is ball arithmetic; points it cannot decide go to mpmath.

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
import os
from collections.abc import Callable, Sequence
from typing import NamedTuple

import flint
import mpmath
import numpy as np
import sympy as sp
from flint import acb, arb
from sympy.printing.codeprinter import PrintMethodNotImplementedError
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter

from verifier import balls, complexballs
from verifier.agreement import (  # noqa: F401 - re-exported: verifier.numeric is the stage's entry point
    LOW_DPS,
    MAX_CONFIRM,
    MAX_DPS,
    MAX_FALLBACK,
    SPOT_TOL,
    Comparison,
    Disagreement,
    compare,
    confirm,
)
from verifier.catalog import D
from verifier.mpops import GuardedMpmath, MpOps
from verifier.npops import NpOps
from verifier.numfmt import fmt, fmt_float  # noqa: F401
from verifier.sampling import Sample, draw  # noqa: F401
from verifier.stablelogistic import rewrites, stable
from verifier.walker import TreeWalker, has_kinds, replace_shared, symbol_dependence, unique_nodes

FORWARD_SWITCH = "VERIFY_FORWARD_MODE"  # "0": derivatives in balls by the complex step only (to compare)
FLOAT_RTOL = 1e-8
FD_RTOL = 1e-6  # central differences in float64 are good to ~1e-10 relative; leave margin

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


#: SymPy functions mpmath's printer does not know, by their mpmath name (the same arguments, the same principal
#: branch): an entry with one was an internal ERROR ("Unsupported by MpmathPrinter: LambertW", redcat62)
_MPMATH_NAMES = {
    "LambertW": "lambertw",
    "Ei": "ei",
    "li": "li",
    "Si": "si",
    "Ci": "ci",
    "Shi": "shi",
    "Chi": "chi",
    "zeta": "zeta",
    "dirichlet_eta": "altzeta",
    "polylog": "polylog",
    "polygamma": "polygamma",
    "expint": "expint",
    "airyai": "airyai",
    "airybi": "airybi",
    "elliptic_k": "ellipk",
    "erfinv": "erfinv",
}
_MPMATH_SETTINGS = {"order": "none", "user_functions": {k: f"mpmath.{v}" for k, v in _MPMATH_NAMES.items()}}


def _no_float_code(*args: object) -> list[object]:
    """The float64 code of a member NumPy's printer cannot write (see :func:`_float_code`): never a value."""
    raise NameError("no float64 code for this member")


def _float_code(symbols: Sequence[sp.Symbol], exprs: Sequence[sp.Expr]) -> Callable[..., list[object]]:
    """The float64 filter's code, or :func:`_no_float_code` where NumPy's printer knows a function not
    (LambertW, besselj, polylog, hyper, Ei, zeta of a variable): the step was an internal ERROR (redcat62);
    now the filter abstains there, as it does where float64 code fails, and the balls and mpmath judge."""
    try:
        return _lambdify(symbols, exprs, "numpy")
    except PrintMethodNotImplementedError:
        return _no_float_code


def _lambdify(symbols: Sequence[sp.Symbol], exprs: Sequence[sp.Expr], module: str):
    """Compile once. Unordered printing and CSE: ordering terms for print dominated the cost."""
    printer = NumPyPrinter({"order": "none"}) if module == "numpy" else MpmathPrinter(_MPMATH_SETTINGS)
    namespace = {"functools": functools, "math": math, "mpmath": GuardedMpmath(), "numpy": np}
    exprs = [sp.sympify(e).xreplace({sp.zoo: sp.nan}) for e in exprs]  # mpmath's printer lacks zoo
    return sp.lambdify(list(symbols), exprs, modules=[namespace, module], docstring_limit=0, cse=True, printer=printer)


class _Compiled(NamedTuple):
    """What :class:`NumericMember` makes of a member's expressions before any point: a pure function of
    the expressions and the symbols (the walkers and lambdified code hold no values between calls)."""

    exprs: list[sp.Expr]
    nodes: set[sp.Basic]
    analytic: bool
    np: Callable[..., list[object]]
    complex_step: bool
    ball: TreeWalker | None


#: compiled members by (expressions, symbols): a chain's members recur in the claims of its other
#: assignments and of its re-checks under other readings, and compiling one (the logistic rewrite, the
#: node set, the walkers' checks, lambdify where a node has no walker) was 2-3 % of a corpus run. Keyed by
#: SymPy's equality, which tells ``2.0*x`` from ``2*x``; the points and every value stay per member.
_COMPILED: dict[tuple[object, ...], _Compiled] = {}
_COMPILED_KEPT = 1024


def _without_deltas(e: sp.Expr) -> sp.Expr:
    r"""``e`` with each DiracDelta (of any order) as its value at a point: 0 where its argument is not 0, no value
    (nan: not a valid point) where it is. The derivative of a kink (``\max``, ``|x|``, Heaviside) twice taken is
    SymPy's DiracDelta, which no numeric printer knows: the step was an ERROR (lead50)."""
    if not isinstance(e, sp.Basic) or not has_kinds([e], (sp.DiracDelta,)):
        return e
    return replace_shared(e, lambda n: isinstance(n, sp.DiracDelta),  # SymPy's replace, shared sub-trees once
                          lambda n: sp.Piecewise((sp.nan, sp.Eq(n.args[0], 0)), (sp.S.Zero, True)))


def _compiled(exprs: list[sp.Expr], symbols: tuple[sp.Symbol, ...]) -> _Compiled:
    try:
        key: tuple[object, ...] | None = (tuple(exprs), symbols)
        hash(key)
    except TypeError:  # an entry that cannot be hashed: compiled every time
        key = None
    hit = _COMPILED.get(key) if key is not None else None
    if hit is not None:
        return hit
    exprs = list(exprs)
    nodes = unique_nodes(exprs)
    # 1 - σ(u) as σ(-u): no cancellation (stablelogistic); a DiracDelta as its value at a point. Asked first of
    # the distinct nodes (cold58): with nothing to rewrite, the usual case, the members are the very trees given.
    if rewrites(nodes) or any(isinstance(n, sp.DiracDelta) for n in nodes):
        exprs = [_without_deltas(stable(e)) for e in exprs]
        nodes = unique_nodes(exprs)
    analytic = not any(isinstance(node, _NON_ANALYTIC) for node in nodes)
    walker = TreeWalker.build(exprs, symbols, NpOps, nodes)
    # The walker's piecewise ops give the derivative of the piece; lambdify's do not.
    out = _Compiled(exprs, nodes, analytic, walker if walker is not None else _float_code(symbols, exprs),
                    walker is not None or analytic, TreeWalker.build(exprs, symbols, balls.BallOps, nodes))
    if key is not None:
        if len(_COMPILED) >= _COMPILED_KEPT:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = out
    return out


class NumericMember:
    """A chain member evaluated numerically: float64 (vectorised), balls (vectorised) and mpmath."""

    def __init__(self, member: object, symbols: Sequence[sp.Symbol]) -> None:
        self.symbols = tuple(symbols)
        self.is_derivative = isinstance(member, D)
        if isinstance(member, D):
            f = member.f
            exprs = list(f) if isinstance(f, sp.MatrixBase) else [sp.sympify(f)]
            self.wrt = [self.symbols.index(v) for v in member.variables]
            self.jacobian = len(exprs) > 1
        else:
            exprs = list(member) if isinstance(member, sp.MatrixBase) else [sp.sympify(member)]
            self.wrt = []
            self.jacobian = False
        compiled = _compiled(exprs, self.symbols)
        self.exprs = compiled.exprs
        self._nodes = compiled.nodes
        self.analytic = compiled.analytic
        self.n_entries = len(self.exprs) * len(self.wrt) if self.jacobian else len(self.wrt) or len(self.exprs)
        # Where an exact 0 is believable: literal zeros, and anything built from Max/Piecewise/...
        # (a branch that returns 0). An exact 0 of a smooth expression smells of cancellation.
        if not self.analytic:
            self.exact_zero_ok = [True] * self.n_entries
        elif self.is_derivative:
            self.exact_zero_ok = [False] * self.n_entries
        else:
            self.exact_zero_ok = [e == 0 for e in self.exprs]
        self.complex_step = compiled.complex_step
        self._np = compiled.np
        self._mp: Callable[..., list[object]] | None = None
        self._mp_complex_step = self.analytic
        self._ball = compiled.ball
        self._depends: dict[sp.Basic, frozenset[sp.Basic]] | None = None
        self._complex: TreeWalker | bool | None = None  # acb walker for non-real points (False: none)
        self._forward = os.environ.get(FORWARD_SWITCH) != "0"  # derivatives in balls: forward mode
        # Values at the points of one sample (kept alive here: an id() of a freed sample can recur).
        self._cached_sample: Sample | None = None
        self._precise_cache: dict[tuple[int, int], list[object]] = {}
        self._span_cache: dict[tuple[int, int], int] = {}  # span_digits of the walks precise() made (prec72)
        self._ball_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _use_sample(self, sample: Sample) -> None:
        if self._cached_sample is not sample:
            self._cached_sample = sample
            self._precise_cache.clear()
            self._span_cache.clear()
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

    def complex_ball_values(self, sample: Sample, cols: np.ndarray) -> np.ndarray | None:
        """Values in complex balls at ``cols`` (points where a side is not real), shape (entries, len(cols));
        None for a derivative or a node :mod:`verifier.complexballs` does not admit (mpmath decides)."""
        if self.is_derivative:
            return None
        if self._complex is None:
            self._complex = complexballs.walker(self.exprs, self.symbols, self._nodes) or False
        if self._complex is False:
            return None
        try:
            return complexballs.values(self._complex, sample, cols)
        except (ArithmeticError, ValueError, TypeError):  # whatever acb refuses: mpmath decides, as before
            return None

    def _dependence(self) -> dict[sp.Basic, frozenset[sp.Basic]]:
        """The symbols each node depends on (computed once per member, over the shared DAG)."""
        if self._depends is None:
            self._depends = symbol_dependence(self.exprs)
        return self._depends

    # -- high precision ---------------------------------------------------------------------------
    def _mp_evaluator(self) -> Callable[..., list[object]]:
        if self._mp is None:
            walker = TreeWalker.build(self.exprs, self.symbols, MpOps, self._nodes)
            # lambdify's code calls mpmath's own functions, many of which lose an imaginary part far below the
            # real one (besselj, hyper, ei, zeta, airyai: d/dx J_0 came out 0): differences there (redcat62)
            self._mp_complex_step = walker is not None
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
            # one walk gives the values and, from its memo, span_digits at this point and precision (prec72: the
            # span is asked beside the values at every precision agreement.confirm doubles to, and walking the
            # tree again for it cost as much as the values; mpmath is deterministic, so the memo's nodes are the
            # very numbers span_digits' own walk computes)
            base, real = self._f_mp_memo(x)
            if real is not None:
                self._span_cache[(j, dps)] = _span_of(real)
            if not self.is_derivative:
                return base
            # the complex step re-evaluates only the nodes that depend on the perturbed variable, as
            # in _balls: the others keep the values of the real evaluation, its walker's memo (mpmath
            # is deterministic, so they are the very numbers a full re-evaluation computes again)
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

    def span_digits(self, sample: Sample, j: int, dps: int) -> int:
        """Decimal digits between the largest and the smallest nonzero magnitude of the values the evaluation at
        point ``j`` goes through (every node the tree walker computes, at ``dps`` digits): a sum of such values
        can lose everything below ``10**-dps`` of its largest term in the same way at every precision short of
        that span (1 + e^{6086} is e^{6086} at 40 digits and at 80), so a difference that is "stable" between
        two such precisions proves nothing (agreement.confirm, lead60). 0 where no walker evaluates the member."""
        self._use_sample(sample)
        key = (j, dps)
        if key not in self._span_cache:  # usually filled by precise() at this point and precision
            with mpmath.workdps(dps):
                _, memo = self._f_mp_memo(sample.mp_point(j))
                self._span_cache[key] = 0 if memo is None else _span_of(memo)
        return self._span_cache[key]

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


def _span_of(memo: dict[sp.Basic, object]) -> int:
    """Decimal digits between the largest and the smallest nonzero finite magnitude among a walk's node values."""
    sizes = [mpmath.mag(v) for v in memo.values() if isinstance(v, mpmath.mpf | mpmath.mpc)
             and mpmath.isfinite(v) and v != 0]  # fmt: skip
    if not sizes:
        return 0
    return math.ceil((max(sizes) - min(sizes)) * math.log10(2))


def _is_real_finite(v: object) -> bool:
    return isinstance(v, arb) and v.is_finite()


def _imag(v: object, h: object) -> object:
    if isinstance(v, acb):
        return v.imag / h if v.real.is_finite() else balls.NAN
    return arb(0) if isinstance(v, arb) and v.is_finite() else balls.NAN


_imag_over = np.frompyfunc(_imag, 2, 1)
