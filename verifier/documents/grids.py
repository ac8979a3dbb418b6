r"""Matrices written by their corners, ``\begin{bmatrix} a_{11} & \cdots & a_{1m} \\ \vdots & \ddots & \vdots
\\ a_{n1} & \cdots & a_{nm} \end{bmatrix}``: the matrix of entries a_rc.

Notes define the gradient of a scalar by a matrix (and Jacobians) this way: entry (i, j) written for
the first rows and columns, ``\cdots`` along a row, a row of ``\vdots``/``\ddots`` down the columns,
and the last row and column written with the size letters. A reader takes it as the matrix whose
entry (r, c) follows the one pattern every written entry fits. This module finds that pattern:

* the bottom-right entry fixes it: two letters in its subscripts (``n`` and ``m`` of ``X_{nm}``, or
  the two ``n`` of ``X_{nn}``) are the last row and the last column (in either order); written with the row and
  column markers instead, the pattern must give back *every* written entry at its place (entry
  ``X_{12}`` in row 1, column 2, the last row at ``n``, the last column at ``m``). Subscripts are
  compared with braces, spaces and commas left out (``X_{1,2}`` is ``X_{12}``);
* the rows before the row of dots are rows 1, 2, …; the entries before the ``\cdots`` are columns
  1, 2, …; the row after the dots is the last row, the entry after the ``\cdots`` the last column.

Anything else (no single pattern, a corner missing, more than one row of dots) is left unread: the
step keeps its reason ("ellipsis cannot be checked"), never a guessed meaning. A single row with
``\cdots`` (a row vector by its ends) is read the same way, with one row."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

import sympy as sp

from verifier.documents.ellipsis import fill, template
from verifier.documents.values import ListMember
from verifier.latex import LatexError

__all__ = ["grid_with_dots"]

_ROW_VAR, _COL_VAR = "\\mathrm{Lidx}", "\\mathrm{Lidxc}"  # readings.LIST_VAR and a second one like it
_R, _C = "\x00R\x00", "\x00C\x00"
_MATRIX = re.compile(r"\\begin\{([pbBvV]?matrix)\}(?P<body>.*)\\end\{\1\}", re.S)
_SIZING = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)(?![A-Za-z])")
_HDOTS = re.compile(r"\\(?:cdots|ldots|dots|hdots)(?![A-Za-z])")
_VDOTS = re.compile(r"\\(?:vdots|ddots|cdots|dots|ldots)(?![A-Za-z])")
_SUB = re.compile(r"_(\{[^{}]*\}|[A-Za-z0-9])")


def _canon(s: str) -> str:
    return re.sub(r"[\s{},]", "", s)


def _only(pattern: re.Pattern[str], cell: str) -> bool:
    return bool(pattern.fullmatch(cell.strip()))


def _axis(cells: list[str], dots: re.Pattern[str]) -> tuple[list[str], str] | None:
    r"""The written items before the dots and the last one: ``[a, b, \cdots, z]`` → ([a, b], z); a
    list without dots → (all but the last, last)."""
    marks = [k for k, c in enumerate(cells) if _only(dots, c)]
    if not marks:
        return cells[:-1], cells[-1]
    if len(marks) != 1 or marks[0] != len(cells) - 2 or marks[0] == 0:
        return None
    return cells[: marks[0]], cells[-1]


def _patterns(corner: str) -> list[tuple[str, str, str]]:
    """Patterns from the bottom-right entry: (pattern, last row, last column) for every choice of two
    letters in its subscripts (either order: :func:`_fits` keeps the one every written entry agrees with)."""
    spots: list[tuple[int, str]] = []
    for m in _SUB.finditer(corner):
        start = m.start(1)
        for k, ch in enumerate(m.group(1)):
            if ch.isalpha() and (k == 0 or not m.group(1)[k - 1] == "\\") and not _in_command(m.group(1), k):
                spots.append((start + k, ch))
    out = []
    for (p, row), (q, col) in permutations(spots, 2):
        chars = list(corner)
        chars[p], chars[q] = _R, _C
        out.append(("".join(chars), row, col))
    return out


def _in_command(text: str, k: int) -> bool:
    r"""Whether the letter at ``k`` belongs to a control word (``\alpha``)."""
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j > 0 and text[j - 1] == "\\"


def _fill(pattern: str, row: str, col: str) -> str:
    return pattern.replace(_R, row).replace(_C, col)


def grid_with_dots(latex: str, parse: Callable[[str], sp.Basic]) -> tuple[ListMember, str] | None:
    """A whole member that is a matrix written by its corners with dots: the matrix of entries
    (r, c) (a two-dimensional :class:`ListMember`), or None where it is not one pattern."""
    m = _MATRIX.fullmatch(_SIZING.sub("", latex).strip())
    if m is None or "&" not in m.group("body"):
        return None
    rows = [[c.strip() for c in r.split("&")] for r in re.split(r"\\\\", m.group("body")) if r.strip()]
    if not any(_HDOTS.search(c) for r in rows for c in r):
        return None
    if len(rows) == 1:
        return _row(rows[0], parse)
    down = [r for r in rows if all(_only(_VDOTS, c) for c in r)]
    if len(down) > 1:
        return None
    if down:
        k = rows.index(down[0])
        if k == 0 or k != len(rows) - 2:
            return None
        first_rows, last_row = rows[:k], rows[-1]
    else:
        first_rows, last_row = rows[:-1], rows[-1]
    written = [*first_rows, last_row]
    if not written or len({len(r) for r in written}) != 1:
        return None
    axes = [_axis(r, _HDOTS) for r in written]
    if any(a is None for a in axes) or not down:
        return None  # rows without a row of dots between the first ones and the last: not read here
    corner = axes[-1][1]  # type: ignore[index]
    for pattern, hi_r, hi_c in _patterns(corner):
        if _fits(pattern, axes, hi_r, hi_c):  # type: ignore[arg-type]
            break
    else:
        return None
    try:
        body = parse(_fill(pattern, _ROW_VAR, _COL_VAR))
        lo, hi_row, hi_col = sp.Integer(1), parse(hi_r), parse(hi_c)
    except LatexError:
        return None
    first = axes[0][0][0] if axes[0][0] else corner  # type: ignore[index]
    note = f"matrix {first}, …, {corner} read as the {hi_r}×{hi_c} matrix of its entries"
    return ListMember(body, sp.Symbol("Lidx"), lo, hi_row, row=False, var2=sp.Symbol("Lidxc"), hi2=hi_col), note


def _row(cells: list[str], parse: Callable[[str], sp.Basic]) -> tuple[ListMember, str] | None:
    r"""One row ``a_1 & a_2 & \cdots & a_n``: the row vector of entries 1..n (the entries before the
    dots at 1, 2, …, the last one at the letter it is written with), or None."""
    axis = _axis(cells, _HDOTS)
    if axis is None or not axis[0] or len(cells) < 3:
        return None
    before, last = axis
    found = template(before[0], last)
    if found is None or found[1] != "1":
        return None
    pattern, lo, hi = found
    if any(_canon(fill(pattern, str(k + 1))) != _canon(c) for k, c in enumerate(before)):
        return None
    try:
        body = parse(fill(pattern, _ROW_VAR))
        lo_t, hi_t = parse(lo), parse(hi)
    except LatexError:
        return None
    note = f"row {before[0]}, …, {last} read as the row vector of entries {lo}..{hi}"
    return ListMember(body, sp.Symbol("Lidx"), lo_t, hi_t, row=True), note


def _fits(pattern: str, axes: list[tuple[list[str], str]], hi_r: str, hi_c: str) -> bool:
    """Whether every written entry is the pattern at its row and column (and some entry is written
    at a number, so the pattern is pinned by more than the corner)."""
    checked = 0
    for k, (before, last) in enumerate(axes):
        row = hi_r if k == len(axes) - 1 else str(k + 1)
        cells = [(str(j + 1), c) for j, c in enumerate(before)] + [(hi_c, last)]
        for col, cell in cells:
            if _canon(_fill(pattern, row, col)) != _canon(cell):
                return False
            checked += 1
    return checked >= 3 and any(b for b, _ in axes)
