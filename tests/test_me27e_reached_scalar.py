r"""A scalar constant of a definition, reached by one side of a step only, is no reason to doubt its failure.

``\mathcal{L}(x, \lambda) = \frac12 x^\top x + \lambda(a^\top x - b)`` and the sign flip ``\nabla_x \mathcal{L} = x -
\lambda a``: b is written only in the Lagrangian's body, so only the left side reaches it. fresh11's doubt
(a name with a *guessed shape* that only a definition's body writes, reached by one side: X related to the
samples in words only) took b too — a number, with nothing to guess about its shape — and the planted sign
flip went from FAILED to SKIPPED. Examples written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
Let $a \in \mathbb{R}^n$ and
$$\mathcal{L}(x, \lambda) = \frac{1}{2} x^\top x + \lambda\left(a^\top x - b\right).$$
Then
$$\nabla_x \mathcal{L} = {rhs}$$
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


def test_a_sign_flip_beside_a_scalar_constant_of_the_definition_is_failed() -> None:
    verdict, message = _last(r"x - \lambda a")
    assert verdict == "FAILED", message


def test_the_correct_gradient_is_green() -> None:
    verdict, message = _last(r"x + \lambda a")
    assert verdict in ("PROVED", "PASSED"), message
