"""ids44 (stop 44): bugs found by a new batch of catalog probes and one-off claims nobody here wrote."""

from __future__ import annotations

import json

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.cli import main
from verifier.documents.directional import directional_derivatives
from verifier.ml import sum_over
from verifier.results import Verdict


def test_a_probability_vector_of_one_entry_is_checked_not_an_error() -> None:
    # A mixture of K components at K = 1: the simplex's only entry is 1 minus no others (it raised
    # "reduce() of empty iterable" in the ball stage: an ERROR on a correct entry)
    def mixture(b, K):
        pi, mu = b.simplex("pi", K), b.vector("mu", K)
        x = b.real("x", -2, 2)
        weights = [pi[k, 0] * sp.exp(-((x - mu[k, 0]) ** 2) / 2) for k in range(K)]
        Z = sum_over(K, lambda k: weights[k])
        grad = sp.ImmutableMatrix([weights[k] / Z * (x - mu[k, 0]) for k in range(K)])
        return b.claim(D(sp.log(Z), mu), grad)

    result = check(mixture, {"K": [1, 2]})
    assert result.verdict is Verdict.PROVED, result.steps[0].message


def _check(capsys, *argv: str) -> dict:
    main(["check", *argv, "--format", "json", "--no-cache", "--no-progress"])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_a_unicode_subscript_letter_is_read_as_a_subscript(capsys) -> None:
    # ∇ₓ xᵀAx: the subscript x was "unexpected character 'ₓ'" (only ᵢ ⱼ ₖ ₙ and digits were known)
    result = _check(capsys, "∇ₓ xᵀAx = (A + Aᵀ)x", "--vector", "x:n", "--matrix", "A:n,n")
    assert result["verdict"] == "PROVED", result
    wrong = _check(capsys, "∇ₓ xᵀAx = 2Ax", "--vector", "x:n", "--matrix", "A:n,n")
    assert wrong["verdict"] == "FAILED", wrong


def test_the_gradient_in_x_of_a_product_with_x_is_not_a_directional_derivative(capsys) -> None:
    # \nabla_x a^\top x is \nabla_x (a^\top x): read as (\nabla_x a)^\top x (documents.directional) it was SKIPPED,
    # right or wrong; a direction v that is the gradient's own variable is no direction
    assert directional_derivatives(r"\nabla_x a^\top x") == r"\nabla_x a^\top x"
    assert directional_derivatives(r"\nabla_x x^\top x") == r"\nabla_x x^\top x"
    assert directional_derivatives(r"\nabla_w f(w)^\top v") == r"\langle \nabla_w f(w), v \rangle"  # kept
    assert directional_derivatives(r"\nabla_w f^\top v") == r"\langle \nabla_w f, v \rangle"  # kept
    assert _check(capsys, r"\nabla_x a^\top x = a", "--vector", "a:n", "--vector", "x:n")["verdict"] == "PROVED"
    assert _check(capsys, r"\nabla_x a^\top x = x", "--vector", "a:n", "--vector", "x:n")["verdict"] == "FAILED"
    assert _check(capsys, r"\nabla_x x^\top x = 2x", "--vector", "x:n")["verdict"] == "PROVED"


def test_sines_and_cosines_of_sums_are_an_exact_identity_not_simplify() -> None:
    # rotary positions: (R_{m t} q)^T (R_{n t} k) = q^T R_{(n - m) t} k. Proved by simplify alone (2 s, PASSED when the
    # machine was loaded); the identity test on the angles' half-tangents proves it at once
    def rotary(b):
        q1, q2, k1, k2 = (b.real(n) for n in ("q1", "q2", "k1", "k2"))
        m, n, t = b.real("m", -3, 3), b.real("n", -3, 3), b.real("t", -2, 2)

        def rot(a, x, y):
            return sp.ImmutableMatrix([sp.cos(a) * x - sp.sin(a) * y, sp.sin(a) * x + sp.cos(a) * y])

        left = rot(m * t, q1, q2).dot(rot(n * t, k1, k2))
        return b.claim(left, sp.ImmutableMatrix([q1, q2]).dot(rot((n - m) * t, k1, k2)))

    result = check(rotary)
    assert result.verdict is Verdict.PROVED
    assert "trigonometric" in result.steps[0].method, result.steps[0].method


def test_a_wrong_trigonometric_identity_is_not_proved_by_the_half_tangents() -> None:
    def wrong(b):
        a, c = b.real("a"), b.real("c")
        return b.claim(sp.cos(a - c), sp.cos(a) * sp.cos(c) - sp.sin(a) * sp.sin(c))

    def pythagoras(b):
        a = b.real("a")
        return b.claim(sp.sin(2 * a) ** 2 + sp.cos(2 * a) ** 2, sp.Integer(1))

    assert check(wrong).verdict is Verdict.FAILED
    assert check(pythagoras).verdict is Verdict.PROVED


def test_a_sum_whose_terms_count_down_from_the_size_is_proved_for_every_size() -> None:
    # Adam's bias correction, m_t = (1 - beta) sum_k beta^{t-1-k} g: the summand has t in it, so the telescoping
    # induction gave up (PROVED at t = 1, 2, 3 only); read backwards (k -> t - 1 - k) it is sum_k beta^k
    def bias(b):
        t = b.size("t")
        g, beta = b.real("g"), b.real("beta", 0.1, 0.9)
        return b.claim((1 - beta) * sum_over(t, lambda k: beta ** (t - 1 - k) * g) / (1 - beta**t), g)

    def wrong(b):
        t = b.size("t")
        g, beta = b.real("g"), b.real("beta", 0.1, 0.9)
        return b.claim((1 - beta) * sum_over(t, lambda k: beta ** (t - k) * g) / (1 - beta**t), g)

    result = check(bias, {"t": [1, 2, 3]})
    assert result.verdict is Verdict.PROVED and result.proved_for.startswith("all"), result.proved_for
    assert check(wrong, {"t": [1, 2, 3]}).verdict is Verdict.FAILED
