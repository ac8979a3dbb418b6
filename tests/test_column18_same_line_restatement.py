r"""An inline restatement on the line of the definition it restates is checked against it (column18).

"… the residual $r = y - Xw$ … Expanding, $r = Xw - y$, and so $$\nabla J = X^T r$$" with both formulas on
one line: the flipped r was learned silently and the gradient PROVED with it (review30e's strict xfail, kept in
tests/test_review30e_same_line_restatement.py). The rewriting is now a claim checked against the definition
written before it on the line (its place there, documents.claimplace), as one on a later line is (trust17):
the flipped one FAILED and its use not green; a correct one PROVED and its use checked by it; one the prose
announces ("now let") the notes' new meaning."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = (r"# Least squares" "\n\n"
          r"Let $X \in \mathbb{R}^{n\times d}$, $y \in \mathbb{R}^n$, $w \in \mathbb{R}^d$, the residual $r = y - Xw$ "
          r"and the loss $J(w) = \frac12 \|y - Xw\|^2$. LEAD $r = RESTATED$, and so" "\n\n"
          r"$$\nabla J = GRADIENT$$" "\n")


def _steps(lead: str, restated: str, gradient: str) -> list:
    return doc_steps(_NOTES.replace("LEAD", lead).replace("RESTATED", restated).replace("GRADIENT", gradient))


def _restated(steps: list) -> list:
    return [s for s in steps if s.lhs_latex.strip() == "r"]


def test_a_flipped_rewriting_on_the_definitions_line_is_failed() -> None:
    steps = _steps("Expanding,", "Xw - y", "X^T r")
    assert [s.verdict for s in _restated(steps)] == [Verdict.FAILED], [(s.verdict, s.message) for s in steps]
    assert not steps[-1].verdict.ok, steps[-1].message


def test_a_flipped_restatement_without_a_lead_in_on_that_line_leaves_its_use_not_green() -> None:
    steps = _steps("Hence", "Xw - y", "X^T r")
    assert not steps[-1].verdict.ok, [(s.verdict, s.message) for s in steps]


def test_a_correct_rewriting_on_the_definitions_line_is_proved_and_its_use_checked() -> None:
    steps = _steps("Expanding,", "-(Xw - y)", "-X^T r")
    assert [s.verdict.ok for s in _restated(steps)] == [True], [(s.verdict, s.message) for s in steps]
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]
    assert steps[-1].verdict.ok, steps[-1].message


def test_an_announced_new_definition_on_that_line_is_still_learned() -> None:
    steps = _steps("Now let", "Xw - y", "X^T r")
    assert steps[-1].verdict.ok, [(s.verdict, s.message) for s in steps]
    assert not _restated(steps), [(s.verdict, s.message) for s in steps]
