r"""The inverse of a product of capitals read as numbers (redteam7).

With nothing else said, ``(AB)^{-1} = A^{-1}B^{-1}`` read A and B as real scalars ("no other evidence"),
and SymPy multiplies commuting powers out, so the check for a capital multiplying another name (the
doubt of documents/weights.py) never saw ``AB``: the classic slip was PROVED, even after "Let $A$ and
$B$ be invertible $n \times n$ matrices". A factor ``A^{-1}`` (a power of a capital) counts as the
capital. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize(
    "step",
    [r"(AB)^{-1} = A^{-1}B^{-1}", r"(ABC)^{-1} = A^{-1}B^{-1}C^{-1}", r"(A^2 B)^{-1} = A^{-2}B^{-1}"],
)
def test_inverse_of_a_product_in_the_wrong_order(step: str) -> None:
    notes = f"# Inverses\n\nLet $A$, $B$ and $C$ be invertible matrices.\n\n$${step}$$\n"
    (r,) = doc_steps(notes, "notes.md")
    assert r.verdict not in _GREEN, r.message


def test_inverse_of_a_product_in_the_right_order_is_not_failed() -> None:
    # the matrix reading cannot invert a symbolic product: SKIPPED (the green rested on A, B as numbers)
    notes = "# Inverses\n\nLet $A$ and $B$ be invertible matrices.\n\n$$(AB)^{-1} = B^{-1}A^{-1}$$\n"
    (r,) = doc_steps(notes, "notes.md")
    assert r.verdict is not Verdict.FAILED, r.message


def test_a_capital_alone_under_an_inverse_keeps_its_reading() -> None:
    # no capital multiplies another name: nothing for the matrix reading to doubt
    notes = "# Numbers\n\n$$(2A)^{-1} = \\frac{1}{2}A^{-1}$$\n"
    (r,) = doc_steps(notes, "notes.md")
    assert r.verdict is Verdict.PROVED, r.message
