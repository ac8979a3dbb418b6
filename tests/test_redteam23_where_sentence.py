r"""redteam23: a "where $…$" is a hypothesis of the display whose sentence it ends, not of one before it.

"$$f'(w) = w - a$$ Least squares is the special case where $\lambda = 0$." is a new sentence naming a
special case: the general derivative with λ dropped was PROVED "under the hypothesis λ = 0", and with
"…, where $f'(w) = w - a$" in that sentence the wrong step was proved under itself."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "# Soft-thresholding\n\nLet $f(w) = \\frac12 (w - a)^2 + \\lambda |w|$.\n\nThe derivative for $w > 0$ is\n\n"
    "$$f'(w) = {rhs}$$\n\n{after}\n"
)


def _first(rhs: str, after: str) -> Verdict:
    check = check_text(_NOTES.format(rhs=rhs, after=after), "notes.md")
    return next(s.verdict for ch in check.chains
                for s, line in zip(ch.result.steps, ch.step_lines, strict=True) if line == 7)


def test_a_special_case_named_in_a_new_sentence_does_not_prove_the_general_step() -> None:
    assert _first("w - a", "Least squares is the special case where $\\lambda = 0$.") not in _GREEN
    assert _first("w - a", "Least squares is the case $\\lambda = 0$, where $f'(w) = w - a$.") not in _GREEN
    assert _first("w - a + \\lambda", "Least squares is the special case where $\\lambda = 0$.") in _GREEN


def test_a_where_that_goes_on_the_display_s_sentence_is_its_hypothesis() -> None:
    assert _first("w - a", "where $\\lambda = 0$.") in _GREEN
    assert _first("w - a", "for every $w$, where $\\lambda = 0$.") in _GREEN
    assert _first("w - a", "This holds where $\\lambda = 0$.") in _GREEN  # a sentence about the display
