r"""A matrix the prose gives a structure is not read as a general one by the entry-wise second look (sound55).

gaps54 made a step FAILED where it fails with ``A^{-1}`` read as the inverse and as the entry-wise reciprocal,
except where an inverted matrix is a normal's covariance or said "symmetric"/"positive definite". Other words fix a
matrix too, and a step right for that matrix fails for a general one under both readings:
``(AB)^{-1} = A^{-1}B^{-1}`` for commuting, diagonal or scalar matrices, the Gaussian score
``\Sigma^{-1}(x - \mu)`` for "the covariance matrix of x" said in words. Those were FAILED (false alarms); they are
left to the old rule (SKIPPED), while the same step for matrices the prose says nothing of stays FAILED. Every note
is written here."""

from __future__ import annotations

from support import doc_steps

_PRODUCT = r"""
# Inverses of products

Let $A \in \mathbb{{R}}^{{n \times n}}$ and $B \in \mathbb{{R}}^{{n \times n}}$ be invertible{said}. Then

$$(A B)^{{-1}} = A^{{-1}} B^{{-1}}.$$
"""


def _last(notes: str) -> str:
    step = doc_steps(notes)[-1]
    return step.verdict.value


def test_commuting_matrices_are_not_failed() -> None:
    assert _last(_PRODUCT.format(said=" matrices that commute")) != "FAILED"


def test_diagonal_matrices_are_not_failed() -> None:
    assert _last(_PRODUCT.format(said=" diagonal matrices")) != "FAILED"


def test_a_multiple_of_the_identity_is_not_failed() -> None:
    assert _last(_PRODUCT.format(said=", with $A$ a nonzero multiple of the identity")) != "FAILED"


def test_general_matrices_are_still_failed() -> None:
    assert _last(_PRODUCT.format(said="")) == "FAILED"


_SCORE = r"""
# Gaussian log-likelihood

Let $x \in \mathbb{R}^d$, $\mu \in \mathbb{R}^d$ and let $\Sigma \in \mathbb{R}^{d \times d}$ be the covariance matrix
of $x$.

$$\ell(\mu) = -\frac{1}{2}(x - \mu)^\top \Sigma^{-1} (x - \mu)$$

Then

$$\nabla_\mu \ell = \Sigma^{-1}(x - \mu).$$
"""


def test_a_covariance_named_in_words_is_not_failed() -> None:
    assert _last(_SCORE) != "FAILED"
