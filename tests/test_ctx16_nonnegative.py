r"""``… \geq 0`` at the end of a convexity chain, read off the member's form (documents/nonnegative.py):
a squared norm or a product of squares and positive factors is PROVED nonnegative; a member the form
does not show nonnegative (a wrong sign, a constant subtracted) stays SKIPPED, never green. Small notes
written for the tests."""

from __future__ import annotations

import functools

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.nonnegative import against_zero, nonnegative
from verifier.results import Verdict

x, y = sp.symbols("x y", real=True)
t = sp.Symbol("t", real=True)
a = sp.Symbol("a")  # no assumption: may be negative


def test_only_a_member_against_a_written_zero_is_read() -> None:
    assert against_zero(r"\geq", r"\Vert v \Vert^2", "0") == 0
    assert against_zero(r"\le", "0", "x^2") == 1
    assert against_zero(r"\geq", "x^2", "1") is None
    assert against_zero(">", "x^2", "0") is None  # strict: the form says nothing about x = 0
    assert against_zero(r"\leq", "x^2", "0") is None


def test_sums_and_products_of_squares_are_nonnegative() -> None:
    assert nonnegative((x + 2 * y) ** 2 + x**2 * y**2)
    assert nonnegative(sp.ImmutableMatrix([[(x - y) ** 2]]))


def test_a_logistic_factor_is_positive_over_a_common_denominator() -> None:
    sigma = 1 / (1 + sp.exp(-t))
    assert nonnegative(sigma * (1 - sigma) * y**2 * (x + y) ** 2)


def test_a_wrong_sign_or_a_constant_is_not_shown_nonnegative() -> None:
    assert not nonnegative(-((x + y) ** 2))
    assert not nonnegative((x + y) ** 2 - 1)
    assert not nonnegative(a * x**2)
    assert not nonnegative(sp.ImmutableMatrix([[x**2, y**2]]))  # not a number


NOTES = r"""
# Convexity of least squares

For any $w \in \mathbb{R}^d$,

$$w^T X^T D^T D X w = (D X w)^T D X w = \Vert D X w \Vert_2^2 \geq 0$$

so the Hessian is positive semi-definite.
"""


@functools.cache
def _steps(text: str):  # type: ignore[no-untyped-def]
    return doc_steps(text)


def _last(text: str):  # type: ignore[no-untyped-def]
    found = [s for s in _steps(text) if s.rhs_latex.strip() == "0"]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in _steps(text)]
    return found[0]


@pytest.mark.slow(4)
def test_a_squared_norm_at_least_zero_is_proved() -> None:
    step = _last(NOTES)
    assert step.verdict is Verdict.PROVED, step.message
    assert "≥ 0 read off its form" in step.message


@pytest.mark.slow(4)
def test_a_negated_squared_norm_at_least_zero_is_not_green() -> None:
    wrong = NOTES.replace(
        r"w^T X^T D^T D X w = (D X w)^T D X w = \Vert D X w \Vert_2^2 \geq 0",
        r"-w^T X^T D^T D X w = -(D X w)^T D X w = -\Vert D X w \Vert_2^2 \geq 0",
    )
    step = _last(wrong)
    assert step.verdict is Verdict.SKIPPED, step.message


@pytest.mark.slow(4)
def test_a_squared_norm_less_one_at_least_zero_is_not_green() -> None:
    wrong = NOTES.replace(
        r"w^T X^T D^T D X w = (D X w)^T D X w = \Vert D X w \Vert_2^2 \geq 0",
        r"w^T X^T D^T D X w - 1 = \Vert D X w \Vert_2^2 - 1 \geq 0",
    )
    step = _last(wrong)
    assert step.verdict is Verdict.SKIPPED, step.message
