r"""A definition's sum written without brackets runs over every term after it when nothing else can be meant.

``\ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))``
(CS229's log likelihood): read literally, the second term's i is free and has no value, and the
gradient of logistic regression was SKIPPED ("index i is free here but has no value"). Read as the sum
of both terms (the only reading with a meaning, said with the step), the right gradient is green and the
sign flip FAILED. A sum whose later terms do not write its index is left alone. Examples written here."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.restsums import summed_body
from verifier.engine import Settings
from verifier.latex import parse_latex

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Our hypothesis is $h_\theta(x) = \frac{1}{1 + e^{-\theta^T x}}$. The log likelihood is
$$\ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))$$
and its gradient is
$$\frac{\partial}{\partial \theta_j}\ell(\theta) = \sum_{i=1}^m \left({diff}\right)x_j^{(i)}.$$
"""


def _last(diff: str) -> tuple[str, str]:
    # log(1 - h) of a wide sample overflows at most points: more points than the suite's default
    check = check_text(_NOTES.replace("{diff}", diff), "t.md", Settings(points=120))
    step = [s for c in check.chains for s in c.result.steps][-1]
    return step.verdict.value, step.message


def test_the_logistic_regression_gradient_in_cs229_notation_is_green() -> None:
    verdict, message = _last(r"y^{(i)} - h_\theta(x^{(i)})")
    assert verdict in GREEN, message
    assert "its sum over every term after it" in message


def test_its_sign_flip_is_failed() -> None:
    verdict, message = _last(r"h_\theta(x^{(i)}) - y^{(i)}")
    assert verdict == "FAILED", message


def test_a_sum_whose_later_terms_do_not_write_its_index_is_left_alone() -> None:
    body = r"\sum_{i=1}^n a_i + c"
    assert summed_body(body, parse_latex(body), parse_latex) is None
    body = r"\sum_{i=1}^n a_i + b_i"
    summed = summed_body(body, parse_latex(body), parse_latex)
    assert isinstance(summed, sp.Sum)
