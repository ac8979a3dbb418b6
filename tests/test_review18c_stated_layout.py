r"""A layout is stated only by a sentence that speaks for the notes (review18c).

``gradientlayout.stated_layouts`` took the last sentence before a chain that names one layout, so a
remark after "We use the numerator layout throughout." ("For comparison, in the denominator layout the
result is transposed.", "Most papers use the denominator layout.", "You may prefer the denominator
layout.") made the denominator layout the notes' convention: the denominator-layout slip
``\partial A\mathbf{x}/\partial\mathbf{x} = A^T`` of numerator-layout notes was PROVED, and correct
numerator steps after "The Matrix Cookbook uses the denominator layout." were no longer checked.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.gradientlayout import stated_layouts
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Matrix calculus

We use the numerator layout throughout.

{remark}

## A linear map

$$\frac{{\partial A\mathbf{{x}}}}{{\partial \mathbf{{x}}}} = {rhs}$$
"""


@pytest.mark.parametrize(
    "remark",
    [
        "For comparison, in the denominator layout the result is transposed.",
        "Most machine learning papers use the denominator layout.",
        "You may prefer the denominator layout, which is also common.",
        "The Matrix Cookbook uses the denominator layout.",
        "In the next chapter we switch to the denominator layout.",
        "Later, in Section 4, we use the denominator layout.",
        "We used the denominator layout in the previous chapter.",
    ],
)
def test_a_remark_on_the_other_layout_states_nothing(remark: str) -> None:
    (step,) = doc_steps(_NOTES.format(remark=remark, rhs="A^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(remark=remark, rhs="A"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize(
    ("sentence", "layout"),
    [
        ("We use the numerator layout throughout.", "numerator"),
        ("These notes write derivatives in numerator layout.", "numerator"),
        ("To write out the gradients, I will be adhering to the denominator-layout convention.", "denominator"),
        ("Throughout, derivatives are in the denominator layout.", "denominator"),
        ("Our convention is the denominator layout.", "denominator"),
        ("The layout used throughout these notes is the denominator layout.", "denominator"),
    ],
)
def test_the_notes_own_statements_still_state(sentence: str, layout: str) -> None:
    assert stated_layouts(sentence) == [(1, layout)]


@pytest.mark.parametrize(
    "sentence",
    [
        "For comparison, in the denominator layout the result is transposed.",
        "The Matrix Cookbook uses the denominator layout.",
        "We could also use the denominator layout.",
        "We note that most texts use the denominator layout.",
        "The Matrix Cookbook uses the denominator layout throughout.",
    ],
)
def test_remarks_state_no_layout(sentence: str) -> None:
    assert stated_layouts(sentence) == []
