"""Symbolic stage: show ``lhs - rhs == 0`` by a cascade from cheap to expensive arguments.

1. *structural*: SymPy's automatic canonicalisation already gives 0;
2. *identity test*: after rewriting hyperbolic functions to ``exp`` and expanding logarithms
   where assumptions allow (``exp`` of a sum is split into a product inside the test), every remaining
   non-rational sub-expression (``exp(s_1)``, ``log(u)``, ``Max(0, x)``, ...) is treated as an
   independent variable (one per function at its arguments expanded, and a root of a base shared by
   the powers of that base: :func:`applied_key`) and the rational function is evaluated exactly, modulo large primes,
   at random points (Schwartz-Zippel). A zero there is a zero for *every* value of those
   sub-expressions, hence an identity; a false "zero" has probability below 1e-15 per prime;
   three primes are used. The primes (128-bit) and the points are drawn afresh in every run
   from an unpredictable source: with fixed, public primes a claim could carry a constant that
   is 0 modulo all of them (``x + c*y/10**300 = x``) and be "proved";
   then, when a side has a sine, cosine or tangent, the same test with every angle written through its
   half-tangent (:func:`half_tangents`: sums of angles expanded, ``sin^2 + cos^2 = 1`` built in);
3. when a side is piecewise (Piecewise, Heaviside, Abs, sign, Max, Min): an argument by cases
   over the regions the branch points cut the declared domain into (:mod:`verifier.cases`);
4. ``simplify`` (and a Piecewise-aware variant) under the remaining time budget (its first call's
   one-time imports are done by :func:`warm_simplify`, outside every budget).

Derivatives are taken through a common-subexpression DAG (forward mode over ``sympy.cse``)
because ``diff`` on the expanded cross-entropy of a 24-way softmax takes seconds.
"""

from __future__ import annotations

import functools
import random
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import sympy as sp
from sympy.core.evalf import PrecisionExhausted

from verifier.breakpoints import Bounds, has_piecewise
from verifier.budget import Deadline, paused, soft_limit
from verifier.cases import STAGE as CASES_STAGE
from verifier.cases import DiffersAt, prove_by_cases
from verifier.catalog import D
from verifier.tinygaps import Points, gap_at
from verifier.walker import atoms_of

#: the prefix of every stage of a step's symbolic budget ("symbolic: simplify", ...): what the symbolic stage's
#: handlers may take as its own budget running out (a BudgetExceeded of another stage is an enclosing budget's)
SYMBOLIC = "symbolic"

#: the reason a step is SKIPPED where the sides differ only at a point the cases single out (x = 0 of |x|)
UNSAMPLED_POINT = "a point no random sample reaches"

SIMPLIFY_BUDGET = 0.5  # seconds per step for the expensive last stage
PRIME_BITS = 128
N_PRIMES = 3


# ----------------------------------------------------------------------------------------------
# Derivatives


def derivative_entries(member: D) -> list[sp.Expr]:
    """Entries (row-major, in the catalog's layout) of ``member`` by forward mode over a CSE DAG."""
    f = member.f
    fs = list(f) if isinstance(f, sp.MatrixBase) else [f]
    variables = list(member.variables)
    repl, reduced = sp.cse(fs, order="none")
    repl, reduced = _real_subexpressions(repl, reduced)
    table: dict[sp.Symbol, sp.Expr] = {}
    for sym, e in repl:
        table[sym] = e.xreplace(table)
    by_var: list[list[sp.Expr]] = []  # by_var[v][k] = d fs[k] / d variables[v]
    for v in variables:
        dx: dict[sp.Symbol, sp.Expr] = {}
        for sym, e in repl:
            dx[sym] = _chain(e, v, dx)
        by_var.append([_chain(r, v, dx).xreplace(table) for r in reduced])
    if len(fs) == 1:  # gradient: shape of the variable
        return [by_var[v][0] for v in range(len(variables))]
    return [by_var[j][i] for i in range(len(fs)) for j in range(len(variables))]  # Jacobian J[i, j]


