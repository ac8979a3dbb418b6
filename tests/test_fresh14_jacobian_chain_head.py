r"""A chain headed by a Jacobian entry ``\frac{\partial s_i}{\partial z_j}`` is about every i and j, link by link.

``\frac{\partial s_i}{\partial z_j} = s_i(\delta_{ij} - s_j) = s_i - s_i s_j`` drops the Kronecker delta in its
second link, which holds on the diagonal only. That link writes no derivative, so it was SKIPPED as "a case
split the notes may assume", though the chain's head (the whole Jacobian, documents.jacobiancases) says the
formula is meant for every pair of indices. Where the prose names a case, the link stays SKIPPED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Let $z \\in \\mathbb{{R}}^K$ and $s_i = e^{{z_i}} / \\sum_{{k=1}}^K e^{{z_k}}$.\n\n{prose}\n"
    "$$\\frac{{\\partial s_i}}{{\\partial z_j}} = s_i(\\delta_{{ij}} - s_j) = {right}$$\n"
)


def _last(right: str, prose: str = "Differentiating,") -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(prose=prose, right=right), "notes.md").chains
             for s in ch.result.steps]  # fmt: skip
    return steps[-1].verdict, steps[-1].message or ""


def test_a_dropped_delta_mid_chain_is_failed() -> None:
    verdict, message = _last("s_i - s_i s_j")
    assert verdict is Verdict.FAILED, message


def test_the_correct_link_is_green() -> None:
    verdict, message = _last("s_i\\delta_{ij} - s_i s_j")
    assert verdict in GREEN, message


def test_a_case_the_prose_names_keeps_it_skipped() -> None:
    verdict, message = _last("s_i - s_i s_j", prose="On the diagonal, for $i = j$,")
    assert verdict is not Verdict.FAILED, message
