r"""``d/dx\, x^2 + 3x = 2x + 3``: the slashed operator over the terms after it, as ``\frac{d}{dx}`` is.

me29 reads ``d/dx f`` as ``\frac{d}{dx} f``. Written ``\frac{d}{dx} x^2 + 3x = 2x + 3``, the step is read
with the derivative applied to every term after it (the author's meaning; literally it applies to x^2
only) and is green; slashed, the same step was FAILED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    r"We have $$d/dx\ x^2 + 3x = 2x + 3$$" "\n",
    r"We have $$d/dx\, x^2 + 1 = 2x$$" "\n",
])
def test_the_operator_over_the_rest_is_green(notes: str) -> None:
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message


def test_a_wrong_derivative_is_still_failed() -> None:
    step = doc_steps(r"We have $$d/dx\ x^2 + 3x = 2x + 1$$" "\n")[-1]
    assert step.verdict.value == "FAILED", step.message


def test_a_ratio_of_dimensions_is_left_alone() -> None:
    # d/d_k: a dimension over another, no operator
    step = doc_steps(r"There are $$h = d/d_k$$ heads, so $$h d_k + 1 = d + 1$$" "\n")[-1]
    assert step.verdict.value in GREEN, step.message
