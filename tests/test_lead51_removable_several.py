r"""A defined function of several parameters at a point where its body is 0·∞ in one of them (lead51).

The Poisson unit deviance ``d(y, \mu) = 2(y \log\frac{y}{\mu} - (y - \mu))`` at a zero count, ``d(0, \mu) = 2\mu``,
relies on the convention 0 log 0 = 0: read as written, ``0 \log(0/\mu)`` has no value, every sample was NaN and the
step was an ERROR ("narrow the declared domain") on a correct note. The one-parameter case is read by the limit
(documents.removablepoints, ctx50); a call with one argument at a number and the others free is read the same way
— the limit in that parameter, the others held — and a value other than the limit stays SKIPPED, never FAILED
(the notes may choose the value there). Two numbers at once (``f(0, 0)`` of ``xy/(x^2 + y^2)``: the value depends
on the way to the point) are not read.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

DEVIANCE = ("The unit deviance is\n\n$$d(y, \\mu) = 2\\left(y \\log\\frac{y}{\\mu} - (y - \\mu)\\right).$$\n\n"
            "For a zero count,\n\n$$d(0, \\mu) = VALUE$$\n")


def test_the_limit_in_one_parameter_is_proved() -> None:
    step = doc_steps(DEVIANCE.replace("VALUE", "2\\mu"))[-1]
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "limit" in step.message, step.message


def test_another_value_there_is_skipped_never_failed() -> None:
    step = doc_steps(DEVIANCE.replace("VALUE", "3\\mu"))[-1]
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "limit" in step.message, step.message


def test_two_numbers_at_once_are_not_read() -> None:
    notes = "Define\n\n$$f(x, y) = \\frac{x y}{x^2 + y^2}.$$\n\nAt the origin,\n\n$$f(0, 0) = 0$$\n"
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)
