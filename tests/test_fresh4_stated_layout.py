r"""Prose that states the layout of a derivative by a matrix rules the other layout out.

``\frac{\partial f}{\partial W}`` keeps both layouts where the notes say nothing (some notes write
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
    # never green; SKIPPED as a shape clash of inferred shapes (documents.doubts keeps that doubt)
    assert verdict in ("FAILED", "SKIPPED"), message
    assert "numerator layout" not in message


def test_denominator_layout_named_in_the_prose() -> None:
    verdict, message = _verdict("In denominator layout,", r"\mathbf{x}\mathbf{u}^\top")
    assert verdict in ("FAILED", "SKIPPED") and "numerator layout" not in message, message


def test_unstated_layout_keeps_the_numerator_reading() -> None:
    verdict, message = _verdict("Then", r"\mathbf{x}\mathbf{u}^\top")
    assert verdict == "PROVED" and "numerator layout" in message, message


def test_which_phrases_state_the_gradient_layout() -> None:
    wrt = {"W"}
    assert says_gradient_layout("so (same shape as $W$):", wrt)
    assert says_gradient_layout(r"it has the same dimensions as $\mathbf{W}$", wrt)
    assert says_gradient_layout("using the denominator layout", wrt)
    assert says_gradient_layout("in the denominator-layout convention", wrt)
    assert not says_gradient_layout("the same shape as $z$", wrt)  # another name: says nothing here
    assert not says_gradient_layout("we use the numerator layout", wrt)
    assert not says_gradient_layout("Then", wrt)
