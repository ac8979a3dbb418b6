r"""``P(Y = 0) = 0.2 + 0.8e^{-3}``: the probability of an event is no nested equation ``P \cdot (Y = 0)``.

A member with one ``=`` inside parentheses is read as a nested equation, ``s(a = b)`` → ``s(a) = s(b)``
(documents.readings). Before a probability's bracket that made ``P(Y = 0)`` the step ``P(Y) = P(0)`` — a claim
nobody wrote, at the head of every count-model note's worked number (fresh36). The event stays whole: the member
is unread and the rest of the chain is checked as before.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.readings import split_nested_equation
from verifier.results import Verdict


def test_no_step_compares_the_halves_of_an_event() -> None:
    steps = doc_steps("""
    # Counts

    With $\\pi = 0.2$ and $\\lambda = 3$,

    $$P(Y = 0) = 0.2 + 0.8\\,e^{-3} \\approx 0.2 + 0.0398 = 0.2398$$
    """)
    assert all("P(Y)" not in s.lhs_latex and "P(0)" not in s.rhs_latex for s in steps)
    assert steps[-1].verdict is Verdict.PROVED


def test_events_are_not_split_but_a_scaled_equation_is() -> None:
    for event in ("P(Y = 0)", "\\Pr(X = k)", "\\mathbb{P}(Z = 1)", "p(y = 1 \\mid x)", "\\Pr\\left(X = 2\\right)"):
        assert split_nested_equation(event) is None, event
    scaled = split_nested_equation("2 \\cdot \\left(a = b\\right)")
    assert scaled == ("2 \\cdot \\left(a\\right)", "2 \\cdot \\left(b\\right)")
