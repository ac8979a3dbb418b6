r"""Review of dialects23 and fresh23 (stop 35): notes where their readings made a false claim green, dropped
math or failed a correct step. Every example is written here."""

from __future__ import annotations

import json
from pathlib import Path

from support import FAST, doc_steps

from verifier.documents.cellmagics import magic_source
from verifier.documents.check import check_text
from verifier.documents.sources import load_document

# --- documents.propagated: the rounding of a later member carried through --------------------------------


def test_a_small_rounded_term_of_a_sum_is_no_licence_for_the_whole_sum() -> None:
    # 0.1 is off by 0.05 at most: 9.7 and 9.1 differ by 0.6 (relative errors times the value allowed 4.55)
    (step,) = doc_steps(r"$$0.7 + 9 = 0.1 + 9$$" + "\n")
    assert step.verdict.value == "FAILED"
    (step,) = doc_steps(r"$$\sigma(0.5) + 3 = 0.64 + 3$$" + "\n")  # σ(0.5) = 0.6225
    assert step.verdict.value == "FAILED"


def test_a_rounded_term_of_a_sum_still_passes() -> None:
    for text in (r"$$\sigma(0.5) + 3 = 0.62 + 3$$", r"$$\frac{1}{3} + 5 = 0.333 + 5$$",
                 r"$$e^{-0.5} \cdot 10 = 0.607 \cdot 10$$"):  # fmt: skip
        (step,) = doc_steps(text + "\n")
        assert step.verdict.value in ("PROVED", "PASSED"), text


# --- documents.omitted.bracketed_factor: a sum in brackets after a labelled scalar --------------------------


def test_a_function_letter_before_a_sum_is_no_factor() -> None:
    # f and ℓ are read as calls: the notes apply them, and a function does not distribute over a sum
    for eq in (r"f(w + h) = f w + f h", r"\ell(y + \epsilon) = \ell y + \ell \epsilon"):
        steps = doc_steps(f"Let $f$ be a differentiable function.\n\n$${eq}$$\n")
        assert steps[-1].verdict.value not in ("PROVED", "PASSED"), eq


def test_a_letter_the_definitions_write_as_a_factor_still_multiplies_a_sum() -> None:
    # the weight-norm length g: w = g v / ‖v‖ writes it as a factor, so g (a + b) is g times the bracket
    text = ("Write $w = \\frac{g}{\\|v\\|} v$ with length $g$.\n\n"
            "$$g (c_1 v_1 + c_2 v_2) - g c_1 v_1 = g c_2 v_2$$\n")
    assert doc_steps(text)[-1].verdict.value == "PROVED"


# --- documents.recurrencestart: a start the prose states -------------------------------------------------

_START = r"""
# Problem 1

The update is $\theta_t = \theta_{t-1} - \eta g_t$ on $f(\theta) = \theta^2$. Start at $\theta_0 = 1$ with $\eta = 0.1$.

$$\theta_1 = \theta_0 - 0.1 \cdot 2 = {rhs}$$
"""


def test_a_wrong_number_at_the_stated_start_stays_failed() -> None:
    # at θ₀ = 1 the step is 0.8 = 0.9: FAILED at the notes' own values, no "identity for every value" question
    steps = doc_steps(_START.replace("{rhs}", "0.9"))
    assert steps[-1].verdict.value == "FAILED"
    steps = doc_steps(_START.replace("{rhs}", "0.8"))
    assert steps[-1].verdict.value != "FAILED"


def test_a_symbolic_step_wrong_at_every_start_stays_failed_in_a_later_problem() -> None:
    text = _START.replace("$$\\theta_1 = \\theta_0 - 0.1 \\cdot 2 = {rhs}$$", "") + (
        "\n# Problem 2\n\nNow from an unknown start, one step gives\n\n"
        "$$\\theta_1 = \\theta_0 - 2\\eta\\theta_0 = (1 - 3\\eta)\\theta_0$$\n")
    steps = doc_steps(text)
    assert steps[-1].verdict.value == "FAILED"


# --- pandoc footnotes (mdit-py-plugins): a definition never referenced --------------------------------------


