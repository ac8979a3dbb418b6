"""Slidev's line highlighting of a KaTeX display: ``$$ {1|3|all}`` reveals the display's lines click by click. The
ranges were read as the display's first member (``{1|2|all} \\frac{∂}{∂q} …``: "a, l appear on one side only"), so
the first link of every such display was SKIPPED, right or wrong (fresh66)."""

from __future__ import annotations

from support import line_of, verdicts_by_line

SLIDE = r"""# Its gradient

$$ {1|2|all}
\frac{d}{dq} q^3 = 3 q^2 \\
3 q^2 = 3 q \cdot q
$$
"""


def test_highlight_ranges_are_not_math() -> None:
    verdicts = verdicts_by_line(SLIDE, "slides.md")
    assert verdicts[line_of(SLIDE, "q^3 = 3 q^2")] == ["PROVED"]


def test_wrong_first_line_after_ranges_is_failed() -> None:
    wrong = SLIDE.replace("q^3 = 3 q^2", "q^3 = 3 q")
    assert verdicts_by_line(wrong, "slides.md")[line_of(wrong, "q^3 = 3 q \\")] == ["FAILED"]


def test_a_brace_group_of_math_stays() -> None:
    # a display whose first line is a brace group of LaTeX, not ranges: read as written
    text = "$$ {x^2}\n= x \\cdot x\n$$\n"
    assert list(verdicts_by_line(text, "notes.md").values()) == [["PROVED"]]
