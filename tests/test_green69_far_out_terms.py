r"""The invisible-term check (verifier.tinygaps, wrong68's, taken back at stop 68's merge) runs only where the sample
keeps a symbol far out (green69).

wrong68's check evaluated every term of a PASSED step at every sample point: a step's other sizes lost their time
(sound37's ``\sum_i x_i^9 = \sum_i x_i^4 x_i^5`` dropped n = 7). A term stays below 10^{-15} of its sum at every point
only where the sample is far from 0 at every point (logsumexp's shift by c in (10^5, 10^6)); elsewhere it is not
evaluated. The wrong shift is SKIPPED, the right one PROVED (tests/test_wrong68_gap_below_every_precision.py)."""

from __future__ import annotations

import numpy as np
import sympy as sp
from support import check

from verifier.results import Verdict
from verifier.sampling import Sample
from verifier.tinygaps import _far_out


def _sample(*rows: list[float]) -> Sample:
    symbols = tuple(sp.Symbol(f"s{k}") for k in range(len(rows)))
    return Sample(symbols=symbols, values=np.array(rows, dtype=float))


def test_a_symbol_far_out_at_every_point_is_far_out() -> None:
    assert _far_out(_sample([0.3, -2.0, 1.5], [1e5, 4e5, 9e5]))


def test_reals_near_the_origin_are_not() -> None:
    assert not _far_out(_sample([0.3, -2.0, 1.5], [40.0, 3.0, 100.0]))


def test_a_gap_below_every_precision_far_out_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        a, c = b.real("a"), b.real("c", 1e5, 1e6)
        return b.claim(sp.log(sp.exp(a + c) + sp.exp(c)), c + sp.log(sp.exp(a) + 1) + sp.exp(-c))

    assert check(builder).verdict is Verdict.SKIPPED
