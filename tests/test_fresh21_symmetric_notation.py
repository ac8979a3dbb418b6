r"""Symmetry stated in notation rather than in words (documents.symmetricprose).

Lecture notes state a matrix symmetric as ``$A \succ 0$`` (positive definite: the Loewner order is one of
symmetric matrices), ``$\boldsymbol{\Sigma} = \boldsymbol{\Sigma}^\top$`` (a bold or Greek name, not only a
plain letter), or "for symmetric $A\in\mathbb{R}^{d\times d}$" (an annotation with no space after ``\in``).
None was read, so ``\nabla f = A x - b`` of ``f = \tfrac12 x^\top A x - b^\top x`` was FAILED with a
"confirmed" counterexample in correct notes. A statement taken back, or of another matrix, keeps the FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.symmetricprose import symmetric_in
from verifier.results import Verdict

_NOTES = ("Let $f(x) = \\frac{1}{2} x^\\top A x - b^\\top x$ {said}.\n\n"
          "$$\\nabla f(x) = \\frac{1}{2}(A + A^\\top) x - b = A x - b$$\n")


def _last(said: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.replace("{said}", said), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("said", ["with $A \\succ 0$", "where $A \\succeq 0$", "with $A = A^\\top \\succ 0$",
                                  "for symmetric $A\\in\\mathbb{R}^{d\\times d}$",
                                  "with $A \\in \\mathbb{R}^{d \\times d}$, $A \\succ 0$"])
def test_symmetry_in_notation_is_read(said: str) -> None:
    verdict, message = _last(said)
    assert verdict is Verdict.PROVED, message


@pytest.mark.parametrize("said", ["with $A$ a square matrix", "with $B \\succ 0$",
                                  "and we do not assume $A \\succ 0$", "with $A - B \\succ 0$"])
def test_without_the_statement_the_step_is_failed(said: str) -> None:
    verdict, message = _last(said)
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize(("prose", "names"), [
    ("with $\\boldsymbol{\\Sigma} = \\boldsymbol{\\Sigma}^\\top$", {"Sigma"}),
    ("with $\\Sigma = \\Sigma^T$", {"Sigma"}),
    ("with $\\mathbf{A} \\succ 0$", {"A"}),
    ("with $\\Lambda \\succeq 0$", {"Lambda"}),
    ("For symmetric $A\\in\\mathbb{R}^{d\\times d}$ and $x \\ne 0$", {"A"}),
])
def test_the_name_is_found(prose: str, names: set[str]) -> None:
    said = symmetric_in(prose)
    assert said is not None and said[0] == names


@pytest.mark.parametrize("prose", ["with $B = \\Sigma^\\top$", "with $A \\succ B$", "with $A - B \\succ 0$",
                                   "with $x \\succ 0$ entrywise"])
def test_other_statements_name_nothing(prose: str) -> None:
    assert symmetric_in(prose) is None


@pytest.mark.parametrize("prose", ["Let $S$ be a covariance and $B$ any square matrix",
                                   "with $S$ symmetric or $B$ any matrix", "a kernel so $B$ is"])
def test_a_conjunction_after_the_word_does_not_name_the_next_matrix(prose: str) -> None:
    # review32a: "a covariance and $B$" stated B symmetric: ∇ xᵀBx = 2Bx was PROVED for an arbitrary B
    said = symmetric_in(prose)
    assert said is None or "B" not in said[0], said


@pytest.mark.parametrize("said", ["Let $A \\succ 0$ and $x \\in \\mathbb{R}^3$.",
                                  "Let $A$ be symmetric and $x \\in \\mathbb{R}^3$."])
def test_a_statement_of_a_section_whose_heading_is_out_of_view_ends_with_it(said: str) -> None:
    # review32a: part one's heading lay before the few lines read, so "# Part two" did not close its statement
    # and 2Ax for part two's arbitrary A was PROVED
    text = (f"# Part one\n\n{said}\n\n$$\\nabla_x x^\\top A x = 2 A x$$\n\n# Part two\n\n"
            "Now let $A \\in \\mathbb{R}^{3\\times 3}$ be any square matrix, $x \\in \\mathbb{R}^3$.\n\n"
            "$$\\nabla_x x^\\top A x = 2 A x$$\n")
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
