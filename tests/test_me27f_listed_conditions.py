r"""A formula listed after another under one condition cue is a condition too.

"Write the thin SVD $X = USV^T$ with $U^TU = I$, $V^TV = VV^T = I$ and …": the second formula states that V is
orthogonal, as the first states U's columns orthonormal; only the words right before a formula were read, so
``V^TV = VV^T`` was checked as an identity — and, read with square matrices, FAILED (a false alarm on a
correct note). A formula after a sentence that goes on in words ("if $A$ is symmetric, $\nabla f = 2Ax$") is
still a claim. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.claims import condition_before


def test_a_formula_listed_under_with_is_not_checked() -> None:
    notes = r"Write the thin SVD $X = USV^T$ with $U^TU = I$, $V^TV = VV^T = I$ and $S$ diagonal."
    assert [s for s in doc_steps(notes) if s.verdict.value == "FAILED"] == []


def test_the_cue_reaches_over_listed_formulas_only() -> None:
    assert condition_before(r"with $U^TU = I$, ")
    assert condition_before(r"where $a = 1$ and ")
    assert not condition_before(r"if $A$ is symmetric, ")
    assert not condition_before(r"We have $a = 1$, ")


def test_an_inline_matrix_property_in_a_latex_document_is_not_refuted_by_square_shapes(tmp_path) -> None:
    # in a .tex document the same sentence reached the square-shapes refutation (its text found differently)
    from verifier.documents.check import check_document
    from verifier.engine import Settings

    tex = tmp_path / "svd.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        "Write the thin SVD $X = U S V^{\\mathsf{T}}$ with $U^{\\mathsf{T}}U = I$,\n"
        "$V^{\\mathsf{T}}V = VV^{\\mathsf{T}} = I$ and $S$ diagonal.\n\\end{document}\n"
    )
    check = check_document(tex, Settings())
    assert [s for c in check.chains for s in c.result.steps if s.verdict.value == "FAILED"] == []
