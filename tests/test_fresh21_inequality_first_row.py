r"""An ``align`` whose first row is an inequality and whose later rows go on with ``=`` (latex.statementhead).

The descent lemma is written ``f(y) &\le f(x) + \langle g, y - x\rangle + \tfrac{L}{2}\|y - x\|^2 \\ &= …``.
A row holding only non-equalities is read as one statement, so its ``\le`` stayed inside the chain's first
member and every ``=`` step after it was SKIPPED ("relation '<=' inside a formula") — a wrong ``=`` after
the bound was never caught. The first member is now split at its top-level order relations when the next row
goes on with ``=``, as ``\[ a \le b = c \]`` on one line already was."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = (r"""\documentclass{article}
\begin{document}
\begin{align}
h(x) &{rel} x^2 + 2x + 1 \nonumber\\
&= {last} \nonumber
\end{align}
\end{document}
""")


def _steps(rel: str, last: str) -> list[tuple[Verdict, str]]:
    text = _NOTES.replace("{rel}", rel).replace("{last}", last)
    return [(s.verdict, s.message or "") for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize("rel", [r"\le", r"\leq", r"\ge", "<", r"\geq"])
def test_the_equality_after_an_inequality_row_is_checked(rel: str) -> None:
    steps = _steps(rel, "(x + 1)^2")
    assert [v for v, _ in steps] == [Verdict.SKIPPED, Verdict.PROVED], steps
    assert "not an equality" in steps[0][1]


def test_a_wrong_equality_after_an_inequality_row_fails() -> None:
    steps = _steps(r"\le", "(x + 2)^2")
    assert steps[-1][0] is Verdict.FAILED, steps


def test_a_statement_row_with_a_separator_is_left_whole() -> None:
    steps = _steps(r"\le 1, \; y \le", "(x + 1)^2")
    assert Verdict.PROVED not in [v for v, _ in steps]
