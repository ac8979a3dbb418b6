"""A chain whose middle member is a diagonal Jacobian in one step and the vector of its diagonal in the next."""

from __future__ import annotations

from support import doc_steps


def test_a_diagonal_jacobian_read_as_a_vector_in_one_step_keeps_its_shape_in_the_step_before() -> None:
    # x is a vector (x_i in another display): df/dx and df/du du/dx are 3×3 diagonal Jacobians; the next
    # step compares df/du du/dx with the vector (1/u) 2x. Reading that member as its diagonal for the
    # second step changed it for the first one too: ERROR "operands could not be broadcast together".
    steps = doc_steps(
        r"""
        $$\frac{df}{dx} = \frac{df}{du}\frac{du}{dx} \quad f := \log u,\ u := x^2 + 1$$

        $$\frac{df}{dx} = \frac{df}{du}\frac{du}{dx} = \frac{1}{u} 2x = \frac{2x}{x^2+1}$$

        $$\frac{df}{dx} = \frac{df}{du}\frac{du}{dx} = \frac{1}{u} x$$

        $$\hat{\mu} = \frac{1}{n}\sum_{i} x_i$$
        """
    )
    assert [s.verdict.value for s in steps if s.verdict.value == "ERROR"] == [], [s.message for s in steps]
    chain, wrong = steps[3:6], steps[7]
    assert all(s.verdict.value == "PROVED" for s in chain), [s.message for s in chain]
    assert wrong.verdict.value == "FAILED", wrong.message
