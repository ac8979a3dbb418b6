r"""Two inline claims on one line with the same first member: each is read under its own prose (column18).

"For symmetric $A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = (A + A^T)x$": the prose before each
claim differs, and it decides the hypothesis. The places that cut a line at an inline claim searched it for
the claim's first member, some for its first occurrence and some for its last, so a claim could be read
under the other claim's prose: a wrong general formula PROVED "with A symmetric, as the notes say", a right
one FAILED, and the range "for $x > 0$" of one claim read for the other. Chains now carry the column their
formula is written at (Markdown, LaTeX, notebook cells alike), and the prose around a claim is cut there
(documents.claimplace)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from support import doc_steps

from verifier.documents.check import check_document
from verifier.engine import Settings

_QUADRATIC = r"Let $f(x) = x^T A x$ with $A \in \mathbb{R}^{n \times n}$ and $x \in \mathbb{R}^n$."
_ABSOLUTE = r"Let $g(x) = |x|$ for $x \in \mathbb{R}$."

# (the line before, the line of the two claims, the verdict each claim's own prose gives it)
CASES = [
    (_QUADRATIC, r"For symmetric $A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = (A + A^T)x$.",
     ["ok", "ok"]),
    (_QUADRATIC, r"For symmetric $A$, $\nabla f(x) = Ax$, but in general $\nabla f(x) = (A + A^T)x$.",
     ["FAILED", "ok"]),
    (_QUADRATIC, r"For symmetric $A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = 2Ax$.",
     ["ok", "FAILED"]),
    (_QUADRATIC, r"In general $\nabla f(x) = (A + A^T)x$, and for symmetric $A$, $\nabla f(x) = 2Ax$.",
     ["ok", "ok"]),
    (_QUADRATIC, r"In general $\nabla f(x) = 2Ax$, and for symmetric $A$, $\nabla f(x) = 2Ax$.",
     ["FAILED", "ok"]),
    (_QUADRATIC, r"In general $\nabla f(x) = (A + A^T)x$, and for symmetric $A$, $\nabla f(x) = Ax$.",
     ["ok", "FAILED"]),
    (_ABSOLUTE, r"For $x > 0$, $g'(x) = 1$, and for $x < 0$, $g'(x) = -1$.", ["ok", "ok"]),
    (_ABSOLUTE, r"For $x > 0$, $g'(x) = -1$, and for $x < 0$, $g'(x) = -1$.", ["FAILED", "ok"]),
    (_ABSOLUTE, r"For $x > 0$, $g'(x) = 1$, and for $x < 0$, $g'(x) = 1$.", ["ok", "FAILED"]),
]
IDS = [f"{k}" for k in range(len(CASES))]
SETTINGS = Settings(points=30)


def _verdicts(steps: list) -> list[str]:
    return ["ok" if s.verdict.ok else s.verdict.value for s in steps if s.lhs_latex.startswith((r"\nabla", "g'"))]


@pytest.mark.parametrize(("before", "line", "want"), CASES, ids=IDS)
def test_markdown(before: str, line: str, want: list[str]) -> None:
    steps = doc_steps(f"# Notes\n\n{before}\n\n{line}\n")
    assert _verdicts(steps) == want, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("before", "line", "want"), CASES, ids=IDS)
def test_latex(before: str, line: str, want: list[str]) -> None:
    body = (f"\\documentclass{{article}}\n\\begin{{document}}\n\\section{{Notes}}\n{before}\n\n{line}\n"
            "\\end{document}\n")
    steps = doc_steps(body, "t.tex")
    assert _verdicts(steps) == want, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("before", "line", "want"), CASES, ids=IDS)
def test_notebook_cell(tmp_path: Path, before: str, line: str, want: list[str]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# Notes\n\n{before}"), nbformat.v4.new_code_cell("1 + 1"),
                nbformat.v4.new_markdown_cell(f"Then:\n\n{line}")]
    path = tmp_path / "notes.ipynb"
    nbformat.write(nb, str(path))
    check = check_document(path, SETTINGS)
    steps = [s for c in check.chains for s in c.result.steps]
    assert _verdicts(steps) == want, [(s.verdict, s.message) for s in steps]



def test_a_rejection_cue_is_the_claims_own_not_one_written_alike_on_its_line() -> None:
    """Of two formulas written alike on a line, the words around the one at the claim's column decide."""
    from verifier.documents.rejected import rejection

    line = r"Not $a = b$ in general, but for $x > 0$ indeed $a = b$."
    second = line.rindex("$a = b$")
    assert rejection(line, "a", "b", True, "", second) is None
    assert rejection(line, "a", "b", True, "", line.index("$a = b$")) == "Not"
    assert rejection(line, "a", "b", True, "") == "Not"  # no column: any formula written so (as before)