def test_the_math_of_a_footnote_never_referenced_is_read() -> None:
    # the plugin's tail drops a definition no [^label] refers to: its display and inline step were lost
    text = ("# Notes\n\nThe power rule.\n\n[^sq]: Indeed,\n\n    $$\\frac{d}{dx} x^2 = 3x$$\n\n"
            "[^other]: Also $\\frac{d}{dx} x^3 = 2x^2$ inline.\n")
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED", "FAILED"]


# --- prices: allow_digits=False refused a pair of prices, and the second paired with a formula -------------


def test_two_prices_before_a_formula_leave_the_formula_read() -> None:
    text = ("A GPU hour costs $5 and a CPU hour $1. Then the derivative is $\\frac{d}{dx} x^2 = 3x$ here.\n\n"
            "The total is $3 for a = 2 hours and $5 in all.\n")
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]


# --- documents.cellmagics: IPython drops a cell's leading blank lines before the magic ----------------------


def test_a_latex_magic_after_blank_lines_is_read_at_its_lines() -> None:
    assert magic_source("code", "\n  \n%%latex\n$$a = b$$") == ("latex", "\n\n\n$$a = b$$")
    assert magic_source("code", "%%latex\n$$a = b$$") == ("latex", "\n$$a = b$$")
    assert magic_source("code", "x = 1\n%%latex\n$$a = b$$") is None


# --- documents.pagemath: a formula written for a processor that halves backslashes -------------------------


def test_a_halved_formula_halves_its_row_breaks_too() -> None:
    # \\| … \\| says Goldmark: its matrix rows are broken with \\\\ (one \\ once halved), not an empty row
    text = "$$\\\\| \\begin{pmatrix} a \\\\\\\\ b \\end{pmatrix} \\\\|^2 = a^2 + {rhs}$$\n"
    assert [s.verdict.value for s in doc_steps(text.replace("{rhs}", "b^2"))] == ["PROVED"]
    assert [s.verdict.value for s in doc_steps(text.replace("{rhs}", "2b^2"))] == ["FAILED"]


def test_an_indented_latex_magic_body_is_no_code_block(tmp_path: Path) -> None:
    # LaTeX ignores indentation, and IPython gives the magic its body as written: an indented display of a
    # %%latex cell (or a raw LaTeX cell) is math, not a Markdown code block whose wrong step was dropped
    cells = [("code", "%%latex\n    \\begin{align}\n        \\frac{d}{du} u^2 &= 3 u\n    \\end{align}"),
             ("raw", "    $$\\frac{d}{du} u^4 = 3 u^3$$")]
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": kind, "id": f"c{k}", "source": src,
         "metadata": {"raw_mimetype": "text/latex"} if kind == "raw" else {},
         **({"outputs": [], "execution_count": 1} if kind == "code" else {})}
        for k, (kind, src) in enumerate(cells)]}  # fmt: skip
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    check = check_text(load_document(path), str(path), FAST)
    assert [s.verdict.value for c in check.chains for s in c.result.steps] == ["FAILED", "FAILED"]


# --- sources: a \renewcommand in a display that shares its line with another ------------------------------


def test_a_macro_renewed_in_the_second_display_of_a_line_is_not_the_firsts() -> None:
    # kramdown's inline $$: both displays on one line; the second's \va is 3 (MathJax), so 3x = 2x is no identity
    text = ("First $$\\newcommand{\\va}{2} \\va \\cdot x = 2x$$ and then "
            "$$\\renewcommand{\\va}{3} \\va \\cdot x = 2x$$ inline.\n")
    first, second = doc_steps(text)
    assert first.verdict.value == "PROVED"
    assert second.verdict.value not in ("PROVED", "PASSED")


# --- documents.myst: a pandoc div has no directive options ---------------------------------------------------


def test_a_div_opening_with_a_rule_keeps_its_display() -> None:
    # "---" opens a MyST directive's YAML options; in a pandoc/Quarto div it is a rule, and the display is shown
    text = "::: {.callout-note}\n---\n$$\\frac{d}{dx} x^2 = 3x$$\n\n---\n:::\n"
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]


