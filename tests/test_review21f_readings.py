r"""Bugs review21f found in fresh9's readings, each a small example written here: π read as a quantity
in a chain that also writes the circle's π (``\sqrt{2\pi}``), a log-density whose body is a written-out
member or an opaque conditional, ``\lambda_{\max}(A)`` read as a product, a claim at an ``\arg\min``."""

from __future__ import annotations

from support import doc_steps

_MIXTURE = r"""
A point comes from the first component with probability $\pi$; with unit variance

$$\frac{\partial}{\partial \pi}\left[\log \pi - \frac{1}{2}\log(2\pi) - \frac{(x-\mu)^2}{2}\right] = {rhs}$$
"""


def test_a_chain_writing_the_circles_pi_beside_a_derivative_by_pi_is_not_green() -> None:
    # 1/(2π) is the derivative only if the Gaussian's 2π were the probability too
    (step,) = doc_steps(_MIXTURE.replace("{rhs}", r"\frac{1}{2\pi}"))
    assert step.verdict.value not in ("PROVED", "PASSED")


def test_the_right_derivative_beside_the_circles_pi_is_not_failed() -> None:
    (step,) = doc_steps(_MIXTURE.replace("{rhs}", r"\frac{1}{\pi}"))
    assert step.verdict.value != "FAILED"


def test_a_gaussian_normaliser_beside_a_derivative_by_pi_is_not_failed() -> None:
    density = r"\frac{1}{\sqrt{2\pi}} e^{-x^2/2}"
    (step,) = doc_steps(rf"$$\frac{{d}}{{d\pi}}\left(\pi \cdot {density}\right) = {density}$$" + "\n")
    assert step.verdict.value != "FAILED"
