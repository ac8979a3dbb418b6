"""Proofs for every size (issue 10): sums with symbolic bounds, vectors of symbolic length.

The soundness tests matter most: a claim that holds for K = 1..8 and fails at K = 9, a sum
whose range does not contain the delta's index, a transposed matrix, a missing factor -- none
of them may ever be PROVED for all sizes.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from verifier.catalog import Builder, CatalogError, D, identity
from verifier.cli import main
from verifier.engine import Settings, verify_entry
from verifier.forall import prove_for_all
from verifier.indexed import size_symbol
from verifier.ml import build, cross_entropy, delta, diag, dot, hadamard, ones, sigmoid, softmax, sum_over
from verifier.results import IdentityResult, StepResult, Verdict
from verifier.sizes import prove_generic_claim

K = size_symbol("K")
k = sp.Symbol("k", integer=True)
SUM_K = r"\sum_{k=1}^{K} k"


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    main(["check", *argv, "--format", "json"])
    return json.loads(capsys.readouterr().out)["results"][0]


# ----------------------------------------------------------------------------------------------
# verify check with sums and sizes (the command that crashed)


@pytest.mark.parametrize("flag", ["--integer", "--size"])
def test_sum_up_to_a_size_is_proved_for_every_size(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    """Used to be ERROR: 'only integer scalar arrays can be converted to a scalar index'."""
    r = check_json(capsys, SUM_K, r"\frac{K(K+1)}{2}", flag, "K")
    assert r["verdict"] == "PROVED", r
    assert r["proved_for"] == "all K >= 1"
    assert all(s["proved_for"] == "all K >= 1" for s in r["steps"])
    checked = {dict(map(tuple, s["sizes"]))["K"] for s in r["steps"]}
    assert {1, 9, 13} <= checked, "the numeric witness runs at concrete sizes beyond the base case"


def test_claim_true_for_k_up_to_8_fails_at_9(capsys: pytest.CaptureFixture[str]) -> None:
    poly = "".join(f"(K-{t})" for t in range(1, 9))
    r = check_json(capsys, SUM_K, rf"\frac{{K(K+1)}}{{2}} + {poly}", "--integer", "K")
    assert r["verdict"] == "FAILED"
    assert "proved_for" not in r
    failed = [s for s in r["steps"] if s["verdict"] == "FAILED"]
    assert next(dict(map(tuple, s["sizes"]))["K"] for s in failed) == 9
    assert not any(s.get("proved_for", "").startswith("all") for s in r["steps"])


def test_k_squared_over_two_fails_at_one(capsys: pytest.CaptureFixture[str]) -> None:
    r = check_json(capsys, SUM_K, r"\frac{K^2}{2}", "--integer", "K")
    assert r["verdict"] == "FAILED"
    first = next(s for s in r["steps"] if s["verdict"] == "FAILED")
    assert dict(map(tuple, first["sizes"]))["K"] == 1


def test_text_report_says_for_which_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", SUM_K, r"\frac{K(K+1)}{2}", "--size", "K"])
    assert "PROVED for all K ≥ 1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("markdown", "PROVED for all K ≥ 1"),
        ("html", '<span class="proved-for"> for all K ≥ 1</span>'),
        ("junit", '<property name="proved_for" value="all K &gt;= 1" />'),
    ],
)
def test_every_report_says_for_which_sizes(capsys: pytest.CaptureFixture[str], fmt: str, expected: str) -> None:
    """Not only the text table: a PR comment (markdown), the HTML page and CI's JUnit view say it too."""
    main(["check", SUM_K, r"\frac{K(K+1)}{2}", "--size", "K", "--format", fmt])
    assert expected in capsys.readouterr().out


@pytest.mark.slow(1)
def test_vector_claim_with_a_declared_vector(capsys: pytest.CaptureFixture[str]) -> None:
    """Used to be refused: 's[j] is an indexed name; vectors and matrices need a catalog entry'."""
    lse = r"\frac{\partial}{\partial s_j} \log \sum_{k=1}^{K} e^{s_k}"
    r = check_json(capsys, lse, r"\frac{e^{s_j}}{\sum_{k=1}^{K} e^{s_k}}", "--vector", "s:K")
    assert r["verdict"] == "PROVED" and r["proved_for"] == "all K >= 1"
    wrong = check_json(capsys, lse, r"\frac{e^{s_j}}{\sum_{k=1}^{K} e^{2 s_k}}", "--vector", "s:K")
    assert wrong["verdict"] == "FAILED"


