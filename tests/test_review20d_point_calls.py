r"""A step that writes one undefined letter at two points (``V(s_1)``, ``V(s_2)``) and nowhere else, and
no point outside those calls, is an identity in the function's values: read as products (``V s_1``,
``V s_2``) the values are still arbitrary, so a failure is a failure for every function. fresh8's doubt
(documents.numbercalls) turned such real mistakes (a sign flip in a TD loss's derivative) from FAILED
into SKIPPED. The doubt stays where a point is also written outside the calls (the Metropolis ratio
``\log p(y)/p(x) = (x^2 - y^2)/2`` says what p is). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.numbercalls import points_read

_TD = r"""
The squared TD error of a tabular value $V$:

$$L = \frac{1}{2}\left(r + \gamma V(s_2) - V(s_1)\right)^2$$

$$\frac{\partial L}{\partial r} = {rhs}$$
"""


def test_calls_whose_letters_are_written_nowhere_else_are_not_doubted() -> None:
    assert points_read(["r + \\gamma V(s_2) + V(s_1)", "r - V(s_1)"], []) == []
    assert points_read(["\\log\\frac{p(y)}{p(x)}", "\\frac{x^2 - y^2}{2}"], []) == ["p(x)", "p(y)"]


def test_a_sign_flip_beside_a_function_at_two_points_fails() -> None:
    steps = doc_steps(_TD.replace("{rhs}", "r + \\gamma V(s_2) + V(s_1)"))
    assert steps[-1].verdict.value == "FAILED"


def test_a_dropped_factor_beside_a_function_at_two_points_fails() -> None:
    steps = doc_steps(_TD.replace("{rhs}", "r + V(s_2) - V(s_1)"))
    assert steps[-1].verdict.value == "FAILED"


def test_the_right_derivative_beside_a_function_at_two_points_is_green() -> None:
    steps = doc_steps(_TD.replace("{rhs}", "r + \\gamma V(s_2) - V(s_1)"))
    assert steps[-1].verdict.value in ("PROVED", "PASSED")


def test_calls_after_an_operator_written_without_brackets_stay_doubted() -> None:
    # \log p(y) reads literally as log(p)·y: the call is not one value, so a failure says nothing of p
    assert points_read(["\\exp(\\log p(y) - \\log p(x))", "\\frac{p(y)}{p(x)}"], []) == ["p(x)", "p(y)"]


def test_calls_raised_to_a_power_stay_doubted() -> None:
    # V(s_2)^2 reads literally as V·s_2²: the call is not one value
    assert points_read(["L", "V(s_2)^2 - 2V(s_2)V(s_1) + V(s_1)^2"], []) == ["V(s_1)", "V(s_2)"]


def test_calls_after_a_slash_stay_doubted() -> None:
    # V(s_2)/V(s_1) reads literally as (V·s_2/V)·s_1: the call is not one value
    assert points_read(["V(s_2)/V(s_1)", "1"], []) == ["V(s_1)", "V(s_2)"]
