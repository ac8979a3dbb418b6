r"""review30c: the size past a chain's numbers (redteam25) must not cost a correct deep sum its verdict.

A sized chain is also checked at one size past the largest number it writes (up to 31). A four-index
contraction ``\sum_{i,j,k,l} 20 A_{ij} B_{jk} C_{kl} D_{li}`` then has 31^4 terms: the correct step,
PROVED in half a second, was a TIMEOUT (and the triple sum took 17 s instead of 0.4). Where the sums
nest deeper than two, only a number inside a threshold (max, min, an indicator, a floor, ...) is taken
past: a constant factor is no threshold. Examples written here.
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.pastnumbers import past_the_numbers

i, j, k, n = sp.symbols("i j k n", integer=True, positive=True)
A = sp.IndexedBase("A")


def _triple(term: sp.Expr) -> sp.Expr:
    return sp.Sum(term, (i, 1, n), (j, 1, n), (k, 1, n))


def test_a_constant_factor_of_a_deep_sum_is_no_threshold() -> None:
    assert past_the_numbers([_triple(20 * A[i, j] * A[j, k])], [3, 5]) is None


def test_a_threshold_in_a_deep_sum_is_still_taken_past() -> None:
    assert past_the_numbers([_triple(sp.Max(0, i - 20) * A[i, j])], [3, 5]) == 21


def test_a_shallow_sum_keeps_every_number() -> None:
    assert past_the_numbers([sp.Sum(20 * A[i, j], (i, 1, n), (j, 1, n))], [3, 5]) == 21


def test_a_four_index_contraction_is_proved_in_notes() -> None:
    lhs = r"\sum_{i=1}^{n}\sum_{j=1}^{n}\sum_{k=1}^{n}\sum_{l=1}^{n} 20 A_{ij} B_{jk} C_{kl} D_{li}"
    rhs = r"20 \sum_{l=1}^{n}\sum_{i=1}^{n}\sum_{j=1}^{n}\sum_{k=1}^{n} D_{li} A_{ij} B_{jk} C_{kl}"
    steps = doc_steps(f"\n    # Contraction\n\n    $${lhs} = {rhs}$$\n")
    assert [s.verdict.value for s in steps] == ["PROVED"], steps


def test_a_threshold_in_a_triple_sum_is_failed_in_notes() -> None:
    steps = doc_steps(
        r"""
    # Threshold

    $$\sum_{i=1}^{n}\sum_{j=1}^{n}\sum_{k=1}^{n} \max(0, i - 20) = 0$$
"""
    )
    assert [s.verdict.ok for s in steps] == [False], steps
