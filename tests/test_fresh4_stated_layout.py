r"""Prose that states the layout of a derivative by a matrix rules the other layout out.

``\frac{\partial f}{\partial W}`` is read in both layouts where the notes say nothing (some notes write
the numerator layout, the transpose of the gradient). But "(same shape as $W$)" or "in denominator
layout" just before the chain says which one is meant: a missing transpose there (``x u^\top`` for
``u x^\top``) must not turn green as "numerator layout". Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.gradientlayout import says_gradient_layout

BILINEAR = r"""
Let $\mathbf{u}\in\mathbb{R}^m$, $\mathbf{x}\in\mathbb{R}^n$, $W\in\mathbb{R}^{m\times n}$ and
$f(W) = \mathbf{u}^\top W\mathbf{x}$.

{PROSE}

$$\frac{\partial f}{\partial W} = {RHS}$$
"""


def _verdict(prose: str, rhs: str) -> tuple[str, str]:
    (step,) = doc_steps(BILINEAR.replace("{PROSE}", prose).replace("{RHS}", rhs))
    return step.verdict.value, step.message


def test_same_shape_as_the_variable_rules_out_the_numerator_layout() -> None:
    assert _verdict("The gradient has the same shape as $W$:", r"\mathbf{u}\mathbf{x}^\top")[0] == "PROVED"
    verdict, message = _verdict("The gradient has the same shape as $W$:", r"\mathbf{x}\mathbf{u}^\top")
    # every shape annotated, the layout said: no reading is left (test_clash_of_annotated_shapes_…)
    assert verdict == "FAILED", message
    assert "numerator layout" not in message


def test_denominator_layout_named_in_the_prose() -> None:
    verdict, message = _verdict("In denominator layout,", r"\mathbf{x}\mathbf{u}^\top")
    assert verdict == "FAILED" and "numerator layout" not in message, message


def test_unstated_layout_a_gradient_by_a_matrix_holding_only_transposed_is_not_green() -> None:
    # the numerator reading is still tried (so the step is not FAILED), but a derivative by a matrix
    # that holds only transposed, the layout never stated, is the missing transpose (test_me27_layout_by_matrix)
    verdict, message = _verdict("Then", r"\mathbf{x}\mathbf{u}^\top")
    assert verdict == "SKIPPED" and "holds only when read with numerator layout" in message, message


def test_which_phrases_state_the_gradient_layout() -> None:
    wrt = {"W"}
    assert says_gradient_layout("so (same shape as $W$):", wrt)
    assert says_gradient_layout(r"it has the same dimensions as $\mathbf{W}$", wrt)
    assert says_gradient_layout("using the denominator layout", wrt)
    assert says_gradient_layout("in the denominator-layout convention", wrt)
    assert not says_gradient_layout("the same shape as $z$", wrt)  # another name: says nothing here
    assert not says_gradient_layout("we use the numerator layout", wrt)
    assert not says_gradient_layout("Then", wrt)


RECT_TRACE = r"""
For $A \in \mathbb{R}^{m\times n}$ and $B \in \mathbb{R}^{n\times m}$, {PROSE}

$${LHS} = {RHS}$$
"""


def _trace(prose: str, lhs: str, rhs: str) -> tuple[str, str]:
    (step,) = doc_steps(RECT_TRACE.replace("{PROSE}", prose).replace("{LHS}", lhs).replace("{RHS}", rhs))
    return step.verdict.value, step.message


def test_clash_of_annotated_shapes_in_a_stated_layout_is_failed() -> None:
    # every shape written by the notes, the layout said: the members' shapes differ in every reading left
    partial = r"\frac{\partial}{\partial A}\operatorname{tr}(AB)"
    assert _trace("in denominator layout,", partial, "B^\\top")[0] == "PROVED"
    verdict, message = _trace("in denominator layout,", r"\frac{\partial}{\partial A}\operatorname{tr}(AB)", "B")
    assert verdict == "FAILED", message
    verdict, message = _trace("we have", r"\nabla_A \operatorname{tr}(AB)", "B")  # ∇ by a matrix: the gradient
    assert verdict == "FAILED", message


def test_clash_with_the_layout_unsaid_stays_a_layout_question() -> None:
    verdict, message = _trace("we have", r"\frac{\partial}{\partial A}\operatorname{tr}(AB)", "B")
    assert verdict == "SKIPPED" and "holds only when read with numerator layout" in message, message
    verdict, message = _trace("we have", r"\frac{\partial}{\partial A}\operatorname{tr}(AB)", "B^\\top B")
    assert verdict != "PROVED" and verdict != "PASSED", message
