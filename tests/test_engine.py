"""The engine: verdicts, counterexamples, errors that name what and where, determinism."""

from __future__ import annotations

import sympy as sp
from support import FAST, check

import verifier.engine as engine_mod
import verifier.symbolic as symbolic_mod
from verifier.catalog import D
from verifier.engine import Settings
from verifier.ml import cross_entropy, sigmoid, softmax
from verifier.results import Verdict
from verifier.symbolic import SymbolicOutcome


def test_a_true_chain_is_proved_at_every_step() -> None:
    def build(b):
        z = b.real("z")
        s = sigmoid(z)
        return b.chain(D(s, z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, s * (1 - s), s - s**2)

    result = check(build)
    assert result.verdict is Verdict.PROVED
    assert [s.verdict for s in result.steps] == [Verdict.PROVED] * 3
    assert all(s.points >= FAST.points * 0.9 for s in result.steps)


def test_a_wrong_step_fails_with_a_confirmed_counterexample() -> None:
    def build(b):
        z = b.real("z")
        s = sigmoid(z)
        return b.chain(D(s, z), s * (1 - s), s * (1 + s), s)

    result = check(build)
    assert result.verdict is Verdict.FAILED
    first = result.first_failure
    assert first is not None and first.index == 2
    cx = first.counterexample
    assert cx is not None
    z = float(cx.point_dict()["z"])
    sig = 1 / (1 + sp.exp(-z))
    assert abs(float(cx.lhs) - float(sig * (1 - sig))) < 1e-12
    assert abs(float(cx.rhs) - float(sig * (1 + sig))) < 1e-12
    assert abs(float(cx.difference) - (float(cx.lhs) - float(cx.rhs))) < 1e-5
    assert cx.reproduce.startswith("verify t --seed ")


def test_results_are_deterministic_for_a_seed_and_differ_across_seeds() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.sin(x) ** 2, sp.sin(x))

    a = check(build, settings=Settings(seed=5, points=50))
    b = check(build, settings=Settings(seed=5, points=50))
    c = check(build, settings=Settings(seed=6, points=50))
    assert a.steps[0].counterexample == b.steps[0].counterexample
    assert a.steps[0].counterexample != c.steps[0].counterexample


def test_undeclared_symbol_is_an_error_naming_it() -> None:
    def build(b):
        x = b.real("x")
        t = sp.Symbol("t")
        return b.claim(x + t, t + x)

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "undeclared symbol t" in result.message


def test_shape_mismatch_names_both_shapes_and_the_step() -> None:
    def build(b):
        x = b.vector("x", 3)
        return b.chain(x, x, x.T)

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "step 2" in result.message and "3x1" in result.message and "1x3" in result.message


def test_matrix_product_shape_error_is_reported_not_raised() -> None:
    def build(b):
        x = b.vector("x", 3)
        a = b.matrix("A", 2, 2)
        return b.claim(a * x, x)

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "mismatch" in result.message.lower()


def test_float_constants_are_rejected() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(0.5 * x, x / 2)

    result = check(build)
    assert result.verdict is Verdict.ERROR and "floating-point" in result.message


def test_a_builder_that_raises_is_an_error_with_the_line() -> None:
    def build(b):
        raise ValueError("typo in the entry")

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "ValueError: typo in the entry" in result.message and "test_engine.py:" in result.message


def test_no_valid_points_is_an_error_not_a_pass() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(1 / (sp.sin(x) ** 2 + sp.cos(x) ** 2 - 1), 1 / (x - x))

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "finite values" in result.steps[0].message


def test_a_symbolic_zero_that_numerics_contradict_is_an_error(monkeypatch) -> None:
    def fake(*args, **kwargs):
        return SymbolicOutcome(True, "a buggy rewrite")

    monkeypatch.setattr(engine_mod, "prove_equal", fake)

    def build(b):
        x = b.real("x")
        return b.claim(sp.exp(x), sp.exp(x) + 1)

    result = check(build)
    assert result.verdict is Verdict.ERROR
    assert "cannot be trusted" in result.steps[0].message
    assert result.steps[0].counterexample is not None


