r"""A symmetry stated for one inline claim is not the hypothesis of a later claim of its line that the prose
gives "in general" (review31a).

"We get $\nabla f(x) = 2Ax$ for symmetric $A$, and in general $\nabla f(x) = 2Ax$ as well." (f = xᵀAx): the
second claim was PROVED "with A symmetric, as the notes say" — the first claim's trailing condition read as its
own. The same in LaTeX with a macro, "…, and for symmetric $A$, \(\gr = 2Ax\), but in general $\gr = 2Ax$."
(``_affirmed`` only set a condition aside when its clause opens with "for", not "and for").
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

HEAD = "Let $A \\in \\mathbb{R}^{n \\times n}$, $x \\in \\mathbb{R}^n$ and $f(x) = x^T A x$.\n\n"


def _verdicts(steps: list) -> list[Verdict]:
    return [s.verdict for s in steps]


def test_a_trailing_condition_then_in_general() -> None:
    steps = doc_steps("# Q\n\n" + HEAD
                      + "We get $\\nabla f(x) = 2Ax$ for symmetric $A$, and in general $\\nabla f(x) = 2Ax$ as well.\n")
    assert _verdicts(steps) == [Verdict.PROVED, Verdict.FAILED], [(s.verdict, s.message) for s in steps]


def test_and_for_symmetric_then_but_in_general_with_a_macro_in_latex() -> None:
    text = ("\\documentclass{article}\n\\newcommand{\\gr}{\\nabla f(x)}\n\\begin{document}\n" + HEAD
            + "In general \\(\\gr = (A + A^T)x\\), and for symmetric $A$, \\(\\gr = 2Ax\\), but in general "
            "$\\gr = 2Ax$.\n\\end{document}\n")
    steps = doc_steps(text, "t.tex")
    assert _verdicts(steps) == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED], [(s.verdict, s.message) for s in steps]


def test_the_statement_before_the_claim_still_holds() -> None:
    steps = doc_steps("# Q\n\n" + HEAD + "For symmetric $A$, we get $\\nabla f(x) = 2Ax$.\n")
    assert _verdicts(steps) == [Verdict.PROVED], [(s.verdict, s.message) for s in steps]
