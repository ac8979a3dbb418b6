r"""``\nabla_x k = 2(1 + 1)(3, -1)^\top`` after "Take $x = (1, 2)^\top$ and $z = (3, -1)^\top$": a worked value.

The subscript of ``\nabla_x`` names the variable differentiated by, not a point: k is written bare, read at its
parameters x and z, neither of which the step gives a value. documents.impliedpoints took the x of ``\nabla_x``
as "the step writes x" and the link was checked as an identity in z and FAILED (fresh38's polynomial kernel).
A name written only as the variable of a derivative is no point: never FAILED for it. Since stop 70 (lead70: a
vector of numbers times arithmetic on numbers is a worked link) the link is read at the two points the prose states,
x and z, and the right value is PROVED there; written with the wrong vector it is not green.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
The kernel is $k(x, z) = (x^\\top z + 1)^2$. Take $x = (1, 2)^\\top$ and $z = (3, -1)^\\top$. Its gradient is

$$\\nabla_x k(x, z) = 2(x^\\top z + 1) z ,$$

so at the two points $\\nabla_x k = 2(1 + 1)(3, -1)^\\top = {value}$.
"""


def test_the_gradient_at_a_stated_point_is_not_failed() -> None:
    steps = doc_steps(_NOTES.format(value="(12, -4)^\\top"))
    assert steps[0].verdict is Verdict.PROVED
    assert steps[1].verdict is Verdict.PROVED
    assert "x = (1, 2)^\\top" in (steps[1].message or "") and "z = (3, -1)^\\top" in (steps[1].message or "")
    assert steps[2].verdict is Verdict.PROVED


def test_the_gradient_worked_with_the_wrong_vector_is_not_green() -> None:
    steps = doc_steps(_NOTES.format(value="(12, -4)^\\top").replace("2(1 + 1)(3, -1)", "2(1 + 1)(1, 2)"))
    assert steps[1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_wrong_arithmetic_after_it_still_fails() -> None:
    assert doc_steps(_NOTES.format(value="(12, 4)^\\top"))[2].verdict is Verdict.FAILED


def test_a_wrong_formula_still_fails() -> None:
    notes = """
    The kernel is $k(x, z) = (x^\\top z + 1)^2$. Its gradient is

    $$\\nabla_x k(x, z) = 2(x^\\top z + 1) x .$$
    """
    assert doc_steps(notes)[0].verdict is Verdict.FAILED


_TEX = r"""
\documentclass{article}
\usepackage{amsmath,bm}
\newcommand{\vx}{\bm{x}}
\newcommand{\vz}{\bm{z}}
\begin{document}
For $\vx, \vz \in \mathbb{R}^2$ the kernel is $k(\vx, \vz) = (\vx^\top\vz + 1)^2$.

Take $\vx = (1, 2)^\top$ and $\vz = (3, -1)^\top$. Then $k(\vx, \vz) = 4$.

\subsection*{Gradient}
\begin{equation}
\nabla_{\vx} k(\vx, \vz) = 2(\vx^\top\vz + 1)\,\vz ,
\end{equation}
so at the two points above $\nabla_{\vx} k = 2(1 + 1)(3, -1)^\top = (12, -4)^\top$.
\end{document}
"""


def test_bold_names_stated_in_latex_prose() -> None:
    steps = doc_steps(_TEX, path="t.tex")
    gradient = [s for s in steps if s.lhs_latex.startswith("\\nabla") and "(3, -1)" in s.rhs_latex]
    assert gradient and gradient[0].verdict is Verdict.PROVED
    assert "(3, -1)^\\top" in (gradient[0].message or "")
    assert steps[-1].verdict is Verdict.PROVED
