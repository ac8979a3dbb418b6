r"""``\sigma = 1/g`` in a display after the prose defined ``$g(x) = 1 + e^{-x}$`` inline: still point-free.

documents.definitions._point_free reads ``\sigma = 1/g`` as an equation between functions where g is a
function the notes define before it; but the notes' definitions are learned display by display first and
the prose's inline formulas after them, so an inline ``g(x) = …`` was not yet known, σ was learned as a
quantity 1/g, and the correct ``\frac{e^{-x}}{(1+e^{-x})^2} = \sigma(x)\,\sigma(-x)`` was FAILED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Let $g(x) = 1 + e^{{-x}}$. Then\n\n$$\\sigma = \\frac{{1}}{{g}}$$\n\nand so\n\n"
    "$$\\sigma'(x) = -\\frac{{g'(x)}}{{g(x)^2}} = \\frac{{e^{{-x}}}}{{(1+e^{{-x}})^2}} = {}$$\n"
)


def _last(right: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(right), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_the_function_keeps_its_meaning_after_an_inline_helper() -> None:
    verdict, message = _last("\\sigma(x)\\,\\sigma(-x)")
    assert verdict in GREEN, message


def test_a_wrong_restatement_is_still_failed() -> None:
    verdict, message = _last("\\sigma(x)\\,\\sigma(x)")
    assert verdict is Verdict.FAILED, message
