r"""A link of numbers alone in a chain that uses a name defined through a FAILED link keeps its verdict (review39).

redteam39 made every green step of such a chain SKIPPED (``k(1) = 2 + 4 = 6`` after ``f'(x) = 2x + 4 =: k(x)``
FAILED): right for ``k(1) = 2 + 4``, which is green only with k read by that definition, but ``2 + 4 = 6`` holds
whatever k is, and a wrong ``2 + 4 = 7`` stays FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    Let $f(x) = x^2 - 4x$.

    $$f'(x) = 2x + 4 =: k(x)$$

    At one,

    $$k(1) = 2 + 4 = 6$$
    """


def test_the_numbers_link_keeps_its_proof() -> None:
    steps = doc_steps(NOTES)
    assert steps[0].verdict is Verdict.FAILED
    assert steps[-2].verdict is Verdict.SKIPPED  # k(1) = 2 + 4: k by a definition that does not hold
    assert "which does not hold there (FAILED)" in steps[-2].message
    assert steps[-1].verdict is Verdict.PROVED  # 2 + 4 = 6


def test_a_wrong_numbers_link_stays_failed() -> None:
    steps = doc_steps(NOTES.replace("= 6$$", "= 7$$"))
    assert steps[-1].verdict is Verdict.FAILED
