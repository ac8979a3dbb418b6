r"""A function the notes define, called at a sample (``h_\theta(x^{(i)})``), gives the sample its body's shape.

CS229 writes ``h_\theta(x) = g(\theta^T x)`` and then sums ``h_\theta(x^{(i)})`` over the samples.
The call's argument got the body's shape only when it was a plain name (documents.callshapes); a
sample ``x^{(i)}`` kept a length of its own, ``\theta^T x^{(i)}`` multiplied two vectors of different
lengths, and the log-likelihood's gradient and Hessian were an internal ERROR (a log of a matrix
expression) — with bold samples as well. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
With $g(z) = \frac{{1}}{{1+e^{{-z}}}}$, $h_\theta(x) = g(\theta^T x)$ and
$\ell(\theta) = \sum_{{i=1}}^m y^{{(i)}}\log h_\theta({x}) + (1-y^{{(i)}})\log(1-h_\theta({x}))$,

$$\nabla_\theta \ell(\theta) = \sum_{{i=1}}^m (y^{{(i)}} - h_\theta({x})){x}$$

$$\nabla^2_\theta \ell(\theta) = {sign}\sum_{{i=1}}^m h_\theta({x})(1-h_\theta({x})){x}{xt}$$
"""

_SAMPLES = [(r"x^{(i)}", r"x^{(i)T}"), (r"\mathbf{x}^{(i)}", r"\mathbf{x}^{(i)T}")]


@pytest.mark.parametrize(("x", "xt"), _SAMPLES, ids=["plain", "bold"])
def test_the_gradient_and_hessian_are_green(x: str, xt: str) -> None:
    # (log(1 - h) is evaluated stably since read17: every sampled point counts)
    steps = doc_steps(_NOTES.format(x=x, xt=xt, sign="-"))[-2:]
    for s in steps:
        assert s.verdict.value in GREEN, s.message
        assert "applied to its vector argument" in s.message, s.message


@pytest.mark.parametrize(("x", "xt"), _SAMPLES, ids=["plain", "bold"])
def test_a_sign_flip_in_the_hessian_is_failed(x: str, xt: str) -> None:
    step = doc_steps(_NOTES.format(x=x, xt=xt, sign=""))[-1]
    assert step.verdict.value == "FAILED", step.message
