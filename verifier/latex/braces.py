"""Brace matching and top-level splitting over raw LaTeX.

One brace matcher for the chain splitter and the member tokenizer, so both agree on what a
group is: ``\\{`` and ``\\}`` (any escaped character) are skipped, and a group ends at the ``}``
that brings the depth back to zero. One top-level splitter for the readers of members and of
context lines, which cut at a separator only outside ``{}``, ``()`` and ``[]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["SIZING", "brace_end", "bracket_end", "group_after", "split_top_equals", "split_top_level", "without_braces"]

# the sizing commands before a bracket (\left( … \right), \bigl[ … \bigr]): they open no group of their
# own, so the readers that look at a member's brackets strip them first
SIZING = re.compile(r"\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg)(?![A-Za-z])\s*")


def brace_end(text: str, i: int, end: int | None = None) -> int:
    """Index of the ``}`` matching the ``{`` at ``i``, looking no further than ``end``; -1 if none."""
    depth = 0
    k = i
    n = len(text) if end is None else end
    while k < n:
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def bracket_end(text: str, i: int, stop: Callable[[str, int], bool] | None = None) -> int:
    r"""Index of the bracket closing the one at ``i`` (any of ``({[`` nest, and ``\{`` ``\}``); -1 if
    none, or if ``stop(text, k)`` holds first at some ``k`` outside an escape (the formula ends)."""
    depth = 0
    k = i
    while k < len(text):
        c = text[k]
        if c == "\\":
            if text.startswith("\\{", k) or text.startswith("\\}", k):
                depth += 1 if text[k + 1] == "{" else -1
                if depth == 0:
                    return k
            k += 2
            continue
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
            if depth == 0:
                return k
        elif stop is not None and stop(text, k):
            return -1
        k += 1
    return -1


def _formula_ends(text: str, k: int) -> bool:
    """A ``$`` or a blank line: the formula (or the paragraph) is over."""
    return text[k] == "$" or (text[k] == "\n" and text[k + 1 : k + 2] == "\n")


def group_after(text: str, start: int) -> tuple[str, int] | None:
    r"""The text inside the bracket opened at ``start - 1`` (``\right)`` closes it too) and the index
    after its closer; None where the formula (a ``$``) or the paragraph (a blank line) ends first. For
    readers of prose that look inside ``\mathcal{N}(…)`` and the like."""
    end = bracket_end(text, start - 1, _formula_ends)
    if end < 0:
        return None
    return re.sub(r"\\right\s*$", "", text[start:end]).strip(), end + 1


def split_top_level(text: str, at: Callable[[str, int], bool]) -> list[str]:
    """``text`` cut at every one-character separator ``k`` with ``at(text, k)`` outside brackets and outside an
    environment that writes one value (:data:`_ONE_VALUE`: the ``=`` of a cases row's condition ``x = 0`` is no
    cut of the chain around the environment, redcat67).

    Pieces are returned as written (not stripped); the separators are dropped.
    """
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch == "\\" and (m := _ONE_VALUE.match(text, k)):
            depth += 1 if m.group(1) == "begin" else -1
        elif ch in "{([":
            depth += 1
        elif ch in "})]":
            depth -= 1
        elif depth == 0 and at(text, k):
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return out


# the environments whose body is one value (a function by cases, a matrix, an array): a separator inside one is
# the body's own; the row environments (aligned, align, ...) hold the chain's own "=" and are cut as before
_ONE_VALUE = re.compile(r"\\(begin|end)\s*\{(?:[dr]?cases|[pbBvV]?matrix|smallmatrix|array)\*?\}")


# an "=" that is not part of "<=", ">=", "!=", ":=", "\=" or "=="
_TOP_EQUALS = re.compile(r"(?<![<>!:\\])=(?!=)")


def split_top_equals(text: str) -> list[str]:
    """``text`` cut at every ``=`` outside braces and brackets (``\\sum_{d=1}`` keeps its ``=``), as written."""
    return split_top_level(text, lambda s, k: _TOP_EQUALS.match(s, k) is not None)


def without_braces(text: str) -> str:
    """``text`` with its braces and whitespace taken out: ``x_{0}``, ``{x_0}`` and ``x_ 0`` are one name as the prose's
    readers compare names written in different places (only for comparing: the result is no LaTeX to parse)."""
    return _BRACES_AND_SPACE.sub("", text)


_BRACES_AND_SPACE = re.compile(r"[{}\s]")
