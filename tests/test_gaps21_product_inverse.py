r"""The inverse of a product of symbolic matrices is checked, not refused (gaps21).

``(AB)^{-1} = B^{-1}A^{-1}`` with A, B n×n was SKIPPED "too large to invert symbolically" at n = 3: only a
named matrix was inverted symbolically. A product of side 3 is inverted by unexpanded cofactors
(documents.cofactors) and checked at sampled matrices; a wrong order is never green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTE = "# A\n\nLet $A, B \\in \\mathbb{{R}}^{{n \\times n}}$ be invertible.\n\n$${}$$\n"


def test_the_inverse_of_a_product_is_checked() -> None:
    (step,) = doc_steps(_NOTE.format("(AB)^{-1} = B^{-1}A^{-1}"))
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_inverse_of_a_sum_is_checked() -> None:
    (step,) = doc_steps(_NOTE.format("(I + AB)^{-1} A = A (I + BA)^{-1}"))
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_wrong_order_is_not_green() -> None:
    (step,) = doc_steps(_NOTE.format("(AB)^{-1} = A^{-1}B^{-1}"))
    assert step.verdict in (Verdict.FAILED, Verdict.SKIPPED), step.message
    assert "too large to invert" not in step.message, step.message
