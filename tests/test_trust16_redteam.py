r"""trust16 red team: classic student mistakes next to prose a reading might take as an excuse. None may be
green; where every plausible reading fails they are FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOT_GREEN = {
    # a sign flip under "where ŷ = y": both sides 0 under the sentence (vacuouswhere)
    "where": ("# Squared error\n\nLet $L = (\\hat y - y)^2$ with $\\hat y = w x$. Then\n\n"
              "$$\\frac{\\partial L}{\\partial w} = (\\hat y - y) x$$\n\nwhere $\\hat y = y$ for a perfect fit.\n"),
    # a wrong sigmoid derivative beside "σ² the variance" (spreadnames)
    "variance": ("# Logistic\n\nLet $\\sigma^2$ denote the variance of the noise.\n\n"
                 "$$\\frac{d}{dz} \\sigma(z) = \\sigma(z)(1 - \\sigma(z))^2$$\n"),
    # a wrong special case of another section (headings.after_heading)
    "case": ("# Positive part\n\nIn the case $x > 0$ nothing changes.\n\n# Square root\n\n$$\\sqrt{x^2} = x$$\n"),
    # a transpose dropped beside "if A is orthogonal" (unreadhypotheses: SKIPPED, never green)
    "orthogonal": ("# Quadratic form\n\nLet $f(x) = x^T A x$ with $A \\in \\mathbb{R}^{3 \\times 3}$. If $A$ is "
                   "orthogonal,\n\n$$\\nabla f(x) = 2 A x$$\n"),
}

_FAILED = {
    # a dropped chain-rule factor after "where h - y is the error"
    "chain": ("# Chain rule\n\nLet $h = \\tanh(w x)$ and $L = \\frac12 (h - y)^2$. Then\n\n"
              "$$\\frac{\\partial L}{\\partial w} = (h - y) x$$\n\nwhere $h - y$ is the error.\n"),
    # a dropped 2 beside "for $x > 0$"
    "factor": "# Exponential\n\nFor $x > 0$,\n\n$$\\frac{d}{dx} e^{2x} = e^{2x}$$\n",
    # a sign slip beside "σ the standard deviation"
    "sign": ("# Variance\n\nLet $\\sigma$ be the standard deviation and $z = (x - \\mu)/\\sigma$. Then\n\n"
             "$$\\frac{\\partial z}{\\partial \\mu} = \\frac{1}{\\sigma}$$\n"),
    # a wrong case written after \quad
    "quad": "# ReLU\n\nLet $f(x) = \\max(0, x)$.\n\n$$f'(x) = 1 \\qquad x < 0$$\n",
    # a wrong arithmetic link in a worked chain whose values are stated in another section only
    "arithmetic": ("# Problem 1\n\nLet $f(w) = (w - a)^2 + b w$. A numeric check:\n\n$$f(1) = (1 - 2)^2 + 3 = 3$$\n\n"
                   "# Problem 2\n\nHere $a = 2$ and $b = 3$.\n"),
}


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.slow(4)
@pytest.mark.parametrize("name", sorted(_NOT_GREEN))
def test_no_mistake_beside_an_excuse_is_green(name: str) -> None:
    assert not any(v in _GREEN for v in _verdicts(_NOT_GREEN[name]))


@pytest.mark.slow(4)
@pytest.mark.parametrize("name", sorted(_FAILED))
def test_a_mistake_every_reading_refutes_is_failed(name: str) -> None:
    assert _verdicts(_FAILED[name])[-1] is Verdict.FAILED
