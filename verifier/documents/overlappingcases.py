r"""Cases rows whose conditions overlap on their boundary: the later row's value there, as another reading.

``\begin{cases} 1 & x \ge 0 \\ 0 & x \le 0 \end{cases}`` says 1 and 0 at x = 0. The parser takes the first row
whose condition holds (a program's reading), so a claim that holds with the later row there
(``= \mathbb{1}[x > 0]``) was FAILED at x = 0 (redcat67), though the notes' own second row says it. A FAILED must
hold under every plausible reading; the definition itself does not say which row wins.

This module owns the rewrite :func:`later_rows_first`: every ``cases`` block whose rows all state a condition
(a relation; no "otherwise" row, which would then win everywhere), at least one of them non-strict (``\le``,
``\ge``, ``=``: the only way rows meant to split the line can overlap), is written with its rows in reverse order.
Off the overlaps exactly one condition holds, so the reversed block differs from the parsed one only where two
conditions hold together. ``verify check`` checks a failing claim again with it; where it holds so, the step is
SKIPPED, naming the overlap (never green: which row the notes mean at the overlap is theirs to write).
"""

from __future__ import annotations

import re

from verifier.documents.branchcases import case_rows

__all__ = ["NOTE", "later_rows_first"]

NOTE = "the later of two overlapping cases rows at the points both conditions hold"

_BLOCK = re.compile(r"\\begin\{cases\}(?:(?!\\(?:begin|end)\{cases\}).)*\\end\{cases\}", re.S)
#: a relation a row's condition states (``x \ge 0``, ``|x| < 1``, ``x = 0``, ``x \in [0, 1]``)
_RELATION = re.compile(r"[<>=≤≥≠]|\\(?:le|leq|ge|geq|leqslant|geqslant|lt|gt|ne|neq|in)(?![A-Za-z])")
#: a non-strict one: two rows meant to split the line overlap only on such a boundary
_NON_STRICT = re.compile(r"(?<![<>!:\\])=|[≤≥]|\\(?:le|leq|ge|geq|leqslant|geqslant|in)(?![A-Za-z])")
_OTHERWISE = re.compile(r"otherwise|else|elsewhere", re.I)


def later_rows_first(latex: str) -> str | None:
    r"""``latex`` with each ``cases`` block whose rows may overlap written with its rows in reverse order:
    ``\begin{cases} 1 & x \ge 0 \\ 0 & x \le 0 \end{cases}`` → ``\begin{cases} 0 & x \le 0 \\ 1 & x \ge 0
    \end{cases}``. None where no block qualifies (a row without a relation, an "otherwise" row, only strict
    conditions: nothing to read differently)."""
    out: list[str] = []
    pos = 0
    for m in _BLOCK.finditer(latex):
        rows = case_rows(m.group(0))
        conditions = [c for _, c in rows]
        if (
            not rows
            or not all(_RELATION.search(c) and not _OTHERWISE.search(c) for c in conditions)
            or not any(_NON_STRICT.search(c) for c in conditions)
        ):
            continue
        body = r" \\ ".join(f"{value} & {condition}" for value, condition in reversed(rows))
        out += [latex[pos : m.start()], rf"\begin{{cases}} {body} \end{{cases}}"]
        pos = m.end()
    if not out:
        return None
    return "".join(out) + latex[pos:]
