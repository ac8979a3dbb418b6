r"""A name the derivative removes is no name "on one side only": ``\frac{\partial}{\partial s}(\mu +
e^{s/2}\epsilon) = \epsilon e^{s/2}`` (a dropped ½) is FAILED, not SKIPPED because μ is written on
the left only. A name that stays after differentiating keeps the doubt. Every example is written
here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.vanishing import vanishing_names


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_vanishing_names_of_a_sum_with_a_co_input() -> None:
    mu, s, eps = sp.symbols("mu s epsilon")
    assert vanishing_names(sp.Derivative(mu + sp.exp(s / 2) * eps, s)) == {"mu"}
    assert vanishing_names(sp.Derivative(mu * s, s)) == {"s"}
    f = sp.Function("f")
    assert vanishing_names(sp.Derivative(mu + f(s), s)) == set()


def test_reparametrisation_with_a_dropped_half_is_found() -> None:
    right = r"$$\frac{\partial}{\partial s}\left(\mu + e^{s/2}\epsilon\right) = \frac{1}{2}\epsilon e^{s/2}$$"
    wrong = r"$$\frac{\partial}{\partial s}\left(\mu + e^{s/2}\epsilon\right) = \epsilon e^{s/2}$$"
    assert _verdicts(right) == ["PROVED"]
    assert _verdicts(wrong) == ["FAILED"]


def test_a_name_that_stays_after_differentiating_keeps_the_doubt() -> None:
    body = r"$$\frac{\partial}{\partial a}\left(a b + c\right) = 2a$$"
    steps = doc_steps(body)
    assert steps[0].verdict.value == "SKIPPED"
    assert "one side only" in (steps[0].message or "")
