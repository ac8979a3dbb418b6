r"""Notes in the dialects courses publish with, read where they are written: Jupyter's ``%%latex`` and
``%%markdown`` cells, pandoc's footnotes, a web page's HTML entities and Markdown escapes inside the math,
MathJax's ``\require``, a ``\newcommand`` used in its own display, and prices written with ``$``. Every
example is written here."""

from __future__ import annotations

import json
from pathlib import Path

from support import FAST

from verifier.documents.check import check_text
from verifier.documents.sources import load_document, read_sources


def verdicts(text: str, path: str = "notes.md") -> list[tuple[int, str]]:
    check = check_text(text, path, FAST)
    return [(line, s.verdict.value) for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)]


def notebook(tmp_path: Path, cells: list[tuple[str, list[str]]]) -> Path:
    """A notebook whose cells' sources are given as lists of lines, as Jupyter saves them."""
    nb = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {"cell_type": kind, "id": f"c{k}", "metadata": {}, "source": src,
             **({"outputs": [], "execution_count": 1} if kind == "code" else {})}
            for k, (kind, src) in enumerate(cells)
        ],
    }  # fmt: skip
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


# --- notebooks: cell magics that show the author's math ---------------------------------------------


def test_a_latex_magic_cell_is_read_at_its_own_lines(tmp_path: Path) -> None:
    path = notebook(tmp_path, [
        ("markdown", ["# T"]),
        ("code", ["%%latex\n", "\\begin{align}\n", "\\frac{d}{du} u^2 &= 2 u\n", "\\end{align}"]),
    ])  # fmt: skip
    blocks = read_sources(load_document(path), str(path)).blocks
    assert [(b.cell, b.cell_line) for b in blocks] == [(2, 2)]
    assert "\\frac{d}{du} u^2 &= 2 u" in blocks[0].text and "%%latex" not in blocks[0].text


def test_a_wrong_step_in_a_latex_magic_cell_fails(tmp_path: Path) -> None:
    path = notebook(tmp_path, [("code", ["%%latex\n", "$$\\frac{d}{du} u^3 = 3 u$$"])])
    assert [v for _, v in verdicts(load_document(path), str(path))] == ["FAILED"]


def test_a_markdown_magic_cell_is_read_as_markdown(tmp_path: Path) -> None:
    path = notebook(tmp_path, [("code", ["%%markdown\n", "Text, then\n", "$$\\frac{d}{du} u^3 = 3 u$$"])])
    blocks = read_sources(load_document(path), str(path)).blocks
    assert [(b.cell, b.cell_line, b.text) for b in blocks] == [(1, 3, "\\frac{d}{du} u^3 = 3 u")]


def test_other_code_cells_and_their_latex_outputs_stay_unread(tmp_path: Path) -> None:
    path = notebook(tmp_path, [
        ("code", ["%%time\n", "s = '$$a = b$$'"]),
        ("code", ["x = 1  # %%latex is only a magic on the first line\n", "%%latex\n", "$$c = d$$"]),
    ])  # fmt: skip
    assert read_sources(load_document(path), str(path)).blocks == []


# --- pandoc Markdown --------------------------------------------------------------------------------


def test_a_display_in_a_footnotes_indented_paragraph_is_math_not_code() -> None:
    text = (
        "Text.[^1] An inline note^[with $$p = q$$ inside].\n"  # 1
        "\n"  # 2
        "[^1]: A note.\n"  # 3
        "\n"  # 4
        "    \\[ a = b \\]\n"  # 5
        "\n"  # 6
        "    ```\n"  # 7
        "    c = '$$d = e$$'\n"  # 8
        "    ```\n"  # 9
    )
    found = [(b.line, b.text.strip()) for b in read_sources(text, "notes.md").blocks]
    assert found == [(1, "p = q"), (5, "a = b")]


def test_a_wrong_step_in_a_footnote_fails() -> None:
    text = "Text.[^n]\n\n[^n]: The power rule:\n\n    $$\\frac{d}{dx} x^4 = 4 x^4$$\n"
    assert verdicts(text) == [(5, "FAILED")]


