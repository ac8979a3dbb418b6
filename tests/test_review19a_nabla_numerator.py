r"""A ∇ by a matrix is the gradient, shaped as the matrix, even where the notes state the numerator
layout (review19a).

"We use the numerator layout throughout." made the numerator layout the scope's convention, and a ∇
followed it: ``\nabla_A \operatorname{tr}(AB) = B`` (the classic missing transpose) was PROVED and the
correct ``B^T`` SKIPPED for shapes. The stated layout is the shape of ``\frac{\partial f}{\partial A}``;
``\nabla_A f`` is shaped as A in every text that writes ∇. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Matrix calculus

We use the numerator layout throughout.

$${lhs} = {rhs}$$
"""


def _step(lhs: str, rhs: str) -> Verdict:
    (step,) = doc_steps(_NOTES.format(lhs=lhs, rhs=rhs), "notes.md")
    return step


def test_the_gradient_by_a_matrix_without_its_transpose_is_not_green() -> None:
    step = _step(r"\nabla_A \operatorname{tr}(AB)", "B")
    assert step.verdict not in _GREEN, step.message


def test_the_gradient_by_a_matrix_with_its_transpose_is_proved() -> None:
    step = _step(r"\nabla_A \operatorname{tr}(AB)", "B^T")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize(("rhs", "verdict"), [("B", Verdict.PROVED)])
def test_the_partial_by_a_matrix_keeps_the_stated_numerator_layout(rhs: str, verdict: Verdict) -> None:
    step = _step(r"\frac{\partial \operatorname{tr}(AB)}{\partial A}", rhs)
    assert step.verdict is verdict, step.message
