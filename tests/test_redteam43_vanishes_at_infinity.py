r"""A "root" at infinity is no value solved for (redteam43, documents.solvedprose).

misses42 reads "Its derivative $f'(x) = …$ vanishes at $x = 3$" as a root to check. "The derivative $f'(x) =
e^{-x}$ vanishes at $x = \infty$" (a limit, said loosely) made the one-link chain ``x = \infty`` linked to
``e^{-x} = 0``: ERROR "only 0 of 200 sample points had finite values". A value that writes ∞ is no root: no step,
as before misses42. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize("sentence", [
    "The derivative $f'(x) = e^{-x}$ vanishes at $x = \\infty$, so there is no minimiser.",
    "The derivative $f'(x) = -e^{x}$ vanishes at $x = -\\infty$.",
])
def test_a_value_at_infinity_is_not_checked_as_a_root(sentence: str) -> None:
    steps = doc_steps(f"# Tail\n\n{sentence}\n")
    assert all(s.verdict is not Verdict.ERROR for s in steps)
    assert all("infty" not in s.rhs_latex for s in steps)


def test_a_finite_root_after_the_same_words_is_still_checked() -> None:
    steps = doc_steps("# Root\n\nThe derivative $g'(x) = 2x - 4$ vanishes at $x = 3$.\n")
    assert steps[-1].verdict is Verdict.FAILED
