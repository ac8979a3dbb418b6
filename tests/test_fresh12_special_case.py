r"""A step that holds in the special case the notes set is not FAILED (documents.specialcases).

"Swish is $f(x) = x\sigma(\beta x)$; SiLU is the case $\beta = 1$" and then "for SiLU this is
$f'(x) = \sigma(x)(1 + x(1-\sigma(x)))$": read with β arbitrary the step fails, in the case the notes
set it holds. It was FAILED; it is SKIPPED saying so. A wrong step stays FAILED, and so does a step
that holds only at a value the notes state for something else (not as a case, not just before)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_FAMILY = ("The softplus family is $g(t) = \\frac{1}{k}\\log(1 + e^{k t})$; the plain softplus is the case $k = 1$.\n\n"
           "$$g'(t) = \\frac{e^{k t}}{1 + e^{k t}}$$\n\n"
           "For the plain softplus this gives $g'(t) = {}$.\n")  # fmt: skip
_JUST_BEFORE = "Let $g(t) = \\frac{1}{k}\\log(1 + e^{k t})$.\n\nFor $k = 2$:\n$$g'(t) = {}$$\n"


def _last(text: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize(("notes", "right"), [(_FAMILY, "\\frac{1}{1 + e^{-t}}"),
                                              (_JUST_BEFORE, "\\frac{e^{2t}}{1 + e^{2t}}")])  # fmt: skip
def test_a_special_case_the_notes_set_is_not_failed(notes: str, right: str) -> None:
    verdict, message = _last(notes.replace("{}", right))
    # SKIPPED naming the case, or (the value in the display's own leading sentence: documents.leadingvalues,
    # stop 49) PROVED under it
    assert (verdict == Verdict.SKIPPED and "special case" in message) or (
        verdict == Verdict.PROVED and "k = 2" in message), message


@pytest.mark.parametrize(("notes", "wrong"), [(_FAMILY, "\\frac{1}{1 + e^{t}}"),
                                              (_JUST_BEFORE, "\\frac{2e^{2t}}{1 + e^{2t}}")])  # fmt: skip
def test_a_wrong_special_case_is_failed(notes: str, wrong: str) -> None:
    verdict, message = _last(notes.replace("{}", wrong))
    assert verdict == Verdict.FAILED, message


def test_a_value_stated_for_something_else_excuses_nothing() -> None:
    """λ = 0 is stated (not as a case, not just before): the dropped λ stays FAILED."""
    notes = ("Let $J(w) = (w - y)^2 + \\lambda w^2$. With $\\lambda = 0$ we recover least squares.\n\n"
             "The gradient is derived below.\n\nIt is a sum of two terms.\n\nFirst the data term, then the penalty.\n\n"
             "Both are smooth.\n\nSo we can differentiate.\n\nTerm by term.\n\nWe get\n\n"
             "$$J'(w) = 2(w - y)$$\n")  # fmt: skip
    verdict, message = _last(notes)
    assert verdict == Verdict.FAILED, message
