r"""A matrix the prose names a precision or covariance matrix after its formula is symmetric (sound55).

symmetricprose reads "covariance matrix $\Sigma$" (the word before the name) and "$A$ is symmetric", but not the
name first: "let $\Lambda \in \mathbb{R}^{d \times d}$ be the precision (inverse covariance) matrix". The Gaussian
score ``\nabla_\mu \ell = \Lambda(x - \mu)`` of ``\ell = -\frac12 (x - \mu)^\top \Lambda (x - \mu)``, right for the
symmetric Λ, was FAILED (a false alarm). "$X$ (is|be) the/a covariance/precision/Gram/kernel/Hessian matrix" now
states X symmetric; a wrong factor stays FAILED. Every note is written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
# Gaussian score

Let $x \in \mathbb{R}^d$, $\mu \in \mathbb{R}^d$ and let $\Lambda \in \mathbb{R}^{d \times d}$ be the precision
(inverse covariance) matrix.

$$\ell(\mu) = -\frac{1}{2}(x - \mu)^\top \Lambda (x - \mu)$$

Then

$$\nabla_\mu \ell = %s .$$
"""


def test_the_score_with_a_precision_named_after_it_is_green() -> None:
    step = doc_steps(_NOTES % r"\Lambda(x - \mu)")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_a_wrong_factor_is_still_failed() -> None:
    step = doc_steps(_NOTES % r"2\Lambda(x - \mu)")[-1]
    assert step.verdict.value == "FAILED", step.message
