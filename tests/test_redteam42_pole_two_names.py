r"""A cancelled factor in two names, zero on the solution set, is no equivalence either (redteam42).

redteam41's ``equivalent._holds_at_a_pole`` read divisors in one name: ``\frac{a^2 - b^2}{a - b} = 2b \Rightarrow a +
b = 2b \Rightarrow a = b`` stayed PROVED "c = 1 ≠ 0, so it follows from it (and back)", though a = b is where the
equation before it divides by 0 (it has no solution). A divisor's factor of degree 1 in several names counts the same
way: where the equation after the arrow is 0 on that factor's zero set, whatever the other names are, it is no
equivalence."""

from __future__ import annotations

from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps("# Solve\n\nThen\n\n$$\n" + display + "\n$$\n")]


def test_a_cancelled_difference_of_two_names_proves_nothing() -> None:
    assert _verdicts(r"\frac{a^2 - b^2}{a - b} = 2b \Rightarrow a + b = 2b")[1] not in ("PROVED", "PASSED")


def test_a_cancelled_difference_away_from_the_solution_still_proves() -> None:
    assert _verdicts(r"\frac{a^2 - b^2}{a - b} = 3b \Rightarrow a + b = 3b")[1] == "PROVED"


def test_clearing_a_denominator_in_two_names_still_proves() -> None:
    assert _verdicts(r"\frac{a}{a + b} = \frac{1}{2} \Leftrightarrow 2a = a + b")[1] == "PROVED"
