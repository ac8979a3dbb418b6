"""False greens found by redteam6 in index notation: an index repeated within a term on one side only
(summed by Einstein's rule) is not kept free so that another index can be summed in its place."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def test_a_delta_contracted_on_the_wrong_index_is_not_green() -> None:
    # Einstein: delta_ij x_j = x_i. Writing x_j keeps the repeated j free and sums the lone i instead
    # (sum_i delta_ij x_j = x_j), which no reader of the convention would do.
    steps = doc_steps(
        r"""
        Using Einstein summation over repeated indices:

        $$\delta_{ij} x_j = x_i$$

        $$\delta_{ij} x_j = x_j$$

        $$-y_k + y_i \hat{y}_k = -y_k + \sum_i y_i \hat{y}_k$$
        """,
        "notes.md",
    )
    assert steps[0].verdict in _GOOD, steps[0].message
    assert steps[1].verdict not in _GOOD, steps[1].message
    assert steps[2].verdict in _GOOD, steps[2].message
