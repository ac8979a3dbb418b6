r"""The sizes the prose orders: "with $n < d$" (redteam10).

Sizes the notes name (``X \in \mathbb{R}^{n \times d}``) were given small distinct defaults in the order
met, n = 3 and d = 2: a tall X. Notes about the wide case say "with $n < d$", where ``X^T X`` (d × d, rank
at most n) is singular; a step that inverts it was PROVED at sizes the notes rule out. A stated order
between two named sizes now orders their defaults (a context's sizes are left alone). Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Wide data

Here $X \in \mathbb{R}^{n \times d}$ and $y \in \mathbb{R}^n$ {order}.

$$w = (X^T X)^{-1} X^T y$$

$$X^T X w = X^T y$$
"""


def test_the_normal_equations_are_not_green_when_the_notes_make_x_wide() -> None:
    step = doc_steps(_NOTES.replace("{order}", "with $n < d$"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
    step = doc_steps(_NOTES.replace("{order}", "where $d > n$"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_normal_equations_stay_proved_for_a_tall_x() -> None:
    step = doc_steps(_NOTES.replace("{order}", "with $n > d$"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    step = doc_steps(_NOTES.replace("{order}", ""))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_denied_order_orders_nothing() -> None:
    step = doc_steps(_NOTES.replace("{order}", "(we do not assume $n < d$)"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_the_minimum_norm_solution_holds_for_a_wide_x() -> None:
    notes = _NOTES.replace("{order}", "with $n < d$").replace("(X^T X)^{-1} X^T y", "X^T (X X^T)^{-1} y")
    notes = notes.replace("X^T X w = X^T y", "X w = y")
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
