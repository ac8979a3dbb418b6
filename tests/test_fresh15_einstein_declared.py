r"""Swapped indices under a declared summation convention (documents.impliedsums).

"Repeated indices are summed (Einstein summation)" and then ``s_i A_{ik} = A_{ki} s_i``: read literally
(i free) it holds where i = k only, a case split the notes might assume (SKIPPED); read as the notes say,
summed over i, it is ``A^T s = A s`` and fails. Where the prose declares the convention, that reading
decides: FAILED. Without the declaration the case split stays SKIPPED; the right indices stay green."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_SAID = "We use Einstein summation: repeated indices are summed.\n\n"
_NOTES = ("Let $u \\in \\mathbb{R}^m$, $A$ an $m$ by $m$ matrix, $s_i = A_{ij} u_j$ and $E = \\frac12 s_i s_i$.\n\n"
          "$$\\frac{\\partial E}{\\partial u_k} = s_i A_{ik} = {claim}$$\n")


def _last(claim: str, said: str = _SAID) -> tuple[Verdict, str]:
    notes = said + _NOTES.replace("{claim}", claim)
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_swapped_indices_under_the_declared_convention_are_failed() -> None:
    verdict, message = _last("A_{ki} s_i")
    assert verdict is Verdict.FAILED, message


def test_the_right_indices_are_green() -> None:
    verdict, message = _last("A_{ik} s_i")
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


def test_without_the_declaration_the_swap_is_not_failed() -> None:
    verdict, message = _last("A_{ki} s_i", said="")
    assert verdict is not Verdict.FAILED, message
