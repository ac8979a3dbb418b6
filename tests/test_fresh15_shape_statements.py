r"""Shapes multiplied in the prose (documents.shapestatements).

"$A^\top E$ is $(q\times m)(m\times p) = q\times p$" checks a formula by its shapes; read as arithmetic it
was FAILED. It is SKIPPED now, saying whether the shapes agree; a wrong shape statement is not green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = ("The data $A \\in \\mathbb{R}^{m \\times q}$ and $E \\in \\mathbb{R}^{m \\times p}$.\n\n"
          "Shapes: $A^\\top E$ is ${claim}$, like the weights.\n")


def _last(claim: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.replace("{claim}", claim), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_a_shape_product_is_no_arithmetic() -> None:
    verdict, message = _last("(q\\times m)(m\\times p) = q\\times p")
    assert verdict is Verdict.SKIPPED, message
    assert "shapes agree" in message


@pytest.mark.parametrize("claim", ["(q\\times m)(m\\times p) = m\\times p", "(q\\times m)(p\\times m) = q\\times m"])
def test_a_wrong_shape_statement_is_not_green(claim: str) -> None:
    verdict, message = _last(claim)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message


def test_a_wrong_shape_product_says_so() -> None:
    verdict, message = _last("(q\\times m)(m\\times p) = m\\times p")
    assert verdict is Verdict.SKIPPED, message
    assert "do not agree" in message


def test_numbers_times_numbers_stay_arithmetic() -> None:
    verdict, message = _last("2 \\times 3 = 7")
    assert verdict is Verdict.FAILED, message
