r"""review24g: a case or range a heading states ("## Case $i = j$", "## For $x > 0$") is its own section's:
headings.after_heading keeps the last heading line with the prose after it."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.headings import after_heading
from verifier.results import Verdict

_SOFTMAX = "# Softmax\n\nLet $s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n"
_DS = "\\frac{\\partial s_i}{\\partial z_j}"


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_case_heading_is_the_case_of_its_display() -> None:
    text = _SOFTMAX + f"## Case $i = j$\n\n$${_DS} = s_i(1 - s_j)$$\n\n## Case $i \\neq j$\n\n$${_DS} = -s_i s_j$$\n"
    assert _verdicts(text) == [Verdict.PROVED, Verdict.PROVED]
    wrong = text.replace("-s_i s_j", "s_i s_j")
    assert _verdicts(wrong)[1] is Verdict.FAILED


def test_a_range_heading_is_the_range_of_its_display() -> None:
    text = "# Absolute value\n\n## For $x > 0$\n\n$$\\sqrt{x^2} = x$$\n\n## For $x < 0$\n\n$$\\sqrt{x^2} = -x$$\n"
    assert _verdicts(text) == [Verdict.PROVED, Verdict.PROVED]
    wrong = "# Absolute value\n\n## For $x < 0$\n\n$$\\sqrt{x^2} = x$$\n"
    assert _verdicts(wrong)[0] not in (Verdict.PROVED, Verdict.PASSED)


def test_after_heading_keeps_the_heading_line() -> None:
    assert after_heading(3, "a\n# H $x > 0$\nb") == (4, "# H $x > 0$\nb")
