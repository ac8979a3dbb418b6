"""Reading undeclared quantities as positive (or in (0, 1)) is plausible where the notes' own
functions need it (a logarithm, a square root: the literal reading fails only where a side is not
real), never to hide a branch the notes got wrong: ReLU′(x) = 1, |x| = x and √(x²) = x are false for
negative x, where both sides are real, and must not turn green."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.engine import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d}{dx}\max(0, x) = 1",
        r"\frac{d}{dz}\operatorname{ReLU}(z) = 1",
        r"\operatorname{ReLU}(z) = z",
        r"|x| = x",
        r"\frac{d}{dx}|x| = 1",
        r"\frac{x}{|x|} = 1",
        r"\sqrt{x^2} = x",
        r"\frac{d}{dx}\sqrt{x^2} = 1",
        r"\log\left(1 + e^{-x}\right) = \log\left(1 + e^{-|x|}\right)",
    ],
)
def test_a_claim_false_for_negative_values_is_not_green(display: str) -> None:
    (step,) = doc_steps(f"The derivation:\n\n$${display}$$\n")
    assert step.verdict not in GREEN, step.message


@pytest.mark.parametrize(
    "display",
    [
        r"\log(ab) = \log a + \log b",
        r"\log\frac{a}{b} = \log a - \log b",
        r"\log(x^2) = 2\log x",
        r"\log \prod_i p_i = \sum_i \log p_i",
        r"\frac{\partial}{\partial x} \max(Lx, x) = \begin{cases} L, & x < 0 \\ 1, & x > 0 \end{cases}",
        r"\frac{d}{dx}\log(1 + e^{-x}) = -\frac{e^{-x}}{1 + e^{-x}}",
    ],
)
def test_a_claim_that_needs_its_functions_defined_stays_green(display: str) -> None:
    (step,) = doc_steps(f"The derivation:\n\n$${display}$$\n")
    assert step.verdict in GREEN, step.message


def test_the_leaky_slope_is_restricted_but_not_the_variable() -> None:
    """max(Lx, x) differentiated: L in (0, 1) is the reading; x keeps both signs, so both cases are checked."""
    (step,) = doc_steps(
        r"""
        The leaky ReLU:

        $$\frac{\partial}{\partial x} \max(Lx, x) = \begin{cases} L, & x < 0 \\ 1, & x > 0 \end{cases}$$
        """
    )
    assert step.verdict in GREEN
    assert "other than x" in step.message


def test_a_slip_that_holds_only_for_positive_values_says_which_reading_would_make_it_hold() -> None:
    (step,) = doc_steps("The derivative:\n\n$$\\sqrt{x^2} = x$$\n")
    assert step.verdict is Verdict.SKIPPED
    assert "positive" in step.message and "both sides are real" in step.message


def test_a_restriction_combined_with_another_reading_judges_that_reading_s_failure() -> None:
    """\\log θ^a (1 - θ)^b read with the log over the whole product fails only where a side is not
    real (θ < 0): restricting θ to (0, 1) there is the domain the notes assume, not a hidden branch."""
    (step,) = doc_steps(
        r"""
        The log-likelihood:

        $$\log \theta^{3} \left(1 - \theta\right)^{5} = 3 \log \theta + 5 \log \left(1 - \theta\right)$$
        """
    )
    assert step.verdict in GREEN, step.message
