r"""The inverse of a function the notes define with parameters: ``F^{-1}`` of a CDF with location and scale (lead51).

``F(x) = \frac{1}{1 + e^{-(x - m)/s}}`` is the logistic CDF; its quantile function
``F^{-1}(p) = m + s\log\frac{p}{1-p}`` is the inverse in x, the parameters m and s held. The inverse was found
only for a function of its argument alone: the check that the solution undoes F evaluated it at probe points of x
with m and s left as symbols, which never gave a number, so the step was SKIPPED "F has no single inverse the
checker can find". The probes now give the parameters values too, several sets of them (signs mixed), and the
solution is taken only where it undoes F at every set — a solution that holds for some parameters only is refused
as before; a function that is not one-to-one for some of them (``(x - m)^2``) is refused.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

LOGISTIC = ("Its CDF is $F(x) = \\frac{1}{1 + e^{-(x - m)/s}}$ with scale $s > 0$.\n\n"
            "Solving $F(x) = p$ gives the quantile function\n\n$$F^{-1}(p) = QUANTILE.$$\n")


def test_the_quantile_of_a_located_scaled_cdf_is_green() -> None:
    step = doc_steps(LOGISTIC.replace("QUANTILE", "m + s \\log\\frac{p}{1 - p}"))[-1]
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "inverse" in step.message


def test_a_sign_slip_in_the_quantile_is_failed() -> None:
    step = doc_steps(LOGISTIC.replace("QUANTILE", "m - s \\log\\frac{p}{1 - p}"))[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_a_function_not_one_to_one_is_still_refused() -> None:
    notes = "Let $g(x) = (x - m)^2$.\n\n$$g^{-1}(y) = m + \\sqrt{y}.$$\n"
    step = doc_steps(notes)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
