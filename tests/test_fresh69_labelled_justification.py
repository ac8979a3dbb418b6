r"""A step labelled ``\overset{(a)}{=}`` and justified under the display: "where (a) uses $\bar x = …$" (fresh69).

"where $\bar x = \frac1n\sum_i x_i$" after a display is a hypothesis of its steps; written as a textbook writes a
labelled step's justification, "where (a) uses $…$" (or "(a) follows from", "(a) is by"), the formula was not
found, and in a chain continued over several displays the step with x̄ was SKIPPED ("xbar appears on one side
only").
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTE = r"""
For data $x_1, \dots, x_n$ and $\sigma > 0$,

$$
g = -\frac{{1}}{{\sigma^2}}\sum_{{i=1}}^n (x_i - \mu)
$$

$$
= -\frac{{1}}{{\sigma^2}}\left(\sum_{{i=1}}^n x_i - n\mu\right)
$$

$$
\overset{{(a)}}{{=}} {sign}\frac{{n}}{{\sigma^2}}\,(\bar x - \mu)
$$

where (a) {verb} $\bar x = \frac{{1}}{{n}}\sum_{{i=1}}^n x_i$.
"""


@pytest.mark.parametrize("verb", ["uses", "follows from", "is by"])
def test_a_labelled_steps_justification_is_its_hypothesis(verb: str) -> None:
    got = doc_steps(NOTE.format(verb=verb, sign="-"))
    assert got[-1].verdict is Verdict.PROVED
    assert r"under the hypothesis \bar x = \frac{1}{n}" in got[-1].message


def test_a_wrong_labelled_step_is_not_green() -> None:
    # FAILED under the hypothesis; the step read without it (x̄ unknown) is SKIPPED, as after a plain "where"
    got = doc_steps(NOTE.format(verb="uses", sign=""))
    assert got[-1].verdict in (Verdict.FAILED, Verdict.SKIPPED)


def test_where_then_a_parenthesis_that_is_no_label_is_left_alone() -> None:
    # "where (as before) $…$" names no labelled step: the words between are not a justification's
    text = NOTE.format(verb="uses", sign="-").replace("where (a) uses", "where (as we saw) it equals")
    assert "under the hypothesis" not in doc_steps(text)[-1].message
