r"""A derivative of a quantity the notes define, taken where the prose just before gives one of its
inputs a value ("For a positive example, $y = 1$, …"), may hold only there: a step that fails for a
general y is SKIPPED saying so, not FAILED. Without that sentence it stays FAILED. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

LOSS = r"The loss is $L = -y\log\sigma(z) - (1 - y)\log(1 - \sigma(z))$."


def test_a_step_at_a_label_the_prose_fixes_is_not_failed() -> None:
    *_, step = doc_steps(LOSS + "\n\nFor a positive example, $y = 1$, and\n\n"
                         r"$$\frac{\partial L}{\partial z} = \sigma(z) - 1$$" + "\n")
    assert step.verdict.value == "SKIPPED", step.message
    assert "y" in step.message


def test_without_the_value_the_same_step_is_failed() -> None:
    *_, step = doc_steps(LOSS + "\n\nThen\n\n" r"$$\frac{\partial L}{\partial z} = \sigma(z) - 1$$" + "\n")
    assert step.verdict.value == "FAILED", step.message


def test_a_wrong_step_at_the_stated_label_is_not_green() -> None:
    *_, step = doc_steps(LOSS + "\n\nFor a positive example, $y = 1$, and\n\n"
                         r"$$\frac{\partial L}{\partial z} = 1 - \sigma(z)$$" + "\n")
    assert step.verdict.value not in {"PROVED", "PASSED"}, step.message