@pytest.mark.slow(2)
def test_matrix_claim_general_quadratic_form(capsys: pytest.CaptureFixture[str]) -> None:
    lhs = r"\frac{\partial}{\partial x_j} \sum_i \sum_k A_{ik} x_i x_k"
    args = ("--vector", "x:n", "--matrix", "A:n,n")
    r = check_json(capsys, lhs, r"\sum_k A_{jk} x_k + \sum_i A_{ij} x_i", *args)
    assert r["verdict"] == "PROVED" and r["proved_for"] == "all n >= 1"
    wrong = check_json(capsys, lhs, r"2 \sum_k A_{jk} x_k", *args)  # only for a symmetric A
    assert wrong["verdict"] == "FAILED"
    assert dict(map(tuple, next(s for s in wrong["steps"] if s["verdict"] == "FAILED")["sizes"]))["n"] >= 2


def test_sizes_after_the_first_failing_one_are_not_checked(capsys: pytest.CaptureFixture[str]) -> None:
    """A confirmed counterexample settles the claim: the failing size is reported, no larger one is checked."""
    r = check_json(capsys, SUM_K, r"\frac{K(K+1)}{2} + (K-1)(K-2)(K-3)(K-4)", "--integer", "K")
    assert r["verdict"] == "FAILED"
    checked = [dict(map(tuple, s["sizes"]))["K"] for s in r["steps"]]
    assert checked == [1, 2, 3, 4, 5], checked
    # proved at sizes 1 … 4, not for every K: PASSED there (sound23)
    assert all(s["verdict"] == "PASSED" for s in r["steps"][:-1])
    assert r["steps"][-1]["verdict"] == "FAILED"


def test_sums_written_out_equal_sympys_doit() -> None:
    """sizes.written_out (term by term, entries named directly) gives what Sum.doit gives, at concrete bounds."""
    from verifier.sizes import written_out

    y = sp.IndexedBase("y", real=True)
    n = sp.Symbol("n", integer=True)
    cases = [
        sp.Sum(A[i, k] * x[i] * x[k], (i, 1, 4), (k, 1, 4)),
        sp.Sum(sp.Sum(x[k] * y[i], (k, 1, i)), (i, 1, 5)),  # an inner bound that is the outer index
        sp.Sum(x[k] * y[i], (k, 1, i), (i, 1, 5)),
        sp.Sum(sp.KroneckerDelta(k, 3) * x[k + 1], (k, 1, 6)),
        sp.Sum(x[k], (k, 1, 0)),  # empty
        sp.Sum(k**2, (k, 1, 7)) + sp.Sum(x[k], (k, 2, n)),  # a symbolic bound is left as it is
        sp.Sum(k * sp.Sum(k * y[k], (k, 1, n)), (k, 1, 3)),  # an inner sum binding the same letter again
    ]
    # SymPy's doit leaves a sum whose inner bound is the outer index unevaluated (SymPy merges the nested form
    # into one Sum with two limits): written_out writes it out (redcat61), term by term as here
    triangular = sp.Add(*[x[k0] * y[i0] for i0 in range(1, 6) for k0 in range(1, i0 + 1)])
    for e in cases:
        expected = triangular if e == cases[2] else e.doit()
        assert sp.expand(written_out(e).doit() - expected) == 0, e
    backwards = sp.Sum(x[k], (k, 5, 2))  # Karr's convention: not written out here, left to doit
    assert written_out(backwards) == backwards
    entries = {(1,): sp.Symbol("x1"), (2,): sp.Symbol("x2")}
    named = written_out(sp.Sum(x[k] ** 2, (k, 1, 3)), lambda base, idx: entries.get(idx) if base == x else None)
    assert named == sp.Symbol("x1") ** 2 + sp.Symbol("x2") ** 2 + x[3] ** 2


@pytest.mark.parametrize("spec", ["s", "s:", "s:0", "s:K,L,M", "1s:K"])
def test_bad_block_declarations_are_usage_errors(capsys: pytest.CaptureFixture[str], spec: str) -> None:
    assert main(["check", "s_1", "s_1", "--vector", spec]) == 2
    assert "error" in capsys.readouterr().err


# ----------------------------------------------------------------------------------------------
# The prover on its own: what it must prove, and what it must never prove


