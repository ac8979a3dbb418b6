"""The symbolic stage's fast path: derivatives and the exact identity test in SymEngine.

SymPy's ``diff`` on the cross-entropy of a K-way softmax costs seconds at K = 64, and building
the derivative's SymPy tree costs as much again; SymEngine (C++) differentiates the same
expression in milliseconds. This module translates members made only of functions whose
derivative and canonical form mean the same in both libraries (``+ * **``, ``exp``, ``log``,
trigonometric and hyperbolic functions, rationals, ``pi``, ``E``) and runs the *same* exact
identity test as :mod:`verifier.symbolic` (random 128-bit primes of this run, every
non-rational sub-expression an independent random atom, ``exp`` of a sum split into a product)
on the SymEngine trees. SymEngine treats every symbol as complex, so none of its automatic
rewrites needs an assumption: what it proves holds for the real values as well.

It only ever says "proved" or "don't know": a member with anything else (``Max``, ``Piecewise``,
``Abs``, a delta, an undefined function), two symbols that share a name, a floating-point
constant, or a test that does not come out zero sends the step to the SymPy cascade unchanged,
so the fast path can make a step PROVED sooner but never decides a verdict the cascade would not
reach by the same argument.
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping, Sequence

import sympy as sp

try:  # SymEngine is a dependency, but a missing wheel must cost speed, not the tool
    import symengine as se
except ImportError:  # pragma: no cover - exercised by monkeypatching AVAILABLE
    se = None

from verifier.catalog import D
from verifier.symbolic import KEYED_OPS, KEYED_POWER
from verifier.symbolic import ModularEvaluator as _SymPyModular
from verifier.symbolic import identity_test as _sympy_identity_test

AVAILABLE = se is not None
SWITCH = "VERIFY_SYMENGINE"  # "0" turns the fast path off (to measure what it buys, or to compare)


def enabled() -> bool:
    return AVAILABLE and os.environ.get(SWITCH) != "0"


class Unsupported(Exception):
    """A node the fast path does not translate: the caller falls back to SymPy."""


_FUNCTIONS: dict[type, str] = {
    sp.exp: "exp",
    sp.log: "log",
    sp.sin: "sin",
    sp.cos: "cos",
    sp.tan: "tan",
    sp.sinh: "sinh",
    sp.cosh: "cosh",
    sp.tanh: "tanh",
}


class Translator:
    """SymPy -> SymEngine over a whitelist, memoised over the DAG (shared sub-trees once).

    Symbols are matched by name: two different SymPy symbols with one name (``x`` real and
    ``x`` positive, a Dummy) would become one SymEngine symbol, so that raises Unsupported.
    """

    def __init__(self) -> None:
        self.memo: dict[sp.Basic, object] = {}
        self.names: dict[str, sp.Symbol] = {}

    def __call__(self, e: sp.Basic) -> object:
        hit = self.memo.get(e)
        if hit is not None:
            return hit
        out = self._convert(e)
        self.memo[e] = out
        return out

    def symbol(self, s: sp.Symbol) -> object:
        if not isinstance(s, sp.Symbol) or isinstance(s, sp.Dummy | sp.Wild):
            raise Unsupported(type(s).__name__)
        known = self.names.setdefault(s.name, s)
        if known != s:
            raise Unsupported(f"two symbols named {s.name}")
        return se.Symbol(s.name)

    def _convert(self, e: sp.Basic) -> object:
        if e.is_Symbol:
            return self.symbol(e)
        if e.is_Integer:
            return se.Integer(int(e))
        if e.is_Rational:
            return se.Rational(int(e.p), int(e.q))
        if e.is_Add:
            return se.Add(*[self(a) for a in e.args])
        if e.is_Mul:
            return se.Mul(*[self(a) for a in e.args])
        if e.is_Pow:
            return se.Pow(self(e.base), self(e.exp))
        if e is sp.pi:
            return se.pi
        if e is sp.E:
            return se.E
        name = _FUNCTIONS.get(type(e))
        if name is not None and len(e.args) == 1:
            return getattr(se, name)(self(e.args[0]))
        raise Unsupported(type(e).__name__)


def member_entries(member: object, tr: Translator) -> list[object]:
    """Entries of a member in SymEngine, in :func:`verifier.symbolic.member_entries`' layout."""
    if isinstance(member, D):
        f = member.f
        fs = [tr(x) for x in f] if isinstance(f, sp.MatrixBase) else [tr(sp.sympify(f))]
        variables = [tr.symbol(v) for v in member.variables]
        if len(fs) == 1:  # gradient: shape of the variable
            return [fs[0].diff(v) for v in variables]
        return [fi.diff(v) for fi in fs for v in variables]  # Jacobian J[i, j], row-major
    if isinstance(member, sp.MatrixBase):
        return [tr(sp.sympify(x)) for x in member]
    return [tr(sp.sympify(member))]


