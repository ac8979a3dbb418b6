r"""A name the prose states equal to a number in closed form ("…, so $u^\star = 1 + \sqrt2$"): a later step that
fails for a general value of it is checked at that value (fresh47).

A worked number stated as a decimal (``$w = 1.5$``) is a hypothesis of the worked chains after it (documents.stated);
one stated in closed form — a fixed point ``p^\star = \frac{1+\sqrt5}{2}``, a root ``1 + \sqrt2`` — was read as
nothing at all, so ``\frac{p^\star}{1 + p^\star} = \frac{1}{p^\star}``, true only at the fixed point the notes had
just found, FAILED for an arbitrary p* (fresh47's scalar LQR note). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.closedvalues import closed_values
from verifier.latex.parser import parse_latex

_NOTE = """# A quadratic's root

The larger root of $u^2 - 2u - 1 = 0$ is wanted; completing the square, $(u - 1)^2 = 2$, so $u^\\star = 1 + \\sqrt2$.
At the root the reciprocal is easy:

$$
u^\\star - 2 = \\frac{1}{u^\\star} = \\sqrt2 - 1 .
$$
"""


def _parse(src: str):  # a SymPy tree
    return parse_latex(src)


def test_the_value_stated_in_closed_form_is_read() -> None:
    assert [(n, v) for n, v, _ in closed_values(_NOTE, _parse)] == [("u^\\star", "1 + \\sqrt2")]


def test_a_step_true_at_the_stated_value_is_no_false_alarm_and_not_green() -> None:
    # holding at the value the notes state is no proof of a step that may be meant for every value
    assert verdicts_by_line(_NOTE)[7][:2] == ["SKIPPED", "SKIPPED"]


def test_a_step_false_at_the_stated_value_still_fails() -> None:
    assert "FAILED" in verdicts_by_line(_NOTE.replace("= \\frac{1}{u^\\star} =", "= \\frac{2}{u^\\star} ="))[7]


def test_a_condition_or_a_decimal_is_no_closed_form_value() -> None:
    text = "If $u = \\sqrt2$ the square is 2. Take $w = 1.5$ and $L = -\\log(0.25)$, where $v = \\frac12$."
    assert [n for n, _, _ in closed_values(text, _parse)] == ["L"]
