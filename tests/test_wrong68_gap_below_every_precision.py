r"""A difference of the sides too small even for the exact evaluation: logsumexp's shift by c in (10^5, 10^6).

``\log(e^{a+c} + e^c) = c + \log(e^a + 1) + e^{-c}`` with c in (10^5, 10^6) (a catalog entry; redcat67 left it) was
PASSED: the gap e^{-c} is a relative 10^{-43429} or less, below float64, the balls and mpmath, and below the
1600 digits at which verifier.tinygaps evaluates the exact difference. SymPy's simplify leaves -e^{-c}, a real
number other than 0 at every sample point; the exact difference could not be decided there. The step is not
green: SKIPPED, with the simplified gap and its size. The right shift stays PROVED.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.results import Verdict


def _lse(lo: float, hi: float, gap: bool):  # type: ignore[no-untyped-def]
    def builder(b):  # type: ignore[no-untyped-def]
        a, c = b.real("a"), b.real("c", lo, hi)
        right = c + sp.log(sp.exp(a) + 1)
        return b.claim(sp.log(sp.exp(a + c) + sp.exp(c)), right + sp.exp(-c) if gap else right)

    return builder


def test_logsumexp_shift_off_by_a_gap_below_every_precision_is_not_green() -> None:
    result = check(_lse(1e5, 1e6, gap=True))
    assert result.verdict is Verdict.SKIPPED, result.steps[0].method
    assert "exp(-c)" in result.steps[0].message, result.steps[0].message


def test_logsumexp_shift_by_a_million_off_by_a_tiny_factor_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        a, c = b.real("a"), b.real("c", 1e5, 1e6)
        return b.claim(sp.log(sp.exp(a + c) + sp.exp(c)), c + sp.log((sp.exp(a) + 1) * (1 + sp.exp(-2 * c))))

    result = check(builder)
    assert not result.verdict.ok, result.steps[0].method


def test_logsumexp_shift_written_right_stays_green() -> None:
    assert check(_lse(1e5, 1e6, gap=False)).verdict.ok


def test_a_gap_the_exact_difference_shows_keeps_its_message() -> None:
    result = check(_lse(1e3, 1e4, gap=True))
    assert result.verdict is Verdict.SKIPPED
    assert "the sides differ by" in result.steps[0].message
