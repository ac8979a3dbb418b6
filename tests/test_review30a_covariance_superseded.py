r"""A covariance statement says nothing of a Σ the notes then call some other matrix (review30a).

``\mathcal{N}(\mu, \Sigma)`` makes Σ symmetric for the symmetric reading (documents.covariances). Notes that go
on "Now let $\Sigma$ be an arbitrary square matrix" (or "any square matrix", "not necessarily symmetric") in
the same section or a subsection of it gave the wrong gradient ``\nabla_x x^\top\Sigma x = 2\Sigma x`` PROVED
through the covariance reading: a false green. The statement is superseded there; without such words the
covariance still reads symmetric."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.covariances import covariance_names
from verifier.results import Verdict

_STATED = "# Gaussians\n\nLet $x \\sim \\mathcal{N}(\\mu, \\Sigma)$ with $x, \\mu \\in \\mathbb{R}^d$.\n\n"
_CHAIN = "$$\\nabla_x\\, x^\\top \\Sigma x = 2\\Sigma x$$\n"


def test_an_arbitrary_matrix_after_the_covariance_is_not_symmetric() -> None:
    text = _STATED + ("Now let $\\Sigma \\in \\mathbb{R}^{d \\times d}$ be an arbitrary square matrix, not "
                      "necessarily symmetric.\n\n") + _CHAIN
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_any_matrix_in_a_subsection_is_not_symmetric() -> None:
    text = _STATED + "## Exercise\n\nLet $\\Sigma \\in \\mathbb{R}^{d \\times d}$ be any square matrix.\n\n" + _CHAIN
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_the_covariance_alone_still_is() -> None:
    text = _STATED + "The covariance $\\Sigma$ is positive definite, and for any $x$ we have\n\n" + _CHAIN
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_superseded_names() -> None:
    assert covariance_names(_STATED + "Let $A$ be arbitrary. The covariance $\\Sigma$ is fixed.") == {"Sigma"}
    assert covariance_names(_STATED + "Here $\\Sigma$ is a general matrix.") == set()
    assert covariance_names(_STATED + "Let $S$ be a non-symmetric matrix.") == {"Sigma"}