# --- math written for a web page: entities, Markdown escapes, MathJax's \require ------------------


def test_html_entities_in_a_display_are_the_characters_they_stand_for() -> None:
    text = "$$\n\\begin{aligned}\nf(z) &amp;= z^2 \\\\\n&amp;&lt; 4\n\\end{aligned}\n$$\n"
    (block,) = read_sources(text, "notes.md").blocks
    assert "&amp;" not in block.text and "&lt;" not in block.text
    assert "f(z) &= z^2" in block.text and "&< 4" in block.text


def test_an_entity_is_not_read_as_a_product_of_letters() -> None:
    text = (
        "$$\n"  # 1
        "\\begin{aligned}\n"  # 2
        "\\frac{d}{dz} \\log(1 + e^{z}) &amp;= \\frac{e^{z}}{1 + e^{z}} \\\\\n"  # 3
        "&amp;= \\frac{1}{1 - e^{-z}} &lt; 1\n"  # 4
        "\\end{aligned}\n"  # 5
        "$$\n"  # 6
    )
    assert [v for _, v in verdicts(text)][:2] == ["PROVED", "FAILED"]


def test_an_entity_in_a_latex_note_is_left_to_latex() -> None:
    text = "\\begin{document}\n\\[ a = b \\& c \\]\n\\end{document}\n"
    (block,) = read_sources(text, "notes.tex").blocks
    assert block.text.strip() == "a = b \\& c"


def test_markdown_escaped_underscores_and_stars_are_subscripts_and_products() -> None:
    text = "$$\\sum\\_{i=1}^{n} x\\_i \\* y\\_i = \\text{max\\_iter}$$\n"
    (block,) = read_sources(text, "notes.md").blocks
    assert block.text == "\\sum_{i=1}^{n} x_i * y_i = \\text{max\\_iter}"


def test_a_wrong_step_written_with_markdown_escapes_fails() -> None:
    text = (
        "$$\n"
        "\\frac{\\partial}{\\partial w} \\frac{1}{2} \\sum\\_{i=1}^{n} (w x\\_i - y\\_i)^2 = "
        "\\sum\\_{i=1}^{n} (w x\\_i - y\\_i) y\\_i\n"
        "$$\n"
    )
    assert verdicts(text) == [(2, "FAILED")]


def test_a_row_break_before_an_escape_is_kept() -> None:
    (block,) = read_sources("$$\\begin{aligned} a &= b \\\\\\_c &= d \\end{aligned}$$\n", "notes.md").blocks
    assert "\\\\" in block.text


def test_mathjax_require_is_no_math() -> None:
    text = "$$\n\\require{cancel}\n\\frac{d}{du} u^3 = 3 u\n$$\n"
    assert verdicts(text) == [(3, "FAILED")]


def test_a_newcommand_serves_the_rest_of_its_own_display() -> None:
    text = "$$\n\\newcommand{\\sig}{\\sigma}\n\\frac{d}{dx}\\sig(x) = \\sig(x)(1+\\sig(x))\n$$\n\n$$\\sig(y) = z$$\n"
    blocks = read_sources(text, "notes.md").blocks
    assert [b.text.strip() for b in blocks] == ["\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1+\\sigma(x))", "\\sigma(y) = z"]


def test_a_display_written_before_a_definition_is_read_without_it() -> None:
    text = "$$\\sig(y) = z$$\n\n$$\n\\newcommand{\\sig}{\\sigma}\n\\sig = 1\n$$\n"
    blocks = read_sources(text, "notes.md").blocks
    assert [b.text.strip() for b in blocks] == ["\\sig(y) = z", "\\sigma = 1"]


# --- prices are not math ------------------------------------------------------------------------------


def test_prices_in_a_sentence_are_not_a_formula() -> None:
    text = "Renting costs $3 for a = 2 hours and $5 for storage.\n\nIt is 5$ or 10$ in Europe. Let $n = 2$ hours.\n"
    found = read_sources(text, "notes.md")
    assert [b.text for b in found.inline] == ["n = 2"]
    assert verdicts(text) == []


