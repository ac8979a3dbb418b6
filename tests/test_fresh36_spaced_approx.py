r"""``0.2 + 0.8\,e^{-3} \approx 0.2 + 0.0398``: a thin space between numbers leaves a formula of numbers alone.

An ``\approx`` between two formulas of numbers, with a decimal in one, is a rounding of each term, checked as ``=``
(documents.roundedapprox). A spacing command (``\,``, ``\;``, ``\!``, ``\quad``) counted as a name there, so the
link stayed "not an equality" and a wrong term after it was never looked at (fresh36).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Zeros

With $\\pi = 0.2$ and $\\lambda = 3$ the chance of a zero count is

$$q = 0.2 + 0.8\\,e^{{-3}} \\approx 0.2 + {term} .$$
"""


def _last(term: str) -> Verdict:
    return doc_steps(_NOTES.format(term=term))[-1].verdict


def test_the_right_rounding_is_green() -> None:
    assert _last("0.0398") in (Verdict.PASSED, Verdict.PROVED)


def test_a_wrong_term_fails() -> None:
    assert _last("0.0498") is Verdict.FAILED
