r"""A vector the notes annotate with one size that a step uses at another is no green step (sound57).

"Let $\mathbf x \in \mathbb{R}^N$ and $\mathbf w \in \mathbb{R}^K$", then ``\sum_k w_k = \sum_{k=1}^{N} w_k`` (N for
K, a slip): inference unifies the sizes the step needs, w became a vector[N] "(annotated \in \mathbb{R}^{K})", and
the step was PROVED — as ``\det(AB) = \det A \det B`` was for A annotated m×n before documents.squared. Nothing says
N = K: a green step that writes such a vector is SKIPPED, naming the equality it needs; a failing one stays FAILED,
and a vector used at its own size is as before. Every note here is written for this test."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Two sizes

Let $\\mathbf x \\in \\mathbb{R}^N$ and $\\mathbf w \\in \\mathbb{R}^K$,
and let $\\bar w = \\frac{1}{K}\\sum_{k=1}^{K} w_k$.

$$
STEP
$$
"""


@pytest.mark.parametrize("step", [r"\sum_k w_k = \sum_{k=1}^{N} w_k", r"\sum_{k=1}^{N} (w_k - \bar w) = 0"])
def test_a_vector_summed_to_another_named_size_is_not_green(step: str) -> None:
    result = doc_steps(_NOTES.replace("STEP", step))[-1]
    assert result.verdict is Verdict.SKIPPED, result.message
    assert "K" in result.message and "N" in result.message, result.message


@pytest.mark.parametrize("step", [r"\sum_k w_k = \sum_{k=1}^{K} w_k", r"\sum_{k=1}^{K} (w_k - \bar w) = 0"])
def test_a_vector_at_its_own_size_stays_proved(step: str) -> None:
    result = doc_steps(_NOTES.replace("STEP", step))[-1]
    assert result.verdict is Verdict.PROVED, result.message
