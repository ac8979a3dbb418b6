r"""A ``<code>`` element inside a line of an HTML block is verbatim, not math (redteam37).

In a ``<div>``, "Inline code: <code>$\frac{d}{dx} x^3 = 2x$</code> is shown verbatim." was FAILED: the block's
lines are read again as Markdown (gaps36), and the ``$…$`` inside an inline ``<code>`` was read as a formula,
though MathJax never typesets inside ``<code>`` (its skipHtmlTags) — the page shows the source as it is. gaps36
made a block that opens with such an element code; an element inside a line is now blanked too, its columns
kept, and the formulas around it are read. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_math_inside_inline_code_of_an_html_block_is_not_read() -> None:
    text = ("# H\n\n<div>\nInline code: <code>$\\frac{d}{dx} x^3 = 2x$</code> and "
            "$\\frac{d}{dx} x^2 = 3x$ here.\n</div>\n")
    assert verdicts_by_line(text) == {4: ["FAILED"]}


def test_math_beside_inline_code_keeps_its_column() -> None:
    text = "# H\n\n<div>\n<code>$a$</code> then $\\frac{d}{dx} x^2 = 2x$.\n</div>\n"
    assert verdicts_by_line(text) == {4: ["PROVED"]}
