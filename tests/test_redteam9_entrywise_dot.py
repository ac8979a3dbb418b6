r"""The raised dot read entry-wise needs the notes' word for it (redteam9).

texnotes7 reads ``\mathbf{w} \cdot \mathbf{x}`` as the dot product and, where that makes a step fail,
tries the entry-wise product. That fallback excused the classic confusion of the dot product's
gradient with a Jacobian: ``\partial(\mathbf{w} \cdot \mathbf{x})/\partial\mathbf{w} =
\operatorname{diag}(\mathbf{x})`` was PROVED "when read with \cdot … as the entry-wise product". The
entry-wise reading is now tried only where the notes show they use it: the chain writes an entry-wise
product (``\odot``, ``\circ``), or the prose says the raised dot is entry-wise. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# The score of a unit

The score is $s = \mathbf{w} \cdot \mathbf{x}$.

$$\frac{\partial (\mathbf{w} \cdot \mathbf{x})}{\partial \mathbf{w}} = RIGHT$$
"""


def test_the_gradient_of_a_dot_product_is_no_diagonal_matrix() -> None:
    step = doc_steps(_NOTES.replace("RIGHT", r"\operatorname{diag}(\mathbf{x})"))[-1]
    assert step.verdict not in GREEN, step.message


def test_the_gradient_of_a_dot_product_is_the_other_vector() -> None:
    step = doc_steps(_NOTES.replace("RIGHT", r"\mathbf{x}"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_dot_product_is_no_vector_without_a_word_for_it() -> None:
    notes = "# Products\n\n$$\\mathbf{a} \\cdot \\mathbf{b} = \\operatorname{diag}(\\mathbf{a})\\mathbf{b}$$\n"
    step = doc_steps(notes)[-1]
    assert step.verdict not in GREEN, step.message


def test_the_prose_saying_the_dot_is_entrywise_allows_the_reading() -> None:
    notes = ("# Products\n\nHere $\\cdot$ denotes the element-wise product of two vectors.\n\n"
             "$$\\mathbf{a} \\cdot \\mathbf{b} = \\operatorname{diag}(\\mathbf{a})\\mathbf{b}$$\n")
    step = doc_steps(notes)[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "entry-wise" in step.message


def test_a_negated_word_is_no_evidence() -> None:
    notes = ("# Products\n\nHere $\\cdot$ is not the element-wise product: it is the dot product.\n\n"
             "$$\\mathbf{a} \\cdot \\mathbf{b} = \\operatorname{diag}(\\mathbf{a})\\mathbf{b}$$\n")
    step = doc_steps(notes)[-1]
    assert step.verdict not in GREEN, step.message
