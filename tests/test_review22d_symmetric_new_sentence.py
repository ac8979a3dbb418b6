r"""A sentence that starts after a display's full stop is not the display's clause.

``$$\nabla_x x^\top A x = 2Ax.$$ If $A$ is symmetric, its eigenvalues are real.`` states the gradient of
the quadratic form for every A (the classic slip: it is (A + Aᵀ)x) and then starts a new sentence about
something else. documents.symmetricprose.trailing_clause took any "If/For/Since/As/When …" after the
display (matched regardless of case) for the display's own "where $A$ is symmetric", and the wrong
gradient came out PROVED. A clause that goes on with the display's sentence opens in lower case; the
display ended with a full stop ends its sentence. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.symmetricprose import trailing_clause

GREEN = ("PROVED", "PASSED")


def _verdict(end: str, after: str) -> str:
    (step,) = doc_steps(f"The gradient is\n\n$$\\nabla_x x^\\top A x = 2 A x{end}$$\n\n{after}\n")
    return step.verdict.value


@pytest.mark.parametrize(
    ("end", "after"),
    [
        (".", "If $A$ is symmetric, its eigenvalues are real."),
        (".", "For symmetric $A$ the Hessian is $2A$."),
        (".", "When $A$ is symmetric its eigenvectors are orthogonal."),
        (".", "where $A$ is symmetric."),
    ],
)
def test_a_new_sentence_after_the_display_states_no_hypothesis(end: str, after: str) -> None:
    assert _verdict(end, after) not in GREEN


@pytest.mark.parametrize("after", ["where $A$ is symmetric.", "for symmetric $A$.", "if $A$ is symmetric."])
def test_the_display_sentence_going_on_still_states_it(after: str) -> None:
    assert _verdict(",", after) in GREEN


def test_a_capital_opens_a_new_sentence() -> None:
    assert trailing_clause("If $A$ is symmetric, its eigenvalues are real.") == ""
    assert trailing_clause("where $A$ is symmetric.").startswith("where $A$ is symmetric")
    assert trailing_clause("where $A$ is symmetric.", r"\\nabla_x x^T A x = 2Ax.$$") == ""
