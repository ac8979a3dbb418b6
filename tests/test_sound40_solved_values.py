r"""A value solved for is put back into the equation it solves (sound40, documents.solvedvalues).

``h'(x) = 2x + 4 = 0 \Rightarrow x = 2`` (the root is −2) left ``x = 2`` SKIPPED "an equation joined by ⇒": the
equation before the arrow was the last link of a longer chain, which was not linked, and a value is no multiple of
the equation it solves. Now the value is put back: a wrong root is FAILED, the only root PROVED, one root of
several SKIPPED. Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.documents.solvedvalues import solution_check
from verifier.results import Verdict

ONE_DISPLAY = r"""
# Minimum

Let $h(x) = x^2 + 4x$. Setting the derivative to zero:

$$
h'(x) = 2x + 4 = 0 \Rightarrow x = ROOT
$$
"""

NAMED = r"""
# Minimum

Let $g(w) = w^2 - 6w$. Then

$$
g'(w) = 2w - 6 =: h(w)
$$

and

$$
h(w) = 0 \Rightarrow w = ROOT
$$
"""


def test_a_wrong_root_in_one_display_is_failed() -> None:
    assert verdicts_by_line(ONE_DISPLAY.replace("ROOT", "2"))[7] == ["PROVED", "SKIPPED", "FAILED"]


def test_the_right_root_in_one_display_is_proved() -> None:
    assert verdicts_by_line(ONE_DISPLAY.replace("ROOT", "-2"))[7] == ["PROVED", "SKIPPED", "PROVED"]


def test_a_wrong_root_of_a_named_derivative_is_failed() -> None:
    assert verdicts_by_line(NAMED.replace("ROOT", "4"))[13] == ["SKIPPED", "FAILED"]
    assert verdicts_by_line(NAMED.replace("ROOT", "3"))[13] == ["SKIPPED", "PROVED"]


def test_a_root_after_a_wrong_derivative_is_not_green() -> None:
    got = verdicts_by_line(ONE_DISPLAY.replace("2x + 4", "2x - 4").replace("ROOT", "2"))[7]
    assert got[0] == "FAILED" and got[2] == "SKIPPED"


def test_what_a_value_put_back_says() -> None:
    x = sp.Symbol("x")
    assert solution_check(x, sp.Integer(2), 2 * x + 4, sp.Integer(0), "2", 3)[0] is Verdict.FAILED  # type: ignore[index]
    assert solution_check(x, sp.Integer(-2), 2 * x + 4, sp.Integer(0), "-2", 3)[0] is Verdict.PROVED  # type: ignore[index]
    assert solution_check(x, sp.sqrt(2), x**2, sp.Integer(2), r"\sqrt{2}", 3)[0] is Verdict.SKIPPED  # type: ignore[index]
    rounded = solution_check(x, sp.Rational(141, 100), x**2, sp.Integer(2), "1.41", 3)
    assert rounded is not None and rounded[0] is Verdict.SKIPPED  # a rounded root, not a wrong one
    wrong = solution_check(x, sp.Rational(142, 100), x**2, sp.Integer(2), "1.42", 3)
    assert wrong is not None and wrong[0] is Verdict.FAILED
    rounded_log = solution_check(x, sp.Rational(693, 1000), sp.exp(x), sp.Integer(2), "0.693", 3)
    assert rounded_log is not None and rounded_log[0] is Verdict.SKIPPED  # ln 2 rounded: its root is not computed
    y = sp.Symbol("y")
    assert solution_check(x, sp.Integer(2), 2 * x + y, sp.Integer(0), "2", 3) is None  # another unknown
