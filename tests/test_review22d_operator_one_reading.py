r"""A member the operator reading rewrites is read one way in every step it is in.

``\frac{d}{dx}(x^3 + x^2) = \frac{d}{dx} x^3 + x^2 = 3x^2 + x^2`` drops the derivative of the second term
(the answer should be 3x² + 2x). Its first step holds only with the middle member read as
``\frac{d}{dx}(x^3 + x^2)`` (the operator over the rest), its second only with the same member read
literally: each step was green under its own reading of the shared member, and the wrong result came out
all green. A reading that rescues a step must also hold for the other steps the rewritten member is in.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"Then\n\n$${display}$$\n")]


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}\left(x^3 + x^2\right) = \frac{d}{dx} x^3 + x^2 = 3x^2 + x^2",
        r"\frac{d}{dx}\left(x^2 + 3x\right) = \frac{d}{dx} x^2 + 3x = 2x + 3x",
    ],
)
def test_a_dropped_derivative_through_a_shared_member_is_not_all_green(display: str) -> None:
    assert not all(v in GREEN for v in _verdicts(display))


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}\left(x^2 + 3x\right) = \frac{d}{dx} x^2 + 3x = 2x + 3",
        r"\frac{d}{dx}\left(x^2 + 3x\right) = \frac{d}{dx} x^2 + 3 = 2x + 3",
    ],
)
def test_the_correct_chains_stay_green(display: str) -> None:
    assert all(v in GREEN for v in _verdicts(display))