def _real_subexpressions(
    repl: list[tuple[sp.Symbol, sp.Expr]], reduced: list[sp.Expr]
) -> tuple[list[tuple[sp.Symbol, sp.Expr]], list[sp.Expr]]:
    """CSE symbols standing for real subexpressions made real (review31b).

    ``sign(x0)`` or ``Abs(x0)`` of a CSE symbol with no assumptions has no derivative SymPy can take
    (gaps19's real odd root ``sign(b)|b|^{1/3}``): it is left as ``Derivative(sign(x0), x0)``, which
    replacing ``x0`` by ``x - 2`` turns into a derivative with respect to an expression (ValueError).
    """
    rename: dict[sp.Symbol, sp.Symbol] = {}
    out: list[tuple[sp.Symbol, sp.Expr]] = []
    for sym, e in repl:
        e = e.xreplace(rename)
        if isinstance(e, sp.Expr) and e.is_extended_real and not sym.is_extended_real:
            rename[sym] = sp.Dummy(sym.name, real=True)
        out.append((rename.get(sym, sym), e))
    if not rename:
        return repl, reduced
    return out, [r.xreplace(rename) for r in reduced]


def _chain(e: sp.Expr, v: sp.Symbol, dx: dict[sp.Symbol, sp.Expr]) -> sp.Expr:
    d = sp.diff(e, v)
    for s in e.free_symbols:
        ds = dx.get(s)
        if ds is not None and ds != 0:
            d += sp.diff(e, s) * ds
    return d


def flat_entries(value: sp.Expr | sp.MatrixBase) -> list[sp.Expr]:
    if isinstance(value, sp.MatrixBase):
        return [sp.sympify(e) for e in value]
    return [sp.sympify(value)]


#: a derivative member's entries by (expander, f, variable): the claims of a chain (each index assignment,
#: each re-check under another reading) hand the symbolic stage the same derivatives again, and expanding
#: them again was 5 % of a corpus run (docspeed18). The expander is in the key so that a replaced one
#: (a test's) is not answered by the real one's entries.
_ENTRIES: dict[tuple[object, ...], tuple[sp.Expr, ...]] = {}
_ENTRIES_KEPT = 1024


def forget_entries() -> None:
    """Drop every remembered derivative expansion (tests)."""
    _ENTRIES.clear()


def member_entries(member: object) -> list[sp.Expr]:
    """Explicit entries of a member; derivatives are expanded here (inside the caller's budget).

    A derivative's entries are remembered by ``f`` and the variable (SymPy's equality: ``2.0*x`` is not
    ``2*x``, a symbol with other assumptions another symbol): :func:`derivative_entries` is a pure function
    of them, so a member met again gets the entries a new expansion builds. Not kept: entries holding a
    fresh symbol ``f`` does not (a real CSE symbol left in a derivative SymPy cannot take, review31b: a
    new expansion would hold another one), an ``f`` or variable that cannot be hashed, and an expansion
    that raised (the budget) -- those are expanded every time, as before."""
    if not isinstance(member, D):
        return flat_entries(member)  # type: ignore[arg-type]
    expand = derivative_entries
    try:
        key: tuple[object, ...] | None = (expand, member.f, member.wrt)
        hash(key)
    except TypeError:
        key = None
    hit = _ENTRIES.get(key) if key is not None else None
    if hit is not None:
        return list(hit)
    entries = expand(member)
    if key is not None and _ENTRIES_KEPT > 0 and not _fresh_symbols(entries, member.f):
        if len(_ENTRIES) >= _ENTRIES_KEPT:
            _ENTRIES.pop(next(iter(_ENTRIES)))
        _ENTRIES[key] = tuple(entries)
    return entries


