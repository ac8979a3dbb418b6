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


DISPLAY = "Take\n\n$$f(x) = x^2, \\quad f'(x) = RHS$$\n"


@pytest.mark.parametrize(("rhs", "verdict"), [("2x", Verdict.PROVED), ("3x", Verdict.FAILED)])
def test_a_definition_opening_a_display_line_holds_for_the_chains_after_it(rhs: str, verdict: Verdict) -> None:
    r"""``$$f(x) = x^2, \quad f'(x) = 3x$$``: the display is split at ``\quad`` into two chains on one
    line; the claim was SKIPPED ("f is not defined in the notes") as if the definition beside it were
    not there."""
    steps = doc_steps(DISPLAY.replace("RHS", rhs))
    claim = [s for s in steps if "'" in s.lhs_latex]
    assert len(claim) == 1
    assert claim[0].verdict is verdict, claim[0].message


def test_a_definition_after_a_claim_on_its_display_line_holds_from_the_next_line_only() -> None:
    r"""``$$f'(x) = 3x, \quad f(x) = x^2$$``: the claim comes first on its line; it keeps not knowing f."""
    steps = doc_steps("Take\n\n$$f'(x) = 3x, \\quad f(x) = x^2$$\n")
    claim = [s for s in steps if "'" in s.lhs_latex]
    assert len(claim) == 1
    assert claim[0].verdict is Verdict.SKIPPED, claim[0].message


def test_a_definition_anew_is_not_checked_against_itself() -> None:
    r"""A display that defines a name again (``$$p(y) = y^3$$`` after ``$$p(y) = y^2$$``) is checked
    against the earlier definition, never against itself: marking its own definition as holding on its
    line made it PROVED as ``y^3 = y^3``."""
    steps = doc_steps("Let\n\n$$p(y) = y^2$$\n\nand later\n\n$$p(y) = y^3, \\quad p'(y) = 3y^2$$\n")
    anew = [s for s in steps if s.lhs_latex.strip() == "p(y)"]
    assert [s.verdict for s in anew] == [Verdict.SKIPPED, Verdict.SKIPPED], [s.message for s in anew]


def test_a_formula_stating_nothing_before_a_definition_does_not_stop_it_opening_its_line() -> None:
    r"""``Softmax with temperature $T$: $p_i = …$, and $\frac{\partial p_i}{\partial z_i} = …$``: ``$T$``
    names a number, it is no claim, so the definition of p still comes before every claim of the line."""
    text = r"With temperature $T$: $p = e^{z/T}$, and $q' = 1$."
    assert opens_its_line(text, text.index("$p ="))
    assert not opens_its_line(text, text.index("$q'"), frozenset())
    claim_first = r"So $f'(x) = 2x$ for $f(x) = x^2$."
    assert not opens_its_line(claim_first, claim_first.index("$f(x)"))
