r"""``q = 1 - p``: the complement of a probability is a definition, not an index range (fresh55).

Notes on the geometric or Bernoulli distribution write "and write $q = 1 - p$" and then use q. Both
letters are ones an index can be (i, j, k, …, p, q, r), so the line was read as a case or a range like
``k = K + 1`` and q stayed free: ``G''(1) = \frac{2pq}{(1 - q)^3} = \frac{2q}{p^2}`` was FAILED at q = 2,
p = −1 on a correct note. A name set to one minus another name that is not an i…n index letter is that
complement; ``j = 1 - i`` (the other of two indices) and ``k = K + 1`` stay as they were read. Every
example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Trials

Each trial succeeds with probability $p$, and write $q = 1 - p$.

$$\\frac{2q + p - 1}{p^2} = {rhs}$$
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("\\frac{q}{p^2}", Verdict.PROVED),
                                              ("\\frac{2q}{p^2}", Verdict.FAILED)])  # fmt: skip
def test_the_complement_is_a_definition(rhs: str, verdict: Verdict) -> None:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    assert step.verdict is verdict, step.message


def test_a_display_of_the_complement_too() -> None:
    notes = "# Odds\n\n$$r = 1 - p$$\n\n$$\\frac{p}{r} = \\frac{p}{1 - p}$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED


def test_the_other_of_two_indices_is_no_definition() -> None:
    notes = "# Pairs\n\nFor the other class $j = 1 - i$.\n\n$$a_i + a_j = 1$$\n"
    assert doc_steps(notes)[-1].verdict is not Verdict.PROVED
