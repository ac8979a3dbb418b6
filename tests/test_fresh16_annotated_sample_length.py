r"""A bold sample annotated at its subscript gives the samples' length (documents.samplelength).

fresh16's attention note writes "$\mathbf{q} \in \mathbb{R}^d$ … $\mathbf{k}_1, \dots, \mathbf{k}_n \in
\mathbb{R}^d$ the keys" and ``s_j = \mathbf{q}^\top\mathbf{k}_j/\sqrt{d}``: the keys are read as a family of
sample vectors, but their length was a size of its own, so ``\mathbf{q}^\top\mathbf{k}_j`` multiplied a
1×2 row by a 3×1 column and every softmax step after it was SKIPPED ("the shapes inferred … do not fit").
The annotation of one sample (``\mathbf{k}_j \in \mathbb{R}^d``, or a list of them) says each is d long."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Let $\\mathbf{{q}} \\in \\mathbb{{R}}^d$ be a query and ${keys} \\in \\mathbb{{R}}^d$ the keys. The scores are\n\n"
    "$$ s_j = \\frac{{\\mathbf{{q}}^\\top \\mathbf{{k}}_j}}{{\\sqrt{{d}}}}, $$\n\n"
    "and the weights are\n\n$$ a_j = \\frac{{\\exp(s_j)}}{{\\sum_{{l=1}}^{{n}} \\exp(s_l)}}. $$\n\n"
    "Then\n\n$$ \\frac{{\\partial a_j}}{{\\partial s_i}} = {claim}. $$\n"
)
_KEYS = ["\\mathbf{k}_1, \\dots, \\mathbf{k}_n", "\\mathbf{k}_j"]


def _last(keys: str, claim: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(keys=keys, claim=claim), "notes.md").chains
             for s in ch.result.steps]  # fmt: skip
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("keys", _KEYS)
def test_the_softmax_derivative_is_checked(keys: str) -> None:
    verdict, message = _last(keys, "a_j (\\delta_{ij} - a_i)")
    assert verdict in GREEN, message


@pytest.mark.parametrize("keys", _KEYS)
def test_a_swapped_index_is_failed(keys: str) -> None:
    verdict, message = _last(keys, "a_j (\\delta_{ij} - a_j)")
    assert verdict is Verdict.FAILED, message
