r"""A number the later member writes that the earlier one computes exactly is that value, not a rounding.

"$\frac{1 - 0.9^5}{1 - 0.9} = \frac{1 - 0.6561}{0.1} = 3.439$" (fresh28's speculative decoding: 0.9⁴ written for
0.9⁵) was PASSED "within the rounding of the numbers written" (documents.propagated): 0.1, not written in the
earlier member, was taken as a rounding of anything in 0.05…0.15, which moves the quotient by a third. It is
1 − 0.9, which the earlier member computes exactly: an exact input both share. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.propagated import propagated_slack

GREEN = ("PROVED", "PASSED")


def test_a_difference_the_earlier_member_computes_is_exact() -> None:
    slack = propagated_slack(r"\frac{1 - 0.9^5}{1 - 0.9}", r"\frac{1 - 0.6561}{0.1}", 3.439)
    assert slack is not None and slack < 0.01


@pytest.mark.parametrize("notes", [
    "$$\\frac{1 - 0.9^5}{1 - 0.9} = \\frac{1 - 0.6561}{0.1} = 3.439$$\n",
    "$$\\frac{2.5}{1 + 0.25} = \\frac{2.5}{1.5} = 1.667$$\n",
])
def test_a_wrong_worked_link_with_an_exact_carry_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[0].verdict.value == "FAILED", [s.message for s in steps]


@pytest.mark.parametrize("notes", [
    "$$\\frac{1 - 0.9^5}{1 - 0.9} = \\frac{1 - 0.59049}{0.1} = 4.0951$$\n",
    "$$\\frac{e^{-0.5}}{1 - 0.9} = \\frac{0.6065}{0.1} = 6.065$$\n",
])
def test_a_right_worked_link_stays_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]
