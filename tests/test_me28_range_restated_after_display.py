r"""A sentence that goes on after a display and names the same range again keeps it.

"For $x < 0$ the derivative can be written through the output: $$f'(x) = … = \alpha e^x$$ so $f'(x) =
f(x) + \alpha$ on the negative side" — the inline claim is in the sentence the range opened, and "on the
negative side" says the range once more. A review's fix for ranges leaking past a display ("$$…$$ but
otherwise …", "and in general …") took "negative" (and "positive", "any", "all", "every") as words that
turn to other values, so the ELU's correct derivative through its output was FAILED. Example written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
The exponential linear unit with parameter $\alpha > 0$:
$$f(x) = \begin{cases} x & x > 0 \\ \alpha(e^x - 1) & x \le 0 \end{cases}$$
For $x < 0$ the derivative can be written through the output itself:
$$f'(x) = \frac{d}{dx}\,\alpha(e^x - 1) = \alpha e^x$$
so $f'(x) = {rhs}$ on the negative side.
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


def test_the_range_restated_after_the_display_still_holds() -> None:
    verdict, message = _last(r"f(x) + \alpha")
    assert verdict in GREEN, message


def test_a_wrong_derivative_there_is_still_failed() -> None:
    verdict, message = _last(r"f(x) - \alpha")
    assert verdict == "FAILED", message
