"""Implied summation (Einstein notation) as a plausible reading of notes as they are: a step that holds
only with its implied sums written out is PROVED under that reading, reported with the step; a wrong
one is never green. Every example is written here."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.readings import kronecker_spelling
from verifier.documents.summation import implied_readings
from verifier.latex import parse_latex
from verifier.results import StepResult, Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(text: str) -> list[StepResult]:
    return [s for c in check_text(text, "notes.md").chains for s in c.result.steps]


def _not_green(step: StepResult) -> None:
    assert step.verdict not in GREEN, step.message
    if step.verdict is Verdict.FAILED:
        assert step.counterexample is not None


# --- the readings themselves ------------------------------------------------------------------


def _is_index(name: str) -> bool:
    return name in {"i", "j", "k", "b", "c", "h", "p", "q"}


def test_a_repeated_index_is_summed_but_not_a_free_index_of_the_step() -> None:
    # b is the entry asked for on both sides: only h, repeated on the left alone, is a dummy
    left = parse_latex(r"\mu_{bh} \delta_{bp} \delta_{hq}")
    right = parse_latex(r"\mu_{bq} \delta_{bp}")
    (first, *_) = implied_readings(left, right, _is_index)
    assert first.mode == "repeated" and first.summed == ("h",) and first.balanced
    assert first.left == sp.Sum(left, (sp.Symbol("h"), sp.Symbol("h__lo"), sp.Symbol("h__hi")))
    assert first.right == right


def test_the_name_of_a_vector_is_not_an_index_even_when_its_letter_is_one() -> None:
    # b_b: the entry b of the bias vector b; only the subscript is an index
    left = parse_latex(r"h_i W_{ib} + b_b")
    readings = implied_readings(left, parse_latex(r"v_b"), _is_index)
    assert [r.summed for r in readings] == [("i",)]


def test_the_answer_reading_is_only_offered_for_an_indexed_answer() -> None:
    left, right = parse_latex(r"-y_i \delta_{ik} + y_i p_k"), parse_latex(r"-y_k + y_i p_k")
    assert not implied_readings(left, right, _is_index)  # i is free on both sides: nothing to sum
    assert not implied_readings(left, right, _is_index, answer=set())
    (answer,) = implied_readings(left, right, _is_index, answer={"k"})
    assert answer.mode == "answer" and answer.summed == ("i",)


def test_a_delta_written_without_its_underscore_is_the_kronecker_delta() -> None:
    assert kronecker_spelling(r"-y_i \delta{ik} + y_i") == (
        r"-y_i \delta_{ik} + y_i",
        r"\delta{ik} read as the Kronecker delta (\delta_{..})",
    )
    assert kronecker_spelling(r"\delta_{ik} + \delta x") is None


# --- in notes ---------------------------------------------------------------------------------


def test_a_quadratic_form_with_implied_sums_is_proved_under_that_reading() -> None:
    (step,) = _steps("Notes.\n\n$$z^\\top H z = z_i H_{ij} z_j$$\n")
    assert step.verdict is Verdict.PROVED
    assert "Einstein summation over i, j" in step.message and "the literal reading fails" in step.message


def test_a_delta_contracted_with_a_repeated_index_is_proved() -> None:
    (step,) = _steps("Notes.\n\n$$x_j A_{jb} \\delta_{jc} = x_c A_{cb}$$\n")
    assert step.verdict is Verdict.PROVED
    assert "Einstein summation over j" in step.message


def test_a_delta_contracted_to_the_wrong_index_is_not_green() -> None:
    (step,) = _steps("Notes.\n\n$$x_j A_{jb} \\delta_{jc} = x_b A_{cb}$$\n")
    _not_green(step)


def test_a_swapped_index_is_not_green() -> None:
    (step,) = _steps("Notes.\n\n$$x_j A_{jb} \\delta_{jc} = x_c A_{bc}$$\n")
    _not_green(step)


_J = "Notes.\n\n$$J = -y_i \\log(\\hat{y}_i)$$\n\n"


def test_a_chain_with_implied_sums_holds_step_by_step() -> None:
    text = _J + (
        "$$\\frac{\\partial J}{\\partial \\hat{y}_a} = -\\frac{y_i}{\\hat{y}_i}\\frac{\\partial \\hat{y}_i}"
        "{\\partial \\hat{y}_a} = -\\frac{y_i}{\\hat{y}_i} \\delta_{ia} = -\\frac{y_a}{\\hat{y}_a}$$\n"
    )
    steps = _steps(text)[1:]
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 3
    assert "Einstein summation over i" in steps[0].message and "Einstein summation over i" in steps[2].message


def test_a_dropped_factor_fails_under_every_reading_with_a_counterexample() -> None:
    text = "Notes.\n\n$$J = -2 y_i \\log(\\hat{y}_i)$$\n\n" + (
        "$$\\frac{\\partial J}{\\partial \\hat{y}_a} = -\\frac{2 y_i}{\\hat{y}_i}\\frac{\\partial \\hat{y}_i}"
        "{\\partial \\hat{y}_a} = -\\frac{2 y_i}{\\hat{y}_i} \\delta_{ia} = -\\frac{y_a}{\\hat{y}_a}$$\n"
    )
    last = _steps(text)[-1]
    assert last.verdict is Verdict.FAILED
    assert last.counterexample is not None
    assert "fails as written and when read with Einstein summation over i" in last.message


def test_an_index_free_on_one_side_only_is_read_as_an_implied_sum() -> None:
    (step,) = _steps("Notes.\n\n$$-y_k + y_i p_k = -y_k + \\sum_i y_i p_k$$\n")
    assert step.verdict is Verdict.PROVED
    assert "free on one side only" in step.message
    (wrong,) = _steps("Notes.\n\n$$-y_k + y_i p_k = -y_k + \\sum_i y_i p_i$$\n")
    _not_green(wrong)


_CE = (
    "$$p_i = \\frac{e^{\\theta_i}}{\\sum_m e^{\\theta_m}}$$\n\n$$C = -y_i \\log(p_i)$$\n\n"
    "$$\\frac{\\partial C}{\\partial \\theta_k} = -y_i (\\delta_{ik} - p_k) = -y_i \\delta_{ik} + y_i p_k "
    "= -y_k + y_i p_k$$\n"
)


def test_every_index_but_the_answers_is_summed_where_the_notes_say_so() -> None:
    # the last step keeps i once per term: an implied sum only by the "dimension of the answer" rule
    said = _steps("All summations are implied by repeated indices (Einstein notation).\n\n" + _CE)
    assert said[-1].verdict is Verdict.PROVED
    assert "every index the chain's answer is not indexed by is summed" in said[-1].message
    silent = _steps("Notes.\n\n" + _CE)
    assert silent[-1].verdict not in GREEN  # a lone i is summed only where the notes say so


def test_a_delta_spelled_without_underscore_is_contracted() -> None:
    (step,) = _steps("Notes.\n\n$$-y_i \\delta{ik} = -y_k$$\n")
    assert step.verdict is Verdict.PROVED
    assert "Kronecker delta" in step.message and "Einstein summation over i" in step.message


def test_a_quadratic_form_against_its_matrix_entries_needs_both_readings() -> None:
    # h_{ij} are the entries of H (the H = (h_ij) convention) and i, j are summed (Einstein): both reported
    (step,) = _steps("Notes.\n\n$$z^\\top H z = z_i h_{ij} z_j$$\n")
    assert step.verdict is Verdict.PROVED
    assert "Einstein summation over i, j" in step.message and "H = (h_ij)" in step.message
    (wrong,) = _steps("Notes.\n\n$$z^\\top H z = z_i h_{ij} z_i$$\n")
    assert wrong.verdict not in GREEN


def test_a_delta_between_indices_makes_both_indices() -> None:
    # d appears only in the delta: it is an index, not a real number that would make the delta 0
    (step,) = _steps("Notes.\n\n$$h_i W_{ib} \\delta_{ic} \\delta_{bd} = h_c W_{cb} \\delta_{bd}$$\n")
    assert step.verdict is Verdict.PROVED
    assert "inferred d: an index" in step.message


# --- the declared convention is the same mechanism ----------------------------------------------

_DECLARED = "```verify\nsummation: einstein\n```\n\n"


def test_a_declared_convention_sums_an_index_once_over_the_whole_term() -> None:
    # the i inside the bracket pairs with the y_i outside it: one sum over the whole term (it used to
    # be summed inside the bracket and again outside, a false FAILED)
    text = _DECLARED + (
        "$$-y_i \\frac{1}{p_i} \\left[ p_i \\delta_{ik} - p_i p_m \\delta_{mk} \\right] "
        "= -y_i \\left[ \\delta_{ik} - p_m \\delta_{mk} \\right]$$\n"
    )
    (step,) = _steps(text)
    assert step.verdict is Verdict.PROVED, step.message


def test_a_declared_convention_keeps_the_indices_of_the_answer_free() -> None:
    # b is the entry asked for (the chain's first member is indexed by b, p and q): only h is summed
    text = _DECLARED + (
        "$$\\frac{\\partial v_b}{\\partial m_{pq}} = \\frac{2}{H} m_{bh} \\delta_{bp} \\delta_{hq} "
        "= \\frac{2}{H} m_{bq} \\delta_{bp}$$\n"
    )
    last = _steps(text)[-1]
    assert last.verdict is Verdict.PROVED, last.message


def test_a_step_condition_still_filters_the_assignments_of_an_implied_sum_reading() -> None:
    # x_k x_m = x_m^2 holds only where m = k; under k != l the pattern m != k must still be checked
    # when the repeated j is summed (no reading may drop an equality pattern)
    (step,) = _steps("Notes.\n\n$$x_k x_m x_l a_j b_j \\stackrel{k \\neq l}{=} x_m^2 x_l a_j b_j$$\n")
    _not_green(step)
