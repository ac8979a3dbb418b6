r"""A diagonal matrix is not the gradient of a number (review19a).

``\partial \mathrm{ReLU}(\mathbf{z})/\partial\mathbf{z} = \mathbb{1}[\mathbf{z} > 0]``: a diagonal
Jacobian written as the vector of its diagonal is read so (``steps._diagonal``). The reading also
took the other way round, a gradient of a *scalar* against a diagonal matrix: ``\partial(\mathbf{w}
\cdot \mathbf{x})/\partial\mathbf{w} = \operatorname{diag}(\mathbf{x})`` (the dot product's gradient
taken entry by entry, a wrong layout) was PROVED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


_SCORE = "# Score\n\n$$\\frac{\\partial (\\mathbf{w}^\\top \\mathbf{x})}{\\partial \\mathbf{w}} = RHS$$\n"


@pytest.mark.parametrize("wrong", [r"\operatorname{diag}(\mathbf{x})", r"\operatorname{diag}(\mathbf{w})"])
def test_the_gradient_of_a_score_is_no_diagonal_matrix(wrong: str) -> None:
    text = _SCORE.replace("RHS", wrong)
    (step,) = doc_steps(text, "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_SCORE.replace("RHS", r"\mathbf{x}"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_a_diagonal_jacobian_written_as_its_diagonal_is_still_read() -> None:
    text = "# Tanh\n\n$$\\frac{\\partial \\tanh(\\mathbf{z})}{\\partial \\mathbf{z}} = 1 - \\tanh^2(\\mathbf{z})$$\n"
    (step,) = doc_steps(text, "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
