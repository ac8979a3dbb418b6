r"""A starred or hatted root after ⇒ is the solution of the equation before it (gaps41).

``f'(w) = 2w - 6 = 0 \Rightarrow w^* = 3`` was SKIPPED "an equation joined by ⇒" (w* was not read as w's
solution), while ``… \Rightarrow w = 3`` was checked by documents.solvedvalues. documents.solutionnames reads
``w^*``, ``w^\star``, ``w_*``, ``\hat w``, ``\tilde w``, ``w_{opt}`` as w's solution when w is the equation's only
unknown: the only root PROVED, a wrong one FAILED."""

from __future__ import annotations

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.documents.solutionnames import solved_name

_NOTE = "# A minimum\n\n$$f(w) = w^2 - 6w + 1$$\n\n$$f'(w) = 2w - 6 = 0 \\Rightarrow ROOT$$\n"


@pytest.mark.parametrize("name", ["w^*", "w^\\star", "w_*", "\\hat w", "\\hat{w}", "\\tilde w", "w_{opt}"])
def test_the_only_root_is_proved_a_wrong_one_failed(name: str) -> None:
    right = verdicts_by_line(_NOTE.replace("ROOT", f"{name} = 3"))
    assert right[5] == ["PROVED", "SKIPPED", "PROVED"], right
    wrong = verdicts_by_line(_NOTE.replace("ROOT", f"{name} = 2"))
    assert wrong[5][-1] == "FAILED", wrong


def test_a_root_of_several_is_not_green() -> None:
    text = "# Two roots\n\n$$g(w) = w^3 - 12w$$\n\n$$g'(w) = 3w^2 - 12 = 0 \\Rightarrow w^* = 2$$\n"
    lines = verdicts_by_line(text)
    assert lines[5][-1] == "SKIPPED", lines


def test_other_names_are_not_the_solution() -> None:
    w, v = sp.symbols("w v")
    assert solved_name(sp.Symbol("wstar"), {w}) == w
    assert solved_name(sp.Symbol("what"), {w}) == w
    assert solved_name(sp.Symbol("wbar"), {w}) is None  # a bar is a mean
    assert solved_name(sp.Symbol("vstar"), {w}) is None
    assert solved_name(sp.Symbol("wstar"), {w, v}) is None  # w is not the only unknown
    assert solved_name(w, {w}) == w


def test_a_bar_after_the_arrow_is_not_read_as_the_root() -> None:
    lines = verdicts_by_line(_NOTE.replace("ROOT", "\\bar w = 2"))
    assert lines[5][-1] == "SKIPPED", lines
