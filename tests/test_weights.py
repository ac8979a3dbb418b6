r"""A capital times a name, read as two numbers for want of evidence, must not make a missing transpose
green: ``h = Wx + b`` then ``\frac{\partial L}{\partial x} = W\delta`` (documents/weights.py)."""

from __future__ import annotations

from support import doc_steps

from verifier.engine import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

LAYER = r"""
### Linear layer
$h = W x + b$, upstream gradient $\delta = \frac{\partial L}{\partial h}$.

$$\frac{\partial L}{\partial x} = {rhs}$$
"""


def test_a_missing_transpose_behind_scalar_guesses_is_not_green() -> None:
    (step,) = doc_steps(LAYER.replace("{rhs}", r"W \delta"))
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "W read as numbers" in step.message and "every layout" in step.message


def test_the_transposed_weights_stay_proved() -> None:
    (step,) = doc_steps(LAYER.replace("{rhs}", r"W^T \delta"))
    assert step.verdict in GREEN, step.message


def test_scalar_notes_that_hold_for_matrices_too_stay_green() -> None:
    """y = Cx, dy/dx = C: the Jacobian of Cx is C in numerator layout, so the matrix reading agrees."""
    steps = doc_steps(
        r"""
        Let $y = Cx$.

        $$\frac{dy}{dx} = C$$

        $$\frac{d}{dx}(Ax) = A$$
        """
    )
    assert [s.verdict for s in steps if "frac" in s.lhs_latex] == [Verdict.PROVED, Verdict.PROVED]


def test_a_least_squares_gradient_without_its_transpose_is_not_green() -> None:
    (step,) = doc_steps(r"$$\frac{d}{dx} \frac{1}{2}(Ax - b)^2 = A(Ax - b)$$")
    assert step.verdict not in GREEN, step.message
