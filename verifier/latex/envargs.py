r"""How a display environment is laid out: the arguments it takes after its ``\begin{…}``, before its first
row, and which of its ``&`` marks start another equation.

``\begin{array}{rcl}``, ``\begin{alignat}{2}``, ``\begin{IEEEeqnarray}{rCl}`` name their columns;
``\begin{aligned}[t]`` (also ``gathered``, ``alignedat``, ``array``) places the block; breqn's
``\begin{dmath}[label=…]`` and ``\begin{empheq}[box=\fbox]{align}`` (a framed ``align``) take options and,
for ``empheq``, the environment they stand for. None of it is math: read as the first row's start, an option
``[t]`` became a factor ``t`` of the first member (lecture22).

``align``, ``flalign``, ``alignat`` and ``aligned`` set their columns in pairs: the first ``&`` of a pair
aligns the relation, the second starts the next equation of the row (``\partial_x f &= 2x & \partial_y f &=
2y``). Read as spaces, both equations were glued into one chain and a correct row FAILED.
"""

from __future__ import annotations

import re

from verifier.latex.braces import brace_end

__all__ = ["PAIRED", "body_start", "relation_first", "starts_equation"]

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
