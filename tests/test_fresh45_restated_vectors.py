r"""A vector the prose states again by its numbers ends an earlier definition of its entries (fresh45).

"With $p_i = 1/K$" (the uniform case) was learned as what ``p_i`` is, and still held lines later after
"For $p = (0.2, 0.8)$ instead": the worked gradient ``(2p_1, 2p_2) = (0.4, 1.6)`` was FAILED with every
entry 1/K. A later ``NAME = (numbers…)`` in the prose states the name's value anew, so the earlier definition
is set aside from there on (the stated numbers are the hypothesis of the lines after it)."""

from __future__ import annotations

from support import doc_steps

NOTES = """
# Collision probability

The collision probability of $p = (p_1, \\dots, p_K)$ is

$$C(p) = \\sum_{i=1}^K p_i^2 .$$

For the uniform distribution, with $p_i = 1/K$, $\\sum_i p_i^2 = K \\cdot K^{-2} = 1/K$.

For $p = (0.2, 0.8)$ instead, the gradient is

$$\\nabla C = (2p_1, 2p_2) = (%s) .$$
"""


def test_the_worked_gradient_at_the_restated_vector_is_not_failed() -> None:
    steps = doc_steps(NOTES % "0.4, 1.6")
    assert [s.verdict.value for s in steps[-2:]].count("FAILED") == 0, [s.message for s in steps[-2:]]


def test_a_wrong_number_there_is_still_not_green() -> None:
    steps = doc_steps(NOTES % "0.4, 1.8")
    assert steps[-1].verdict.value not in ("PROVED", "PASSED")


def test_the_entries_definition_holds_before_the_restatement() -> None:
    steps = doc_steps("""
    The collision probability of $p = (p_1, \\dots, p_K)$ is $\\sum_{i=1}^K p_i^2$.

    With $p_i = 1/K$ every entry is the same, and $p_1 + p_2 = 2/K$.
    """)
    assert steps[-1].verdict.value == "PROVED", steps[-1].message
