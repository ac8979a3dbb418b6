r"""A chain that writes a formula and then its worked value (``\frac{\partial L}{\partial y} = y - y^* =
2.0``): the identity link is checked for every value of its names, the worked link at the values the
notes state (verifier.documents.steps._Checker._worked_links, verifier.documents.stated)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)

_NOTES = (
    "The output is $y = w z$ with the weight $w = 2$ and the hidden value $z = 1.5$; the label is "
    "$y^* = 1$ and the loss $L = \\frac{1}{2}(y - y^*)^2$.\n"
    "\\[\n\\frac{\\partial L}{\\partial w} = FORMULA = VALUE\n\\]\n"
)


def _steps(formula: str, value: str) -> list[StepResult]:
    text = _NOTES.replace("FORMULA", formula).replace("VALUE", value)
    return [s for c in check_text(text, "notes.tex").chains for s in c.result.steps]


def test_a_formula_and_its_worked_value_are_both_checked() -> None:
    steps = _steps("(y - y^*) z", "3.0")
    assert [s.verdict in _GOOD for s in steps] == [True, True], [s.message for s in steps]
    assert "stated in the notes" in steps[1].message and "stated in the notes" not in steps[0].message


def test_a_wrong_formula_before_a_right_value_fails_for_arbitrary_values() -> None:
    steps = _steps("(y - y^*) w", "4.0")  # 4.0 is (y - y^*) w at the stated values, not the derivative
    assert steps[0].verdict is Verdict.FAILED, steps[0].message
    assert steps[1].verdict in _GOOD, steps[1].message


def test_a_wrong_worked_value_after_a_right_formula_is_never_green() -> None:
    steps = _steps("(y - y^*) z", "2.5")
    assert steps[0].verdict in _GOOD, steps[0].message
    # FAILED since lead68: w, z and y^* are stated exactly, the value 3 is exact, and 2.5 is no rounding of it
    assert steps[1].verdict is Verdict.FAILED and "not the 2.5 written" in steps[1].message, steps[1].message


_LATER_PROBLEM = (
    "The forward pass gives\n\\[\ny = -2.4369\n\\]\n"
    "The loss is $L = \\frac{1}{2}(y - y^*)^2$ with the label $y^* = 1$.\n"
    "\\[\n\\frac{\\partial L}{\\partial y} = (y - y^*) = VALUE\n\\]\n\n"
    "Another problem: the labels $y_i$ of a data set.\n\\[\nJ = \\sum_{i=1}^m y_i w_i\n\\]\n"
)


def test_a_name_a_display_gives_a_number_is_a_number_though_another_problem_subscripts_it() -> None:
    text = _LATER_PROBLEM.replace("VALUE", "-3.437")
    steps = [s for c in check_text(text, "notes.tex").chains for s in c.result.steps]
    worked = next(s for s in steps if s.rhs_latex.strip() == "-3.437")
    assert worked.verdict in _GOOD, worked.message
    assert "vector" not in worked.message


def test_a_wrong_value_of_a_displayed_number_is_never_green() -> None:
    text = _LATER_PROBLEM.replace("VALUE", "-1.437")
    steps = [s for c in check_text(text, "notes.tex").chains for s in c.result.steps]
    worked = next(s for s in steps if s.rhs_latex.strip() == "-1.437")
    assert worked.verdict is Verdict.SKIPPED, worked.message