def _fresh_symbols(entries: Sequence[sp.Expr], f: object) -> bool:
    """Do the entries hold a Dummy that ``f`` does not? (Each distinct sub-tree looked at once: walker.atoms_of.)"""
    found = atoms_of(entries, (sp.Dummy,))
    return bool(found) and not found <= atoms_of([f], (sp.Dummy,))


# ----------------------------------------------------------------------------------------------
# Normalisation


_HYPERBOLIC = (sp.tanh, sp.sinh, sp.cosh, sp.coth, sp.sech, sp.csch)


def normalise(e: sp.Expr) -> sp.Expr:
    """Rewrite so that equal things look equal to the identity test."""
    if e.has(*_HYPERBOLIC):
        e = e.rewrite(sp.exp)
    if e.has(sp.log):
        e = sp.expand_log(e)  # only where assumptions make it valid (no force)
    return e


_CANCEL_OPS = 60  # larger log arguments are left as written (cancel grows with their size)


def _logs_cancel(d: sp.Expr, fixed: dict[sp.Symbol, sp.Expr]) -> bool:
    """Is the difference ``d`` zero once its logarithms are combined (where their arguments are known
    positive: no force), each argument written as one fraction and the logs expanded again?
    ``log(σ/(1 - σ)) - z`` is ``log(e^z) - z`` and ``ζ(x) - ζ(-x) - x`` is ``log(e^x) - x`` so, for
    real z and x, though SymPy cannot tell that 1 - σ > 0 to split the first log."""
    d = sp.logcombine(d)
    d = d.replace(sp.log, _log_of_cancelled)
    return identity_test([sp.expand_log(d)], [sp.S.Zero], fixed)


def _log_of_cancelled(arg: sp.Expr) -> sp.Expr:
    if arg.is_Atom or not arg.is_commutative or sp.count_ops(arg) > _CANCEL_OPS:
        return sp.log(arg)
    return sp.log(sp.cancel(arg))


# ----------------------------------------------------------------------------------------------
# Exact identity test modulo primes


class _Undefined(Exception):
    """A denominator vanished at the chosen point; pick another."""


