r"""``\sum_{j \neq i}``: the condition compares two indices, it uses none as a number.

A loss summed off the diagonal, ``\mathcal{L} = \sum_i (1 - C_{ii})^2 + \lambda \sum_i \sum_{j \neq i} C_{ij}^2``, is
read with the condition ``Ne(i, j)`` in a Piecewise. The doubt "the notes' definition of L uses an index as a
number (a typo in that definition?)" walked into that condition, so every FAILED step reaching L was SKIPPED — a
sign slip in ``\partial\mathcal{L}/\partial C_{ii}`` among them (fresh39: a Barlow Twins note).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Off-diagonal penalty

$$\\mathcal{{L}} = \\sum_{{i}} \\left(1 - C_{{ii}}\\right)^2 + \\lambda \\sum_{{i}} \\sum_{{j \\neq i}} C_{{ij}}^2 .$$

The invariance term gives $\\frac{{\\partial \\mathcal{{L}}}}{{\\partial C_{{ii}}}} = {right}$.
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_the_diagonal_derivative_is_proved() -> None:
    assert _last("-2\\left(1 - C_{ii}\\right)") is Verdict.PROVED


def test_a_sign_slip_fails() -> None:
    assert _last("2\\left(1 - C_{ii}\\right)") is Verdict.FAILED
