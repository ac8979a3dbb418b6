r"""A name the notes define as the inverse of another takes its shape from where it is used (shapes.definitions).

"The precision is $P = S^{-1}$", then ``(x - μ)^T P (x - μ) = tr(P (x - μ)^T (x - μ))`` (the trace trick with
the outer product written as an inner one) was PROVED: P is a matrix where it stands, between two vectors, but
the definition's body ``S^{-1}`` had no shape to give back, so S stayed a number and both sides were
``S^{-1}‖x − μ‖²``. The inverted name of a matrix's definition is a square matrix of its size."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = ("Let $\\mathbf{x} \\in \\mathbb{R}^d$. The precision is ${P} = {S}^{-1}$.\n\n"
          "$$(\\mathbf{x} - \\boldsymbol{\\mu})^\\top {P} (\\mathbf{x} - \\boldsymbol{\\mu}) = "
          "\\operatorname{tr}\\left({P} {OUTER}\\right)$$\n")
_INNER = "(\\mathbf{x} - \\boldsymbol{\\mu})^\\top(\\mathbf{x} - \\boldsymbol{\\mu})"
_OUTER = "(\\mathbf{x} - \\boldsymbol{\\mu})(\\mathbf{x} - \\boldsymbol{\\mu})^\\top"


def _notes(p: str, s: str, outer: str) -> str:
    return _NOTES.replace("{P}", p).replace("{S}", s).replace("{OUTER}", outer)


@pytest.mark.parametrize(("p", "s"), [("P", "S"), ("\\Lambda", "\\Sigma")])
def test_the_inner_product_for_the_outer_one_is_not_green(p: str, s: str) -> None:
    step = doc_steps(_notes(p, s, _INNER))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "matrix" in (step.message or ""), step.message


@pytest.mark.parametrize(("p", "s"), [("P", "S"), ("\\Lambda", "\\Sigma")])
def test_the_trace_trick_is_proved(p: str, s: str) -> None:
    step = doc_steps(_notes(p, s, _OUTER))[-1]
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