def test_a_start_stated_in_a_later_problem_is_not_this_ones() -> None:
    text = ("# Problem 1\n\nThe update is $\\theta_t = \\theta_{t-1} - \\eta g_t$ on $f(\\theta) = \\theta^2$, "
            "from any start.\n\n$$\\theta_1 = \\theta_0 - 2\\eta\\theta_0 = (1 - 3\\eta)\\theta_0$$\n\n# Problem 2\n\n"
            "Now start at $\\theta_0 = 1$ with $\\eta = 0.5$.\n")
    assert doc_steps(text)[-1].verdict.value == "FAILED"


# --- documents.shortcodes: a display shortcode inside raw HTML ------------------------------------------------


def test_a_display_shortcode_in_an_html_block_is_read() -> None:
    # Hugo expands {{< katex >}} inside a raw <div> as anywhere: the HTML block is read again for it
    text = '<div class="proof">\n{{< katex display >}}\\frac{d}{dx} x^3 = 2x{{< /katex >}}\n</div>\n'
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]


def test_a_latex_magic_in_an_r_notebook_is_code(tmp_path: Path) -> None:
    # IRkernel has no cell magics: "%%latex" there is an R syntax error, and nothing of it is shown
    nb = {"nbformat": 4, "nbformat_minor": 5, "cells": [
        {"cell_type": "code", "id": "c0", "metadata": {}, "outputs": [], "execution_count": 1,
         "source": "%%latex\n$$\\frac{d}{du} u^3 = 3 u$$"}],
        "metadata": {"kernelspec": {"name": "ir", "language": "R", "display_name": "R"}}}  # fmt: skip
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert "frac" not in load_document(path)


# --- sources: macros defined inside a div, a directive or an HTML block --------------------------------------


def test_macros_of_a_hidden_div_are_the_whole_notes() -> None:
    # Quarto's way to define macros: a ::: {.hidden} div of $$\newcommand…$$ (colon fences read it apart since
    # dialects23, and its macros were lost: every step using them SKIPPED, a wrong one included)
    text = ("::: {.hidden}\n$$\n\\newcommand{\\sq}[1]{{#1}^2}\n$$\n:::\n\n"
            "$$\\frac{d}{dx} \\sq{x} = 3x$$\n\n$$\\frac{d}{dx} \\sq{x} = 2x$$\n")
    assert [s.verdict.value for s in doc_steps(text, path="notes.qmd")] == ["FAILED", "PROVED"]


def test_macros_of_an_html_block_and_a_directive_reach_the_displays_after() -> None:
    text = ('<div style="display:none">\n$$\\newcommand{\\sq}[1]{{#1}^2}$$\n</div>\n\n'
            "$$\\frac{d}{dx} \\sq{x} = 3x$$\n\n"
            "```{note}\nInside, $\\newcommand{\\cu}[1]{{#1}^3}$ then\n\n$$\\frac{d}{dx} \\cu{x} = 2x^2$$\n```\n\n"
            "$$\\frac{d}{dx} \\cu{x} = 3x^2$$\n")
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED", "FAILED", "PROVED"]


def test_a_cells_renewed_macro_is_not_an_earlier_cells(tmp_path: Path) -> None:
    # the cells share one macro table: positions inside each cell made cell 1's \newcommand (written further
    # into its cell) later than cell 2's \renewcommand, and 2x = 2x was PROVED for MathJax's 3x = 2x
    cells = ["# Title of a first cell, some text\n\n$$\\newcommand{\\va}{2} \\va \\cdot x = 2x$$",
             "A\n\n$$\\renewcommand{\\va}{3}$$\n\nNow the text goes on for a while before $$\\va \\cdot x = 2x$$"]
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "markdown", "id": f"c{k}", "metadata": {}, "source": src} for k, src in enumerate(cells)]}
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    check = check_text(load_document(path), str(path), FAST)
    first, second = (s.verdict.value for c in check.chains for s in c.result.steps)
    assert first == "PROVED" and second not in ("PROVED", "PASSED")
