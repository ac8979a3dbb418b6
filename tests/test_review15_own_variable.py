r"""The slope at a point the prose names in words or through another name (``at the origin``, ``at $x_0 = 0$``,
``evaluated at zero``) is a derivative at that point: the variable need not appear on the right side, so
``\frac{d}{dx}(x^2 + 3x) = 3`` there keeps the one-side doubt (documents.ownvariable); only ``$x = 0$``
itself was recognised and the step was FAILED. Without such words it is still FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

STEP = r"$$\frac{d}{dx}\left(x^2 + 3x\right) = 3$$"


@pytest.mark.parametrize(
    "prose",
    ["The slope of the curve at the origin is", "At $x_0 = 0$ the slope is", "Evaluated at zero, the slope is",
     "At the point $a = 0$ the slope is"],
)  # fmt: skip
def test_a_slope_at_a_named_point_is_not_failed(prose: str) -> None:
    (step,) = doc_steps(f"{prose}\n\n{STEP}\n")
    assert step.verdict.value == "SKIPPED", step.message


def test_without_a_point_the_dropped_variable_is_failed() -> None:
    (step,) = doc_steps(f"The derivative is\n\n{STEP}\n")
    assert step.verdict.value == "FAILED"