_MACROS = r"\newcommand{\R}{\mathbb{R}}\newcommand{\grad}{\nabla}"
_DEFINED = r"Let $f(x) = x^T A x$ with $x \in \R^n$."
_SHIFTED = [
    (r"For symmetric $A \in \R^{n \times n}$, $\grad f(x) = 2Ax$, but in general $\grad f(x) = 2Ax$.",
     ["ok", "FAILED"]),
    (r"In general ($A \in \R^{n \times n}$) $\grad f(x) = 2Ax$, and for symmetric $A$, $\grad f(x) = 2Ax$.",
     ["FAILED", "ok"]),
]


@pytest.mark.parametrize("path", ["t.md", "t.tex"])
@pytest.mark.parametrize(("line", "want"), _SHIFTED)
def test_a_macro_expanded_before_the_claims_moves_them(path: str, line: str, want: list[str]) -> None:
    """The reader's line is the source line with its macros expanded (``\\R`` is longer written out): the place
    the source gave is corrected to the claim's own formula, not to the other one's."""
    if path == "t.md":
        body = f"# Notes\n\n$${_MACROS}$$\n\n{_DEFINED}\n\n{line}\n"
    else:
        body = f"\\documentclass{{article}}\n{_MACROS}\n\\begin{{document}}\n{_DEFINED}\n\n{line}\n\\end{{document}}\n"
    steps = doc_steps(body, path)
    assert _verdicts(steps) == want, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("path", ["t.md", "t.tex"])
def test_each_source_gives_each_inline_formula_its_place(path: str) -> None:
    from verifier.documents.sources import read_sources

    line = r"So $a = b$ here and $a = b$ there, in \(a = b\) too."
    text = line + "\n" if path == "t.md" else f"\\begin{{document}}\n{line}\n\\end{{document}}\n"
    formulas = [b for b in read_sources(text, path).inline if "a = b" in b.text]
    places = [(b.place.column, b.place.end_column) for b in formulas if b.place is not None]
    starts = [line.index("$a"), line.rindex("$a"), line.index("\\(")]
    ends = [line.index("$ here") + 1, line.index("$ there") + 1, line.index("\\)") + 2]
    assert places == list(zip(starts, ends, strict=True)), places


def test_a_chain_without_a_place_is_found_by_its_opening_formula() -> None:
    """A source without positions: the line is searched as before, for a formula that opens with the member (a
    one-letter member is in many words)."""
    from verifier.documents.claimplace import after_claim, before_claim
    from verifier.documents.members import _Chain, _Member

    line = "the residual r is $r = y - Xw$ and then $r = Xw - y$, as written."
    chain = _Chain(1, [_Member("r", 1), _Member("Xw - y", 1)], [], inline=True)
    assert before_claim(line, chain, "first") == "the residual r is "
    assert before_claim(line, chain, "last") == "the residual r is $r = y - Xw$ and then "
    assert after_claim(line, chain, "last") == ", as written."


def test_the_case_each_claim_is_led_in_by_is_its_own() -> None:
    """specialcases.lead_in: the sentence leading in to a claim ends at that claim, not at the last formula of
    its line written alike (the first claim, right at n = 2, was FAILED; the second is wrong at n = 1)."""
    line = r"For $n = 2$ we get $f'(x) = 2x$, and for $n = 1$ we get $f'(x) = 2x$."
    steps = doc_steps(f"# Powers\n\nLet $f(x) = x^n$ for $x \\in \\mathbb{{R}}$.\n\n{line}\n")
    got = [s.verdict.value for s in steps if s.lhs_latex.startswith("f'")]
    assert got == ["SKIPPED", "FAILED"], [s.message for s in steps]
