r"""redteam23: a worked example's stated value is not lost because the notes name another value later.

"A numeric check with $a = 3$, $\lambda = 1$: $$f(2) = \frac12(2 - 3)^2 + 1\cdot|2| = 2.5$$" then, further
down, "Plain least squares is the case $\lambda = 0$": λ had two values, was left out, and the correct
evaluation was FAILED (read with λ arbitrary). The value stated last before the chain is the example's."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "# Soft-thresholding\n\nLet $f(w) = \\frac12 (w - a)^2 + \\lambda |w|$. A numeric check with $a = 3$, "
    "$\\lambda = 1$:\n\n$$f(2) = \\frac12 (2 - 3)^2 + 1 \\cdot |2| = {value}$$\n\n"
    "Plain least squares is the case $\\lambda = 0$.\n"
)


def _verdicts(value: str) -> list[Verdict]:
    check = check_text(_NOTES.format(value=value), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps]


def test_the_value_stated_before_the_example_is_used_despite_a_later_case() -> None:
    assert all(v in _GREEN for v in _verdicts("2.5"))


def test_a_wrong_evaluation_stays_failed() -> None:
    assert _verdicts("3.5")[-1] is Verdict.FAILED
