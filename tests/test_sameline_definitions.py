r"""Definitions one after another at the start of a line hold for the claims after them on that line.

"Let $L = \frac12(y - t)^2$ with $y = w x$. Then $\frac{\partial L}{\partial w} = (y - t) x$." A reader
takes both definitions for the claim that follows them. Only the first used to count (it opens the
line); y was then an unknown that "may depend on w" and the step was SKIPPED whatever it said. A
definition that follows a claim on its line still holds from the next line only."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.sameline import opens_its_line
from verifier.results import Verdict

LINE = r"Let $L = \frac{1}{2}(y - t)^2$ with $y = w x$. Then $\frac{\partial L}{\partial w} = RHS$." + "\n"


@pytest.mark.parametrize(("rhs", "verdict"), [("(y - t) x", Verdict.PROVED), ("(t - y) x", Verdict.FAILED)])
def test_definitions_in_a_row_hold_for_the_claim_after_them(rhs: str, verdict: Verdict) -> None:
    steps = [s for s in doc_steps(LINE.replace("RHS", rhs)) if "partial" in s.lhs_latex]
    assert len(steps) == 1
    assert steps[0].verdict is verdict, steps[0].message


def test_only_definitions_may_come_before() -> None:
    text = r"We get $f'(x) = 2x$ for $g(x) = x^2$ and $h = 1$."
    assert opens_its_line(text, text.index("$f'"))
    # a claim comes first: the definitions after it do not open the line
    assert not opens_its_line(text, text.index("$g(x)"), frozenset())
    # the definition of g is one: what follows it may count it as leading
    g = text.index("$g(x)")
    g_end = text.index("$", g + 1) + 1
    assert not opens_its_line(text, text.index("$h"), frozenset({(g, g_end)}))
    first = r"Let $g(x) = x^2$ and $h = 1$."
    g = first.index("$g(x)")
    assert opens_its_line(first, first.index("$h"), frozenset({(g, first.index("$", g + 1) + 1)}))
