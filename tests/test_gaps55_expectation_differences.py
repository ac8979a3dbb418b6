r"""A step whose sides differ by a quantity no expectation can change is FAILED (gaps55).

Under the linear-functional reading (documents.expectation) every step that writes an 𝔼 or Var atom and fails was
SKIPPED "does not follow from linearity of expectation alone" — even ``\mathbb{E}[3U + 2] = 3\mathbb{E}[U] + 3``,
whose sides differ by 1 whatever the expectations are. When the difference of the two sides, expanded, holds no
atom, no property of 𝔼 (independence, a moment, a zero mean) can close it: the step fails as any other step does,
and the rest of the checks on a failure (guessed names, undefined functions) still apply. A difference that keeps
an atom stays SKIPPED.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import display_step, doc_steps

GREEN = ("PROVED", "PASSED")


def _one(latex: str, prose: str = "Let $U$ and $V$ be random variables.") -> object:
    return display_step(latex, prose)


@pytest.mark.parametrize(
    "latex",
    [
        r"\mathbb{E}[3U + 2] = 3\mathbb{E}[U] + 3",  # the constant slipped
        r"\mathbb{E}[U] + 1 = \mathbb{E}[U] + 2",
        r"\operatorname{Var}(U) + \mathbb{E}[U]^2 + 1 = \mathbb{E}[U]^2 + \operatorname{Var}(U)",
    ],
)
def test_a_difference_free_of_expectations_is_failed(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value == "FAILED", step.message
    assert "whatever the expectations are" in step.message, step.message


def test_a_decimal_apart_is_not_read_as_holding_nowhere() -> None:
    from verifier.documents.expectation import _nowhere

    u = sp.Symbol("E__1")
    assert _nowhere(u + 1, u + 2, sp.Integer(-1))
    assert not _nowhere(u + sp.Rational(1, 3), u + sp.Float(0.333), sp.Rational(1, 3) - sp.Float(0.333))
    c = sp.Symbol("c")
    assert not _nowhere(u + c, u + 2 * c, -c)


@pytest.mark.parametrize(
    "latex",
    [
        r"\mathbb{E}[3U + 2] = 3\mathbb{E}[U] + 2",
        r"\mathbb{E}[U - V] + c = \mathbb{E}[U] - \mathbb{E}[V] + c",
    ],
)
def test_the_right_steps_stay_green(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value in GREEN, step.message


def test_a_difference_in_other_names_fails_as_any_link_does() -> None:
    # c is a plain name: the link fails for c ≠ 0, as it would without an expectation
    steps = doc_steps(
        r"""
        Let $U$ and $V$ be random variables and $c$ a number.

        $$
        \mathbb{E}[2U - V] + c = 2\mathbb{E}[U] - \mathbb{E}[V] + c = 2\mathbb{E}[U] - \mathbb{E}[V] + 2c
        $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message
    assert steps[1].verdict.value == "FAILED", steps[1].message
    assert "whatever the expectations are" in steps[1].message, steps[1].message


def test_a_lone_equation_fails_as_the_same_equation_without_expectations() -> None:
    # 𝔼[U] + c = 𝔼[U] + 2c: the verdict of W + c = W + 2c, whatever it is (here it is FAILED, as before)
    plain = _one(r"W + c = W + 2c")
    step = _one(r"\mathbb{E}[U] + c = \mathbb{E}[U] + 2c")
    assert step.verdict == plain.verdict, (step.message, plain.message)


def test_a_lone_equation_the_prose_calls_impossible_is_not_failed() -> None:
    steps = doc_steps("Suppose that\n\n$$\n\\mathbb{E}[U] + 1 = \\mathbb{E}[U] + 2\n$$\n\n"
                      "This is a contradiction, so no such $U$ exists.\n")
    assert steps[0].verdict.value != "FAILED", steps[0].message


@pytest.mark.parametrize(
    "latex",
    [
        r"\mathbb{E}[U - V] = \mathbb{E}[U] + \mathbb{E}[V]",  # right if 𝔼[V] = 0
        r"\mathbb{E}[U V] + 1 = \mathbb{E}[U]\mathbb{E}[V] + 1",  # right if independent
    ],
)
def test_a_difference_that_keeps_an_atom_stays_skipped(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value == "SKIPPED", step.message
    assert "linearity of expectation alone" in step.message, step.message


def test_an_undefined_function_in_the_difference_keeps_the_step_skipped() -> None:
    # the difference g(1) - g(2) is free of atoms, but g is a function the notes never define
    step = _one(r"\mathbb{E}[U] + g(1) = \mathbb{E}[U] + g(2)")
    assert step.verdict.value != "FAILED" and step.verdict.value not in GREEN, step.message


MASK = r"""
# A mask

The mask is $z \sim \mathrm{Bernoulli}(s)$ and the output is $u = z b / s$. Then

$$
\mathbb{E}[u] = \frac{b\,\mathbb{E}[z]}{s} = %s
$$
"""


def test_a_link_the_stated_facts_settle_fails_as_any_link_does() -> None:
    # with 𝔼[z] = s (the Bernoulli statement) no expectation is left in the second link: b ≠ b(1 - s)/s is FAILED
    steps = doc_steps(MASK % r"\frac{b\,(1 - s)}{s}")
    assert steps[1].verdict.value == "FAILED", steps[1].message
    assert "whatever the expectations are" in steps[1].message, steps[1].message


def test_the_right_link_under_the_stated_facts_stays_green() -> None:
    steps = doc_steps(MASK % r"\frac{b\,s}{s}")
    assert steps[1].verdict.value in GREEN, steps[1].message
