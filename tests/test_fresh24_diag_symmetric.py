r"""A matrix the prose writes as ``\operatorname{diag}(…)`` is diagonal, hence symmetric.

Weighted least squares: "$J(\beta) = (y - X\beta)^\top W (y - X\beta)$ with $W = \operatorname{diag}(w_1, \dots,
w_n)$" gives $\nabla_\beta J = -2X^\top W(y - X\beta)$, true for a symmetric W only. W was read as a general
matrix and the correct gradient FAILED (fresh24).
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_STEP = "\n\n$$\\nabla_\\beta J = -2X^\\top W(y - X\\beta)$$\n"


def _verdict(prose: str) -> Verdict:
    [step] = [s for ch in check_text(prose + _STEP, "notes.md").chains for s in ch.result.steps]
    return step.verdict


@pytest.mark.parametrize(
    "diag",
    [r"\operatorname{diag}(w_1, \dots, w_n)", r"\mathrm{diag}(w_1, \ldots, w_n)", r"\text{diag}(w)"],
    ids=["operatorname", "mathrm", "text"],
)
def test_a_weight_matrix_written_as_diag_gives_the_symmetric_gradient(diag: str) -> None:
    prose = rf"We minimise $J(\beta) = (y - X\beta)^\top W (y - X\beta)$ with $W = {diag}$."
    assert _verdict(prose) in (Verdict.PROVED, Verdict.PASSED)


def test_a_general_weight_matrix_is_not_green() -> None:
    prose = r"We minimise $J(\beta) = (y - X\beta)^\top W (y - X\beta)$ for a square matrix $W$."
    assert _verdict(prose) not in (Verdict.PROVED, Verdict.PASSED)


def test_diag_plus_a_general_matrix_is_not_read_as_diagonal() -> None:
    # W = diag(w_1, …, w_n) + A is not diagonal: only diag(…) as the whole right side states it
    prose = (r"We minimise $J(\beta) = (y - X\beta)^\top W (y - X\beta)$ with $W = \operatorname{diag}(w_1, \dots, w_n)"
             r" + A$ for a square matrix $A \in \mathbb{R}^{n \times n}$.")
    assert _verdict(prose) not in (Verdict.PROVED, Verdict.PASSED)


def test_a_worked_diag_of_numbers_does_not_make_the_matrix_symmetric_in_general() -> None:
    # "One step by hand for $W = \operatorname{diag}(3, 1)$": an instance for a worked example, not what W is in
    # the general gradient after it (∇_W uᵀWv = v uᵀ is wrong for a general W: fresh20's spectral-norm probe)
    text = (r"One step by hand for $W = \operatorname{diag}(3, 1)$ from $v = (1, 1)$." "\n\n"
            r"The gradient of the estimate, with $u, v$ held fixed, is an outer product:" "\n\n"
            r"$$\nabla_W\, u^\top W v = v u^\top$$" "\n")
    [step] = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED)
