r"""A letter written as a subscript before a bracket is no call of a function of the variable.

``\frac{d}{dx}\operatorname{snake}_a(x) = 1 + 2a\sin(ax)\cos(ax)`` (an extra factor a) was FAILED, then
SKIPPED "a(x) read as products …": the check for calls ``p(t)`` of the variable a derivative is taken by
(numbercalls.variable_calls_read) read the label ``a`` of ``\operatorname{snake}_a`` as a function applied
to x."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.numbercalls import variable_calls_read
from verifier.latex import parse_latex
from verifier.results import Verdict

_NOTES = r"""The Snake activation with frequency $a > 0$ is

$$\operatorname{snake}_a(x) = x + \frac{1}{a}\sin^2(a x).$$

Its derivative:

$$\frac{d}{dx}\operatorname{snake}_a(x) = {}$$
"""


def test_a_subscript_before_a_bracket_is_not_a_call_of_the_variable() -> None:
    latex = r"\frac{d}{dx}\operatorname{snake}_a(x)"
    assert variable_calls_read([latex], [parse_latex(r"\frac{d}{dx} x")]) == []


def test_a_wrong_derivative_of_a_subscripted_operator_is_failed() -> None:
    steps = [s for ch in check_text(_NOTES.replace("{}", r"1 + 2a\sin(a x)\cos(a x)"), "notes.md").chains
             for s in ch.result.steps if "frac{d}" in s.lhs_latex]  # fmt: skip
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_the_right_derivative_is_green() -> None:
    steps = [s for ch in check_text(_NOTES.replace("{}", r"1 + 2\sin(a x)\cos(a x)"), "notes.md").chains
             for s in ch.result.steps if "frac{d}" in s.lhs_latex]  # fmt: skip
    assert [s.verdict for s in steps] in ([Verdict.PROVED], [Verdict.PASSED]), [s.message for s in steps]
