r"""Derivatives by the variance σ² and functions defined with σ² as a parameter (Gaussian
likelihoods): ``\frac{\partial \ell}{\partial \sigma^2}`` is the derivative by σ², not by a "layer 2"
of σ. Every example is written here."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.variance import variance_head
from verifier.engine import Settings
from verifier.latex import parse_latex

LIKELIHOOD = (
    "Given samples $x_1, \\dots, x_N$, the log-likelihood is\n"
    "$$\\ell(\\mu, \\sigma^2) = -\\frac{N}{2}\\log(2\\pi) - \\frac{N}{2}\\log\\sigma^2"
    " - \\frac{1}{2\\sigma^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n"
    "Then\n"
    "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{N}{2\\sigma^2}"
    " + \\frac{1}{2\\sigma^%s}\\sum_{n=1}^N (x_n - \\mu)^2$$\n"
)


def verdicts(notes: str) -> list[str]:
    result = check_text(notes, "notes.md", Settings())
    return [s.verdict.value for ch in result.chains for s in ch.result.steps]


def test_derivative_by_sigma_squared_is_by_the_variance() -> None:
    tree = parse_latex("\\frac{\\partial}{\\partial \\sigma^2} \\log \\sigma^2")
    s = sp.Symbol("sigma", positive=True)
    value = tree.doit().subs({sp.Symbol("sigma"): s})
    assert sp.simplify(value - 1 / s**2) == 0


def test_gaussian_variance_derivative_is_proved() -> None:
    assert verdicts(LIKELIHOOD % "4") == ["SKIPPED", "PROVED"]  # the definition, then the derivative


def test_gaussian_variance_derivative_with_a_wrong_power_is_failed() -> None:
    assert verdicts(LIKELIHOOD % "2") == ["SKIPPED", "FAILED"]


def test_a_function_of_the_variance_called_with_arguments_elsewhere_is_not_read_so() -> None:
    text = "$$\\ell(\\mu, \\sigma^2) = -\\log \\sigma^2$$\nAt the optimum $\\ell(\\hat\\mu, \\hat\\sigma^2)$ is\n"
    assert variance_head("\\ell(\\mu, \\sigma^2)", text, 1) is None
    assert variance_head("\\ell(\\mu, \\sigma^2)", text.split("\n")[0], 1) is not None
