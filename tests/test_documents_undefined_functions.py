"""A function the notes never define is an arbitrary function: a step that says what it is cannot
fail *for the notes*, while an identity that must hold for every function still can."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize(
    "claim",
    [
        r"f'(x) = 2x",
        r"\frac{d}{dx} f(x) = 2x",
        r"\zeta'(x) = \sigma(x)",
        r"g'(x) = g(x)(1 - g(x))",
    ],
)
def test_a_step_that_says_what_an_undefined_function_is_is_not_failed(claim: str) -> None:
    (step,) = doc_steps(f"Then\n\n$$ {claim} $$\n")
    assert step.verdict is Verdict.SKIPPED
    assert "is not defined in the notes and this step says what it" in step.message


def test_an_identity_for_every_function_with_a_dropped_factor_is_still_failed() -> None:
    steps = doc_steps(r"""
        $$ \frac{d}{dx} f(x)^2 = 2 f(x) f'(x) $$

        $$ \frac{d}{dx} f(x)^2 = f(x) f'(x) $$
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]


def test_a_function_the_notes_define_is_checked_against_its_definition() -> None:
    steps = doc_steps(r"""
        Let $\zeta(x) = \log(1 + e^x)$. Then

        $$ \zeta'(x) = \sigma(x) $$

        $$ \zeta'(x) = \sigma(-x) $$
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]


@pytest.mark.parametrize("claim", [r"\Phi(-x) = 1 - \Phi(x)", r"f(x + y) = f(x) f(y)"])
def test_a_property_of_an_undefined_function_at_other_points_is_not_failed(claim: str) -> None:
    (step,) = doc_steps(f"Then\n\n$$ {claim} $$\n")
    assert step.verdict is Verdict.SKIPPED


def test_an_algebra_slip_with_an_undefined_function_is_failed() -> None:
    (step,) = doc_steps("Then\n\n$$ 2 f(x) - f(x) = 3 f(x) $$\n")
    assert step.verdict is Verdict.FAILED
