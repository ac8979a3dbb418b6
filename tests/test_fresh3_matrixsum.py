r"""A lowercase name right after a bracketed sum of matrices, ``(X^T X + \lambda I)w``, is the vector
the sum acts on, as it is after ``X`` alone; read as a scalar, the step's sides had different
shapes and it was SKIPPED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

BODY = r"""
With $X \in \mathbb{R}^{n \times d}$:

$$(X^TX + \lambda I)w = {RHS}$$
"""


def _verdicts(rhs: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(BODY.replace("{RHS}", rhs))]


def test_the_name_after_a_matrix_sum_is_a_vector() -> None:
    assert _verdicts(r"X^TXw + \lambda w") == ["PROVED"]
    # the normal equations: nothing but the sum says what w is (an equation, SKIPPED, but not for shapes)
    (step,) = doc_steps(BODY.replace("{RHS}", r"X^Ty"))
    assert "w=[" in step.message and "shape" not in step.message, step.message  # w a vector of values


def test_a_sign_flip_is_failed() -> None:
    assert _verdicts(r"X^TXw - \lambda w") == ["FAILED"]
