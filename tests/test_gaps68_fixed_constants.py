r"""Constants the notes fix before a step ("Let $A = \begin{pmatrix} … \end{pmatrix}$") are no special case (gaps68).

``\nabla f(w) = A w - b`` for ``f(w) = \tfrac12 w^\top A w - b^\top w`` holds for a symmetric A. Where the notes let A
be a symmetric 2×2 matrix first, the step was SKIPPED "fails as written and holds only under the hypothesis A = …:
the sentence may name a special case" (A is on both sides, through f). A value the notes fix with "Let", stated
once and exactly, before the step, is what the step is about; the step is still an identity in w there: PROVED under
it (documents.fixedconstants). A wrong gradient stays FAILED, and so does the right formula at a stated A that is
not symmetric; a value given "for example" is still a special case; a step the values turn into numbers on both
sides stays one (lead67's guard, tests/test_lead67_one_sided_values.py).
"""

from __future__ import annotations

from support import verdicts_by_line

NOTES = r"""# A quadratic

LEAD
$$
A = \begin{pmatrix} 2 & 1 \\ OTHER & 3 \end{pmatrix}, \quad b = \begin{pmatrix} 1 \\ 1 \end{pmatrix}
$$
and $f(w) = \tfrac12 w^\top A w - b^\top w$. Then

$$
\nabla f(w) = GRADIENT
$$
"""


def _gradient(gradient: str, lead: str = "Let", other: str = "1") -> list[str]:
    text = NOTES.replace("LEAD", lead).replace("OTHER", other).replace("GRADIENT", gradient)
    return verdicts_by_line(text)[10]


def test_the_gradient_at_a_symmetric_matrix_the_notes_let_is_proved() -> None:
    assert _gradient("A w - b") == ["PROVED"]


def test_take_fixes_the_matrix_too() -> None:
    assert _gradient("A w - b", lead="Take") == ["PROVED"]


def test_a_wrong_gradient_stays_failed() -> None:
    assert _gradient("A w + b") == ["FAILED"]
    assert _gradient("2 A w - b") == ["FAILED"]


def test_the_formula_at_a_matrix_that_is_not_symmetric_stays_failed() -> None:
    assert _gradient("A w - b", other="0") == ["FAILED"]


def test_a_matrix_given_for_example_is_still_a_special_case() -> None:
    assert _gradient("A w - b", lead="For example, with") == ["SKIPPED"]
