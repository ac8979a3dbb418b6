r"""A later "but not" clause about another property declines nothing (review21b).

``symmetricprose.declined_after`` took any "but/however … not" clause later in the sentence as taking the
statement back: "let $A$ be a symmetric matrix, but not necessarily positive definite" stated no symmetric
A, and the correct ``\nabla_x (x^T A x) = 2Ax`` was FAILED. Only a clause in which the writer declines
("but we will not", "however, we do not") takes it back. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Quadratic forms\n\n{prose}\n\n$$\\nabla_x (x^T A x) = 2Ax$$\n"


def test_a_negated_other_property_keeps_the_symmetric_matrix() -> None:
    for prose in ("For a vector $x$, let $A$ be a symmetric matrix, but not necessarily positive definite.",
                  "For a vector $x$, let $A$ be symmetric; however, it need not be invertible.",
                  "For a vector $x$, assume that $A = A^T$, although it is not invertible in general."):
        step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
        assert step.verdict is Verdict.PROVED, (prose, step.message)


def test_a_declined_assumption_still_states_nothing() -> None:
    for prose in ("If we assume that $A = A^T$ then things simplify, but we will not.",
                  "One could take $A$ symmetric, but we do not."):
        step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
        assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), (prose, step.message)


def test_a_writer_declining_another_property_keeps_the_symmetric_matrix() -> None:
    for prose in ("For a vector $x$, let $A$ be symmetric, but we do not assume it is positive definite.",
                  "For a vector $x$, assume that $A = A^T$, but one should not expect it to be invertible."):
        step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
        assert step.verdict is Verdict.PROVED, (prose, step.message)


def test_declining_words_alone_take_it_back() -> None:
    for prose in ("If $A$ were symmetric the gradient would simplify, but that is not true in general.",
                  "One could assume that $A = A^T$, but we will not make this assumption here."):
        step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
        assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), (prose, step.message)
