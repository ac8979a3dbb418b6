r"""``u \times v`` of two vectors is the cross product, never an entry-wise product.

The parser reads ``\times`` (and the typed ``×``) as multiplication, and a product of two vectors of one shape is
read entry-wise (documents.arithmetic). With "$u, v \in \mathbb{R}^3$ and let $\times$ denote the cross product", the
wrong ``u \times v = v \times u`` was **PROVED** ("a product of two 3×1 factors read as entry-wise") and the
right anti-commutativity ``u \times v = -v \times u`` **FAILED** inline and typed in backticks (fresh64's typed
math). A member that writes × between two names the notes declare as vectors is not read: SKIPPED, saying the
cross product is not checked. Scalars keep ×. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps, verdicts_by_line

_VECTORS = "# Cross\n\nLet $u, v \\in \\mathbb{R}^3$ and let $\\times$ denote the cross product.\n\n"


def test_a_commuted_cross_product_is_no_green() -> None:
    steps = doc_steps(_VECTORS + "$$u \\times v = v \\times u$$\n")
    assert [s.verdict.name for s in steps] == ["SKIPPED"]
    assert "cross product" in steps[0].message


@pytest.mark.parametrize("step", ["So $u \\times v = -v \\times u$ holds.", "`u × v = −v × u`"])
def test_anti_commutativity_is_never_failed(step: str) -> None:
    assert verdicts_by_line(_VECTORS + step + "\n")[5] != ["FAILED"]


def test_scalars_keep_their_times() -> None:
    note = "# Scalars\n\nLet $a, b \\in \\mathbb{R}$.\n\n$$a \\times b = b \\times a$$\n\n$$2 \\times 3 = 6$$\n"
    assert verdicts_by_line(note)[5] == ["PROVED"]
    assert verdicts_by_line(note)[7] == ["PROVED"]
