r"""``\sigma = 1/g`` after ``g(x) = 1 + e^{-x}``: an equation between functions, not σ defined anew.

Worked solutions name a helper function and restate the one they study through it without arguments
("let $g(x) = 1 + e^{-x}$, so $\sigma = 1/g$"). Learned as the definition of a quantity σ, it made every
later ``\sigma(x)`` a product of that quantity and x, so the correct ``… = \sigma(x)\,\sigma(-x)`` was FAILED.
A bare name set equal to an expression that writes a function the notes define, without its argument, is
such a point-free equation: it defines nothing (the step is read with the notes' σ)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Let $\\sigma(x) = 1/(1 + e^{{-x}})$.\n\n"
    "Let $g(x) = 1 + e^{{-x}}$, so $\\sigma = 1/g$ and $g'(x) = -e^{{-x}}$:\n"
    "$$\\sigma'(x) = -\\frac{{g'(x)}}{{g(x)^2}}"
    " = \\frac{{1}}{{1+e^{{-x}}}}\\cdot\\frac{{e^{{-x}}}}{{1+e^{{-x}}}} = {}$$\n"
)


def _last(right: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(right), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_the_function_keeps_its_definition() -> None:
    verdict, message = _last("\\sigma(x)\\,\\sigma(-x)")
    assert verdict in GREEN, message


def test_a_wrong_restatement_is_failed() -> None:
    verdict, message = _last("\\sigma(x)\\,\\sigma(x)")
    assert verdict is Verdict.FAILED, message