def test_telescoping_proves_closed_forms() -> None:
    assert prove_for_all(sp.Sum(k, (k, 1, K)), K * (K + 1) / 2, [K], {}).proved
    assert prove_for_all(sp.Sum(k**3, (k, 1, K)), (K * (K + 1) / 2) ** 2, [K], {}).proved
    assert prove_for_all(sp.Sum(2 * k - 1, (k, 1, K)), K**2, [K], {}).proved


x = sp.IndexedBase("x", real=True)
A = sp.IndexedBase("A", real=True)
i = sp.Symbol("i", integer=True)
j = sp.Symbol("j", integer=True)
m = sp.Symbol("m", integer=True)
RANGE = {i: (sp.S.Zero, K - 1), j: (sp.S.Zero, K - 1)}

NEVER = {
    "true up to K = 8 only": (sp.Sum(k, (k, 1, K)), K * (K + 1) / 2 + sp.Mul(*[K - t for t in range(1, 9)]), {}),
    "K^2/2": (sp.Sum(k, (k, 1, K)), K**2 / 2, {}),
    "delta outside the range": (sp.Sum(sp.KroneckerDelta(k, j) * x[k], (k, 1, K - 1)), x[j], RANGE),
    "delta over a shorter range": (sp.Sum(sp.KroneckerDelta(k, j) * x[k], (k, 0, K - 2)), x[j], RANGE),
    "sum is not K times an entry": (sp.Sum(x[k], (k, 0, K - 1)), K * x[0], {}),
    "square of a sum": (sp.Sum(x[k] ** 2, (k, 0, K - 1)), sp.Sum(x[k], (k, 0, K - 1)) ** 2, {}),
    "transposed matrix": (sp.Sum(A[i, k] * x[k], (k, 0, K - 1)), sp.Sum(A[k, i] * x[k], (k, 0, K - 1)), RANGE),
    "index of the outer sum kept apart": (
        sp.Sum(sp.KroneckerDelta(m, i) * A[k, m] * x[k], (k, 0, K - 1), (m, 0, K - 1)),
        sp.Sum(A[i, k] * x[k], (k, 0, K - 1)),
        RANGE,
    ),
    "an inner sum depends on the outer index": (
        sp.Sum(sp.KroneckerDelta(m, i) * A[k, m] * x[k], (k, 0, K - 1), (m, 0, K - 1)),
        sp.Sum(sp.KroneckerDelta(m, j) * A[k, m] * x[k], (k, 0, K - 1), (m, 0, K - 1)),
        RANGE,
    ),
    "free indices are not equal": (x[i] * sp.KroneckerDelta(i, j), x[i], RANGE),
}


@pytest.mark.parametrize("case", sorted(NEVER), ids=str)
def test_false_claims_are_never_proved_for_every_size(case: str) -> None:
    lhs, rhs, ranges = NEVER[case]
    assert not prove_for_all(lhs, rhs, [K], ranges).proved


def test_delta_cases_and_contraction() -> None:
    assert prove_for_all(sp.KroneckerDelta(i, j) * x[i], sp.KroneckerDelta(i, j) * x[j], [K], RANGE).proved
    assert prove_for_all(sp.Sum(sp.KroneckerDelta(k, j) * x[k], (k, 0, K - 1)), x[j], [K], RANGE).proved
    double = sp.Sum(sp.KroneckerDelta(m, i) * A[k, m] * x[k], (k, 0, K - 1), (m, 0, K - 1))
    assert prove_for_all(double, sp.Sum(A[k, i] * x[k], (k, 0, K - 1)), [K], RANGE).proved


def _generic(builder) -> dict[int, bool]:
    b = Builder({"K": K, "n": size_symbol("n")})
    claim = builder(b)
    report = prove_generic_claim(claim, [K, size_symbol("n")])
    return {index: o.proved for index, o in report.outcomes.items()}


