"""review22c: a formula the notes reject (documents.rejected) is no definition for the lines after it.
Examples written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = (
    "# Loss\n\nThe loss is $L(w) = \\frac{1}{n}\\sum_{i=1}^n (w x_i - y_i)^2$, "
    "{cue} $L(w) = \\sum_{i=1}^n (w x_i - y_i)^2$.\n\n"
    "Then\n$$\nL'(w) = {claim}\n$$\n"
)
_WRONG = "\\sum_{i=1}^n 2 x_i (w x_i - y_i)"  # the 1/n dropped
_RIGHT = "\\frac{2}{n}\\sum_{i=1}^n x_i (w x_i - y_i)"


def _verdict(cue: str, claim: str) -> Verdict:
    check = check_text(_NOTES.replace("{cue}", cue).replace("{claim}", claim), "notes.md")
    [step] = [s for ch in check.chains for s in ch.result.steps if s.lhs_latex.startswith("L'")]
    return step.verdict


def test_a_rejected_formula_defines_nothing() -> None:
    assert _verdict("not", _WRONG) is not Verdict.PROVED
    assert _verdict("not", _RIGHT) is not Verdict.FAILED
    assert _verdict("rather than", _WRONG) is not Verdict.PROVED
