r"""A matrix annotated with two size letters is not made square silently (trust14).

``A \in \mathbb{R}^{m \times n}``, ``B \in \mathbb{R}^{n \times m}`` and ``\det(AB) = \det(A)\det(B)`` was PROVED:
inference unified m and n (det needs a square matrix) and the step holds for square matrices. Green only
with a size equality the notes do not state, it is SKIPPED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Products

Let $A \in \mathbb{R}^{m \times n}$ and $B \in \mathbb{R}^{n \times m}$.

$${step}$$
"""


def _step(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


def test_a_determinant_rule_for_rectangular_matrices_is_not_green() -> None:
    verdict, message = _step(r"\det(AB) = \det(A)\det(B)")
    assert verdict is Verdict.SKIPPED, message
    assert "A square (m = n)" in message


def test_a_wrong_trace_rule_stays_failed() -> None:
    assert _step(r"\operatorname{tr}(AB) = \operatorname{tr}(A)\operatorname{tr}(B)")[0] is Verdict.FAILED


def test_a_rule_that_keeps_the_sizes_stays_proved() -> None:
    assert _step(r"\operatorname{tr}(AB) = \operatorname{tr}(BA)")[0] is Verdict.PROVED
    assert _step(r"(AB)^T = B^T A^T")[0] is Verdict.PROVED
