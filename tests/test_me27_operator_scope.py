r"""A derivative operator that opens a member applies, in another reading, to every term after it.

``\nabla_w \frac12\|Xw - y\|^2 + \frac\lambda2\|w\|^2 = X^T(Xw - y) + \lambda w`` is how notes write the
gradient of a regularised objective; literally ∇ takes the first term only, and the step was FAILED (a
false alarm). Read with the operator over the whole unbracketed rest (as ``\sum_i a + b`` already is
read over the rest), it holds; a wrong result fails both readings, and a bracketed operand
(``\frac{d}{dx}(x^2) + 3x``) keeps its brackets' meaning. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.readings import operator_over_the_rest

GREEN = ("PROVED", "PASSED")


def _verdict(display: str) -> tuple[str, str]:
    (step,) = doc_steps(f"Then\n\n$${display}$$\n")
    return step.verdict.value, step.message


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx} x^2 + 3x = 2x + 3",
        r"\nabla_w \frac{1}{2}\|Xw - y\|^2 + \frac{\lambda}{2}\|w\|^2 = X^T(Xw - y) + \lambda w",
        r"\frac{\partial}{\partial \theta} \theta^2 - 4\theta = 2\theta - 4",
    ],
)
def test_the_operator_over_the_unbracketed_rest_is_a_reading(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict in GREEN and "every term after it" in message, message


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx} x^2 + 3x = 2x + 2",
        r"\nabla_w \frac{1}{2}\|Xw - y\|^2 + \frac{\lambda}{2}\|w\|^2 = X^T(Xw - y) - \lambda w",
        r"\frac{d}{dx}(x^2) + 3x = 2x + 3",
    ],
)
def test_a_wrong_result_or_a_bracketed_operand_stays_failed(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict == "FAILED", message


def test_which_members_the_reading_rewrites() -> None:
    assert operator_over_the_rest(r"\frac{d}{dx} x^2 + 3x") == r"\frac{d}{dx} \left( x^2  +  3x \right)"
    assert operator_over_the_rest(r"\frac{d}{dx}(x^2) + 3x") is None  # bracketed: where it ends is written
    assert operator_over_the_rest(r"x^2 + \nabla f") is None  # not opening the member
    assert operator_over_the_rest(r"-\nabla f + g") is None  # a sign first: not read into the operand
    assert operator_over_the_rest(r"\nabla f") is None  # nothing after it
