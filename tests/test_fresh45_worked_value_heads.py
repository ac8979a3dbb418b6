r"""``C(p) = 0.2^2 + 0.8^2 = 0.68`` is the value of C at a point the prose gives, not what C is (fresh45).

After "For $p = (0.2, 0.8)$", the display ``C(p) = 0.2^2 + 0.8^2 = 0.68`` was learned as the definition of a
function C of p — a constant one, whose body writes no p — so the next line's ``\nabla C = (2p_1, 2p_2)``
(right for the C the notes mean, the sum of squared probabilities) was FAILED against the gradient of a
constant. A head with parameters whose body is arithmetic on numbers alone is a worked value at a point: it
defines nothing. A function written as a single constant (``h(t) = 4``) is left as it was."""

from __future__ import annotations

from support import doc_steps

NOTES = """
# Collision probability

Two independent draws from $p$ agree with probability equal to the sum of the squared probabilities.

For $p = (0.2, 0.8)$ the collision probability is

$$C(p) = 0.2^2 + 0.8^2 = 0.68$$

and its gradient there is

$$\\nabla C = (2p_1, 2p_2) = (0.4, 1.6)$$
"""


def test_a_gradient_after_a_worked_value_is_not_failed() -> None:
    gradient = doc_steps(NOTES)[2]  # C's two steps, then the gradient's first
    assert gradient.verdict.value != "FAILED", gradient.message


def test_the_worked_value_is_not_read_as_a_definition() -> None:
    first = doc_steps(NOTES)[0]
    assert "defines C" not in first.message


def test_a_function_written_as_one_constant_is_still_defined() -> None:
    steps = doc_steps("""
    Let the hazard be constant,

    $$h(t) = 4$$

    so that

    $$h(t) + h(2t) = 8$$
    """)
    assert steps[-1].verdict.value != "FAILED", steps[-1].message
