r"""fresh15's readings applied where their evidence does not hold (review24e).

- a summation convention named only to deny it ("We do not use the Einstein summation convention") is no
  declaration: a literal case split stays SKIPPED, and a dropped ∑ is not read as an implied sum (PROVED);
- "it does not have the same shape as the variable", "gradients have the shape of the variable's transpose"
  do not fix the gradients as shaped as their variable (a numerator-layout row gradient was FAILED);
- the length the prose states for a vector of ones of another problem (the softmax's K, the full batch's n)
  does not size the ones of a batched layer whose quantities have no such size (correct gradients FAILED);
- a matrix said symmetric in an earlier section is not symmetric under a heading that introduces it anew
  (2Ax for an arbitrary A was PROVED)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.explicitsums import names_a_convention
from verifier.documents.gradientlayout import says_gradient_layout
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(notes: str) -> list[tuple[Verdict, str, str]]:
    return [(s.verdict, s.rhs_latex, s.message or "") for ch in check_text(notes, "notes.md").chains
            for s in ch.result.steps]


@pytest.mark.parametrize(("text", "said"), [
    ("We use Einstein summation: repeated indices are summed.", True),
    ("the summation symbol is dropped because in Einstein notation the sum is implied", True),
    ("Note that we don't write the sum in Einstein notation.", True),
    ("We do not use the Einstein summation convention: every sum is written.", False),
    ("There is no summation convention here.", False),
    ("Repeated indices are not summed.", False),
    ("We work without Einstein summation.", False),
    ("Einstein summation is not used in these notes.", False),
    ("Repeated indices are summed, and no sign is written.", True),
])
def test_a_convention_named_to_deny_it_is_no_declaration(text: str, said: bool) -> None:
    assert names_a_convention(text) is said


_DENIED = ("We do not use the Einstein summation convention: every sum is written with $\\sum$.\n\n"
           "Let $u \\in \\mathbb{R}^m$, $A$ an $m$ by $m$ matrix, $s_i = \\sum_j A_{ij} u_j$.\n\n"
           "$$s_i A_{ik} = A_{ki} s_i$$\n")


def test_a_denied_convention_leaves_the_case_split_skipped() -> None:
    verdict, _, message = _steps(_DENIED)[-1]
    assert verdict is not Verdict.FAILED, message


_DROPPED = ("We do not use the Einstein summation convention: every sum is written out.\n\n"
            "Let $L(w) = \\frac{1}{N}\\sum_{n=1}^N (y_n - w x_n)^2$.\n\n"
            "$$\\frac{\\partial L}{\\partial w} = -\\frac{2}{N}(y_n - w x_n) x_n$$\n")


def test_a_denied_convention_does_not_sum_a_dropped_sum() -> None:
    verdict, _, message = _steps(_DROPPED)[-1]
    assert verdict not in GREEN, message


@pytest.mark.parametrize("sentence", [
    "We use rows: a derivative by a column vector is a row, so it does not have the same shape as the variable.",
    "In these notes gradients have the shape of the variable's transpose.",
    "Gradients have the shape of the variable transposed.",
])
def test_a_denied_or_transposed_shape_is_no_gradient_layout(sentence: str) -> None:
    assert not says_gradient_layout(sentence, {"v"})


_ROW = ("Samples are columns: $A \\in \\mathbb{R}^{p \\times m}$, $t \\in \\mathbb{R}^{1 \\times m}$ a row of "
        "targets, $\\mathbf v \\in \\mathbb{R}^p$ a column, and\n\n$$r = \\mathbf v^T A - t, \\qquad "
        "J = \\frac{1}{2m} r r^T .$$\n\nA derivative by a column vector is a row here, so it does not have the "
        "same shape as the variable.\n\n"
        "$$\\frac{\\partial J}{\\partial \\mathbf v} = \\frac1m (\\mathbf v^T A - t) A^T$$\n")


def test_a_row_gradient_where_the_prose_denies_the_variables_shape_is_not_failed() -> None:
    verdict, _, message = _steps(_ROW)[-1]
    assert verdict is not Verdict.FAILED, message


_OTHER_ONES = (
    "# Softmax\n\nThe probabilities $\\mathbf p \\in \\mathbb{R}^K$ sum to one: $\\mathbf 1 \\in \\mathbb{R}^K$.\n\n"
    "# A batched layer\n\nSamples are the rows of $A \\in \\mathbb{R}^{m \\times p}$; "
    "$V \\in \\mathbb{R}^{p \\times q}$, "
    "$c \\in \\mathbb{R}^q$, $T \\in \\mathbb{R}^{m \\times q}$.\n\n"
    "$$Z = AV + \\mathbf 1 c^\\top, \\qquad L = \\frac12\\|Z - T\\|_F^2$$\n\n"
    "$$\\frac{\\partial L}{\\partial V} = A^\\top (AV + \\mathbf 1 c^\\top - T)$$\n"
)


def test_the_ones_length_of_another_problem_does_not_fail_a_batched_layer() -> None:
    verdict, _, message = _steps(_OTHER_ONES)[-1]
    assert verdict is not Verdict.FAILED, message


def test_the_ones_length_of_the_full_batch_does_not_size_a_mini_batch() -> None:
    notes = _OTHER_ONES.replace("The probabilities $\\mathbf p \\in \\mathbb{R}^K$ sum to one: $\\mathbf 1 \\in "
                                "\\mathbb{R}^K$.", "The data $X \\in \\mathbb{R}^{n \\times d}$ and $\\mathbf 1 \\in "
                                "\\mathbb{R}^n$.")
    verdict, _, message = _steps(notes)[-1]
    assert verdict is not Verdict.FAILED, message


_SECTIONS = ("# Part 1\n\nLet $\\mathbf A$ be symmetric and "
             "$g(\\mathbf x) = \\mathbf x^\\top \\mathbf A \\mathbf x$.\n\n"
             "# Part 2\n\nNow $\\mathbf A \\in \\mathbb{R}^{n \\times n}$ is an arbitrary square matrix, "
             "$\\mathbf x \\in \\mathbb{R}^n$ and $f(\\mathbf x) = \\mathbf x^\\top \\mathbf A \\mathbf x$.\n\n"
             "$$\\nabla f(\\mathbf x) = {claim}$$\n")


def test_a_symmetric_matrix_of_an_earlier_section_is_not_symmetric_here() -> None:
    verdict, _, message = _steps(_SECTIONS.replace("{claim}", "2\\mathbf A\\mathbf x"))[-1]
    assert verdict not in GREEN, message


def test_the_general_gradient_there_is_green() -> None:
    verdict, _, message = _steps(_SECTIONS.replace("{claim}", "(\\mathbf A + \\mathbf A^\\top)\\mathbf x"))[-1]
    assert verdict in GREEN, message


@pytest.mark.parametrize("notes", [
    # the statement of the section, then a subsection: it holds there
    "# Quadratic forms\n\nLet $A \\in \\mathbb{R}^{n \\times n}$ be symmetric and $\\mathbf x \\in \\mathbb{R}^n$.\n\n"
    "## The gradient\n\n$$\\nabla_{\\mathbf x} (\\mathbf x^\\top A \\mathbf x) = 2A\\mathbf x$$\n",
    # the section's own heading not among the lines read: the statement holds
    "Let $A \\in \\mathbb{R}^{n \\times n}$ be symmetric and $\\mathbf x \\in \\mathbb{R}^n$.\n\n"
    "## The gradient\n\n$$\\nabla_{\\mathbf x} (\\mathbf x^\\top A \\mathbf x) = 2A\\mathbf x$$\n",
])
def test_a_symmetric_matrix_of_the_enclosing_section_stays_symmetric(notes: str) -> None:
    verdict, _, message = _steps(notes)[-1]
    assert verdict in GREEN, message
