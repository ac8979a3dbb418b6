r"""A failure that does not depend on the undefined function a step uses is a FAILED.

The Beta density ``p(x) = x^{\alpha-1}(1-x)^{\beta-1}/B(\alpha, \beta)`` uses B, which the notes never
define; its score ``\frac{d}{dx}\log p(x)`` loses B (B's arguments do not depend on x), so a sign slip in
the score fails for *every* B — yet the step was SKIPPED "B … says what it is" (B on the left only,
through p). The step is now checked again with every arbitrary function replaced by a second,
independent one (documents.secondfunction): where both sides take the same values at the same
counterexample, the failure is no property of the function, and FAILED stands. A step whose sides do
change with the function (``\sin\hat\mu = S`` after ``\hat\mu = g(S)``) stays SKIPPED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_BETA = ("The Beta density is\n$$p(x) = \\frac{x^{\\alpha - 1}(1 - x)^{\\beta - 1}}{B(\\alpha, \\beta)}$$\n"
         "for $0 < x < 1$. Its score is\n"
         "$$\\frac{d}{dx}\\log p(x) = \\frac{\\alpha - 1}{x} SIGN \\frac{\\beta - 1}{1 - x}$$\n")


def _last(text: str) -> tuple[Verdict, str]:
    step = [s for c in check_text(text, "notes.md").chains for s in c.result.steps][-1]
    return step.verdict, step.message


def test_a_slip_that_fails_for_every_normaliser_is_failed() -> None:
    verdict, message = _last(_BETA.replace("SIGN", "+"))
    assert verdict is Verdict.FAILED
    assert "B" in message and "second" in message  # says why the undefined B does not excuse it


def test_the_right_score_still_holds() -> None:
    assert _last(_BETA.replace("SIGN", "-"))[0] in (Verdict.PROVED, Verdict.PASSED)


def test_a_claim_whose_sides_change_with_the_function_stays_skipped() -> None:
    text = "With $S = \\sum_i \\sin x_i$, the estimate is $\\hat\\mu = g(S)$.\n\n$$\\sin\\hat\\mu = S$$\n"
    assert _last(text)[0] is Verdict.SKIPPED


def test_a_value_stated_for_a_particular_function_stays_skipped() -> None:
    # f'(x) = 2x states what f is: the right side does not change with f, the left does
    assert _last("Let $y = f(x)$.\n\n$$f'(x) = 2x$$\n")[0] is Verdict.SKIPPED
