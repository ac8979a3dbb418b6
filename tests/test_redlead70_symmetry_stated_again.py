r"""A symmetry the notes state again as a standing hypothesis after a condition that closed another formula's sentence
still holds for the next step (documents.symmetricprose.standing_after).

"$$\nabla_x f(x) = (A + A^\top) x,$$ which is $2Ax$ when $A$ is symmetric. From now on $A$ is symmetric. The Hessian
is $\nabla^2 f = 2A$.": the first statement is the condition of the formula $2Ax$ (lead70: not the next step's
hypothesis), but the second is the notes' own, for what follows. lead70 read only the first statement and took the
right Hessian from PROVED to SKIPPED. The wrong Hessian stays FAILED, and without the second statement 2A stays
SKIPPED. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""# Quadratic form

Let $A \in \mathbb{R}^{n \times n}$ and $f(x) = x^\top A x$. Stacking the partial derivatives,

$$
\nabla_x f(x) = (A + A^\top)\, x ,
$$

which is $2Ax$ when $A$ is symmetric. AGAIN The Hessian is $\nabla^2 f = HESSIAN$.
"""

_AGAIN = [r"From now on $A$ is symmetric.", r"We assume from here on that $A$ is symmetric."]


@pytest.mark.parametrize("again", _AGAIN)
def test_a_symmetry_stated_again_after_the_condition_holds_for_the_next_step(again: str) -> None:
    note = _NOTE.replace("AGAIN", again).replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["PROVED"], note


@pytest.mark.parametrize("again", _AGAIN)
def test_a_wrong_hessian_is_still_failed(again: str) -> None:
    note = _NOTE.replace("AGAIN", again).replace("HESSIAN", r"A^\top")
    assert verdicts_by_line(note)[9] == ["FAILED"], note


def test_a_second_condition_of_another_formula_is_no_standing_hypothesis() -> None:
    again = r"So $f(x) = x^\top A x$ has gradient $2Ax$ for symmetric $A$, that is $A x + A x$."
    note = _NOTE.replace("AGAIN", again).replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["SKIPPED"], note


def test_without_the_second_statement_the_wrong_hessian_is_still_skipped() -> None:
    note = _NOTE.replace("AGAIN ", "").replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["SKIPPED"], note


_AFFIRMED = [r"which is $2Ax$ when $A$ is symmetric, as it is here.",
             r"which is $2Ax$ when $A$ is symmetric (as we assume throughout)."]


@pytest.mark.parametrize("sentence", _AFFIRMED)
def test_a_condition_the_sentence_affirms_holds_for_the_next_step(sentence: str) -> None:
    note = _NOTE.replace("which is $2Ax$ when $A$ is symmetric. AGAIN", sentence).replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["PROVED"], note


@pytest.mark.parametrize("sentence", _AFFIRMED)
def test_a_wrong_hessian_after_an_affirmed_condition_is_failed(sentence: str) -> None:
    note = _NOTE.replace("which is $2Ax$ when $A$ is symmetric. AGAIN", sentence).replace("HESSIAN", "A")
    assert verdicts_by_line(note)[9] == ["FAILED"], note