class ModularEvaluator(_SymPyModular):
    """:class:`verifier.symbolic.ModularEvaluator` on SymEngine trees (``exp(t)`` is ``E**t`` there):
    the same memo and modular inverse, its own reading of the nodes."""

    def __init__(self, p: int, rng: random.Random, fixed: Mapping[object, object]) -> None:
        super().__init__(p, rng, dict(fixed))  # type: ignore[arg-type]

    @staticmethod
    def _num_den(e: object) -> tuple[int, int]:
        num, den = e.get_num_den()
        return int(num), int(den)

    def _node(self, e: object) -> int:
        p = self.p
        if e.is_Number:  # a float (RealDouble, RealMPFR): no exact argument
            raise Unsupported("floating-point constant")
        if e.is_Pow:
            base, exponent = e.args
            if base == se.E:
                return self._exp(exponent)
            if exponent.is_Integer:
                b, n = self.value(base), int(exponent)
                return pow(self._inv(b), -n, p) if n < 0 else pow(b, n, p)
            if exponent.is_Rational:  # b^(p/q) = b^n (b^(1/q))^r, p = nq + r, as in SymPy's test
                num, den = (int(x) for x in exponent.get_num_den())
                whole, rest = divmod(num, den)
                root = self._atom(("root", den, _expanded(base)))
                return self._power(self.value(base), whole) * self._power(root, rest) % p
        if e.is_Function:  # log(.), sin(.), ...: one atom per function at its arguments expanded
            return self._atom((e.func(*(_expanded(a) for a in e.args)),))
        # Symbols, ...: an independent random variable.
        return self.rng.randrange(1, p)

    def _exp(self, exponent: object) -> int:
        """exp(sum c_k t_k) = prod exp(t_k / EXP_ROOT) ** (c_k EXP_ROOT), one random atom per term t (as in
        SymPy's test: :meth:`verifier.symbolic.ModularEvaluator._exp`)."""
        out = 1
        expanded = se.expand(exponent)
        for t in expanded.args if expanded.is_Add else (expanded,):
            coeff, rest = _coeff_mul(t)
            num, den = (int(x) for x in coeff.get_num_den())
            out = out * self._exp_term(num, den, rest) % self.p
        return out


def _expanded(e: object) -> object:
    """An argument expanded (an atom as it is): SymEngine's ``expand`` rewrites it into an equal value.
    As written where the expansion could be large (:data:`verifier.symbolic.KEYED_OPS`, a power of a sum)."""
    if e.is_Atom or se.count_ops(e) > KEYED_OPS:
        return e
    if any(w.args[1].is_Integer and abs(int(w.args[1])) > KEYED_POWER and w.args[0].is_Add for w in e.atoms(se.Pow)):
        return e
    return se.expand(e)


def _coeff_mul(t: object) -> tuple[object, object]:
    """(rational coefficient, rest) of a term; (1, t) when it has none."""
    if t.is_Rational:
        return t, se.Integer(1)
    if t.is_Mul:
        coeff = [a for a in t.args if a.is_Rational]
        if len(coeff) == 1:
            return coeff[0], se.Mul(*[a for a in t.args if not a.is_Rational])
    return se.Integer(1), t


def identity_test(lhs: Sequence[object], rhs: Sequence[object], fixed: Mapping[object, object], tries: int = 3) -> bool:
    """True when every ``lhs[i] - rhs[i]`` vanishes identically: :func:`verifier.symbolic.identity_test`
    with the SymEngine evaluator."""
    return _sympy_identity_test(lhs, rhs, fixed, tries, evaluator=ModularEvaluator)  # type: ignore[arg-type]


class FastPath:
    """The fast path for the members of one claim: entries translated once, shared between steps."""

    def __init__(self, members: Sequence[object], constraints: Mapping[sp.Symbol, sp.Expr]) -> None:
        self.members = members
        self.tr = Translator()
        self.entries: dict[int, list[object] | None] = {}
        self.fixed: dict[object, object] | None = None
        self._constraints = constraints

    def _entries(self, i: int) -> list[object] | None:
        if i not in self.entries:
            try:
                self.entries[i] = member_entries(self.members[i], self.tr)
            except (Unsupported, RuntimeError, TypeError, ValueError):  # SymEngine raises RuntimeError
                self.entries[i] = None
        return self.entries[i]

    def _fixed(self) -> dict[object, object] | None:
        if self.fixed is None:
            try:
                self.fixed = {self.tr.symbol(s): self.tr(e) for s, e in self._constraints.items()}
            except Unsupported:
                return None
        return self.fixed

    def prove(self, i: int, j: int) -> str:
        """How members ``i`` and ``j`` were shown equal ("structural", "exact identity test"), or ""."""
        if not enabled():
            return ""
        a, b = self._entries(i), self._entries(j)
        if a is None or b is None or len(a) != len(b):
            return ""
        fixed = self._fixed()
        if fixed is None:
            return ""
        if not fixed and all(x == y for x, y in zip(a, b, strict=True)):
            return "structural"
        try:
            return "exact identity test" if identity_test(a, b, fixed) else ""
        except (Unsupported, RuntimeError, TypeError, ValueError):
            return ""
