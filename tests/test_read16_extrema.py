r"""read16: ``\max_j z_j`` / ``\min_i x_i`` inside a member, the largest (smallest) entry over an index
(verifier.latex.extrema, verifier.documents.extrema): the numerically stable softmax and log-sum-exp.
Every example is written here, each with a planted mistake that must not come out green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex import LatexError, parse_latex
from verifier.latex.extrema import Extremum, over_an_index
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _one(display: str) -> tuple[Verdict, str]:
    check = check_text(f"# Stable softmax\n\n$$\n{display}\n$$\n", "notes.md")
    [step] = [s for ch in check.chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_a_max_over_an_index_is_an_extremum_and_over_a_variable_refused() -> None:
    assert isinstance(parse_latex(r"\max_j z_j"), Extremum)
    for optimisation in (r"\max_x f(x)", r"\max_w L", r"\max_j (z_j - j)"):
        with pytest.raises(LatexError, match="optimisation"):
            parse_latex(optimisation)
    assert over_an_index("j", r"z_j + \log\sum_i e^{z_i}")
    assert not over_an_index("w", r"L(w)")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (r"\frac{e^{z_i - \max_j z_j}}{\sum_k e^{z_k - \max_j z_j}} = \frac{e^{z_i}}{\sum_k e^{z_k}}",
         r"\frac{e^{z_i - \max_j z_j}}{\sum_k e^{z_k - \max_j z_j}} = \frac{e^{z_i}}{\sum_k e^{z_k - \max_j z_j}}"),
        (r"\log\sum_i e^{x_i} = \max_j x_j + \log\sum_i e^{x_i - \max_j x_j}",
         r"\log\sum_i e^{x_i} = \max_j x_j + \log\sum_i e^{x_i + \max_j x_j}"),
        (r"\max_j x_j = -\min_j (-x_j)", r"\max_j x_j = \min_j x_j"),
    ],
)
def test_shifts_by_the_largest_entry(right: str, wrong: str) -> None:
    verdict, message = _one(right)
    assert verdict in _GREEN, message
    assert "largest of the entries" in message
    assert _one(wrong)[0] is Verdict.FAILED
