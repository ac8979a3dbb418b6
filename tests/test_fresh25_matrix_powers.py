r"""An explicit small matrix of scalars raised to an integer power: the 2×2 inverse formula, a kernel matrix.

``\begin{pmatrix} a & b \\ b & c \end{pmatrix}^{-1} = \frac{1}{ac - b^2}\begin{pmatrix} c & -b \\ -b & a \end{pmatrix}``
was unreadable ("powers of explicit matrices are not supported"), so a sign slipped in it was SKIPPED (fresh25,
a Gaussian-process posterior). A block matrix (entries in capitals: matrices, which do not commute) stays refused.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_SYM = r"\begin{pmatrix} a & b \\ b & c \end{pmatrix}^{-1} = \frac{1}{ac - b^2}"


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"By hand:\n\n$${display}$$\n")]


@pytest.mark.parametrize(
    "display",
    [_SYM + r"\begin{pmatrix} c & -b \\ -b & a \end{pmatrix}",
     r"\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}^{-1} = \frac{1}{3}\begin{pmatrix} 2 & -1 \\ -1 & 2 \end{pmatrix}",
     r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}^{2} = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}"],
    ids=["symbolic-inverse", "numeric-inverse", "square"],
)
def test_a_right_power_of_an_explicit_matrix_is_proved(display: str) -> None:
    assert _verdicts(display) == [Verdict.PROVED]


@pytest.mark.parametrize(
    "display",
    [_SYM + r"\begin{pmatrix} c & b \\ b & a \end{pmatrix}",
     r"\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}^{-1} = \frac{1}{5}\begin{pmatrix} 2 & -1 \\ -1 & 2 \end{pmatrix}"],
    ids=["sign", "determinant"],
)
def test_a_wrong_inverse_is_failed(display: str) -> None:
    assert _verdicts(display) == [Verdict.FAILED]


@pytest.mark.parametrize(
    "display",
    [r"\begin{pmatrix} A & B \\ C & D \end{pmatrix}^{-1} = \begin{pmatrix} A^{-1} & 0 \\ 0 & D^{-1} \end{pmatrix}",
     r"\begin{pmatrix} 1 & 2 \\ 2 & 4 \end{pmatrix}^{-1} = 0"],
    ids=["blocks", "singular"],
)
def test_a_block_or_singular_matrix_is_not_inverted(display: str) -> None:
    assert _verdicts(display) == [Verdict.SKIPPED]
