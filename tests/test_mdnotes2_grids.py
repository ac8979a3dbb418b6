r"""A matrix written by its corners (``\cdots``, ``\vdots``, ``\ddots``) is the matrix of its entries.

Notes define the gradient of a scalar by a matrix as the matrix of partials written by its first
rows and columns and its last ones. Read as the n×m matrix of the one pattern every written entry
fits, the definition is checked; an entry that breaks the pattern leaves the member unread.
"""

from __future__ import annotations

import textwrap

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.grids import grid_with_dots
from verifier.engine import Settings
from verifier.latex import parse_latex

FAST = Settings(points=30)

_GRID = (r"\begin{bmatrix} {e11} & {e12} & \cdots & {e1m} \\ {e21} & {e22} & \cdots & {e2m} \\"
         r" \vdots & \vdots & \ddots & \vdots \\ {en1} & {en2} & \cdots & {enm} \end{bmatrix}")


def _grid(entry: str, **changed: str) -> str:
    out = _GRID
    for r in ("1", "2", "n"):
        for c in ("1", "2", "m"):
            out = out.replace("{e" + r + c + "}", changed.get(f"e{r}{c}", entry.replace("RC", r + c)))
    return out


def test_the_corners_give_the_matrix_of_entries() -> None:
    found = grid_with_dots(_grid(r"\frac{\partial y}{\partial X_{RC}}"), parse_latex)
    assert found is not None
    lst, note = found
    assert lst.hi == sp.Symbol("n") and lst.hi2 == sp.Symbol("m") and not lst.row, lst
    assert "n×m matrix" in note


def test_an_entry_off_the_pattern_is_not_read() -> None:
    assert grid_with_dots(_grid("a_{RC}", e21="a_{12}"), parse_latex) is None  # a transposed entry
    assert grid_with_dots(_grid("a_{RC}", enm="a_{n1}"), parse_latex) is None  # a wrong corner
    assert grid_with_dots(r"\begin{bmatrix} a & b \\ c & d \end{bmatrix}", parse_latex) is None  # no dots


_NOTES = r"""
Let $X \in \mathbb{R}^{n \times m}$ and $y = \sum_{i} \sum_{j} X_{ij}^2$. Then

$$
\frac{\partial y}{\partial X} = {grid}
$$

$$
{grid} = {rhs}
$$
"""


def _verdicts(grid: str, rhs: str) -> list[str]:
    text = _NOTES.replace("{grid}", grid).replace("{rhs}", rhs)
    check = check_text(textwrap.dedent(text).lstrip(), "t.md", FAST)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


def test_a_gradient_written_by_its_corners_is_checked() -> None:
    got = _verdicts(_grid(r"\frac{\partial y}{\partial X_{RC}}"), "2 X")
    assert got == ["PROVED", "PROVED"], got


def test_a_wrong_matrix_written_by_its_corners_fails() -> None:
    got = _verdicts(_grid(r"\frac{\partial y}{\partial X_{RC}}"), "X")
    assert got[1] == "FAILED", got
    got = _verdicts(_grid("2 X_{RC}"), "X^2")
    assert got[1] in ("FAILED", "SKIPPED"), got


_ROW = r"""
Let $x \in \mathbb{R}^{n}$.

$$
x^T = {rhs}
$$
"""


def _row_verdicts(rhs: str) -> list[str]:
    check = check_text(textwrap.dedent(_ROW.replace("{rhs}", rhs)).lstrip(), "t.md", FAST)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


def test_a_row_written_by_its_ends_is_the_row_of_entries() -> None:
    assert _row_verdicts(r"\begin{bmatrix} x_1 & x_2 & \cdots & x_n \end{bmatrix}") == ["PROVED"]
    assert _row_verdicts(r"\begin{bmatrix} 2 x_1 & 2 x_2 & \cdots & 2 x_n \end{bmatrix}") == ["FAILED"]
    assert grid_with_dots(r"\begin{bmatrix} x_1 & x_3 & \cdots & x_n \end{bmatrix}", parse_latex) is None