def test_wrong_vector_identities_are_not_proved_for_every_size() -> None:
    def softmax_jacobian_without_outer_product(b):
        s = b.vector("s", K)
        g = softmax(s)
        return b.chain(D(softmax(s), s), diag(g))

    def ce_gradient_sign(b):
        z, y = b.vector("z", K), b.simplex("y", K)
        return b.chain(D(cross_entropy(y, softmax(z)), z), y - softmax(z))

    def ce_gradient_without_sum_one(b):  # needs sum y = 1: false for a general y
        z, y = b.vector("z", K), b.vector("y", K)
        return b.chain(D(cross_entropy(y, softmax(z)), z), softmax(z) - y)

    def quadratic_form_symmetric_only(b):
        n = b.size("n")
        A_, x_ = b.matrix("A", n, n), b.vector("x", n)
        return b.chain(D(x_.T * A_ * x_, x_), 2 * A_ * x_)

    def first_layer_without_sigma_prime(b):
        x_, W, y = b.vector("x", K, row=True), b.matrix("W", K, K), b.onehot("y", K, row=True)
        h = sigmoid(x_ * W)
        yhat = softmax(h * W.T)
        return b.chain(D(cross_entropy(y, yhat), x_), (yhat - y) * W * W.T)

    for wrong in (
        softmax_jacobian_without_outer_product,
        ce_gradient_sign,
        ce_gradient_without_sum_one,
        quadratic_form_symmetric_only,
        first_layer_without_sigma_prime,
    ):
        assert _generic(wrong) == {1: False}, wrong.__name__


def test_right_vector_identities_are_proved_for_every_size() -> None:
    def vjp(b):
        s, v = b.vector("s", K), b.vector("v", K)
        g = softmax(s)
        return b.chain(D(dot(v, softmax(s)), s), build(K, 1, lambda r, _: g[r] * (v[r] - dot(v, g))))

    def hadamard_and_ones(b):
        s = b.vector("s", K)
        g = sigmoid(s)
        return b.chain(D(sum_over(K, lambda t: sigmoid(s[t])), s), hadamard(g, ones(K) - g))

    def others(b):
        y = b.simplex("y", K)
        return b.chain(build(K, 1, lambda r, _: sum_over(K, lambda t: y[t] * (1 - delta(t, r)))), ones(K) - y)

    for right in (vjp, hadamard_and_ones, others):
        assert _generic(right) == {1: True}, right.__name__


# ----------------------------------------------------------------------------------------------
# Catalog API and records


def test_entries_opt_in_with_b_size() -> None:
    @identity("sizes-demo", title="t", statement="s", source="here", sizes={"K": [2, 3]})
    def generic(b):
        K_ = b.size("K")
        s = b.vector("s", K_)
        return b.claim(D(dot(s, s), s), 2 * s)

    @identity("sizes-demo-old", title="t", statement="s", source="here", sizes={"K": [2, 3]})
    def concrete(b, K):
        s = b.vector("s", K)
        return b.claim(D(dot(s, s), s), 2 * s)

    assert generic.generic and not concrete.generic
    from dataclasses import replace

    proxied = replace(generic, builder=lambda *a, **kw: generic.builder(*a, **kw))  # as the loader's workers do
    assert proxied.generic and proxied.build_generic().variables[0].symbols == ()  # built with symbolic K
    assert isinstance(generic.build({"K": 3}).members[1], sp.ImmutableMatrix)  # concrete sizes: as before
    r_new, r_old = verify_entry(generic, Settings()), verify_entry(concrete, Settings())
    assert r_new.verdict == r_old.verdict == Verdict.PROVED
    assert r_new.proved_for == "all K >= 1" and r_new.verdict_text == "PROVED for all K ≥ 1"
    assert r_old.proved_for == "K = 2, 3" and r_old.verdict_text == "PROVED at K = 2, 3"
    assert {s.sizes for s in r_new.steps} == {(("K", 2),), (("K", 3),)}, "the numeric witness ran at each size"


def test_unknown_size_is_a_catalog_error() -> None:
    with pytest.raises(CatalogError, match="not among the entry's sizes"):
        Builder({"K": 3}).size("n")


def test_a_generic_proof_contradicted_by_numerics_is_an_error() -> None:
    """If the size-generic argument were wrong, the numeric witness at a concrete size decides."""
    from verifier.forall import ForAllOutcome
    from verifier.sizes import GenericReport, annotate

    step = StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.FAILED, sizes=(("K", 2),))
    report = GenericReport(("K",), {1: ForAllOutcome(True, "test")})
    (out,) = annotate([step], report)
    assert out.verdict == Verdict.ERROR and "cannot be trusted" in out.message


def test_proved_for_in_records_round_trips_and_is_omitted_when_empty() -> None:
    step = StepResult(
        index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.PROVED, proved_for="all K >= 1"
    )
    r = IdentityResult(id="a", title="", statement="", verdict=Verdict.PROVED, steps=(step,), proved_for="all K >= 1")
    data = r.to_dict()
    assert data["proved_for"] == "all K >= 1" and data["steps"][0]["proved_for"] == "all K >= 1"
    assert IdentityResult.from_dict(json.loads(json.dumps(data))) == r
    plain = IdentityResult(id="a", title="", statement="", verdict=Verdict.PASSED).to_dict()
    assert "proved_for" not in plain


