r"""Differentials written as such are not read, so a step that writes them is not decided.

``d f = 2\mathbf{r}^T d\mathbf{r}`` read as a product with an undeclared scalar d fails although the
notes are right (found once ``\mathbf{r}`` was read as the definition it is), and ``d(fg) = g\,df``
holds as a product although it drops a term of the differential. Notes written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.differentials import differential_in

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $f(\mathbf{x}) = \|A\mathbf{x} - \mathbf{b}\|^2$. Write $\mathbf{r} = A\mathbf{x} - \mathbf{b}$ so
$f = \mathbf{r}^T\mathbf{r}$. Then $d f = 2\mathbf{r}^T d\mathbf{r} = 2\mathbf{r}^T A\, d\mathbf{x}$.
"""


def test_a_correct_chain_of_differentials_is_not_failed() -> None:
    found = [s for s in doc_steps(_NOTES) if "d f" in s.lhs_latex or "d\\mathbf{r}" in s.lhs_latex]
    assert found and all(s.verdict.value != "FAILED" for s in found), [(s.verdict, s.message) for s in found]
    assert "differential" in found[0].message  # read as differentials since diffs1 (test_diffs1_differentials)


def test_a_dropped_term_of_a_differential_is_not_green() -> None:
    (step,) = doc_steps("Let $f$ and $g$ be scalar functions.\n\n$$d(fg) = g\\, df$$\n")
    assert step.verdict.value not in GREEN, step.message


def test_what_is_a_differential() -> None:
    for latex in (r"d f", r"2\mathbf{r}^T d\mathbf{r}", r"\mathrm{d}W", r"d(fg)"):
        assert differential_in(latex), latex
    for latex in (r"\frac{df}{dx}", r"\frac{d}{dx} x^2", r"\frac{\mathrm{d}}{\mathrm{d}x} x", r"\int_0^1 x\,dx",
                  r"\sqrt{d}", r"d_k", r"dr/d\theta", r"W_d x", r"\mathbb{R}^{d \times n}", r"\lambda d"):
        assert not differential_in(latex), latex


def test_a_dimension_d_the_notes_declare_keeps_the_product_reading() -> None:
    notes = "```verify\nd: real\nx: real\n```\n\n$$d x + d x = 2 d x$$\n"
    (step,) = doc_steps(notes)
    assert step.verdict.value in GREEN, step.message
