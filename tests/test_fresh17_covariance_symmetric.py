r"""A normal distribution's covariance is symmetric (documents.covariances, in doubts._said_symmetric).

Notes write ``\mathcal{N}(\mu, \Sigma)`` once and differentiate a quadratic form in Σ later, where the
gradient ``2\Sigma x`` holds only because a covariance is symmetric; without the word "symmetric" just
before the chain the step was FAILED. The symmetric reading is tried for the name written as a normal
distribution's covariance anywhere in the notes; other matrices keep the FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.covariances import covariance_names
from verifier.results import Verdict

_NOTES = ("Let $\\mathbf{x} \\sim \\mathcal{N}(\\boldsymbol{\\mu}, {COV})$ with $\\mathbf{x} \\in \\mathbb{R}^d$.\n\n"
          "## Quadratic forms\n\nThe gradient of the quadratic form is\n\n"
          "$$\\nabla_{\\mathbf{x}}\\, \\mathbf{x}^\\top \\Sigma\\, \\mathbf{x} = 2\\Sigma\\mathbf{x}$$\n")


def test_the_covariance_is_read_symmetric() -> None:
    step = doc_steps(_NOTES.replace("{COV}", "\\Sigma"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "covariance" in (step.message or "")


def test_a_matrix_that_is_no_covariance_is_not() -> None:
    step = doc_steps(_NOTES.replace("{COV}", "\\sigma^2 I"))[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_the_covariance_names() -> None:
    text = ("$\\mathcal{N}(\\bm\\mu, \\Sigma)$, $\\mathcal N(\\mathbf{0}, \\Lambda^{-1})$, "
            "$\\mathcal{N}(\\mu, \\sigma^2)$, $\\mathcal{N}(x; m, \\mathbf{S})$")
    assert covariance_names(text) == {"Sigma", "Lambda", "S"}


def test_another_sections_covariance_is_not() -> None:
    text = "# Part 1\n\n" + _NOTES.replace("{COV}", "\\Sigma").replace("## Quadratic forms", "# Part 2")
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.FAILED, step.message
