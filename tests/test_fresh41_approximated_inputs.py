r"""Decimals a chain introduces with ``\approx`` are roundings for the links after it too.

"$\sum_i w_i \approx 1.2345 + 2.3456 = 3.5802$": the ``\approx`` says the two terms are rounded values of the
sum's terms, and the author added the unrounded ones (3.58015…, written 3.5802), while the terms as written give
3.5801. The ``=`` that follows is no slip anyone can show from the digits: within what the terms' rounding carries
it is not called FAILED (fresh41: an EM step's weighted sums). Farther off it stays FAILED; without the
``\approx`` nothing says the terms are rounded, and it stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _last(chain: str) -> Verdict:
    return doc_steps(f"# Sums\n\nPlugging in, ${chain}$.\n")[-1].verdict


def test_an_equality_after_an_approximation_carries_the_rounding() -> None:
    assert _last("\\sum_i w_i \\approx 1.2345 + 2.3456 = 3.5802") is Verdict.SKIPPED
    assert _last("\\sum_i w_i \\approx -0.9820 + 0 + 0.0540 = -0.9281") is Verdict.SKIPPED


def test_far_off_after_an_approximation_still_fails() -> None:
    assert _last("\\sum_i w_i \\approx 1.2345 + 2.3456 = 3.5901") is Verdict.FAILED


def test_without_an_approximation_the_terms_are_exact() -> None:
    assert _last("1.2345 + 2.3456 = 3.5802") is Verdict.FAILED
