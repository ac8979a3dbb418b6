r"""A display the prose states under a counterfactual symmetry: "If $A$ were symmetric we would have" (trust17).

"If $A$ were symmetric we would have $$\nabla_x(x^\top A x) = 2Ax$$" states the display for a symmetric A,
as "if $A$ is symmetric" does; read for a general A it was FAILED, a false alarm on a true statement. Read
with A symmetric, a wrong display is still FAILED, and the counterfactual says nothing of a later display
(the general case the notes go on with): a wrong 2Ax there is not green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Quadratic form

Let $A \in \mathbb{R}^{n\times n}$ and $x \in \mathbb{R}^n$ be general. If $A$ were symmetric we would have

$$\nabla_x (x^\top A x) = STEP$$
"""


def test_a_true_display_under_a_counterfactual_symmetry_is_not_failed() -> None:
    r = doc_steps(_NOTES.replace("STEP", "2 A x"))[-1]
    assert r.verdict.ok, r.message


def test_a_wrong_display_under_it_is_failed() -> None:
    r = doc_steps(_NOTES.replace("STEP", "A x"))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_the_general_case_after_it_is_not_read_symmetric() -> None:
    notes = _NOTES.replace("STEP", "2 A x") + "\nIt is not, so in general\n\n$$\\nabla_x (x^\\top A x) = 2 A x$$\n"
    r = doc_steps(notes)[-1]
    assert not r.verdict.ok, r.message
