r"""A matrix the notes give by its entries is the matrix of the worked lines after it (statedvectors; fresh24).

"Take $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$." and then ``A^\top A = \begin{pmatrix} 10 & 14 \\ 14 & 20
\end{pmatrix}``, ``\det A = -2``: A was an undefined matrix of a drawn size, and every such line SKIPPED ("A on one
side only"). The stated matrix sizes A and is the hypothesis of the links that compute with it; a general identity
in A is still checked for every A, and a wrong worked line is never green. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_PROSE = "# Worked\n\nTake $A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$.\n\n$${step}$$\n"
_DISPLAY = "# Worked\n\nLet\n\n$$A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}.$$\n\nThen\n\n$${step}$$\n"


@pytest.mark.parametrize("notes", [_PROSE, _DISPLAY])
@pytest.mark.parametrize("step", [r"A^\top A = \begin{pmatrix} 10 & 14 \\ 14 & 20 \end{pmatrix}", r"\det A = -2",
                                  r"\operatorname{tr}(A) = 5"])
def test_a_worked_line_with_the_stated_matrix_is_green(notes: str, step: str) -> None:
    assert doc_steps(notes.replace("{step}", step))[-1].verdict in GREEN


@pytest.mark.parametrize("step", [r"A^\top A = \begin{pmatrix} 10 & 14 \\ 14 & 21 \end{pmatrix}", r"\det A = 2",
                                  r"\operatorname{tr}(A) = 4"])
def test_a_wrong_worked_line_is_not_green(step: str) -> None:
    assert doc_steps(_PROSE.replace("{step}", step))[-1].verdict not in GREEN


def test_a_general_identity_is_still_checked_for_every_matrix() -> None:
    # (A^T A)^T = A^T A holds for every A; A^T A = A A^T holds at no general A (and not at the stated one)
    steps = doc_steps(_PROSE.replace("{step}", r"(A^\top A)^\top = A^\top A") + "\n$$A^\\top A = A A^\\top$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]
