r"""A formula after "vanishes at" is the condition where something vanishes, not a claim to check.

"The derivative … vanishes at $1 + \sigma^2 = y^2$" states where a stationarity condition holds. With
$\sigma^2 = 0.1$ and $y$ defined earlier, the inline equation was read as a value claim and FAILED (a
false alarm on a correct note of the fresh29 probes). ``claims.condition_before`` now reads "vanishes
at", "is zero at", "is minimised at" like "setting" or "where": the formula after them is an equation
to solve."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.claims import condition_before
from verifier.results import Verdict


def test_vanishes_at_is_a_condition_cue() -> None:
    assert condition_before("This vanishes at ")
    assert condition_before("the gradient is zero at ")
    assert condition_before("and the loss is minimised at ")
    assert condition_before("which vanishes only at ")


def test_at_alone_is_no_cue() -> None:
    assert not condition_before("The derivative at ")
    assert not condition_before("evaluated at the point, ")


def test_the_point_where_a_derivative_vanishes_is_not_failed() -> None:
    text = ("# One observation\n\n"
            "We observe $y = f(x_1) + \\varepsilon$ with noise variance $\\sigma^2$.\n"
            "Take $x_1 = 0$, $y = 1$ and $\\sigma^2 = 0.1$.\n\n"
            "$$\\frac{\\partial}{\\partial \\sigma^2}\\left(-\\frac{y^2}{2(1 + \\sigma^2)}\\right) = "
            "\\frac{y^2}{2(1 + \\sigma^2)^2}$$\n\n"
            "This vanishes at $1 + \\sigma^2 = y^2$.\n")
    steps = doc_steps(text)
    assert all(s.verdict is not Verdict.FAILED for s in steps), [s.message for s in steps]
