r"""A defined function's value at a point the notes state exactly, written wrong: FAILED (gaps62b, item 1).

"Let $f(x) = x^2 - 2x + 3$. The minimiser is $x^\star = 1$, so $$f(x^\star) = 3.$$" was SKIPPED "xstar appear(s) on
one side only and the notes do not define it", though the notes define it (the right ``= 2`` was PROVED under the
stated value). The link evaluates a function the notes define at a point (a name other than the function's own
variable) whose value is stated exactly, and writes an exact number: its only reading is f's value there, so a wrong
number is FAILED (documents.statedintegers). Where another reading stays (the function's own variable stated, a
rounding said, an equation the prose solves, another value of the point, an integer the value rounds to) the step
is not FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

DEFINED = "Let $f(x) = x^2 - 2x + 3$. "


def test_a_wrong_value_at_a_stated_minimiser_is_failed() -> None:
    steps = doc_steps(DEFINED + "The minimiser is $x^\\star = 1$, so $$f(x^\\star) = 3.$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
    assert "not define" not in steps[-1].message
    assert "x^\\star = 1" in steps[-1].message


def test_the_right_value_stays_proved() -> None:
    steps = doc_steps(DEFINED + "The minimiser is $x^\\star = 1$, so $$f(x^\\star) = 2.$$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_fraction_written_wrong_is_failed_too() -> None:
    steps = doc_steps(DEFINED + "Take $x_0 = 2$; then $$f(x_0) = \\frac{7}{2}.$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_point_stated_as_a_rounding_is_not_failed() -> None:
    steps = doc_steps(DEFINED + "The minimiser is $x^\\star \\approx 1$, so $$f(x^\\star) = 3.$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_the_functions_own_variable_stated_is_not_failed() -> None:
    # f(x) = 3 with x = 1 stated may be the level-set equation in x: not only f's value at the stated x
    steps = doc_steps(DEFINED + "Start at $x = 1$. The level set is $$f(x) = 3.$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_an_equation_the_prose_solves_is_not_failed() -> None:
    steps = doc_steps(DEFINED + "Start from $x_0 = 1$. We solve for the point where $$f(x_0) = 3.$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_a_point_stated_with_two_values_is_not_failed() -> None:
    steps = doc_steps(DEFINED + "Take $x_0 = 1$. Later $x_0 = 2$ instead.\n\n$$f(x_0) = 3$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_an_integer_the_value_rounds_to_is_not_failed() -> None:
    # g(x_0) = 4.01: "= 4" may be the author's rounding; no exact reading excludes it
    steps = doc_steps("Let $g(x) = x^2 + \\frac{1}{100}$. Take $x_0 = 2$, so $$g(x_0) = 4.$$\n")
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message
