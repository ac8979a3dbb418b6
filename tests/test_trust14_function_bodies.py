r"""A function the notes define gives its shapes to the x it is used at (trust14).

``f(x) = x^T A x`` and then ``\nabla_x f = 2Ax`` ("Let $A$ be a constant symmetric matrix", no \in): x and A
were read as numbers and the step SKIPPED. f alone, or f(x) at the notes' own x, is the body at that x:
x is a vector and A a square matrix. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Quadratic forms

Let $A$ be a constant symmetric matrix.

$$f(x) = x^T A x$$

$$\nabla_x {step}$$
"""


def _step(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


def test_a_bare_function_gives_x_its_shape() -> None:
    verdict, message = _step("f = 2Ax")
    assert verdict is Verdict.PROVED, message
    assert "x: a vector" in message and "A: a" in message and "matrix" in message


def test_a_call_at_the_parameter_gives_x_its_shape() -> None:
    assert _step("f(x) = 2Ax")[0] is Verdict.PROVED


def test_a_wrong_gradient_of_the_quadratic_form_is_failed() -> None:
    assert _step("f = Ax")[0] is Verdict.FAILED
