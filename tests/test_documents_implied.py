"""Readings that turn SKIPPED steps of real notes into checked ones, each on an example written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_J = "Notes.\n\n$$J = - y_i \\log(\\hat{y}_i)$$\n\n"


def _steps(text: str) -> list:
    return [s for c in check_text(text, "notes.md").chains for s in c.result.steps]


def test_a_definition_with_a_repeated_index_is_summed_over_it() -> None:
    # J has no index, so the i of its body can only be summed (CS224d-style implied summation)
    text = _J + "$$\\frac{\\partial J}{\\partial \\hat{y}_a} = -\\frac{y_a}{\\hat{y}_a}$$\n"
    steps = _steps(text)
    assert steps[-1].verdict is Verdict.PROVED
    assert "implied summation" in steps[-1].message


def test_a_wrong_step_under_an_implied_sum_is_not_proved() -> None:
    text = _J + "$$\\frac{\\partial J}{\\partial \\hat{y}_a} = \\frac{y_a}{\\hat{y}_a}$$\n"
    assert _steps(text)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_a_derivative_operator_without_its_lower_partial_is_read_as_one() -> None:
    text = "Notes.\n\n$$\\dfrac{\\partial}{a_k} \\left(a_k^2 b\\right) = 2 a_k b$$\n"
    (step,) = _steps(text)
    assert step.verdict is Verdict.PROVED
    assert "\\partial a_k" in step.message


def test_a_wrong_derivative_without_its_lower_partial_still_fails() -> None:
    (step,) = _steps("Notes.\n\n$$\\dfrac{\\partial}{x}(x^3) = 2x^2$$\n")
    assert step.verdict is Verdict.FAILED


def test_cross_entropy_written_out_in_camel_case_is_the_known_function() -> None:
    text = "Notes.\n\n$$CrossEntropy(y, \\hat{y}) = -\\sum_i y_i \\log \\hat{y}_i$$\n"
    (step,) = _steps(text)
    assert step.verdict is Verdict.PROVED
    wrong = "Notes.\n\n$$CrossEntropy(y, \\hat{y}) = \\sum_i y_i \\log \\hat{y}_i$$\n"
    assert _steps(wrong)[0].verdict is Verdict.FAILED


def test_a_sum_whose_bound_is_an_expression_in_a_size_is_checked() -> None:
    (step,) = _steps("Notes.\n\n$$\\sum_{k=0}^{K-1} 1 = K$$\n")
    assert step.verdict is Verdict.PROVED
    assert "K: a size" in step.message


def test_a_closed_form_right_at_one_size_only_fails() -> None:
    # at K = 3 both sides are 6; a sum's bound is checked at more than one size
    (step,) = _steps("Notes.\n\n$$\\sum_{k=1}^{K} k = 2K$$\n")
    assert step.verdict is Verdict.FAILED


def test_a_worked_number_against_a_definition_over_undeclared_values_is_not_failed() -> None:
    # the values of y and p are given in prose only: the step cannot be judged, it is not FAILED
    text = (
        "Notes.\n\n$$L = -\\sum_i y_i \\log(p_i)$$\n\nHere y = (0, 1) and p = (0.3, 0.7), so\n\n$$L = -\\log(0.7)$$\n"
    )
    step = _steps(text)[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "worked number" in step.message


def test_a_step_resting_on_a_definition_that_uses_its_index_as_a_number_is_not_failed() -> None:
    # q_j = e^j / sum_i e^i is a typo for e^{o_j}; the step below is right for the intended q
    text = (
        "Notes.\n\n$$q_j = \\frac{e^j}{\\sum_i e^i}$$\n\n"
        "$$\\frac{\\partial}{\\partial o_k} q_k = \\frac{\\partial}{\\partial o_k} \\frac{e^{o_k}}{\\sum_i e^{o_i}}$$\n"
    )
    step = _steps(text)[-1]
    # read with e^{o_j} for e^j (documents/typos.py: o is the one family the notes differentiate by)
    assert step.verdict is Verdict.PROVED
    assert "e^{o_j} for e^j" in step.message
