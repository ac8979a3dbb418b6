r"""An inline equation the prose states as a goal ("In order for $…$, we would need", "we need
$…$", "we want $…$") is what the notes set out to reach, not a claim that holds: it is never
checked as an identity (a goal that holds only under a hypothesis of another part of the notes
was PROVED). Every example is written here."""

from __future__ import annotations

from support import doc_steps


def test_an_equation_after_in_order_for_is_a_goal_not_a_claim() -> None:
    steps = doc_steps(r"""
    In order for $a^2 + b^2 = (a + b)^2$, we would need $ab = 0$.
    """)
    assert steps == [], [(s.lhs_latex, s.verdict.value) for s in steps]


def test_an_equation_after_we_want_is_a_goal() -> None:
    steps = doc_steps(r"""
    We want $a^2 + b^2 = (a + b)^2$ to hold, which needs $ab = 0$.
    """)
    assert all(s.lhs_latex != "a^2 + b^2" for s in steps), [(s.lhs_latex, s.verdict.value) for s in steps]


def test_a_stated_inline_identity_is_still_a_claim() -> None:
    (step,) = doc_steps(r"""
    Expanding, $(a + b)^2 - 2ab = a^2 + b^2$ for all reals.
    """)
    assert step.verdict.value == "PROVED", step.message
