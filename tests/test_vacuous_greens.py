r"""A green step whose every derivative is 0 only because its variable appears nowhere is no evidence.

Notes that drop a label they define with (``W_{fg}`` for ``W^{(1)}_{fg}``, "I drop the superscript") got
a PROVED whatever chain they wrote by it: ``W`` is then a name nothing depends on, every derivative by it
is 0, and the step reads 0 = 0."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTES = "Let $t = a x$ and $J = t^2$.\n\n$$STEP$$\n"


def _verdict(step: str) -> Verdict:
    steps = doc_steps(NOTES.replace("STEP", step))
    assert len(steps) == 1, [s.lhs_latex for s in steps]
    return steps[0].verdict


def test_a_chain_by_a_letter_the_notes_write_with_a_label_is_not_green() -> None:
    text = ("Let $t = a^{(1)} x$ and $J = t^2$.\n\n"
            "$$\\frac{\\partial J}{\\partial a} = 5 t \\frac{\\partial t}{\\partial a}$$\n")
    assert [s.verdict for s in doc_steps(text)] == [Verdict.SKIPPED]


def test_a_variable_no_label_ties_to_anything_is_left_to_the_literal_reading() -> None:
    # literally true (b is a name of its own): only a labelled sibling says the author meant another
    assert _verdict(r"\frac{\partial J}{\partial b} = 5 t \frac{\partial t}{\partial b}") is Verdict.PROVED


def test_a_dropped_label_does_not_make_a_wrong_chain_green() -> None:
    text = ("Let $t_d = W^{(1)}_{dk} x_k$ (summed over $k$) and $J = \\sum_d t_d^2$. I drop the superscript.\n\n"
            "$$\\frac{\\partial J}{\\partial W_{fg}} = 7 t_d^3 \\frac{\\partial t_d}{\\partial W_{fg}}$$\n")
    steps = doc_steps(text)
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    assert "0 = 0" in steps[0].message


def test_the_derivative_by_a_variable_that_is_there_is_still_checked() -> None:
    assert _verdict(r"\frac{\partial J}{\partial a} = 2 t x") is Verdict.PROVED
    assert _verdict(r"\frac{\partial J}{\partial a} = t x") is Verdict.FAILED


def test_a_step_saying_the_derivative_is_zero_keeps_its_verdict() -> None:
    assert _verdict(r"\frac{\partial J}{\partial b} = 0") is Verdict.PROVED


def test_an_arbitrary_function_depends_on_what_it_is_differentiated_by() -> None:
    text = ("With $y = w x$ and a loss $L$ of $y$:\n\n"
            "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y}\\frac{\\partial y}{\\partial w}$$\n")
    assert [s.verdict for s in doc_steps(text)] == [Verdict.PROVED]


def test_a_green_under_the_dropped_label_reading_stays_green() -> None:
    text = ("Let $t_d = W^{(1)}_{dk} x_k$ (summed over $k$). I drop the superscript.\n\n"
            "$$\\frac{\\partial t_d}{\\partial W_{fg}} = x_f \\delta_{dg}$$\n")
    steps = doc_steps(text)
    assert steps and all("0 = 0" not in s.message for s in steps)  # t_d's own W^{(1)} is reached


def test_a_chain_rule_whose_last_factor_is_blind_is_not_green() -> None:
    r"""cs224d-style: the chain rule by ``W_{fg}`` through notes that define with ``W^{(1)}``, ``W^{(2)}``
    and then drop the label: the last factor ``\partial t_d/\partial W_{fg}`` is 0, and so is the left side,
    so a factor 7 the chain should not have was PROVED."""
    text = ("Let $v_b = h_i W^{(2)}_{ib}$ and $J = \\sum_b v_b^2$, with $h_c = \\sigma(t_c)$ and "
            "$t_d = x_f W^{(1)}_{fd}$.\n\n"
            "$$\\frac{\\partial J}{\\partial W_{fg}} = 7\\frac{\\partial J}{\\partial v_b}\\frac{\\partial v_b}"
            "{\\partial h_c}\\frac{\\partial h_c}{\\partial t_d}\\frac{\\partial t_d}{\\partial W_{fg}}$$\n")
    steps = doc_steps(text)
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    assert "0 = 0" in steps[0].message


def _dropped(factor: str) -> str:
    return ("We use Einstein notation: repeated indices are summed.\n\n"
            "Let $v_b = h_i W^{(2)}_{ib}$ and $J = \\sum_b v_b^2$, with $h_c = \\sigma(t_c)$ and "
            "$t_d = x_f W^{(1)}_{fd}$.\n\n### With respect to $W^{(1)}$\n\n"
            "Note that I am going to drop the superscript on $W$ for this calculation.\n\n"
            f"$$\\frac{{\\partial J}}{{\\partial W_{{fg}}}} = {factor}\\frac{{\\partial J}}{{\\partial v_b}}"
            "\\frac{\\partial v_b}{\\partial h_c}\\frac{\\partial h_c}{\\partial t_d}"
            "\\frac{\\partial t_d}{\\partial W_{fg}}$$\n")


@pytest.mark.slow(4)
def test_a_vacuous_chain_is_read_with_the_label_the_notes_dropped() -> None:
    r"""Where the prose says the label is dropped, the 0 = 0 chain is checked with W read as W^{(1)}: the
    correct chain rule is PROVED with that reading said, the one with a spurious factor is not green."""
    right = doc_steps(_dropped(""))
    assert [s.verdict for s in right] == [Verdict.PROVED], [s.message for s in right]
    assert "W^{(1)}" in right[0].message
    wrong = doc_steps(_dropped("7"))
    assert [s.verdict for s in wrong] == [Verdict.SKIPPED], [s.message for s in wrong]
