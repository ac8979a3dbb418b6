r"""A bold sample and its plain entries (documents.sampleentries): ``\mathbf{x}_i`` has entries ``x_{ij}``.

Notes write sample i bold and its entries plain with a second index, ``\mathbf{w}^T\mathbf{x}_i = \sum_j w_j
x_{ij}``. Read literally the family ``x^{(i)}`` and the matrix ``x`` were unrelated, and such steps were
SKIPPED. The entries' indices say which slot is the sample's (``x_{ij}``: row i; ``x_{ji}``: column i); a
step that fails under the reading is never FAILED, and nothing is read where the indices do not show it.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize(
    "chain",
    [
        r"\mathbf{w}^T \mathbf{x}_i = \sum_j w_j x_{ij}",
        r"\mathbf{x}_n^T \mathbf{v} = \sum_{k=1}^d x_{nk} v_k",
        r"\|\mathbf{x}_i\|^2 = \sum_j x_{ij}^2",
        r"\mathbf{w}^T \mathbf{x}_i = \sum_j w_j x_{ji}",  # column i: the sample index second
    ],
    ids=["row", "row-other-letters", "norm", "column"],
)
def test_a_bold_sample_is_the_vector_of_its_plain_entries(chain: str) -> None:
    (step,) = doc_steps(f"$${chain}$$\n")
    assert step.verdict in GREEN, step.message
    assert "the bold sample read as the vector of the plain entries" in step.message


@pytest.mark.parametrize(
    "chain",
    [
        r"\mathbf{w}^T \mathbf{x}_i = \sum_j w_j x_{ij}^2",
        r"\mathbf{w}^T \mathbf{x}_i = 2\sum_j w_j x_{ij}",
    ],
    ids=["squared-entries", "doubled"],
)
def test_a_wrong_step_under_the_reading_is_skipped_not_green(chain: str) -> None:
    (step,) = doc_steps(f"$${chain}$$\n")
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "not called FAILED" in step.message


def test_entries_that_share_no_index_with_the_sample_are_not_read() -> None:
    (step,) = doc_steps("$$\\mathbf{w}^T \\mathbf{x}_k = \\sum_j w_j x_{ij}$$\n")
    assert step.verdict is not Verdict.FAILED or "plain entries" not in step.message
    assert "the bold sample read as the vector of the plain entries" not in (step.message or "")


def test_a_declared_sample_wins_over_the_reading() -> None:
    text = """```verify
x^{(q)} := (x_{:,q})
```

$$\\mathbf{w}^T \\mathbf{x}_i = \\sum_j w_j x_{ji}$$
"""
    (step,) = doc_steps(text)
    assert step.verdict in GREEN, step.message
    assert "plain entries" not in step.message
