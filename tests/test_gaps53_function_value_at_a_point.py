r"""A function's value written with its argument at a point its sentence names is no new meaning of it (gaps53).

"At $|x| = c$ both pieces give $h(x) = c^2$" was learned as a new definition of h — the constant c² for every x — so a
right worked value after it (``h(1) = 1`` with c = 2) was FAILED against 4. The function keeps its definition now.
The bare name ("$h = c^2$", fresh47's Tukey "$\rho = c^2/6$") is learned as before (documents.functionvalues says
why).
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# A capped square

For a cap $c > 0$ let

$$
h(x) = \begin{cases} x^2, & |x| \le c, \\ c^2, & |x| > c. \end{cases}
$$

At $|x| = c$ both pieces give $%s = c^2$, so $h$ is continuous.

## Worked numbers

With $c = 2$ and $x = 1$,

$$
h(1) = %s .
$$
"""


def test_a_wrong_worked_value_after_it_is_still_failed() -> None:
    assert doc_steps(NOTES % ("h(x)", "2"))[-1].verdict.value == "FAILED"


def test_the_value_written_with_the_argument_replaces_nothing() -> None:
    """``$h(x) = c^2$`` at |x| = c: the right h(1) = 1 was FAILED (h read as the constant 4)."""
    assert doc_steps(NOTES % ("h(x)", "1"))[-1].verdict.value in ("PROVED", "PASSED")


def test_a_plain_name_given_a_value_at_a_point_is_still_learned() -> None:
    """"At $x = 1$ the slope is $s = 2$": s is no function, its value is learned as before."""
    notes = "# Slope\n\nAt $x = 1$ the slope is $s = 2$.\n\n$$s + 1 = 3$$\n"
    assert doc_steps(notes)[-1].verdict.value in ("PROVED", "PASSED")
