r"""Shapes and layouts stated in words (documents.annotations, documents.gradientlayout, guesses).

Courses state shapes in words ("$A$ is $p$ by $m$", "a square $V$ ($q$ by $q$)") and the layout as a
sentence about gradients in general ("gradients have the shape of the variable"). Unread, a square V was a
scalar (``V\operatorname{diag}(s)`` for ``\operatorname{diag}(s)V`` was PROVED), a row gradient by a column
vector was PROVED "up to orientation (the notes fix none)", and a missing transpose through an upstream
gradient of an undefined loss was SKIPPED. Each wrong variant is now FAILED or at least not green; each
correct one stays green."""

from __future__ import annotations

import pytest

from verifier.documents.annotations import annotations_of
from verifier.documents.check import check_text
from verifier.documents.gradientlayout import says_gradient_layout
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(notes: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize(("text", "shape"), [
    ("with a square $V$ ($q$ by $q$), let", (("q", ()), ("q", ()))),
    ("The data $A$ is $p$ by $m$.", (("p", ()), ("m", ()))),
    ("$A$ is $p$-by-$m$", (("p", ()), ("m", ()))),
    ("the weights $V$ ($p \\times q$) are", (("p", ()), ("q", ()))),
])
def test_a_shape_in_words_is_an_annotation(text: str, shape: tuple[object, ...]) -> None:
    assert list(annotations_of(text).shapes.values()) == [shape]


def test_a_shape_said_of_something_else_is_no_annotation() -> None:
    assert annotations_of("the gradient with respect to $V$ is $p$ by $q$").shapes == {}


_SQUARE = ("Take a square $V$ ($q$ by $q$) and $\\mathbf u = \\tanh(V\\mathbf a)$. Jacobians are in numerator "
           "layout.\n\n$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf a} = {claim}$$\n")


def test_a_square_matrix_in_words_keeps_the_order_of_a_product() -> None:
    claim = "V\\operatorname{diag}(1 - \\tanh^2(V\\mathbf a))"
    verdict, message = _last(_SQUARE.replace("{claim}", claim))
    assert verdict not in GREEN, message


@pytest.mark.parametrize("sentence, expected", [
    ("Every gradient has the shape of the variable it is taken by.", True),
    ("The derivative of $E$ by a matrix has the same shape as that matrix.", True),
    ("Below, the gradients have the shapes of $A$ and $V$.", True),
    ("The shape of $V$ is $p \\times q$.", False),
    ("The gradient has the shape of $V^T$.", False),
])
def test_a_general_statement_of_the_gradient_layout(sentence: str, expected: bool) -> None:
    assert says_gradient_layout(sentence, {"V"}) is expected


_COLUMNS = ("Samples are columns: $A \\in \\mathbb{R}^{p \\times m}$, $t \\in \\mathbb{R}^{1 \\times m}$ a row of "
            "targets, $\\mathbf v \\in \\mathbb{R}^p$ a column, and\n\n$$r = \\mathbf v^T A - t, \\qquad "
            "J = \\frac{1}{2m} r r^T .$$\n\n{said}\n\n$$\\frac{\\partial J}{\\partial \\mathbf v} = {claim}$$\n")


def test_a_row_gradient_where_the_prose_shapes_gradients_as_their_variable_is_failed() -> None:
    notes = _COLUMNS.replace("{said}", "Gradients have the shape of the variable.")
    verdict, message = _last(notes.replace("{claim}", "\\frac1m (\\mathbf v^T A - t) A^T"))
    assert verdict is Verdict.FAILED, message


def test_the_column_gradient_there_is_green() -> None:
    notes = _COLUMNS.replace("{said}", "Gradients have the shape of the variable.")
    verdict, message = _last(notes.replace("{claim}", "\\frac1m A(\\mathbf v^T A - t)^T"))
    assert verdict in GREEN, message


def test_without_the_statement_the_row_gradient_is_not_failed() -> None:
    notes = _COLUMNS.replace("{said}", "Now the gradient.")
    verdict, message = _last(notes.replace("{claim}", "\\frac1m (\\mathbf v^T A - t) A^T"))
    assert verdict is not Verdict.FAILED, message


_UPSTREAM = ("The batch $A$ is $p$ by $m$, one sample per column, and $V \\in \\mathbb{R}^{q \\times p}$:\n\n"
             "$$Z = VA .$$\n\nLet $G = \\partial L/\\partial Z$ be the upstream gradient. A derivative by a matrix has "
             "the same shape as that matrix.\n\n$$\\frac{\\partial L}{\\partial A} = {claim}$$\n")


def test_a_transposed_gradient_through_an_undefined_loss_is_failed() -> None:
    verdict, message = _last(_UPSTREAM.replace("{claim}", "G^T V"))
    assert verdict is Verdict.FAILED, message


def test_the_right_gradient_through_an_undefined_loss_is_green() -> None:
    verdict, message = _last(_UPSTREAM.replace("{claim}", "V^T G"))
    assert verdict in GREEN, message
