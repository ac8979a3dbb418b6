r"""The ``physics`` package's shorthand nested in its own brackets, and its ``\eval`` (fresh69).

``\qty[ y \log\sigma + (1 - y)\log\qty(1 - \sigma) ]`` kept the inner ``\qty`` as written (the outer group was
copied out whole), so the definition it was in read ``\qty`` as an unknown quantity: a later worked value
against it was FAILED. ``\eval{\dv{\ell}{\theta}}_{\theta = 0}`` (the evaluation bar) was "unsupported command".
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.physicspkg import physics_macros
from verifier.results import Verdict

PREAMBLE = "\\documentclass{article}\n\\usepackage{amsmath,physics}\n\\begin{document}\n"


def _tail(body: str) -> str:
    return physics_macros(PREAMBLE + body)[len(PREAMBLE) :]


def test_commands_inside_a_qty_group_are_written_out() -> None:
    assert _tail(r"\qty[a + \qty(1 - b)]") == r"\left[a + \left(1 - b\right)\right]"
    assert _tail(r"\abs{\qty(x)}") == r"\left\lvert \left(x\right)\right\rvert"
    assert _tail(r"\dv{x}\qty(\norm{x}^2)") == r"\frac{d}{d x}\left(\left\lVert x\right\rVert^2\right)"


def test_eval_is_the_evaluation_bar() -> None:
    assert _tail(r"\eval{x^2}_{x=1}") == r"\left. x^2 \right|_{x=1}"
    assert _tail(r"\eval{\dv{f}{x}}_0^1") == r"\left. \frac{d f}{d x} \right|_0^1"


def test_without_the_package_eval_is_left_alone() -> None:
    text = "\\documentclass{article}\n\\begin{document}\n$\\eval{x}_1 = 1$\n\\end{document}\n"
    assert physics_macros(text) == text


NOTE = r"""
\documentclass{article}
\usepackage{amsmath,physics}
\begin{document}
For real $\theta$,
\begin{equation}
  \ell(\theta) = 2 \qty[ \theta^2 + \log\qty(1 + \theta^2) ] .
\end{equation}
\begin{equation}
  \eval{\dv{\ell}{\theta}}_{\theta = 1} = 2 \qty(2 + 1) = 6 .
\end{equation}
\begin{equation}
  \eval{\dv{\ell}{\theta}}_{\theta = 1} = {value} .
\end{equation}
\end{document}
"""


def test_an_evaluated_derivative_of_a_nested_definition_is_checked() -> None:
    got = doc_steps(NOTE.replace("{value}", "5"), path="hw.tex")
    assert [s.verdict for s in got][-3:] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]
