r"""The likelihood of independent samples as the product of the notes' one-sample density (documents.iidjoint).

Notes define ``p(y_i | X; w)`` for one sample, say the samples are independent and write the
log-likelihood of all of them, ``\log p(\mathbf{y} | X; w) = \log \prod_{i=1}^n \ldots``. The examples
are written for these tests.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
Each target is a noisy linear function of its features:

$$ p\left(y_i \mid \mathbf{X}; \mathbf{w}\right) = \mathcal{N}\left(\sum_{j=1}^m w_j X_{ij}, \sigma^2\right) $$

SAID the likelihood of the data set is

$$ \log p\left(\mathbf{y} \mid \mathbf{X}; \mathbf{w}\right) = RHS $$
"""

_SAID = "The samples are drawn independently, so"
_TRUE = r"\sum_{i=1}^n \log \mathcal{N}\left(\sum_{j=1}^m w_j X_{ij}, \sigma^2\right)"


def _claim(rhs: str, said: str = _SAID) -> tuple[str, str]:
    check = check_text(_NOTES.replace("SAID", said).replace("RHS", rhs), "t.md", FAST)
    first, *rest = [s for c in check.chains for s in c.result.steps]
    assert "defines" in first.message  # the density of one sample: the notes' definition
    assert len(rest) == 1
    return rest[0].verdict.value, rest[0].message


def test_the_joint_of_independent_samples_is_the_product_of_their_densities() -> None:
    verdict, message = _claim(_TRUE)
    assert verdict in ("PROVED", "PASSED"), message
    assert "read as the product of the notes' p(y_|X;w) over i = 1..n" in message
    assert "independent" in message


def test_a_log_likelihood_that_sums_the_densities_is_failed() -> None:
    verdict, message = _claim(_TRUE.replace(r"\log \mathcal{N}", r"\mathcal{N}"))
    assert verdict == "FAILED", message
    assert "read as the product" in message


def test_a_log_likelihood_with_the_product_left_in_is_failed() -> None:
    verdict, message = _claim(r"\prod_{i=1}^n \log \mathcal{N}\left(\sum_{j=1}^m w_j X_{ij}, \sigma^2\right)")
    assert verdict == "FAILED", message


def test_without_independence_in_the_prose_the_joint_is_not_read() -> None:
    verdict, message = _claim(_TRUE, said="Then")
    assert verdict == "SKIPPED", message
