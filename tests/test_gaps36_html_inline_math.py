r"""Inline math inside a raw HTML block of Markdown (``<div>… $x^2$ …</div>``, ``<details>``) is read.

markdown-it keeps an HTML block as raw text; its displays were read by parsing the block's content again
(dialects23), its inline formulas were not, so a wrong ``$\frac{d}{dx} x^4 = 4x^2$`` in a ``<div>`` of a
solution was neither checked nor SKIPPED (review35b's left item). MathJax renders the math of such a
block as anywhere, except in ``<pre>``, ``<code>``, ``<script>``, ``<style>`` and ``<textarea>``: that
stays code. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.sources import read_sources


def test_inline_math_in_a_div_is_checked() -> None:
    text = ('# Answers\n\n<div class="answer">\nWe have $\\frac{d}{dx} \\sin x = \\cos x$ and '
            '$\\frac{d}{dx} x^4 = 4x^2$.\n</div>\n')
    assert verdicts_by_line(text) == {4: ["PROVED", "FAILED"]}


def test_inline_math_in_details_is_checked() -> None:
    text = ('<details>\n<summary>Solution</summary>\nThe slope is $\\frac{d}{dx} x^3 = 3x^2$.\n'
            '</details>\n\n<details><summary>Hint</summary>\n<p>Use $\\frac{d}{dx} x^2 = 3x$.</p>\n</details>\n')
    assert verdicts_by_line(text) == {3: ["PROVED"], 7: ["FAILED"]}


def test_an_inline_formula_keeps_its_column() -> None:
    # the tags before it on its line are counted, so an annotation lands on the formula
    text = '<div><p>So $\\frac{d}{dx} x^2 = 2x$ here.</p></div>\n'
    [formula] = read_sources(text, "notes.md").inline
    assert formula.place is not None
    assert text[formula.place.column :].startswith("$\\frac")


def test_a_definition_in_a_div_reaches_the_step_after_it() -> None:
    text = ('<div>\nLet $f(x) = x^3$.\n</div>\n\nThen\n\n$$f\'(x) = 3x^2$$\n\nand\n\n$$f\'(x) = 2x^2$$\n')
    assert verdicts_by_line(text) == {7: ["PROVED"], 11: ["FAILED"]}


def test_math_in_pre_code_and_script_stays_code() -> None:
    text = ('<pre>\nprice is $\\frac{d}{dx} x^2 = 3x$\n</pre>\n\n<script>\nvar s = "$\\\\frac{d}{dx} x^2 = 3x$";\n'
            '</script>\n\n<pre>\n$$\\frac{d}{dx} x^2 = 3x$$\n</pre>\n')
    assert verdicts_by_line(text) == {}
