"""A value the prose solves a system of equations for ("Solving $A$ and $B$ gives $x = c$"): the value is checked
against the system solved together (documents.solvedsystem, cover67b): right PROVED, wrong FAILED, and a system
that does not fix the value (fewer equations than unknowns, not linear) never green."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_BELLMAN = """
# Policy evaluation

With $\\gamma = 0.9$ and the rewards $1$ and $2$ of the two states,

Solving $V(s_1) = 1 + 0.9 V(s_2)$ and $V(s_2) = 2 + 0.9 V(s_1)$ gives $V(s_1) = {value}$.
"""


@pytest.mark.parametrize(
    ("value", "verdict"), [("\\frac{2.8}{0.19}", Verdict.PROVED), ("\\frac{2.9}{0.19}", Verdict.FAILED)]
)
def test_bellman_values_solved_together_are_checked(value: str, verdict: Verdict) -> None:
    steps = doc_steps(_BELLMAN.format(value=value))
    assert [s.verdict for s in steps] == [verdict], [s.message for s in steps]


@pytest.mark.parametrize(("value", "verdict"), [("1", Verdict.PROVED), ("2", Verdict.FAILED)])
def test_two_plain_equations_solved_together(value: str, verdict: Verdict) -> None:
    steps = doc_steps(f"Solving $2x + y = 3$ and $x - y = 0$ gives $x = {value}$.")
    assert [s.verdict for s in steps] == [verdict], [s.message for s in steps]


@pytest.mark.parametrize(("value", "verdict"), [("\\frac{3}{2}", Verdict.PROVED), ("2", Verdict.FAILED)])
def test_three_equations_joined_by_commas_and_and(value: str, verdict: Verdict) -> None:
    steps = doc_steps(f"Solving $x + y + z = 6$, $x - y = 0$ and $z = x + y$ gives $x = {value}$ here.")
    assert [s.verdict for s in steps] == [verdict], [s.message for s in steps]


@pytest.mark.parametrize("system", ["$x + y + z = 6$ and $x - y = 0$", "$x^2 + y = 2$ and $x - y = 0$"])
def test_a_system_that_does_not_fix_the_value_is_never_green(system: str) -> None:
    steps = doc_steps(f"Solving {system} gives $x = 1$.")
    assert steps and all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps), [s.message for s in steps]
