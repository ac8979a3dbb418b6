r"""A definition's constant given its value in the definition's own clause is that value (gaps59, after sound58).

"Let $q(x) = 3(x - x_0)^2$ where $x_0 = 1$ is the vertex. Then $q(1 + h) = 3h^2$." is right: the "where" clause
gives the constant of the definition its value, so q is 3(x - 1)^2. The step, an identity in h, was checked for every
x_0 (stated values are read for worked links only) and FAILED at x_0 = 0. A value joined to the definition by
"where" / "with" right after it (the same sentence, nothing between but the word), or in the definition's own display
after a comma, binds the constant: the step is read at it. A value stated in another sentence ("With $\lambda = 0$ we
recover least squares", tests/test_fresh12_special_case.py) or named as a case binds nothing, as before. A step wrong
at the bound value stays FAILED. Every note is written here (Markdown and LaTeX).
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_MD = "# A parabola\n\nLet $q(x) = 3(x - {c})^2$ {joint} ${c} = 1$ is the vertex.\n\nThen {claim}.\n"
_TEX = ("\\section{A parabola}\nLet\n\\begin{equation}\nq(x) = 3(x - {c})^2\n\\end{equation}\n"
        "where ${c} = 1$ is the vertex.\n\nThen {claim}.\n")


def _at(note: str, claim: str, c: str = "x_0", joint: str = "where", path: str = "notes.md") -> list[str]:
    text = note.replace("{c}", c).replace("{claim}", claim).replace("{joint}", joint)
    return verdicts_by_line(text, path)[line_of(text, "Then ")]


@pytest.mark.parametrize("joint", ["where", "with", ", where"])
def test_a_step_right_at_the_bound_value_is_not_failed(joint: str) -> None:
    verdicts = _at(_MD, "$q(1 + h) = 3h^2$", joint=joint)
    assert verdicts in (["PROVED"], ["PASSED"]), verdicts


def test_the_same_with_a_greek_constant() -> None:
    verdicts = _at(_MD, "$q(1 + h) = 3h^2$", c=r"\mu")
    assert verdicts in (["PROVED"], ["PASSED"]), verdicts


def test_the_same_after_a_latex_display() -> None:
    verdicts = _at(_TEX, "$q(1 + h) = 3h^2$", path="notes.tex")
    assert verdicts in (["PROVED"], ["PASSED"]), verdicts


@pytest.mark.parametrize("note", [_MD, _TEX])
def test_a_step_wrong_at_the_bound_value_stays_failed(note: str) -> None:
    verdicts = _at(note, "$q(1 + h) = 6h^2$", path="notes.tex" if note is _TEX else "notes.md")
    assert verdicts == ["FAILED"], verdicts


def test_a_step_that_writes_the_constant_is_read_as_before() -> None:
    assert _at(_MD, "$q(x_0 + h) = 3h^2$") == ["PROVED"]


def test_a_value_in_the_next_sentence_binds_nothing() -> None:
    text = ("# A parabola\n\nLet $q(x) = 3(x - x_0)^2$. With $x_0 = 1$ we recover the unit parabola.\n\n"
            "Then $q(1 + h) = 3h^2$.\n")
    assert verdicts_by_line(text)[line_of(text, "Then ")] != ["PROVED"]


def test_a_value_named_as_a_case_binds_nothing() -> None:
    text = ("# A parabola\n\nLet $q(x) = 3(x - x_0)^2$, with $x_0 = 1$ the special case we plot.\n\n"
            "Then $q(1 + h) = 3h^2$.\n")
    assert verdicts_by_line(text)[line_of(text, "Then ")] != ["PROVED"]


@pytest.mark.parametrize("joint", [r", \quad", r"\quad\text{where }", r",\ \text{with}\ "])
def test_a_value_in_the_definitions_own_display_binds_it(joint: str) -> None:
    text = f"# A parabola\n\nLet\n\n$$\nq(x) = 3(x - x_0)^2 {joint} x_0 = 1\n$$\n\nThen $q(1 + h) = 3h^2$.\n"
    assert verdicts_by_line(text)[line_of(text, "Then ")] in (["PROVED"], ["PASSED"])


def test_a_value_in_the_definitions_own_latex_display_binds_it() -> None:
    text = ("\\section{A parabola}\nLet\n\\begin{equation}\nq(x) = 3(x - x_0)^2, \\qquad x_0 = 1.\n"
            "\\end{equation}\nThen $q(1 + h) = {}$.\n")
    assert verdicts_by_line(text.replace("{}", "3h^2"), "n.tex")[line_of(text, "Then ")] in (["PROVED"], ["PASSED"])
    assert verdicts_by_line(text.replace("{}", "6h^2"), "n.tex")[line_of(text, "Then ")] == ["FAILED"]