def test_an_enclosing_budget_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The size-generic argument has its own budget; an outer one running out still propagates."""
    import time

    from verifier import sizes
    from verifier.budget import BudgetExceeded, soft_limit

    b = Builder({"K": K})
    s = b.vector("s", K)
    claim = b.chain(D(softmax(s), s), diag(softmax(s)) - softmax(s) * softmax(s).T)
    monkeypatch.setattr(sizes, "prove_for_all", lambda *a, **k: time.sleep(2))
    with pytest.raises(BudgetExceeded) as outer, soft_limit(0.1, "outer stage"):
        sizes.prove_generic_claim(claim, [K], budget=30)
    assert outer.value.stage == "outer stage"
    report = sizes.prove_generic_claim(claim, [K], budget=0.1)  # its own budget: reported, not raised
    assert not report.proved_steps and "ran out of time" in report.reason


def test_catalog_entry_with_a_sum_up_to_an_integer_variable() -> None:
    """The catalog crashed the same way as ``verify check`` on a sum up to ``b.integer("K")``."""

    @identity("sum-of-integers", title="t", statement="s", source="here")
    def entry(b):
        n = b.integer("K", 1, 30)
        return b.chain(sp.Sum(k, (k, 1, n)), n * (n + 1) / 2)

    @identity("sum-of-integers-wrong", title="t", statement="s", source="here")
    def wrong(b):
        n = b.integer("K", 1, 30)
        return b.chain(sp.Sum(k, (k, 1, n)), n**2 / 2 + n / 2 + (n - 1) * (n - 2) * (n - 3))

    result = verify_entry(entry, Settings())
    assert result.verdict == Verdict.PROVED and result.proved_for == "all K >= 1", result.message
    bad = verify_entry(wrong, Settings())
    assert bad.verdict == Verdict.FAILED
    assert next(s for s in bad.steps if s.verdict == Verdict.FAILED).sizes == (("K", 4),)


def test_a_sum_that_may_be_empty_is_not_taken_as_positive() -> None:
    """A sum of exponentials is positive only when its range is not empty: k = 1..K-1 is empty at K = 1."""
    s_full = sp.Sum(sp.exp(x[k]), (k, 0, K - 1))
    s_maybe_empty = sp.Sum(sp.exp(x[k]), (k, 1, K - 1))
    assert prove_for_all(sp.sign(s_full), sp.S.One, [K], {}).proved
    assert not prove_for_all(sp.sign(s_maybe_empty), sp.S.One, [K], {}).proved  # sign(0) = 0 at K = 1


def test_steps_proved_for_every_size_say_how(run_once) -> None:
    from pathlib import Path

    from verifier.loader import load_catalog

    catalog = load_catalog(Path(__file__).resolve().parent.parent / "derivations")
    (entry,) = [e for e in catalog.entries if e.id == "softmax-jacobian"]
    # the entry verified with the default settings, shared with tests/test_catalog.py (same key)
    for step in run_once("catalog-softmax-jacobian", lambda: verify_entry(entry, Settings())).steps:
        assert step.method.startswith("for all sizes: index notation"), step.method
        assert "budget" not in step.method and "numeric: " in step.method


def test_positive_sums_are_judged_declared_factors_first() -> None:
    """A sum's atom is positive when every factor of its terms is: the answer is the plain ``all``
    over the factors, whichever order they are asked in (declared signs are asked first for speed)."""
    from verifier.forall import _positive_terms

    k = sp.Symbol("k", integer=True)
    w, p = sp.IndexedBase("w", real=True), sp.IndexedBase("p", positive=True)
    z = sp.Symbol("z", real=True)
    sig = 1 / (1 + sp.exp(-z))
    cases = [sig * w[k], sig * p[k], sp.exp(w[k]) * p[k], sp.exp(w[k]) * w[k], sig * sp.exp(z) * p[k], w[k] * p[k]]
    expected = [False, True, True, False, True, False]
    assert [_positive_terms(e) for e in cases] == expected
    plain = [
        all((isinstance(f, sp.exp) and f.args[0].is_extended_real) or f.is_positive for f in sp.Mul.make_args(e))
        for e in cases
    ]
    assert plain == expected