def test_derivatives_are_witnessed_without_sympy_diff(monkeypatch) -> None:
    """A differentiator that silently returns 0 (SymPy #27406-style) cannot make a PASS."""

    def silent_zero(member):
        return [sp.S.Zero for _ in range(len(member.variables))]

    monkeypatch.setattr(symbolic_mod, "derivative_entries", silent_zero)

    def build(b):
        w = b.matrix("W", 2, 2)
        lam = b.positive("lam")
        return b.claim(D(lam * (w.T * w).trace(), w), sp.zeros(2, 2))

    result = check(build)
    assert result.verdict in (Verdict.ERROR, Verdict.FAILED)
    assert result.steps[0].counterexample is not None


def test_gradient_of_quadratic_form_needs_the_transpose() -> None:
    def right(b, n):
        x, a = b.vector("x", n), b.matrix("A", n, n)
        return b.claim(D((x.T * a * x)[0], x), (a + a.T) * x)

    def wrong(b, n):
        x, a = b.vector("x", n), b.matrix("A", n, n)
        return b.claim(D((x.T * a * x)[0], x), 2 * a * x)

    def symmetric(b, n):
        x, a = b.vector("x", n), b.matrix("A", n, n, symmetric=True)
        return b.claim(D((x.T * a * x)[0], x), 2 * a * x)

    sizes = {"n": [2, 3]}
    assert check(right, sizes).verdict is Verdict.PROVED
    assert check(wrong, sizes).verdict is Verdict.FAILED
    assert check(symmetric, sizes).verdict is Verdict.PROVED


def test_cross_entropy_gradient_needs_the_simplex() -> None:
    def on_simplex(b, K):
        s, y = b.vector("s", K), b.simplex("y", K)
        return b.claim(D(cross_entropy(y, softmax(s)), s), softmax(s) - y)

    def on_reals(b, K):
        s, y = b.vector("s", K), b.vector("y", K)
        return b.claim(D(cross_entropy(y, softmax(s)), s), softmax(s) - y)

    assert check(on_simplex, {"K": [2, 5]}).verdict is Verdict.PROVED
    result = check(on_reals, {"K": [3]})
    assert result.verdict is Verdict.FAILED


def test_each_size_is_reported_separately() -> None:
    def build(b, K):
        s = b.vector("s", K)
        return b.claim(D(softmax(s), s), sp.diag(*softmax(s)) - softmax(s) * softmax(s).T)

    result = check(build, {"K": [2, 3]})
    assert result.verdict is Verdict.PROVED
    assert [s.sizes for s in result.steps] == [(("K", 2),), (("K", 3),)]


def test_equal_members_are_evaluated_once_and_every_point_still_judged(monkeypatch) -> None:
    """SymPy often makes a step's two sides the same tree; that member is evaluated once and shared,
    and the step still reports every point judged (the values a second evaluation would give)."""
    import verifier.numeric as numeric_mod

    built: list[object] = []
    original = numeric_mod.NumericMember

    class Counting(original):  # type: ignore[misc, valid-type]
        def __init__(self, member: object, *args: object, **kwargs: object) -> None:
            built.append(member)
            super().__init__(member, *args, **kwargs)

    monkeypatch.setattr(numeric_mod, "NumericMember", Counting)

    def build(b):
        z = b.real("z")
        e = sp.exp(-z)
        return b.chain(D(sigmoid(z), z), e / (1 + e) ** 2, e / (1 + e) ** 2, 1 / (1 + e) * e / (1 + e))

    result = check(build)
    assert result.verdict is Verdict.PROVED
    assert len(built) == 2  # D(...) and the one tree the three other members are
    assert [s.points for s in result.steps] == [FAST.points] * 3


def test_only_the_same_tree_is_the_same_member() -> None:
    x = sp.Symbol("x", real=True)
    assert engine_mod.same_member(2 * x, 2 * x)
    assert not engine_mod.same_member(2.0 * x, 2 * x)  # a float is not the integer it equals
    assert not engine_mod.same_member(sp.Matrix([x]), sp.ImmutableMatrix([x]))  # nor another type
    d = D(x**2, x)
    assert engine_mod.same_member(d, d)
    assert not engine_mod.same_member(d, D(x**2, x))  # D compares by identity: never shared by accident