class ModularEvaluator:
    """Evaluates rational expressions mod p; any other sub-expression is a random atom."""

    def __init__(self, p: int, rng: random.Random, fixed: dict[sp.Symbol, sp.Expr] | None = None) -> None:
        self.p = p
        self.rng = rng
        self.memo: dict[sp.Basic, int] = {}
        self.fixed = fixed or {}
        self.applied: dict[object, int] = {}  # a function application's key (applied_key) -> its random value

    def value(self, e: sp.Basic) -> int:
        hit = self.memo.get(e)
        if hit is not None:
            return hit
        v = self._compute(e)
        self.memo[e] = v
        return v

    def _inv(self, v: int) -> int:
        if v % self.p == 0:
            raise _Undefined
        return pow(v, -1, self.p)

    def _compute(self, e: sp.Basic) -> int:
        """Integers, rationals, fixed symbols, sums and products: the same on SymPy and SymEngine
        trees (:mod:`verifier.fastpath` reuses this); every other node goes to :meth:`_node`."""
        p = self.p
        if e.is_Integer:
            return int(e) % p
        if e.is_Rational:
            num, den = self._num_den(e)
            return num * self._inv(den) % p
        if e.is_Symbol and e in self.fixed:
            return self.value(self.fixed[e])
        if e.is_Add:
            return sum(self.value(a) for a in e.args) % p
        if e.is_Mul:
            out = 1
            for a in e.args:
                out = out * self.value(a) % p
            return out
        return self._node(e)

    @staticmethod
    def _num_den(e: sp.Rational) -> tuple[int, int]:
        return int(e.p), int(e.q)

    def _node(self, e: sp.Basic) -> int:
        p = self.p
        if e.is_Pow and e.exp.is_Integer:
            base = self.value(e.base)
            n = int(e.exp)
            if n < 0:
                return pow(self._inv(base), -n, p)
            return pow(base, n, p)
        if isinstance(e, sp.exp):
            return self._exp(e)
        if isinstance(e, sp.Float):
            raise ValueError("floating-point constant in a symbolic expression")
        if e.is_Pow and e.exp.is_Rational and (key := applied_key(e.base, int(e.exp.q))) is not None:
            whole, rest = divmod(int(e.exp.p), int(e.exp.q))  # b^(p/q) = b^n (b^(1/q))^r, p = nq + r, 0 ≤ r < q
            return self._power(self.value(e.base), whole) * self._power(self._atom(key), rest) % p
        # Symbols, exp(.), log(.), Max, Piecewise, ...: an independent random variable, one per
        # application with its arguments expanded (sin(2(a + b)) and sin(2a + 2b) are one atom)
        key = applied_key(e) if isinstance(e, sp.Function) and not isinstance(e, sp.Piecewise) else None
        return self.rng.randrange(1, p) if key is None else self._atom(key)

    def _atom(self, key: tuple[object, ...]) -> int:
        """The random value of the atom with this key (:func:`applied_key`)."""
        atom = self.applied.get(key)
        if atom is None:
            atom = self.applied[key] = self.rng.randrange(1, self.p)
        return atom

    def _power(self, v: int, n: int) -> int:
        return pow(v, n, self.p) if n >= 0 else pow(self._inv(v), -n, self.p)

    def _exp(self, e: sp.exp) -> int:
        """exp(sum c_k t_k) = prod exp(t_k / EXP_ROOT) ** (c_k EXP_ROOT): one random atom per term t.

        SymPy folds exp(x/2)**2 back into exp(x), so the relation has to live here: every rational
        multiple c t whose denominator divides :data:`EXP_ROOT` is a power of the one atom exp(t / EXP_ROOT)
        (exp(x/2) and exp(x) are a^360360 and a^720720); a denominator that does not divide it gets the atom
        exp(t / q) of its own, unrelated, which can only miss an identity, never invent one.
        """
        out = 1
        for t in sp.Add.make_args(sp.expand(e.args[0])):
            coeff, rest = t.as_coeff_Mul()
            if not coeff.is_Rational:
                coeff, rest = sp.S.One, t
            out = out * self._exp_term(int(coeff.p), int(coeff.q), rest) % self.p
        return out

    def _exp_term(self, num: int, den: int, rest: object) -> int:
        """exp((num / den) rest) from the atom of ``rest`` (shared by this test's two evaluators)."""
        if EXP_ROOT % den == 0:
            return self._power(self._atom(("exp", EXP_ROOT, rest)), num * (EXP_ROOT // den))
        return self._power(self._atom(("exp", den, rest)), num)


#: exp(c t) for every rational c whose denominator divides it is a power of exp(t / EXP_ROOT) in the exact
#: identity test (the least common multiple of 1..16: halves, thirds, ..., sixteenths; ids45)
EXP_ROOT = 720720


KEYED_OPS = 400  # larger arguments are not expanded (their atom is keyed as written)
KEYED_POWER = 4  # nor those with a sum to a higher power (its expansion can be large)


@functools.lru_cache(maxsize=4096)
def applied_key(e: sp.Basic, root: int = 0) -> tuple[object, ...] | None:
    """The identity test's key of a function application ``e`` (``root`` 0), or of the ``root``-th root
    of ``e`` (``e**(1/root)``): the function (or the root) with its arguments expanded. Two atoms with one
    key are the same function at equal arguments (``expand`` rewrites a value into an equal one, under
    the symbols' assumptions), so one random value for both is a substitution the identity holds under
    too, and ``b**(p/q)`` is ``b**n * (b**(1/q))**r`` (``p = nq + r``, ``0 ≤ r < q``) for every b ≠ 0
    (principal branch: both are ``exp((p/q) Log b)``), the root an atom; atoms the key tells apart
    get two values, which can only miss an identity. docspeed15: the notes' unknown functions, read as
    sums of sines of linear forms, met at one argument written factored and expanded, and ``E**(3/2)``
    beside ``E * sqrt(E)``, were proved by ``simplify`` alone."""
    parts = (e,) if root else e.args
    if not parts or not all(isinstance(a, sp.Expr) for a in parts):
        return None
    return ("root" if root else e.func, root, *(_expanded(a) for a in parts))


def _expanded(e: sp.Expr) -> sp.Expr:
    """An argument expanded; as written where that could be large (``KEYED_OPS``, a sum to a power past
    ``KEYED_POWER``): such an atom only matches one written the same."""
    if e.is_Atom or sp.count_ops(e) > KEYED_OPS:
        return e
    if any(w.exp.is_Integer and abs(int(w.exp)) > KEYED_POWER and w.base.is_Add for w in e.atoms(sp.Pow)):
        return e
    return sp.expand(e)


def draw_primes(count: int = N_PRIMES, bits: int = PRIME_BITS) -> tuple[int, ...]:
    """``count`` distinct random primes of ``bits`` bits from the OS's randomness (about 2**120 candidates each)."""
    rng = random.Random(secrets.randbits(128))
    primes: set[int] = set()
    while len(primes) < count:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if sp.isprime(candidate):
            primes.add(candidate)
    return tuple(sorted(primes))


@functools.cache
def run_primes() -> tuple[int, ...]:
    """This run's primes: drawn once per process (drawing costs a few milliseconds)."""
    return draw_primes()


def identity_test(
    lhs: Sequence[sp.Expr],
    rhs: Sequence[sp.Expr],
    fixed: dict[sp.Symbol, sp.Expr],
    tries: int = 3,
    primes: Sequence[int] | None = None,
    evaluator: type[ModularEvaluator] | None = None,
) -> bool:
    """True when every ``lhs[i] - rhs[i]`` vanishes identically (see module docstring). ``evaluator``
    reads other trees than SymPy's (:class:`verifier.fastpath.ModularEvaluator` reads SymEngine's)."""
    rng = random.Random(secrets.randbits(128))
    make = evaluator or ModularEvaluator
    for p in primes if primes is not None else run_primes():
        for _ in range(tries):
            ev = make(p, rng, fixed)
            try:
                if any((ev.value(a) - ev.value(b)) % p for a, b in zip(lhs, rhs, strict=True)):
                    return False
                break
            except _Undefined:
                continue
        else:
            return False  # no point without a vanishing denominator: undecided
    return True


# ----------------------------------------------------------------------------------------------
# The cascade


def _normalised_identity(lhs: Sequence[sp.Expr], rhs: Sequence[sp.Expr]) -> bool:
    """The exact identity test after :func:`normalise` (a region's substitution, ``sigma = u`` with
    ``u > 0``, may let logarithms expand that could not before)."""
    return identity_test([normalise(e) for e in lhs], [normalise(e) for e in rhs], {})


@functools.cache
def warm_up() -> None:
    """Run the normaliser once, with no budget armed (its first call's one-time work is not a proof's)."""
    x = sp.Symbol("x", real=True)
    with paused():
        normalise(sp.tanh(x) + sp.log(2 * sp.exp(x)))


@functools.cache
def warm_simplify() -> None:
    """Run SymPy's ``simplify`` once per process, with every budget stopped (:func:`budget.paused`).

    SymPy's first ``simplify`` imports dozens of modules (``sympy.physics.units`` alone ~0.1 s of
    CPU) and fills caches; timed by a 0.5 s budget under machine load, that first call decided
    PROVED versus PASSED. Called right before the first ``simplify`` a step makes, not before every
    symbolic stage: most steps are proved earlier (no entry of the catalog reaches ``simplify``),
    and the CLI's parent no longer pays it before it can fork the first worker.
    """
    x = sp.Symbol("x", real=True)
    with paused():
        sp.simplify(sp.sin(x) ** 2 + sp.cos(x) ** 2 + sp.exp(x) / (1 + sp.exp(x)) - 1 / (1 + sp.exp(-x)))
        sp.simplify(sp.piecewise_fold((sp.Max(x, 0) - sp.Piecewise((x, x > 0), (0, True))).rewrite(sp.Piecewise)))


_TRIG = (sp.sin, sp.cos, sp.tan)


def half_tangents(lhs: Sequence[sp.Expr], rhs: Sequence[sp.Expr]) -> tuple[list[sp.Expr], list[sp.Expr]]:
    r"""Both sides with sines, cosines and tangents of sums expanded (``\cos(a - b) = \cos a\cos b + \sin a\sin b``,
    an argument expanded first: ``\sin(\omega(p + k))``), then each angle u written through its half-tangent t (one
    fresh symbol per angle, expanded): ``\sin u = 2t/(1 + t^2)``, ``\cos u = (1 - t^2)/(1 + t^2)``, ``\tan u =
    2t/(1 - t^2)``. These hold for every u with ``\cos(u/2) \neq 0``, and ``\sin^2 + \cos^2 = 1`` with them, so a
    rational identity in the t's (the identity test) is one in the angles wherever the sides are defined (both are
    analytic in u); angles it keys apart (``\sin u`` and ``\sin(u/2)``) are only independent, which can only miss an
    identity. The rotary-position identity was proved by ``simplify`` alone (ids44)."""
    angles: dict[sp.Expr, sp.Dummy] = {}

    def expanded(e: sp.Expr) -> sp.Expr:
        e = e.replace(lambda n: isinstance(n, _TRIG), lambda n: n.func(sp.expand(n.args[0])))
        return sp.expand_trig(e)

    def tangent(u: sp.Expr) -> sp.Dummy:
        return angles.setdefault(sp.expand(u), sp.Dummy("t"))

    def rational(e: sp.Expr) -> sp.Expr:
        atoms = sorted(e.atoms(*_TRIG), key=sp.default_sort_key)
        table = {}
        for a in atoms:
            t = tangent(a.args[0])
            table[a] = {sp.sin: 2 * t / (1 + t**2), sp.cos: (1 - t**2) / (1 + t**2), sp.tan: 2 * t / (1 - t**2)}[a.func]
        return e.xreplace(table)

    return [rational(expanded(e)) for e in lhs], [rational(expanded(e)) for e in rhs]


def constant_gap(d: sp.Expr) -> sp.Expr | None:
    """``d`` (a difference of the sides, simplified) to 15 digits when it is a number that is not zero: decided
    by SymPy and evaluated with all its digits significant (``strict``), so a zero SymPy cannot simplify (nested
    radicals) is never taken for a gap; None otherwise."""
    if not isinstance(d, sp.Expr) or d.free_symbols or not d.is_number or d.is_zero is not False:
        return None
    try:
        value = d.evalf(15, strict=True)
    except (PrecisionExhausted, ValueError, TypeError):
        return None
    return value if value != 0 else None


@dataclass(frozen=True)
class SymbolicOutcome:
    proved: bool
    method: str  # the argument that worked, or why none did
    refuted: str = ""  # where the sides differ though no sample point saw it (a point the cases single out)


def prove_equal(
    lhs: Sequence[sp.Expr],
    rhs: Sequence[sp.Expr],
    constraints: dict[sp.Symbol, sp.Expr],
    deadline: Deadline,
    thorough: bool = True,
    simplify_budget: float = SIMPLIFY_BUDGET,
    bounds: Mapping[sp.Symbol, Bounds] | None = None,
    admissible: Callable[[Mapping[sp.Symbol, sp.Expr]], bool] | None = None,
    points: Points | None = None,
) -> SymbolicOutcome:
    """Try to show lhs == rhs entry by entry; ``BudgetExceeded`` propagates to the caller.

    ``thorough=False`` stops after the cheap stages (used when numerics already refuted the
    step: then only a contradiction, a symbolic "zero", is worth looking for). ``bounds`` gives
    the declared Real-domain bounds of symbols (for the argument by cases, see verifier.cases), and
    ``admissible`` whether a point the cases would refute the step at is a value of the variables;
    ``points`` the sample points where the numbers agreed, where a difference simplify leaves is evaluated
    exactly (:mod:`verifier.tinygaps`: ``e^x = e^x + e^{x-800}``).
    """
    fixed = dict(constraints)
    diffs = [a - b for a, b in zip(lhs, rhs, strict=True)]
    if all(d == 0 for d in diffs) and not fixed:
        return SymbolicOutcome(True, "structural")
    warm_up()
    with soft_limit(deadline.remaining(), "symbolic: normalise"):
        nl = [normalise(e) for e in lhs]
        nr = [normalise(e) for e in rhs]
    if any(e.has(sp.Float) for e in (*nl, *nr)):
        return SymbolicOutcome(False, "floating-point constants: no exact argument")
    with soft_limit(deadline.remaining(), "symbolic: identity test"):
        if identity_test(nl, nr, fixed):
            return SymbolicOutcome(True, "exact identity test")
    if not thorough:
        return SymbolicOutcome(False, "no cheap symbolic argument")
    if any(e.has(*_TRIG) for e in (*nl, *nr)):
        with soft_limit(min(deadline.remaining(), simplify_budget), "symbolic: trigonometry"):
            tl, tr = half_tangents(nl, nr)
            if identity_test(tl, tr, fixed):
                return SymbolicOutcome(True, "trigonometric identity test (half-tangents)")
    if any(e.has(sp.log) for e in (*nl, *nr)):
        with soft_limit(min(deadline.remaining(), simplify_budget), "symbolic: logarithms"):
            if all(_logs_cancel(a - b, fixed) for a, b in zip(nl, nr, strict=True)):
                return SymbolicOutcome(True, "logarithms combined")
    if has_piecewise((*nl, *nr)):
        with soft_limit(min(deadline.remaining(), simplify_budget), CASES_STAGE):
            sides = ([a.xreplace(fixed) for a in nl], [b.xreplace(fixed) for b in nr]) if fixed else (nl, nr)
            by_cases = prove_by_cases(*sides, bounds or {}, _normalised_identity, admissible)
        if isinstance(by_cases, DiffersAt):  # 1 & x = 0: a point no random sample reaches
            why = f"the sides differ at {by_cases.point} ({by_cases.left} against {by_cases.right})"
            why += f"; {by_cases.overlap}" if by_cases.overlap else ""
            return SymbolicOutcome(False, f"by cases: {why}", refuted=f"{why}, {UNSAMPLED_POINT}")
        if by_cases:
            return SymbolicOutcome(True, by_cases)
    warm_simplify()
    with soft_limit(min(deadline.remaining(), simplify_budget), "symbolic: simplify"):
        for a, b in zip(nl, nr, strict=True):
            d = (a - b).xreplace(fixed) if fixed else a - b
            if d == 0:
                continue
            if (simple := sp.simplify(d)) == 0:
                continue
            if (gap := constant_gap(simple)) is not None:  # x = x + 10^{-50}: below the samples' noise (redteam26)
                why = f"the sides differ by the constant {gap} everywhere"
                return SymbolicOutcome(False, why, refuted=f"{why}, too little for the sample points to tell apart")
            if d.has(sp.Piecewise, sp.Heaviside, sp.Max, sp.Min, sp.Abs):
                pw = sp.piecewise_fold(d.rewrite(sp.Piecewise))
                if sp.simplify(pw) == 0:
                    continue
            if points is not None and (why := gap_at(d, simple, points)):  # e^x = e^x + e^{x-800} (redcat63)
                return SymbolicOutcome(False, why, refuted=f"{why}, too little for the sample points to tell apart")
            return SymbolicOutcome(False, "no symbolic argument found")
    return SymbolicOutcome(True, "simplify")
