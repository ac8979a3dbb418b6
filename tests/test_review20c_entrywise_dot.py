r"""Review of redteam9's narrowing of the raised dot read entry-wise (documents/dotproducts.entrywise_said).

The word must describe the raised dot: "the element-wise product is written $\odot$; we use $\cdot$ for
the dot product" says the opposite, and made ``\partial(\mathbf{w}\cdot\mathbf{x})/\partial\mathbf{w} =
\operatorname{diag}(\mathbf{x})`` PROVED. A negation in another clause ("…, not the dot product") denies
nothing about the word. And where the notes do not say it, a step that holds only with the dot read
entry-wise is SKIPPED, not FAILED (``(\mathbf{a}\cdot\mathbf{b})^\top(\mathbf{a}\cdot\mathbf{b})`` transposes
a vector). Small notes written for the tests, each with a wrong twin."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.dotproducts import entrywise_said
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Products

Let $\mathbf{a}, \mathbf{b}, \mathbf{w}, \mathbf{x} \in \mathbb{R}^n$. PROSE

$$ STEP $$
"""

_GRADIENT_WRONG = r"\frac{\partial (\mathbf{w} \cdot \mathbf{x})}{\partial \mathbf{w}} = \mathrm{diag}(\mathbf{x})"
_SQUARES = r"(\mathbf{a} \cdot \mathbf{b})^\top (\mathbf{a} \cdot \mathbf{b}) = \sum_{i=1}^n a_i^2 b_i^2"
_SQUARES_WRONG = r"(\mathbf{a} \cdot \mathbf{b})^\top (\mathbf{a} \cdot \mathbf{b}) = \sum_{i=1}^n a_i b_i^2"

_OTHER = r"The element-wise product is written $\mathbf{a} \odot \mathbf{b}$; we use $\cdot$ for the dot product."
_SAID = r"Here $\cdot$ is the element-wise product, not the dot product."


def _step(prose: str, step: str):  # type: ignore[no-untyped-def]
    return doc_steps(_NOTES.replace("PROSE", prose).replace("STEP", step))[-1]


def test_the_word_must_describe_the_raised_dot() -> None:
    assert not entrywise_said(_OTHER, [])
    assert not entrywise_said(r"We write $\cdot$ for the dot product and $\odot$ for the element-wise one.", [])
    assert entrywise_said(_SAID, [])
    assert entrywise_said(r"Here $\mathbf{a} \cdot \mathbf{b} = (a_1 b_1, \dots, a_n b_n)$ is entry-wise.", [])
    assert not entrywise_said(r"Here $\cdot$ is not the element-wise product.", [])


@pytest.mark.slow(3)
def test_the_element_wise_product_named_for_another_symbol_excuses_no_diagonal() -> None:
    step = _step(_OTHER, _GRADIENT_WRONG)
    assert step.verdict not in GREEN, step.message


@pytest.mark.slow(3)
def test_a_negation_in_another_clause_keeps_the_word() -> None:
    step = _step(_SAID, _SQUARES)
    assert step.verdict is Verdict.PROVED, step.message
    step = _step(_SAID, _SQUARES_WRONG)
    assert step.verdict is Verdict.FAILED, step.message


@pytest.mark.slow(3)
def test_a_step_that_holds_only_entry_wise_is_not_failed_without_the_word() -> None:
    step = _step("", _SQUARES)
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "entry-wise" in step.message
    step = _step("", _SQUARES_WRONG)
    assert step.verdict is Verdict.FAILED, step.message
