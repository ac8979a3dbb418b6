r"""An inline value of a function the notes define, at one of their constants: "where $\psi(c) = c/2$".

``\psi(c) = …`` writes a function applied to a letter, as a definition's head does; the notes define ψ
already, and c is a constant of its body (not a new parameter: documents.definitions keeps it from being
learned as ψ anew). Neither a definition nor a claim, the formula had no step at all: a wrong ``c/4`` went
unseen. It is a claim about the defined ψ at c, checked like ``$\rho(0) = 0$``.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = ("$$ \\rho(r) = \\frac{c^2}{2}\\log\\left(1 + \\frac{r^2}{c^2}\\right) $$\n\n"
         "$$ \\psi(r) = \\frac{d\\rho}{dr} = \\frac{r}{1 + r^2/c^2} $$\n\n")


def test_a_right_value_at_the_constant_is_proved() -> None:
    steps = doc_steps(NOTES + "It is largest at $r = c$, where $\\psi(c) = c/2$.\n")
    assert steps[-1].lhs_latex.strip() == "\\psi(c)", steps[-1].lhs_latex
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_wrong_value_at_the_constant_is_caught() -> None:
    steps = doc_steps(NOTES + "It is largest at $r = c$, where $\\psi(c) = c/4$.\n")
    assert steps[-1].lhs_latex.strip() == "\\psi(c)", steps[-1].lhs_latex
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_new_definition_inline_is_still_a_definition() -> None:
    steps = doc_steps(NOTES + "Let $g(t) = t^2$. Then\n\n$$ g'(t) = 2t $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert all(s.lhs_latex.strip() != "g(t)" or s.verdict is Verdict.SKIPPED for s in steps)
