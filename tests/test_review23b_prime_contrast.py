r"""A prime is read as the transpose only where the notes adopt that convention themselves (review23b).

variants16 reads ``x'`` as ``x^\top`` where a sentence says the prime denotes the transpose. A sentence that
names the convention to set it aside ("Unlike econometrics texts, where the prime denotes the transpose,
here a prime is a derivative") turned every derivative prime into a transpose: ``(u^2)' = u^2`` (forgot to
differentiate) was PROVED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.primetranspose import says_prime_transpose
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_a_convention_set_aside_is_not_adopted() -> None:
    assert not says_prime_transpose(
        "Unlike econometrics texts, where the prime denotes the transpose, here a prime is a derivative.")
    assert not says_prime_transpose(
        "Some texts write $x'$ for the transpose of $x$. Here $x'$ is the derivative of $x$.")
    assert not says_prime_transpose("Other authors use a prime for the transpose; we write $x^T$ instead.")


def test_a_convention_adopted_is_still_read() -> None:
    assert says_prime_transpose("As usual in econometrics, the prime denotes the transpose.")
    assert says_prime_transpose("Throughout, $x'$ denotes the transpose of $x$. The derivative of $x'Ax$ follows.")


_NOTES = r"""
Unlike econometrics texts, where the prime denotes the transpose, here a prime is a derivative in $x$.
Let $u$ be a differentiable function of $x$.

$$(u^2)' = {rhs}$$
"""


def test_a_forgotten_derivative_is_not_green() -> None:
    assert doc_steps(_NOTES.replace("{rhs}", "u^2"))[-1].verdict not in GREEN
