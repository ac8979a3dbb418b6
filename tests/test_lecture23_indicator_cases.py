r"""An indicator of a case of the step's indices writes that case itself (documents.indicatorcases; lecture23).

``\frac{\partial L}{\partial z_j} = p_j + [j = y]`` after ``L = -\log p_y`` holds where j ≠ y and fails at
j = y. It was SKIPPED as "a case split the notes may assume", though the Iverson bracket says what the
step claims at j = y: the sign slip of the one-hot target was never caught. An indicator in the step's
claim (its right member) — ``[j = y]``, ``[j \neq y]``, ``\mathbb{1}[j = y]``, ``\mathbb{1}_{j=y}``,
``\mathbb{1}\{j = y\}``, ``\delta_{jy}`` — states both cases, as a ``cases`` environment does. The right
gradients stay PROVED; an indicator the step drops ("the off-diagonal entries", the notes specialising
to a case) and a case the prose names keep the case split. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.indicatorcases import indicator_pairs
from verifier.results import Verdict

_TARGET = r"""\documentclass{article}
\begin{document}
Let $z \in \mathbb{R}^K$ be the logits, $p = \operatorname{softmax}(z)$ and $y$ the label.
The loss is $L = -\log p_y$. Entry by entry
\[ \frac{\partial L}{\partial z_j} = {rhs} \]
\end{document}
"""


def _last(rhs: str, notes: str = _TARGET) -> Verdict:
    return doc_steps(notes.replace("{rhs}", rhs), "notes.tex")[-1].verdict


@pytest.mark.parametrize("rhs", [r"p_j - [j = y]", r"p_j - \mathbb{1}[j = y]", r"p_j - \mathbb{1}_{j=y}",
                                 r"p_j - \mathbb{1}\{j = y\}", r"p_j - \delta_{jy}", r"p_j - 1 + [j \neq y]",
                                 r"p_j - \mathds{1}[j = y]", r"p_j - \mathbbm{1}_{j=y}"])
def test_the_one_hot_target_as_an_indicator_is_proved(rhs: str) -> None:
    assert _last(rhs) is Verdict.PROVED


@pytest.mark.parametrize("rhs", [r"p_j + [j = y]", r"p_j + \mathbb{1}[j = y]", r"p_j + \mathbb{1}_{j=y}",
                                 r"p_j + \mathbb{1}\{j = y\}", r"p_j + \delta_{jy}", r"p_j - 2[j = y]"])
def test_a_slip_at_the_indicated_case_is_failed(rhs: str) -> None:
    # wrong only at j = y, the case the bracket itself writes: not a case split the notes may assume
    assert _last(rhs) is Verdict.FAILED


def test_an_indicator_the_step_drops_keeps_the_case_split() -> None:
    notes = r"""\documentclass{article}
\begin{document}
Let $z \in \mathbb{R}^K$ and $p = \operatorname{softmax}(z)$.
\[ \frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j) \]
so off the diagonal
\[ p_i(\delta_{ij} - p_j) = -p_i p_j \]
\end{document}
"""
    assert doc_steps(notes, "notes.tex")[-1].verdict is Verdict.SKIPPED


def test_a_case_the_prose_names_keeps_the_case_split() -> None:
    notes = _TARGET.replace("Entry by entry", "For the other classes, $j \\neq y$, entry by entry")
    assert _last(r"p_j + [j = y]", notes) is not Verdict.FAILED


def test_the_pairs_an_indicator_compares() -> None:
    free = {"i", "j", "y"}
    assert indicator_pairs(r"p_j - [j = y]", free) == {("j", "y")}
    assert indicator_pairs(r"p_i(\delta_{ij} - p_j)", free) == {("i", "j")}
    assert indicator_pairs(r"\delta_{i,j} + \mathbb{1}_{\{y = 1\}}", free) == {("i", "j"), ("y", "1")}
    assert indicator_pairs(r"\mathbb{1}(j \ne y) + \mathbf{1}_{[i=y]}", free) == {("j", "y"), ("i", "y")}
    # a comparison of names that are no free index of the step, or an expectation's bracket, is none
    assert indicator_pairs(r"P[X = x] + [a = b]", free) == set()
