r"""A special case excuses a FAILED step only where the notes say the step is about it (review23g).

documents.specialcases took every value stated on a line saying "case", anywhere before the chain, and
every value of the eight lines before it: "SiLU is the case $\beta = 1$" excused a dropped β in the
derivative of another function further down, a case the prose denies ("we do not restrict to the case
$\beta = 1$") excused a formula that holds only there, and "for $\lambda = 0$ the penalty vanishes, but
here it does not" excused the dropped penalty of the display after "for every $\lambda > 0$"."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_OTHER_FUNCTION = ("Swish is $f(x) = x\\sigma(\\beta x)$; SiLU is the case $\\beta = 1$.\n\n"
                   "## A scaled square\n\nLet $g(x) = \\beta x^2$. Its derivative is\n\n$$g'(x) = 2x$$\n")
_DENIED = ("Swish is $f(x) = x\\sigma(\\beta x)$. We do not restrict to the case $\\beta = 1$:\n\n"
           "$$f'(x) = \\sigma(\\beta x) + \\beta x\\sigma(\\beta x)(1 - \\sigma(\\beta x))$$\n\n"
           "In full generality\n\n$$f'(x) = \\sigma(x)(1 + x(1 - \\sigma(x)))$$\n")
_NOT_THE_LEAD_IN = ("Let $L(w) = (w - y)^2 + \\lambda w^2$.\n\n"
                    "For $\\lambda = 0$ the penalty vanishes, but here it does not. For every $\\lambda > 0$:\n\n"
                    "$$L'(w) = 2(w - y)$$\n")


def _last(text: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("notes", [_OTHER_FUNCTION, _DENIED, _NOT_THE_LEAD_IN])
def test_a_case_not_said_of_the_step_excuses_nothing(notes: str) -> None:
    verdict, message = _last(notes)
    assert verdict == Verdict.FAILED, message


def test_the_named_member_said_before_the_step_is_still_its_case() -> None:
    notes = ("Swish is $f(x) = x\\sigma(\\beta x)$; SiLU is the case $\\beta = 1$.\n\n"
             "For SiLU this is $f'(x) = \\sigma(x)(1 + x(1 - \\sigma(x)))$.\n")
    verdict, message = _last(notes)
    assert verdict == Verdict.SKIPPED, message
    assert "special case" in message
