r"""Worked numbers in a vector, compared entry by entry to each number's own decimals
(verifier.documents.worked), on small LaTeX notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.worked import entrywise_rounded
from verifier.latex import parse_latex
from verifier.results import StepResult, Verdict


def _step(claim: str) -> StepResult:
    text = f"\\documentclass{{article}}\n\\begin{{document}}\nValues:\n\\[\n{claim}\n\\]\n\\end{{document}}\n"
    return [s for c in check_text(text, "notes.tex").chains for s in c.result.steps][-1]


def test_a_forward_pass_rounded_entry_by_entry_passes() -> None:
    # σ(-6) = 0.0024726…, σ(6) = 0.9975273…: six and four decimals kept
    step = _step("[1, \\sigma(-6), \\sigma(6)] = [1, 0.002473, 0.9975]")
    assert step.verdict is Verdict.PASSED, step.message


def test_an_entry_off_at_its_own_decimals_is_not_passed() -> None:
    # σ(-4) = 0.017986…: 0.01803 is off in its fifth decimal (it rounds the 4 decimals of 0.9820 only)
    step = _step("[1, \\sigma(-4), \\sigma(4)] = [1, 0.01803, 0.9820]")
    assert step.verdict is not Verdict.PASSED


def test_a_wrong_integer_entry_fails() -> None:
    step = _step("[2, \\sigma(-4), \\sigma(4)] = [1, 0.0180, 0.9820]")
    assert step.verdict is Verdict.FAILED


def test_the_comparison_reads_each_number_as_written() -> None:
    texts = ("[1, \\sigma(-6), \\sigma(6)]", "[1, 0.002473, 0.9975]")
    trees = (parse_latex(texts[0]), parse_latex(texts[1]))
    assert entrywise_rounded(trees, texts) is not None
    wrong = ("[1, \\sigma(-6), \\sigma(6)]", "[1, 0.002473, 0.9976]")  # 0.99753 is not 0.9976
    assert entrywise_rounded((trees[0], parse_latex(wrong[1])), wrong) is None


def test_an_entry_off_at_its_own_decimals_is_named_in_the_reason() -> None:
    step = _step("[1, \\sigma(-4), \\sigma(4)] = [1, 0.01803, 0.9820]")
    assert step.verdict is Verdict.SKIPPED
    assert "entry 2 is 0.0179862, not 0.01803 to the 5 decimals written" in step.message, step.message
    assert "not compared" not in step.message
