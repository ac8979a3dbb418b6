"""Finding display math with real parsers: Markdown (markdown-it), notebooks (nbformat), LaTeX
(pylatexenc), and expanding the macros notes define. Every example is written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.documents.macros import Macro, MacroTable, expand, read_definitions
from verifier.documents.sources import extract_math, load_document, read_sources
from verifier.latex import join_chains


def lines_and_text(text: str, path: str = "notes.md") -> list[tuple[int, str]]:
    return [(b.line, b.text.strip()) for b in extract_math(text, path)]


# --- Markdown -------------------------------------------------------------------------------------


def test_dollars_in_code_and_comments_are_not_math() -> None:
    text = (
        "Use `$$a = b$$` in code.\n"  # 1
        "\n"  # 2
        "```python\n"  # 3
        "s = '$$c = d$$'\n"  # 4
        "```\n"  # 5
        "\n"  # 6
        "    $$e = f$$\n"  # 7 indented code
        "\n"  # 8
        "<!-- $$g = h$$ -->\n"  # 9
        "\n"  # 10
        "~~~\n$$i = j$$\n~~~\n"  # 11-13
        "\n"  # 14
        "$$p = q$$\n"  # 15
    )
    assert lines_and_text(text) == [(15, "p = q")]


def test_blockquote_display_keeps_its_line() -> None:
    text = "Intro\n\n> The loss is\n> $$\n> L = a + b\n> $$\n> done\n"
    assert lines_and_text(text) == [(4, "L = a + b")]


def test_display_with_blank_lines_inside() -> None:
    text = "text\n\n$$\n\nx = y\n\n= z\n\n$$\nafter\n"
    blocks = extract_math(text, "n.md")
    assert [b.line for b in blocks] == [3]
    chain = join_chains(blocks)[0]
    assert [m.latex for m in chain.members] == ["x", "y", "z"]
    assert [m.line for m in chain.members] == [5, 5, 7]


def test_display_right_after_a_paragraph_line() -> None:
    text = "The cross-entropy is\n$$\n\\begin{align}\na &= b \\\\\n&= c\n\\end{align}\n$$\nwhere $x$ is\n"
    blocks = extract_math(text, "n.md")
    assert len(blocks) == 1 and blocks[0].line == 2
    assert [m.latex for m in join_chains(blocks)[0].members] == ["a", "b", "c"]


def test_kramdown_inline_double_dollar_is_a_display() -> None:
    text = "We note that\nfor all $p$, $$u_p = v_p$$ holds, and $$w = 2$$ too.\n"
    assert lines_and_text(text) == [(2, "u_p = v_p"), (2, "w = 2")]


def test_amsmath_environment_without_dollars_and_brackets() -> None:
    text = "Text\n\n\\begin{align}\na &= b\n\\end{align}\n\n\\[\nc = d\n\\]\n"
    got = lines_and_text(text)
    assert got[0][0] == 3 and "a &= b" in got[0][1]
    assert got[1] == (7, "c = d")


def test_display_inside_html_details() -> None:
    text = "<details>\n<summary>Cheat sheet</summary>\n<p>\n$$\na = b\n$$\n</p>\n</details>\n"
    assert lines_and_text(text) == [(4, "a = b")]


def test_struck_inline_and_block_displays_are_marked() -> None:
    blocks = extract_math("ok\n\n~~$$u = v$$~~\n\n$$w = x$$\n", "n.md")
    assert [(b.line, b.struck) for b in blocks] == [(3, True), (5, False)]


def test_markdown_body_newcommand_applies_from_where_it_is_defined() -> None:
    text = (
        "$$\\pd{x} = 1$$\n"  # 1: before the definition: left as written
        "\n"
        "\\newcommand{\\pd}[1]{\\frac{\\partial}{\\partial #1}}\n"  # 3
        "\\renewcommand{\\th}{\\theta}\n"  # 4
        "\n"
        "$$\\pd{\\th} f = g$$\n"  # 6
    )
    blocks = extract_math(text, "n.md")
    assert blocks[0].text == "\\pd{x} = 1"
    assert blocks[1].text == "\\frac{\\partial}{\\partial \\theta} f = g"


def test_mathjax_definitions_inside_a_display_are_not_math() -> None:
    text = "$$\\newcommand{\\R}{\\mathbb{R}}$$\n\n$$x \\in \\R, a = b$$\n"
    blocks = extract_math(text, "n.md")
    assert blocks[0].text.strip() == ""
    assert blocks[1].text == "x \\in \\mathbb{R}, a = b"


# --- notebooks ------------------------------------------------------------------------------------


def notebook(tmp_path: Path, cells: list[tuple[str, str]]) -> Path:
    nb = {
        "nbformat": 4,
        "nbformat_minor": 4,
        "metadata": {},
        "cells": [
            {"cell_type": kind, "metadata": {}, "source": src, **({"outputs": [], "execution_count": None}
                                                                    if kind == "code" else {})}
            for kind, src in cells
        ],
    }  # fmt: skip
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_notebook_cells_are_parsed_on_their_own(tmp_path: Path) -> None:
    path = notebook(tmp_path, [
        ("markdown", "Unclosed $$ dollar here\n"),
        ("code", "x = '$$not = math$$'"),
        ("markdown", "text\n\n$$c = d$$"),
    ])  # fmt: skip
    blocks = extract_math(load_document(path), str(path))
    assert [(b.cell, b.cell_line, b.text) for b in blocks] == [(3, 3, "c = d")]


def test_a_file_that_is_not_a_notebook_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ipynb"
    bad.write_text('{"cells": 3}', encoding="utf-8")
    with pytest.raises(ValueError, match="notebook"):
        load_document(bad)


# --- LaTeX ----------------------------------------------------------------------------------------

TEX = r"""\documentclass{article}
\lstset{literate={$$}{{\$\$}}2}
\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}
\newcommand{\xs}[1][i]{x^{(#1)}}
\def\R{\mathbb{R}}
\DeclareMathOperator{\tr}{tr}
\begin{document}
% $$ a = b $$ in a comment
Text \[ \pd{L}{w} = \xs + \xs[1] % trailing comment
\]
\begin{lstlisting}
$$ c = d $$
\end{lstlisting}
{\small
\begin{align*}
\tr(A) &= e \\
 &= f
\end{align*}}
\renewcommand{\R}{\mathbb{Q}}
$$ g \in \R, h = k $$
\end{document}
"""


def test_tex_preamble_is_skipped_and_macros_expanded(tmp_path: Path) -> None:
    path = tmp_path / "hw.tex"
    path.write_text(TEX, encoding="utf-8")
    blocks = extract_math(load_document(path), str(path))
    assert [b.line for b in blocks] == [9, 15, 20]
    assert blocks[0].text.split() == r"\frac{\partial L}{\partial w} = x^{(i)} + x^{(1)}".split()
    assert r"\operatorname{tr}(A) &= e" in blocks[1].text
    assert blocks[2].text.strip() == r"g \in \mathbb{Q}, h = k"
    chains = join_chains(blocks)
    assert [[m.latex for m in c.members] for c in chains][1] == [r"\operatorname{tr}(A)", "e", "f"]


def test_tex_input_resolved_next_to_the_document(tmp_path: Path) -> None:
    (tmp_path / "macros.tex").write_text(r"\newcommand{\w}{\mathbf{w}}", encoding="utf-8")
    path = tmp_path / "hw.tex"
    path.write_text("\\input{macros}\n\\input{missing}\n\\begin{document}\n\\[ \\w = v \\]\n\\end{document}\n",
                    encoding="utf-8")  # fmt: skip
    got = read_sources(load_document(path), str(path))
    assert got.blocks[0].text.strip() == r"\mathbf{w} = v"
    assert got.notes and got.notes[0][0] == 2 and "\\input{missing} not found" in got.notes[0][1]


def test_macro_files_given_by_the_caller(tmp_path: Path) -> None:
    macros = tmp_path / "course-macros.tex"
    macros.write_text(r"\newcommand{\thetav}{\boldsymbol{\theta}}", encoding="utf-8")
    got = extract_math("$$\\thetav = t$$\n", "n.md", macro_files=[macros])
    assert got[0].text == r"\boldsymbol{\theta} = t"


# --- macros ---------------------------------------------------------------------------------------


def test_read_definitions_of_every_kind() -> None:
    got = read_definitions(
        "\\newcommand{\\a}[2]{#1+#2}\n\\renewcommand\\b{B}\n\\providecommand{\\c}[1][z]{c_#1}\n"
        "\\def\\d#1{d^#1}\n\\DeclareMathOperator*{\\e}{argmax}\n% \\newcommand{\\f}{F}\n"
    )
    assert [(m.name, m.nargs, m.default, m.body) for m in got] == [
        ("a", 2, None, "#1+#2"),
        ("b", 0, None, "B"),
        ("c", 1, "z", "c_#1"),
        ("d", 1, None, "d^#1"),
        ("e", 0, None, r"\operatorname{argmax}"),
    ]


def test_expansion_is_recursive_and_bounded() -> None:
    table = {m.name: m for m in [Macro("a", 0, r"\b{z} + 1"), Macro("b", 1, "(#1)", None)]}
    assert expand(r"\a = \b y", table) == r"(z) + 1 = (y)"
    loop = {"x": Macro("x", 0, r"\x\x")}
    assert len(expand(r"\x", loop, limit=50)) < 1000  # a recursive macro cannot hang the reader


def test_a_later_definition_does_not_change_earlier_text() -> None:
    table = MacroTable([Macro("R", 0, "A", pos=10), Macro("R", 0, "B", pos=20)])
    assert expand(r"\R", table.at(5)) == r"\R"
    assert expand(r"\R", table.at(15)) == "A"
    assert expand(r"\R", table.at(25)) == "B"


def test_expansion_does_not_glue_letters() -> None:
    assert expand(r"\R x + \R{}", {"R": Macro("R", 0, "Rn")}) == "Rn x + Rn{}"


def test_annotate_writes_an_annotated_notebook(tmp_path: Path) -> None:
    import nbformat

    from verifier.documents.annotate import annotated_path, write_annotated
    from verifier.documents.check import check_document
    from verifier.engine import Settings

    path = notebook(tmp_path, [
        ("markdown", "```verify\nx: real\n```\nIntro\n"),
        ("code", "print(1)"),
        ("markdown", "Claim:\n$$\\frac{d}{dx} x^2 = 2x$$\nend"),
    ])  # fmt: skip
    check = check_document(path, Settings(points=20))
    target = write_annotated(check, path)
    assert target == annotated_path(path) == tmp_path / "nb.annotated.ipynb"
    nb = nbformat.reads(target.read_text(encoding="utf-8"), as_version=4)
    assert [c.cell_type for c in nb.cells] == ["markdown", "code", "markdown"]
    assert nb.cells[1].source == "print(1)"
    lines = nb.cells[2].source.split("\n")
    assert lines[:2] == ["Claim:", "$$\\frac{d}{dx} x^2 = 2x$$"]
    assert "✓ step 1" in nb.cells[2].source and "cell 3, line 2" in nb.cells[2].source
    assert lines[-1] == "end"


def test_input_found_next_to_the_file_whatever_name_is_displayed(tmp_path: Path) -> None:
    from verifier.documents.check import check_document

    (tmp_path / "defs.tex").write_text(r"\newcommand{\two}{2}", encoding="utf-8")
    path = tmp_path / "hw.tex"
    path.write_text("\\input{defs}\n\\begin{document}\n\\[ \\two = 1 + 1 \\]\n\\end{document}\n", encoding="utf-8")
    check = check_document(path, display="shown-as.tex")
    assert not check.notes
    assert check.blocks[0].text.strip() == "2 = 1 + 1"


def test_expansion_keeps_lines_exact() -> None:
    text = "\\newcommand{\\two}{a\nb}\n\\newcommand{\\pair}[2]{(#1, #2)}\n\n$$\n\\two = \\pair{x\n}{y} \\\\\n= c\n$$\n"
    block = extract_math(text, "n.md")[0]
    assert block.text.count("\n") == 4  # as written: the body's newline is not added, the argument's is kept
    chain = join_chains([block])[0]
    assert [(m.latex, m.line) for m in chain.members] == [("a b", 6), ("(x , y)", 6), ("c", 8)]


def test_an_input_in_the_body_that_holds_math_is_named(tmp_path: Path) -> None:
    (tmp_path / "q1.tex").write_text("\\[ a = b \\]\n", encoding="utf-8")
    path = tmp_path / "main.tex"
    path.write_text("\\begin{document}\n\\input{q1}\n\\end{document}\n", encoding="utf-8")
    got = read_sources(load_document(path), str(path))
    assert got.blocks == []
    assert got.notes == [(2, "\\input{q1} holds display math: it is checked as a document of its own (q1.tex), "
                             "not as part of this one")]  # fmt: skip


def test_a_closing_dollar_line_does_not_open_a_display() -> None:
    text = "text\n\n~~$$\na = b\n$$~~\n\n- item\n\n  $$\n  c = d\n  $$\n\n1. one\n   $$e = f$$\n"
    blocks = extract_math(text, "n.md")
    assert [(b.line, b.struck, b.text.strip()) for b in blocks] == [(3, True, "a = b"), (9, False, "c = d"),
                                                                   (14, False, "e = f")]  # fmt: skip
