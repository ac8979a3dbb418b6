r"""How a display environment is laid out: the arguments it takes after its ``\begin{…}``, before its first
row, and which of its ``&`` marks start another equation.

``\begin{array}{rcl}``, ``\begin{alignat}{2}``, ``\begin{IEEEeqnarray}{rCl}`` name their columns;
``\begin{aligned}[t]`` (also ``gathered``, ``alignedat``, ``array``) places the block; breqn's
``\begin{dmath}[label=…]`` and ``\begin{empheq}[box=\fbox]{align}`` (a framed ``align``) take options and,
for ``empheq``, the environment they stand for. None of it is math: read as the first row's start, an option
``[t]`` became a factor ``t`` of the first member (lecture22).

``align``, ``flalign``, ``alignat`` and ``aligned`` set their columns in pairs: the first ``&`` of a pair
aligns the relation, the second starts the next equation of the row (``\partial_x f &= 2x & \partial_y f &=
2y``). Read as spaces, both equations were glued into one chain and a correct row FAILED. The rows that
continue such a row (``&= … & &= …``) go on with the equation of their own column pair (:func:`paired_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.latex.braces import brace_end

__all__ = ["PAIRED", "body_start", "paired_rows", "relation_first", "starts_equation"]

#: a placement option ``[t]``/``[b]``/``[c]``: all that these accept (LaTeX takes it even before a row that
#: starts with a bracket, but Markdown engines may not, so nothing else is taken)
_PLACEMENT = re.compile(r"\s*\[\s*[tbc]\s*\]")
_OPTIONS = re.compile(r"\s*\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]")
_PLACED = frozenset({"aligned", "gathered", "alignedat", "array"})
_OPTIONED = frozenset({"dmath", "empheq"})
#: how many brace arguments come next: the column spec or count; empheq's environment
_BRACED = {"array": 1, "alignat": 1, "alignedat": 1, "IEEEeqnarray": 1, "xalignat": 1, "xxalignat": 1, "empheq": 1}


def body_start(env: str, text: str, start: int, limit: int) -> int:
    """Where the rows of ``env`` begin in ``text``: ``start`` is just after its ``\\begin{…}``, ``limit``
    its ``\\end``; what the environment takes first (options, column specs) is skipped."""
    i = start
    pattern = _PLACEMENT if env in _PLACED else _OPTIONS if env in _OPTIONED else None
    if pattern is not None and (m := pattern.match(text, i)) and m.end() <= limit:
        i = m.end()
    for _ in range(_BRACED.get(env, 0)):
        k = i
        while k < limit and text[k] in " \t\n":
            k += 1
        if k >= limit or text[k] != "{" or not 0 <= (close := brace_end(text, k, limit)):
            break
        i = close + 1
    return i


#: environments whose columns come in (relation-aligned) pairs
PAIRED = frozenset({"align", "flalign", "alignat", "xalignat", "xxalignat", "aligned", "alignedat", "empheq"})
_RELATION_FIRST = re.compile(
    r"\s*(?:[=<>]|:=|\\(?:le|leq|ge|geq|approx|neq|ne|equiv|sim|simeq|propto|to|coloneqq|triangleq|stackrel"
    r"|overset|underset)(?![A-Za-z]))"
)


_RELATION_LAST = re.compile(
    r"(?:[=<>]|\\(?:le|leq|ge|geq|approx|neq|ne|equiv|sim|simeq|propto|to|coloneqq|triangleq)(?![A-Za-z]))\s*$"
)


def relation_first(cell: str) -> bool:
    """Does ``cell`` (the text after an ``&``) start with a relation: the ``&=`` of an aligned equation?"""
    return _RELATION_FIRST.match(cell) is not None


def starts_equation(before: str, cell: str) -> bool:
    """Whether the ``&`` between ``before`` (the row so far) and ``cell`` (up to the next ``&``), the second of
    a column pair, starts another equation: both hold something, ``before`` does not end with a relation
    (``\\quad &=& b``: eqnarray's columns written in an ``align``) and ``cell`` does not go on with one
    (``a &= b &= c`` aligns a chain at two relations)."""
    return (
        bool(before.strip())
        and bool(cell.strip())
        and _RELATION_FIRST.match(cell) is None
        and _RELATION_LAST.search(before) is None
    )


def paired_rows(
    text: str, raw: list[tuple[int, int, list[int]]], offset: int, without: Callable[..., tuple[str, int]]
) -> list[tuple[str, int]]:
    """The rows of an environment whose columns come in pairs. A row of side-by-side equations (``u &= a & v
    &= b``) followed by rows that continue it (``&= c & &= d``): each column pair's cells, in row order, come
    one column pair after the other, so each continuation goes on with the equation of its own pair, not with
    the last one of the row (review33b: ``&= c`` under u went on with v). ``raw``: each row's (start, end,
    offsets of its ``&``); ``without``: a cell's text with its marks cut (latex.chains._without)."""
    rows: list[tuple[str, int]] = []
    i = 0
    while i < len(raw):
        s, e, amps = raw[i]
        cuts = [k for k, a in enumerate(amps) if k % 2 == 1
                and starts_equation(text[s:a], text[a + 1 : amps[k + 1] if k + 1 < len(amps) else e])]
        # only a second *equation* (``v &= b``, its own ``&`` before a relation) takes its continuations: a
        # condition or comment column (``&\qquad& x > 0``) stays with its row, where it conditions the step
        cuts_eq = any(relation_first(text[a + 1 : e]) for k in cuts for a in amps[k + 1 :])
        j = i + 1
        while cuts_eq and j < len(raw) and raw[j][2] and not text[raw[j][0] : raw[j][2][0]].strip():
            j += 1  # rows that continue it: nothing before their first &
        if j == i + 1:
            rows.append(without(text, s, e, amps, offset, True))
            i += 1
            continue
        columns: dict[int, list[tuple[str, int]]] = {}
        for n, (rs, re_, ramps) in enumerate(raw[i:j]):
            ks = cuts if n == 0 else [k for k in range(1, len(ramps), 2)]
            bounds = [(-1, rs), *((k, ramps[k] + 1) for k in ks)]
            for m, (k, b) in enumerate(bounds):
                end = ramps[bounds[m + 1][0]] if m + 1 < len(bounds) else re_
                inner = [a for a in ramps if b <= a < end]
                if text[b:end].replace("&", " ").strip():
                    columns.setdefault((k + 1) // 2, []).append(without(text, b, end, inner, offset, True))
        rows.extend(r for pair in sorted(columns) for r in columns[pair])
        i = j
    return rows
