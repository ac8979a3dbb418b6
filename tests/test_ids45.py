"""ids45 (stop 45): bugs found by a new batch of catalog probes and one-off claims nobody here wrote."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys, claim: str, *options: str) -> str:
    main(["check", claim, *options, "--format", "json", "--no-cache", "--no-progress"])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


# A letter written alone (a value) and before a bracket: documents.omitted read `f(…)` as the value f,
# the bracket dropped, wherever the letter was also written alone. That reading is the notes' "f for f(x)"
# (bias-variance notes): the function at its own variable, outside derivatives. Before a sum or
# a number it is no such thing (f(2) is f at 2 or f times 2, never f), and in a chain that differentiates,
# f alone was read as a constant there while f(x) is its value at x: no one reading of the chain.


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dc}(fc) = f(1 + c)",  # f(1 + c) read as f: PROVED
        r"\frac{d}{dc}(fc) = f(2)",  # f(2) read as f: PROVED
        r"\frac{d}{dx}(fx) = f(x)",  # f alone a constant on the left, f(x) = f on the right: PROVED
    ],
)
def test_a_letter_before_a_bracket_is_not_its_value_with_the_bracket_dropped(capsys, claim: str) -> None:
    assert _verdict(capsys, claim) not in ("PROVED", "PASSED")


@pytest.mark.parametrize(
    "claim",
    [
        # one LSTM step: the derivative of o tanh(fc + ig) in c; `of(1 - tanh^2 ...)` was o·f, the bracket dropped
        r"\frac{\partial}{\partial c}\, o\tanh(fc + ig) = of\left(1 - \tanh^2(fc + ig)\right)",
        r"\frac{d}{dx}(fx^2) = f(2x)",
    ],
)
def test_a_correct_product_with_a_letter_before_a_bracket_is_no_false_alarm(capsys, claim: str) -> None:
    assert _verdict(capsys, claim) != "FAILED"


def test_a_value_written_alone_is_still_its_application_at_a_variable(capsys) -> None:
    # the reading documents.omitted owns: f for f(x), one argument, nothing differentiated
    assert _verdict(capsys, r"f(x) + f = 2f") == "PROVED"
    assert _verdict(capsys, r"f(x) + f = 3f") == "FAILED"


# The exact identity test keyed exp(t/q) by the denominator q of each term: exp(x) and exp(x/2) were two
# unrelated atoms. SymPy folds exp(x/2)^2 into exp(x), so a softmax over scores scaled by a number (1/2,
# 1/sqrt(d)) met both once p p^T was formed, and scaled attention's gradient waited for simplify (PASSED
# under load); with a symbol tau for the scale it was PROVED at once.


@pytest.mark.parametrize("evaluator", ["sympy", "symengine"])
def test_exponentials_of_one_term_over_different_denominators_share_one_atom(evaluator: str) -> None:
    import sympy as sp

    from verifier import fastpath, symbolic

    x, y = sp.symbols("x y", real=True)
    u = sp.exp(x / 2 + y / 3)
    lhs = [sp.exp(x + sp.Rational(2, 3) * y) / (u + 1)]  # u^2 / (u + 1)
    right, wrong = [u - 1 + 1 / (u + 1)], [u - 1]
    if evaluator == "sympy":
        assert symbolic.identity_test(lhs, right, {})
        assert not symbolic.identity_test(lhs, wrong, {})
    else:
        tr = fastpath.Translator()
        assert fastpath.identity_test([tr(e) for e in lhs], [tr(e) for e in right], {})
        assert not fastpath.identity_test([tr(e) for e in lhs], [tr(e) for e in wrong], {})


def test_scaled_attention_is_proved_by_the_exact_identity_test() -> None:
    import sympy as sp
    from support import check

    from verifier.catalog import D
    from verifier.ml import diag, dot, softmax
    from verifier.results import Verdict

    def scaled(b, n, d):
        q, Km, v = b.vector("q", d), b.matrix("K", n, d), b.vector("v", n)
        p = softmax(Km * q / sp.sqrt(d))
        return b.claim(D(dot(v, p), q), Km.T * (diag(p) - p * p.T) * v / sp.sqrt(d))

    result = check(scaled, [{"n": 2, "d": 2}, {"n": 3, "d": 2}])
    assert result.verdict is Verdict.PROVED
    assert all("identity test" in s.method for s in result.steps), [s.method for s in result.steps]


def test_a_subscripted_letter_that_multiplies_is_a_product_in_the_argument_for_every_size(capsys) -> None:
    # g_i(\gamma z_i + \beta) is g_i times the bracket where the claim writes g_i z_i (documents.quantityletters):
    # the concrete check read it so and PROVED it at N = 2..5, but the size-generic reading parsed g_i(…) as a
    # call ("no index-notation form: Component")
    claim = r"\frac{\partial}{\partial \gamma}\sum_i g_i(\gamma z_i + \beta) = \sum_i g_i z_i"
    main(["check", claim, "--vector", "g:N", "--vector", "z:N", "--format", "json", "--no-cache", "--no-progress"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] == "PROVED" and result["proved_for"].startswith("all"), result["proved_for"]
    wrong = r"\frac{\partial}{\partial \gamma}\sum_i g_i(\gamma z_i + \beta) = \sum_i g_i"
    assert _verdict(capsys, wrong, "--vector", "g:N", "--vector", "z:N") == "FAILED"


def test_a_derivative_by_an_entry_of_a_fixed_index_of_a_declared_vector(capsys) -> None:
    # \partial/\partial\mu_1 with --vector mu:2: "a derivative with respect to an entry needs that entry's index
    # to be the last free index", a usage error on a correct claim (without the declaration it was PROVED)
    lhs = r"\frac{\partial}{\partial \mu_1}\frac{(\mu_1 - \mu_2)^2}{2\sigma_2^2}"
    options = ("--vector", "sigma:2", "--vector", "mu:2")
    assert _verdict(capsys, lhs + r" = \frac{\mu_1 - \mu_2}{\sigma_2^2}", *options) == "PROVED"
    assert _verdict(capsys, lhs + r" = \frac{\mu_2 - \mu_1}{\sigma_2^2}", *options) == "FAILED"
    # x_2 of --vector x:n: checked from n = 2 (at n = 1 "x[2] is outside 1..(n,)", a usage error); PASSED, not PROVED
    # for every n: the induction starts at n = 1, where x_2 is no entry
    derivative = r"\frac{\partial}{\partial x_2}\sum_{k=1}^{n} x_k^2"
    assert _verdict(capsys, derivative + " = 2x_2", "--vector", "x:n") in ("PROVED", "PASSED")
    assert _verdict(capsys, derivative + " = x_2", "--vector", "x:n") == "FAILED"


# verify check's scalar path read a name before brackets as a factor (\Phi(x) = Φ·x) and checked the claim as
# it is, without the doubts verify doc applies to that reading (documents.numbercalls): GELU's derivative
# d/dx xΦ(x) = Φ(x) + xφ(x) was FAILED (verify doc: SKIPPED, "Phi(x) read as products")


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dx} x\Phi(x) = \Phi(x) + x\phi(x)",  # GELU: a function of the variable differentiated by
        r"\Phi(0) = \frac{1}{2}",  # a function's value at a number
    ],
)
def test_a_name_applied_where_a_function_is_meant_is_no_false_alarm(capsys, claim: str) -> None:
    # since redcat67, Φ and φ before their bracket are read as the normal CDF and density where the product fails:
    # green under that reading (SKIPPED before); never FAILED
    assert _verdict(capsys, claim) in ("PROVED", "PASSED")


def test_a_factor_before_a_bracket_still_reads_as_one(capsys) -> None:
    assert _verdict(capsys, r"\frac{d}{dx}\lambda(x + 1)^2 = 2\lambda(x + 1)") == "PROVED"
    assert _verdict(capsys, r"\frac{d}{dx}\lambda(x + 1)^2 = \lambda(x + 1)") == "FAILED"


@pytest.mark.parametrize("claim", [r"\Phi(0) = 0", r"F(1) = F", r"\theta(2) = 2\theta"])
def test_a_name_at_a_number_read_as_a_product_is_not_green_either(capsys, claim: str) -> None:
    # documents.numbercalls: "nobody multiplies a name by a lone number in parentheses; written so, it is the value
    # of a function at that number" made a FAILED SKIPPED, but Φ·0 = 0 was PROVED (Φ(0) = 1/2 for the normal CDF)
    assert _verdict(capsys, claim) == "SKIPPED"


def test_a_factor_times_minus_one_in_brackets_stays_green(capsys) -> None:
    # \frac{e^{o_k}}{p_k} (-1): the fraction times -1, which the name-at-a-number detector sees as k(-1); a green
    # step is doubted only for a plain name before an unsigned number (a correct corpus step went SKIPPED)
    assert _verdict(capsys, r"-\frac{e^{a}}{p_k}(-1) = \frac{e^{a}}{p_k}", "--vector", "p:n") == "PROVED"
    assert _verdict(capsys, r"-\frac{a}{b}(-1) = \frac{a}{b}") == "PROVED"
