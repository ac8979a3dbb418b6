r"""``p - e_2`` reads e₂ as the standard basis vector though no sentence says so (gaps69, item 6).

Softmax's gradient at class 2, ``\frac{\partial L}{\partial z} = p - e_2``, was SKIPPED "e_2 is not declared" unless
a sentence called e₂ a basis vector. documents.basisvectors.subtracted_basis reads it so where the notes write e
with one subscript in a difference with a vector's name and never define it or speak of errors, residuals or noise
with it: the right step PROVED, its sign flipped FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.basisvectors import subtracted_basis
from verifier.results import Verdict

NOTES = r"""
# Softmax at class 2

Logits $z$ and $p = \mathrm{softmax}(z)$. With the true class $y = 2$ the loss is $L = -\log p_2$, and

$$\frac{\partial L}{\partial z} = GRADIENT$$
"""


def _last(gradient: str) -> Verdict:
    return doc_steps(NOTES.replace("GRADIENT", gradient))[-1].verdict


def test_p_minus_e2_is_proved() -> None:
    assert _last("p - e_2") is Verdict.PROVED  # SKIPPED on the base: "e_2 is not declared"


def test_the_sign_flipped_is_failed() -> None:
    assert _last("e_2 - p") is Verdict.FAILED  # SKIPPED on the base


def test_another_class_is_failed() -> None:
    assert _last("p - e_1") is Verdict.FAILED


def test_only_an_undefined_e_in_a_difference_is_read_so() -> None:
    assert subtracted_basis(r"$$\frac{\partial L}{\partial z} = p - e_2$$")
    assert subtracted_basis(r"$$g = \hat y - \mathbf{e}_y$$")
    assert not subtracted_basis(r"Let $e_i = y_i - w x_i$. Then $$r = p - e_2$$")  # e defined: a residual
    assert not subtracted_basis(r"The error $e_2$ is small, so $$d = p - e_2$$")  # named an error
    assert not subtracted_basis(r"$$u = x - e^{2}$$")  # Euler's number
    assert not subtracted_basis(r"$$s = e_1 + e_2$$")  # no difference with a vector's name


def test_an_error_term_is_not_a_basis_vector() -> None:
    notes = r"""
    # Noise

    The noise $e_1$ is added to the prediction $p$: we observe $$y = p + e_1$$ and the residual is $$r = y - e_1$$
    """
    assert not subtracted_basis(notes)
