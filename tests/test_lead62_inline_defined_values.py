r"""A value of a function the prose defined inline, at a point the notes name: ``$f(x^\star) = 2$``, is a claim.

"Let $f(x) = x^2 - 2x + 3$. The minimiser is $x^\star = 1$, so $f(x^\star) = 2$." states the minimum value,
as a display would. The value of a defined function at a letter other than its parameter was a claim only
when the function was defined in a display (ctx49): the inline definitions are learned after the prose's
claims are chosen, so with an inline ``f(x) = …`` the formula was neither a step nor a definition — dropped
silently ("0 steps found"), and a wrong minimum value left the notes green.
"""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

_NOTE = textwrap.dedent(r"""
    Let $f(x) = x^2 - 2x + 3$.

    The minimiser is $x^\star = 1$, so $f(x^\star) = VALUE$.
    """)


def test_the_minimum_value_at_a_named_point_is_proved() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "2"))[4] == ["PROVED"]


def test_a_wrong_minimum_value_is_a_step_and_never_green() -> None:
    # a step now (before: no step at all, the notes green); SKIPPED as the same formula in a display is, where
    # the stated x* = 1 is tried as a worked value's hypothesis only (documents.stated's policy, not this reading's)
    assert verdicts_by_line(_NOTE.replace("VALUE", "3")).get(4) in (["FAILED"], ["SKIPPED"])


def test_a_value_at_a_letter_the_notes_never_give_is_a_step_not_silence() -> None:
    got = verdicts_by_line("Let $g(t) = e^{t} - t$.\n\nThen $g(c) = 1$ for some $c$.\n")
    assert got.get(3) == ["SKIPPED"]


def test_the_function_defined_anew_on_its_line_is_still_a_definition() -> None:
    # "Now let $f(y) = y^3$": f defined again (another letter), no claim about the first f
    got = verdicts_by_line("Let $f(x) = x^2$.\n\nNow let $f(y) = y^3$, so $f(2) = 8$.\n")
    assert got.get(3) == ["PROVED"]
