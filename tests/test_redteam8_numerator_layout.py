r"""A numerator layout the notes state is their layout for every derivative (redteam8).

"We use the numerator layout throughout." left the catalog's mixed layout as the literal reading, where
a scalar by a vector is a column: ``\partial(\mathbf{a}^T\mathbf{x})/\partial\mathbf{x} = \mathbf{a}``
and its numerator twin ``= \mathbf{a}^T`` were both PROVED, one of them a missing transpose whatever
the notes meant. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Gradients

{prose}

$${lhs} = {rhs}$$
"""
_NUMERATOR = "We use the numerator layout throughout these notes."


@pytest.mark.parametrize(
    ("lhs", "column", "row"),
    [
        (r"\frac{\partial (\mathbf{a}^T\mathbf{x})}{\partial \mathbf{x}}", r"\mathbf{a}", r"\mathbf{a}^T"),
        (r"\frac{\partial (\mathbf{x}^T A\mathbf{x})}{\partial \mathbf{x}}", r"(A + A^T)\mathbf{x}",
         r"\mathbf{x}^T(A + A^T)"),
        # a scalar by a matrix: redteam7 left the gradient's shape PROVED beside the numerator one
        (r"\frac{\partial \mathrm{tr}(AX)}{\partial X}", "A^T", "A"),
    ],
)
def test_a_stated_numerator_layout_makes_a_scalar_by_a_vector_a_row(lhs: str, column: str, row: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=_NUMERATOR, lhs=lhs, rhs=column), "notes.md")
    assert step.verdict not in _GREEN, step.message
    assert step.verdict is not Verdict.FAILED, step.message  # a shape clash: the notes may write columns
    (step,) = doc_steps(_NOTES.format(prose=_NUMERATOR, lhs=lhs, rhs=row), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_without_a_statement_both_layouts_stay_readings() -> None:
    lhs = r"\frac{\partial (\mathbf{a}^T\mathbf{x})}{\partial \mathbf{x}}"
    for rhs in (r"\mathbf{a}", r"\mathbf{a}^T"):
        (step,) = doc_steps(_NOTES.format(prose="Nothing is said here.", lhs=lhs, rhs=rhs), "notes.md")
        assert step.verdict is Verdict.PROVED, step.message


def test_the_jacobian_keeps_the_numerator_layout() -> None:
    lhs = r"\frac{\partial A\mathbf{x}}{\partial \mathbf{x}}"
    (step,) = doc_steps(_NOTES.format(prose=_NUMERATOR, lhs=lhs, rhs="A"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
    (step,) = doc_steps(_NOTES.format(prose=_NUMERATOR, lhs=lhs, rhs="A^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
