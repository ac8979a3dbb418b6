"""Document chains are titled by their LaTeX: the HTML and Markdown summaries show it as math, not source."""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.reporters.html import HtmlReporter, title_html
from verifier.reporters.markdown import MarkdownReporter, md_title
from verifier.reporters.titles import document_title
from verifier.results import IdentityResult, RunResult, Verdict

FAST = Settings(points=30)

NOTES = textwrap.dedent(
    r"""
    ```verify
    x: real
    ```

    $$c) \frac{d}{dx} x^2 = 2x$$
    """
).lstrip()


def _doc(statement: str, title: str | None = None) -> IdentityResult:
    return IdentityResult(id="hw.md:3", title=title if title is not None else statement, statement=statement,
                          verdict=Verdict.PROVED, kind="document")  # fmt: skip


def _overview_cell(page: str) -> str:
    row = re.search(r'<tr><td><a href="#identity-1">.*?</tr>', page)
    assert row is not None
    return row.group(0).split("</td><td>")[1]


def test_html_summary_shows_a_document_title_as_mathml() -> None:
    check = check_text(NOTES, "hw.md", FAST)
    run = RunResult(results=tuple(check.results), seed=FAST.seed, points=FAST.points)
    page = HtmlReporter().render(run)
    cell = _overview_cell(page)
    assert "<math" in cell and r"\frac" not in cell
    assert cell.startswith("c) <math")  # the label stays text in front of the math
    heading = re.search(r"<h3>(.*?)</h3>", page)
    assert heading is not None and r"\frac" not in heading.group(1)  # the statement follows as display math
    assert '<div class="statement"><math display="block"' in page


def test_markdown_summary_shows_a_document_title_as_math() -> None:
    check = check_text(NOTES, "hw.md", FAST)
    run = RunResult(results=tuple(check.results), seed=FAST.seed, points=FAST.points)
    report = MarkdownReporter().render(run)
    row = next(line for line in report.splitlines() if line.startswith("| hw.md:"))
    assert r"| c) $\frac{d}{dx} x^2 = 2x$ |" in row
    heading = next(line for line in report.splitlines() if line.startswith("### "))
    assert heading == "### hw.md:5 — c)"


def test_catalog_titles_stay_prose() -> None:
    prose = IdentityResult(id="sig", title="Sigmoid <derivative>", statement=r"\sigma'(x)", verdict=Verdict.PROVED)
    assert document_title(prose) is None
    assert title_html(prose) == "Sigmoid &lt;derivative&gt;"
    assert md_title(prose) == "Sigmoid &lt;derivative&gt;"


def test_long_statements_are_cut_at_whole_members() -> None:
    members = [rf"\sum_{{i = 1}}^{{n}} a_{{{k}}} x_i^{k}" for k in range(8)]
    statement = " = ".join(members)
    title = document_title(_doc(statement, statement[:69] + "…"), limit=80)
    assert title is not None and title.cut and title.label == ""
    assert title.latex == " = ".join(members[:2]) + r" = \ldots"
    assert "<math" in title_html(_doc(statement, statement[:69] + "…"))


def test_latex_that_cannot_be_converted_falls_back_to_escaped_code() -> None:
    cell = title_html(_doc(r"\frobnicate{<b>x</b>} = 2"))
    assert cell.startswith('<code class="latex">') and "<b>" not in cell and "&lt;b&gt;" in cell


def test_bars_cannot_break_the_markdown_table_row() -> None:
    cell = md_title(_doc(r"\|x\|^2 = |x|^2"))
    assert "|" not in cell and r"\Vert" in cell and r"\vert" in cell


def test_the_first_failing_step_is_shown_as_written() -> None:
    """Not ``Derivative(x**3, x) = 2*x**2`` (SymPy text) but the author's LaTeX, as math."""
    from verifier.results import Counterexample, StepResult

    step = StepResult(index=1, lhs="Derivative(x**3, x)", rhs="2*x**2", lhs_latex=r"\frac{d}{dx} x^3",
                      rhs_latex="2x^2", verdict=Verdict.FAILED,
                      counterexample=Counterexample((("x", "2"),), "12", "8", "4"))  # fmt: skip
    failed = replace(_doc(r"\frac{d}{dx} x^3 = 2x^2"), verdict=Verdict.FAILED, steps=(step,))
    run = RunResult(results=(failed,), seed=1, points=2)
    row = next(line for line in MarkdownReporter().render(run).splitlines() if line.startswith("| hw.md:"))
    assert row.endswith(r"| **FAILED** | step 1: $\frac{d}{dx} x^3 = 2x^2$ |")
    cell = _overview_cell(HtmlReporter().render(run)).split("</td><td>")
    assert "Derivative" not in "".join(cell)
    assert re.search(r"<td>step 1: <math[^>]*>.*<mfrac>", HtmlReporter().render(run))
    long = replace(failed, steps=(replace(step, lhs_latex=r"\frac{d}{dx} " + "x + " * 40 + "x"),))
    assert r"step 1: Derivative(x\*\*3, x)" in MarkdownReporter().render(RunResult(results=(long,), seed=1, points=2))


def test_a_label_written_in_latex_is_math_too() -> None:
    starred = _doc(r"\frac{d}{dx} x^2 = 2x", r"\star \frac{d}{dx} x^2 = 2x")
    title = document_title(starred)
    assert title is not None and title.label == r"\star" and title.label_is_math
    assert title_html(starred).startswith("<math") and r"\star" not in title_html(starred)
    assert md_title(starred) == r"$\star$ $\frac{d}{dx} x^2 = 2x$"
    report = MarkdownReporter().render(RunResult(results=(starred,), seed=1, points=2))
    assert "### hw.md:3 — $\\star$" in report
