r"""``g_i(\gamma\hat{x}_i + \beta)`` where the notes also write ``\sum_i g_i y_i``: g_i is a number
that multiplies the bracket, not a call of an undefined function g. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.quantityletters import quantity_letters, reading_notes

NOTES = r"""
# Scale and shift

Take the loss $L = \sum_{i=1}^m g_i y_i$ where $g_i$ is the upstream gradient.

$$\frac{\partial}{\partial \gamma}\sum_{i=1}^m g_i(\gamma\hat{x}_i + \beta) = \sum_{i=1}^m g_i\hat{x}_i$$

$$\frac{\partial}{\partial \hat{x}_j}\sum_{i=1}^m g_i(\gamma\hat{x}_i + \beta) = \gamma g_j$$
"""


def test_a_subscripted_letter_that_multiplies_is_a_quantity() -> None:
    assert quantity_letters(r"$L = \sum_i g_i y_i$") == {"g"}
    assert quantity_letters(r"$$\sum_i g_i \hat{x}_i$$") == {"g"}


def test_a_family_of_functions_is_no_evidence() -> None:
    assert quantity_letters(r"$f_k(x) = w_k^\top x$ and each $f_i$ is convex, $\sum_i f_i(x)$") == frozenset()
    assert quantity_letters(r"$h(x) = x^2$, $g(z) = e^z$") == frozenset()


def test_the_reading_is_reported_for_the_member_that_uses_it() -> None:
    notes = reading_notes(r"\sum_i g_i(\gamma x_i)", frozenset({"g"}))
    assert len(notes) == 1 and "product" in notes[0]
    assert reading_notes(r"\sum_i g_i x_i", frozenset({"g"})) == []


def test_steps_with_the_product_are_checked() -> None:
    steps = doc_steps(NOTES)
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"]
    assert all("read as a product" in (s.message or "") for s in steps)


def test_a_wrong_step_with_the_product_is_found() -> None:
    body = r"""
    Take the loss $L = \sum_{i=1}^m g_i y_i$ where $g_i$ is the upstream gradient.

    $$\frac{\partial}{\partial \beta}\sum_{i=1}^m g_i(\gamma\hat{x}_i + \beta) = \sum_{i=1}^m g_i\hat{x}_i$$
    """
    assert [s.verdict.value for s in doc_steps(body)] == ["FAILED"]


def test_a_family_of_functions_stays_a_family() -> None:
    body = r"""
    Each $f_i$ is convex.

    $$\frac{d}{dx}\sum_{i=1}^n f_i(x) = \sum_{i=1}^n f_i'(x)$$
    """
    steps = doc_steps(body)
    assert steps[0].verdict.value != "FAILED"
    assert "read as a product" not in (steps[0].message or "")
