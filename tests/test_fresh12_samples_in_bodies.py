r"""Bold samples written only in a definition the chain reaches are vectors there too.

``s_j = \mathbf{q}^\top\mathbf{k}_j`` (keys ``\mathbf{k}_j``, never ``\mathbf{k}`` alone: samples, each a
vector), then ``\partial a_j/\partial s_l = a_j(\delta_{jl} - a_l)`` with ``a`` the softmax of the s: the
chain writes no bold k, so k's samples were read as numbers in s's body, ``q^\top k_j`` as an
entry-wise product of two rows, and the step SKIPPED ("the entries of family s are not scalars")."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("Query $\\mathbf{u} \\in \\mathbb{R}^m$, items $\\mathbf{v}_1, \\dots, \\mathbf{v}_K \\in \\mathbb{R}^m$, "
          "scores $z_c = \\mathbf{u}^\\top \\mathbf{v}_c$ and weights $w_c = e^{z_c} / \\sum_{b=1}^K e^{z_b}$.\n\n"
          "$$\\frac{\\partial w_c}{\\partial z_b} = {}$$\n")  # fmt: skip


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_the_softmax_jacobian_over_sample_scores_is_checked() -> None:
    verdict, message = _verdict("w_c(\\delta_{cb} - w_b)")
    assert verdict in GREEN, message


@pytest.mark.parametrize("wrong", ["w_c(\\delta_{cb} + w_b)", "w_c(\\delta_{cb} - w_c)", "w_c\\delta_{cb}"])
def test_a_wrong_jacobian_is_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict == Verdict.FAILED, message
