r"""A context's ``operand:`` is what a bare derivative operator differentiates (documents.operand)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.context import parse_context
from verifier.results import Verdict

NOTES = r"""
    ```verify
    operand: \frac{1}{2} (w x - y)^2 + \frac{\lambda}{2} w^2
    ```

    The gradient of the per-example loss:

    $$\frac{\partial}{\partial w} = (w x - y) x + \lambda w$$
    """


def test_the_bare_operator_differentiates_the_operand() -> None:
    (step,) = doc_steps(NOTES)
    assert step.verdict is Verdict.PROVED
    assert "the bare operator read as applied to the context's operand" in step.message


def test_a_wrong_gradient_fails() -> None:
    (step,) = doc_steps(NOTES.replace(r"+ \lambda w$$", r"+ 2 \lambda w$$"))
    assert step.verdict is Verdict.FAILED


def test_without_an_operand_the_operator_is_unread() -> None:
    (step,) = doc_steps(NOTES.replace(r"operand: \frac{1}{2} (w x - y)^2 + \frac{\lambda}{2} w^2", "x: real"))
    assert step.verdict is Verdict.SKIPPED
    assert "nothing to differentiate" in step.message


def test_an_operator_with_something_after_it_is_read_as_written() -> None:
    (step,) = doc_steps(NOTES.replace(r"\frac{\partial}{\partial w} =", r"\frac{\partial}{\partial w} w^2 ="))
    assert "the context's operand" not in step.message


def test_the_convention_is_parsed() -> None:
    ctx = parse_context("```verify\noperand: J(w)\n```\n")
    assert not ctx.errors
    assert ctx.scope_at(10).conventions["operand"] == "J(w)"
