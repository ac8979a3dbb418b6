r"""A catalog entry whose sum runs to ⌊K/2⌋ (redcat61).

``sum_over(sp.floor(K / 2), ...)`` in a builder that asks for its sizes made the whole entry an ERROR ("internal
error during start: PolynomialError"): the size-generic argument asked whether the sum's length is non-negative
with ``Poly(floor(K/2), K)``, which SymPy refuses. A length it cannot read as linear in the sizes is not known
to be non-negative (as any other such length): the argument gives up on that sum and the concrete sizes decide.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.forall import nonnegative
from verifier.indexed import size_symbol
from verifier.ml import sum_over
from verifier.results import Verdict


def test_a_length_that_is_not_a_polynomial_in_the_sizes_is_not_known_nonnegative() -> None:
    K = size_symbol("K")
    assert nonnegative(sp.floor(K / 2), [K]) is False
    assert nonnegative(K - 1, [K]) is True


def test_a_sum_to_half_the_size_is_checked_at_the_sizes() -> None:
    def right(b):  # type: ignore[no-untyped-def]
        K = b.size("K")
        return b.chain(sum_over(sp.floor(K / 2), lambda k: 2), 2 * sp.floor(K / 2))

    def wrong(b):  # type: ignore[no-untyped-def]
        K = b.size("K")
        return b.chain(sum_over(sp.floor(K / 2), lambda k: 2), K)  # false at every odd K

    good = check(right, sizes={"K": [2, 3, 4]})
    assert good.verdict == Verdict.PROVED, good
    bad = check(wrong, sizes={"K": [2, 3, 4]})
    assert bad.verdict == Verdict.FAILED, bad
    assert check(wrong, sizes={"K": [2, 4]}).proved_for != "all K >= 1"  # true at the even sizes only
