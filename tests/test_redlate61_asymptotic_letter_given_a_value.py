"""A letter the notes give a value (``$O = 3$``, a matrix ``O = …``) is no asymptotic notation.

lead61's guard leaves a member that applies O, Θ or Ω unread unless the notes define or declare the letter. A stated
value is the notes saying what the letter is too: after "Let $O = 3$ be the number of outputs.", the right
``O(O - 1) = 6`` was PROVED under the stated value before the guard, and SKIPPED "asymptotic notation" after it.
"""

from support import verdicts_by_line

SCALAR = "Let $O = 3$ be the number of outputs.\n\n$$O(O - 1) = RIGHT$$\n"
MATRIX = (
    "Let $\\Omega = \\begin{bmatrix} 1 & 0 \\\\ 0 & 2 \\end{bmatrix}$ be the frequencies and "
    "$x = \\begin{bmatrix} 2 \\\\ 3 \\end{bmatrix}$.\n\n"
    "$$\\Omega(x + x) = \\begin{bmatrix} 4 \\\\ RIGHT \\end{bmatrix}$$\n"
)


def test_a_scalar_given_a_value_is_read() -> None:
    assert verdicts_by_line(SCALAR.replace("RIGHT", "6"))[3] == ["PROVED"]


def test_a_matrix_given_a_value_is_read() -> None:
    assert verdicts_by_line(MATRIX.replace("RIGHT", "12"))[3] == ["PROVED"]


def test_big_o_without_a_value_is_still_not_read() -> None:
    assert verdicts_by_line("The cost is\n\n$$O(n^2) + O(n) = O(n^2)$$\n")[3] == ["SKIPPED"]
