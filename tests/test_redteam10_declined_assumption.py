r"""An assumption the rest of its sentence declines is none (redteam10).

"If we assume that $A = A^T$ then things simplify, but we will not." made ``\nabla_x (x^T A x) = 2Ax``
PROVED "under the hypothesis A = A^T": the negation comes after the formula, in a clause opened by
"but". Such a sentence states no hypothesis; one whose later clause only adds to it keeps it. Every
example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Quadratic forms\n\n{prose}\n\n$$\\nabla_x (x^T A x) = 2Ax$$\n"


def test_a_declined_assumption_is_no_hypothesis() -> None:
    for prose in ("If we assume that $A = A^T$ then things simplify, but we will not.",
                  "We could assume $A = A^T$; however, we do not."):
        step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
        assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), (prose, step.message)


def test_an_assumption_with_a_later_clause_holds() -> None:
    step = doc_steps(_NOTES.replace("{prose}", "Assume that $A = A^T$, which is no loss for a quadratic form."))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_later_clause_about_another_name_keeps_it() -> None:
    prose = "Assume that $A = A^T$, but note that $B$ is not symmetric."
    step = doc_steps(_NOTES.replace("{prose}", prose))[-1]
    assert step.verdict is Verdict.PROVED, step.message
