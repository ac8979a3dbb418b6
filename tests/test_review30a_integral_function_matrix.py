r"""An integral-defined Φ does not make calls of a design matrix Φ the notes annotate (review30a).

``\Phi(a) = \int_{-\infty}^{a} …`` (the probit) makes Φ a function for the parser in the whole notes
(documents.integralfunctions). Notes on linear models that also name the design matrix Φ ("Let $\Phi \in
\mathbb{R}^{n\times m}$ be the design matrix", Bishop's notation) then had the hat-matrix step
``\Phi(\Phi^\top\Phi)^{-1}\Phi^\top\Phi w = \Phi w`` read as a call of Φ and FAILED: a false alarm. A name
the notes annotate as a vector or matrix is not made a call by an integral definition."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = (
    "# Probit\n\nThe probit activation is "
    "$\\Phi(a) = \\int_{-\\infty}^{a} \\mathcal{N}(\\theta \\mid 0, 1)\\, d\\theta$.\n\n"
    "# Least squares with basis functions\n\nLet $\\Phi \\in \\mathbb{R}^{n \\times m}$ be the design matrix, "
    "$w \\in \\mathbb{R}^m$.\n\n$$\\Phi(\\Phi^\\top \\Phi)^{-1}\\Phi^\\top \\Phi w = \\Phi w$$\n"
)


def test_the_annotated_design_matrix_multiplies() -> None:
    step = doc_steps(_NOTES)[-1]
    assert step.verdict is Verdict.PROVED, step.message
