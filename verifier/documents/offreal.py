r"""A step of the notes that differs only where both of its sides are not real: SKIPPED, never FAILED.

Notes are about real quantities. ``(1 - \epsilon)\sqrt{\epsilon/(1 - \epsilon)} = \sqrt{\epsilon(1 - \epsilon)}``
holds for every ε below 1, where both roots are real; with ε defined from weights the checker draws at will
(``\epsilon = \sum_i w_i``, a weighted error in the notes' eyes) it also met ε above 1, where both sides are
imaginary and of opposite sign, and the step FAILED (fresh38's AdaBoost note). The numeric stage
(verifier.agreement.compare) judges every sample point where the sides are real before it looks at the others, so a
counterexample with both sides not real means no real point differed: the claim is refuted only off the reals,
where the written quantities have no value — provided the sides agreed somewhere first (``points``, at least
:data:`MIN_AGREEING`): where a side is never real (π the constant in ``\log\frac{\pi}{1-\pi}``, review39) nothing
agreed, and a wrong step stays FAILED. This module owns that doubt (called by documents.guesses for a FAILED
step). One side not real (``\log(x^2) = 2\log x`` at x < 0) is left as it is: there the written side has a value
the other lacks. A step that differs at a real point is FAILED as before; the doubt is never green.
"""

from __future__ import annotations

from dataclasses import replace

from verifier.results import StepResult, Verdict

__all__ = ["MIN_AGREEING", "only_off_the_reals"]

#: the points at which the sides must have agreed (real points are judged first; where the notes draw a defined
#: name from wide weights few of them are real) for the doubt to hold
MIN_AGREEING = 1


def only_off_the_reals(r: StepResult) -> StepResult | None:
    """``r`` SKIPPED where it is a FAILED whose counterexample has both sides not real; else None."""
    cx = r.counterexample
    if r.verdict is not Verdict.FAILED or cx is None or set(cx.not_real) != {"left", "right"} \
            or r.points < MIN_AGREEING:
        return None
    at = ", ".join(f"{k}={v}" for k, v in cx.point)
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
        "the sides differ only where both are not real (a square root or logarithm of a negative number): no "
        "sample point where both are real tells them apart, and the notes' quantities are real"
        + (f" (literally it fails at {at})" if at else "")))  # fmt: skip
