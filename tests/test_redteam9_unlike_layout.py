r"""A sentence that opens by setting another text aside still states the notes' layout (redteam9).

"Unlike some texts, these notes do not use the numerator layout." and "Unlike some texts, we use the
denominator layout." stated nothing: the sentence names one layout, so it was read whole, and its
"unlike"/"some" counted as a hedge. With no layout stated, both are tried, and the numerator result
``\partial(A\mathbf{x})/\partial\mathbf{x} = A`` was PROVED in notes that had just ruled it out. A
leading "Unlike …," clause that names no layout is set aside and the rest of the sentence read."""

from __future__ import annotations

import pytest

from verifier.documents.gradientlayout import stated_layouts


@pytest.mark.parametrize("sentence", [
    "Unlike some texts, these notes do not use the numerator layout.",
    "Unlike some texts, we use the denominator layout.",
    "Unlike the Matrix Cookbook, we use the denominator layout throughout.",
])
def test_a_leading_unlike_clause_is_set_aside(sentence: str) -> None:
    assert stated_layouts(sentence) == [(1, "denominator")]


@pytest.mark.parametrize("sentence", [
    "Unlike the denominator layout, the numerator layout keeps the shape of the numerator.",
    "Unlike some texts, we may use the denominator layout.",
    "Some texts use the denominator layout.",
])
def test_what_stays_unstated(sentence: str) -> None:
    assert stated_layouts(sentence) == []
