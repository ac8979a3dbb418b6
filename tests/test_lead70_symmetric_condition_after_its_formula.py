r"""A symmetry stated as the condition that closes another formula's sentence ("which is $2Ax$ when $A$ is
symmetric.") is not a hypothesis of the next sentence's step (documents.symmetricprose.of_its_own_formula).

lead70's quadratic form: after "$$\nabla_x f(x) = (A + A^\top) x,$$ which is $2Ax$ when $A$ is symmetric. The Hessian
is $\nabla^2 f = 2A$.", the wrong Hessian was PROVED "read with A symmetric, as the notes say", though the notes had
said A is not necessarily symmetric. lead61 closed the same mistake where the condition comes first ("for symmetric $A$
this is $2Ax$."); written after its formula, the condition governs that formula just the same. A reader may still carry
it on, so the step is no FAILED either: SKIPPED, saying so. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""# Quadratic form

Let $A \in \mathbb{R}^{n \times n}$ and $f(x) = x^\top A x$. Stacking the partial derivatives,

$$
\nabla_x f(x) = (A + A^\top)\, x ,
$$

SENTENCE The Hessian is $\nabla^2 f = HESSIAN$.
"""

_CONDITIONS = [
    r"which is $2Ax$ when $A$ is symmetric.",
    r"This equals $2Ax$ if $A$ is symmetric.",
    r"It reduces to $2 A x$ whenever $A$ is symmetric.",
]


@pytest.mark.parametrize("sentence", _CONDITIONS)
def test_a_wrong_hessian_after_a_condition_closing_another_formula_is_not_green(sentence: str) -> None:
    note = _NOTE.replace("SENTENCE", sentence).replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["SKIPPED"], note


@pytest.mark.parametrize("sentence", _CONDITIONS)
def test_the_right_hessian_is_still_proved(sentence: str) -> None:
    note = _NOTE.replace("SENTENCE", sentence).replace("HESSIAN", r"A + A^\top")
    assert verdicts_by_line(note)[9] == ["PROVED"], note


def test_a_symmetry_stated_as_a_fact_still_holds_for_the_next_step() -> None:
    note = _NOTE.replace("SENTENCE", r"Here $A$ is symmetric.").replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[9] == ["PROVED"], note


def test_the_condition_of_the_claims_own_sentence_still_holds_for_it() -> None:
    note = _NOTE.replace("SENTENCE", r"So $\nabla_x f(x) = 2Ax$ when $A$ is symmetric.").replace("HESSIAN",
                                                                                                   r"A + A^\top")
    assert verdicts_by_line(note)[9] == ["PROVED", "PROVED"], note


def test_a_condition_closing_the_prose_first_sentence_is_read_from_its_first_word() -> None:
    # the sentence opens the prose: with no display before it, it starts at the prose's first character ("This", not
    # "his": the result word was cut and the condition read as a fact of the next sentence)
    from verifier.documents.symmetricprose import of_its_own_formula

    prose = "This equals $2Ax$ if $A$ is symmetric. The Hessian is"
    assert of_its_own_formula(prose, prose.index("$A$"))
