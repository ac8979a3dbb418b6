r"""A matrix the notes say is symmetric is symmetric in the definitions written with it too.

"Let $\Sigma$ be a symmetric matrix and $\Omega = \Sigma^{-1}$" (or Σ "the covariance matrix" and Ω its precision
matrix): the right ``\nabla_x (\tfrac12 x^T \Omega x) = \Omega x`` was **FAILED** at a Σ that is not symmetric.
The symmetric reading (documents.meanings, "Σ symmetric, as the notes say") was made only where the chain itself
writes Σ: a chain that writes Ω, defined through Σ, got no such reading, though its scope (symmetricprose's
``symmetric_scope``) takes the said names symmetric in the definitions too. Now the reading is made where a
definition in the chain's scope writes a said name. The slip ``2\Omega x`` fails under it too and stays FAILED.
Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = (
    "# Precision\n\n{said}, with $x \\in \\mathbb{{R}}^n$.\n\n"
    "$$\\nabla_x \\left(\\tfrac12 x^T \\Omega x\\right) = {rhs}$$\n"
)
_SAID = [
    "Let $\\Sigma$ be a symmetric matrix and $\\Omega = \\Sigma^{-1}$",
    "Let $\\Sigma$ be the covariance matrix and $\\Omega = \\Sigma^{-1}$ its precision matrix",
]


@pytest.mark.parametrize("said", _SAID)
def test_a_quadratic_form_in_the_inverse_of_a_said_symmetric_matrix_holds(said: str) -> None:
    assert verdicts_by_line(_NOTE.format(said=said, rhs="\\Omega x"))[5] == ["PROVED"]


@pytest.mark.parametrize("said", _SAID)
def test_the_doubled_slip_still_fails(said: str) -> None:
    assert verdicts_by_line(_NOTE.format(said=said, rhs="2\\Omega x"))[5] == ["FAILED"]


def test_a_matrix_not_said_symmetric_keeps_failing() -> None:
    said = "Let $\\Sigma$ be an invertible matrix and $\\Omega = \\Sigma^{-1}$"
    assert verdicts_by_line(_NOTE.format(said=said, rhs="\\Omega x"))[5] != ["PROVED"]
