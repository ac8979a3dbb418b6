r"""trust16: a case the prose names ("In the case $x > 0$", "For the special case $\beta = 1$") stays in its
section: the first display after the next heading is not under it (proseconditions._case_conditions and the ranges
of guesses._stated_range read the prose after the last heading, documents.headings.after_heading)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.headings import after_heading
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(text: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message or "") for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_range_of_an_earlier_section_does_not_prove_a_branch_left_out() -> None:
    text = ("# Positive inputs\n\nIn the case $x > 0$ the ReLU is the identity.\n\n# Absolute value\n\n"
            "$$\\sqrt{x^2} = x$$\n")
    assert _steps(text)[0][0] not in _GREEN
    same = "# Absolute value\n\nIn the case $x > 0$,\n\n$$\\sqrt{x^2} = x$$\n"
    assert _steps(same)[0][0] in _GREEN


def test_a_special_case_of_an_earlier_section_is_no_condition_of_a_later_display() -> None:
    text = ("# SiLU\n\nLet $f(x) = x \\sigma(\\beta x)$. The special case $\\beta = 1$ is the SiLU.\n\n# Derivative\n\n"
            "$$f'(x) = \\sigma(x) + x \\sigma(x)(1 - \\sigma(x))$$\n")
    verdict, message = _steps(text)[0]
    assert "case $\\beta = 1$" not in message
    assert verdict is Verdict.FAILED  # β dropped from a derivative the notes take for every β


def test_after_heading_keeps_the_prose_of_the_last_section() -> None:
    assert after_heading(3, "a\n# H\nb\nc") == (4, "# H\nb\nc")  # the heading kept (review24g)
    assert after_heading(3, "a\nb") == (3, "a\nb")