# --- colon fences: MyST directives and pandoc/Quarto divs ---------------------------------------------


def test_a_myst_colon_fence_math_directive_is_a_display() -> None:
    text = "# T\n\n:::{math}\n:label: eq-sq\n\\frac{d}{dx} x^2 = 3x\n:::\n"
    assert verdicts(text) == [(5, "FAILED")]


def test_colon_fenced_divs_hold_markdown_and_a_code_directive_holds_code() -> None:
    text = (
        "::::{prf:proof}\n"  # 1
        ":class: dropdown\n"  # 2
        ":::{math}\n"  # 3
        "a = b\n"  # 4
        ":::\n"  # 5
        "::::\n"  # 6
        "\n"  # 7
        "::: {.callout-note}\n"  # 8
        "$$c = d$$\n"  # 9
        ":::\n"  # 10
        "\n"  # 11
        ":::{code-block} python\n"  # 12
        "s = '$$e = f$$'\n"  # 13
        ":::\n"  # 14
    )
    assert [(b.line, b.text.strip()) for b in read_sources(text, "notes.md").blocks] == [(4, "a = b"), (9, "c = d")]


def test_a_divs_code_stays_code_and_its_formulas_keep_their_places() -> None:
    text = "::: {.callout-note}\n```r\nx$a <- 1\n```\nSo $y = 2$ here.\n:::\n"
    found = read_sources(text, "notes.qmd")
    assert found.prose is not None and "x$a" not in found.prose
    (formula,) = found.inline
    assert formula.line == 5 and formula.place is not None
    assert (formula.place.column, formula.place.end_line, formula.place.end_column) == (3, 5, 10)


def test_goldmark_doubled_backslashes_before_braces_and_bars_are_one() -> None:
    text = "$$\\frac{\\partial}{\\partial w} \\frac{1}{2} \\\\|w\\\\|^2 = w, \\quad S = \\\\{a, b\\\\}\\\\,$$\n"
    (block,) = read_sources(text, "notes.md").blocks
    assert block.text == "\\frac{\\partial}{\\partial w} \\frac{1}{2} \\|w\\|^2 = w, \\quad S = \\{a, b\\}\\,"


def test_a_row_break_before_a_brace_group_stays_a_row_break() -> None:
    text = "$$\\begin{aligned} a &= b \\\\{}&= c \\\\|x| &= d \\end{aligned}$$\n"
    (block,) = read_sources(text, "notes.md").blocks
    assert block.text == "\\begin{aligned} a &= b \\\\{}&= c \\\\|x| &= d \\end{aligned}"


def test_a_wrong_norm_gradient_written_for_goldmark_fails() -> None:
    text = "$$\n\\frac{\\partial}{\\partial w} \\frac{1}{2} \\\\|w\\\\|^2 = 2 w\n$$\n"
    assert verdicts(text) == [(2, "FAILED")]


# --- Hugo's math shortcodes -----------------------------------------------------------------------------


def test_hugo_katex_shortcodes_hold_a_display_and_an_inline_formula() -> None:
    text = (
        "The loss:\n"  # 1
        "{{< katex display=true >}}\n"  # 2
        "\\frac{d}{dw} w^2 = 2 w\n"  # 3
        "{{< /katex >}}\n"  # 4
        "\n"  # 5
        "Inline {{< katex >}}p = q{{< /katex >}} and `{{< katex >}}c = d{{< /katex >}}` in code.\n"  # 6
    )
    found = read_sources(text, "notes.md")
    assert [(b.line, b.text.strip()) for b in found.blocks] == [(3, "\\frac{d}{dw} w^2 = 2 w")]
    assert [(b.line, b.text) for b in found.inline] == [(6, "p = q")]


def test_a_wrong_step_in_a_hugo_katex_display_fails() -> None:
    text = "{{< katex display >}}\n\\frac{d}{dw} w^3 = 3 w\n{{< /katex >}}\n"
    assert verdicts(text) == [(2, "FAILED")]
