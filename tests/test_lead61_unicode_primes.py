r"""A Unicode prime (``′``, U+2032) is the prime the readings know (``'``), in LaTeX and in typed math alike.

The tokenizer reads ``\sigma′(x)`` as ``\sigma'(x)``, but the readings that look at a member's text for a
derivative (documents.oneinstance's diagonal Jacobian, among others) looked for ``'`` only: in a note whose x is a
vector elsewhere, ``\sigma'(x) = \sigma(x)(1-\sigma(x))`` was PROVED (the Jacobian of an entry-wise function read as
its diagonal) and the same step with ``′`` — typed in backticks (fresh64's typed math) or in ``$…$`` — was SKIPPED,
"the shapes do not fit". Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Activations

The sigmoid: {step}.

Quadratic: $\\nabla_x (x^T A x) = (A + A^T)x$.
"""


@pytest.mark.parametrize(
    "step",
    [
        "`σ′(x) = σ(x)(1 − σ(x))`",
        "$\\sigma′(x) = \\sigma(x)(1-\\sigma(x))$",
        "$\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$",
    ],
)
def test_a_unicode_prime_reads_as_the_ascii_prime(step: str) -> None:
    assert verdicts_by_line(_NOTE.format(step=step))[3] == ["PROVED"]


def test_a_wrong_derivative_with_a_unicode_prime_fails() -> None:
    assert verdicts_by_line(_NOTE.format(step="`σ′(x) = σ(x)(1 + σ(x))`"))[3] == ["FAILED"]
