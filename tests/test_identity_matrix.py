r"""``I`` / ``\mathbf{I}`` the notes do not define is the identity matrix, of the size of the square
matrices beside it (documents.values.Eye): ``X^\top X w + \lambda w = (X^\top X + \lambda I) w``."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Let $\mathbf{X} \in \mathbb{R}^{n \times d}$ and $\mathbf{w} \in \mathbb{R}^d$.

$$\mathbf{X}^\top\mathbf{X}\mathbf{w} + \lambda\mathbf{w} = RHS$$
"""


def test_the_identity_of_a_ridge_system_is_read():
    (step,) = doc_steps(NOTES.replace("RHS", r"\left(\mathbf{X}^\top\mathbf{X} + \lambda \mathbf{I}\right)\mathbf{w}"))
    assert step.verdict is Verdict.PROVED
    assert "identity matrix" in step.message


def test_a_sign_slip_before_the_identity_is_failed():
    (step,) = doc_steps(NOTES.replace("RHS", r"\left(\mathbf{X}^\top\mathbf{X} - \lambda\mathbf{I}\right)\mathbf{w}"))
    assert step.verdict is Verdict.FAILED


def test_an_identity_beside_no_square_matrix_is_not_guessed():
    (step,) = doc_steps(NOTES.replace("RHS", r"\left(\mathbf{X} + \lambda \mathbf{I}\right)\mathbf{w}"))
    assert step.verdict is Verdict.SKIPPED


def test_an_identity_times_a_vector_is_the_vector():
    (step,) = doc_steps(NOTES.replace("RHS", r"\mathbf{X}^\top\mathbf{X}\mathbf{w} + \lambda I \mathbf{w}"))
    assert step.verdict is Verdict.PROVED
