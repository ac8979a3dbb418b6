r"""A contraction the notes write as a factor times itself: ``L = \tfrac12 (y_i - t_i)(y_i - t_i)``, ``r = x_i x_i``.

Einstein-style notes write a squared norm as the product of a factor with itself so that the repeated index shows.
The parser multiplies the two equal factors into one power (``(y_i - t_i)^2``), in which the index no longer occurs
in two factors, so :func:`verifier.documents.readings.einstein` left it free and a scalar's definition became one
entry's square (fresh78: the gradient of a linear layer's loss FAILED). This module owns the source-level fact —
which indices a definition's body writes in a factor repeated side by side (:func:`written_twice`) — and the reading
that sums such an index around the squared factor (:func:`squared_contractions`). A body that writes the power
itself (``(y_i - t_i)^2``) is not read here: there the square of one entry is as likely as the sum."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp

__all__ = ["squared_contractions", "written_twice"]

_SIZING = re.compile(r"\\(?:left|right|[bB]ig{1,2}[lr]?)(?![A-Za-z])|\\[,;:! ]|\s+")
# an entry: a letter or a command with its braced argument, then a subscript
_ENTRY = re.compile(r"(?:\\[A-Za-z]+\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])_(?:\{[^{}]*\}|[A-Za-z0-9])")
_INDEX = re.compile(r"_(?:\{([^{}]*)\}|([A-Za-z0-9]))")


def _group_end(text: str, start: int) -> int | None:
    """The position just after the bracket closing the one opened at ``start``."""
    depth = 0
    for k in range(start, len(text)):
        depth += (text[k] in "([{") - (text[k] in ")]}")
        if depth == 0:
            return k + 1
    return None


def _letters(factor: str) -> set[str]:
    out: set[str] = set()
    for m in _INDEX.finditer(factor):
        sub = m.group(1) if m.group(1) is not None else m.group(2)
        out |= {c for c in sub if c.isalpha()} if len(sub) <= 3 else set()
    return out


def written_twice(latex: str) -> set[str]:
    r"""The subscript letters of the factors ``latex`` writes twice side by side: ``(y_i - t_i)(y_i - t_i)``,
    ``\left(a_i\right)\left(a_i\right)``, ``x_i x_i`` (a power, ``(y_i - t_i)^2``, is not two factors)."""
    text = _SIZING.sub("", latex)
    out: set[str] = set()
    for k, ch in enumerate(text):
        if ch == "(":
            end = _group_end(text, k)
            if end is not None and text.startswith(text[k:end], end) and (k == 0 or text[k - 1] != "^"):
                after = end + (end - k)
                if after >= len(text) or text[after] not in "^_":
                    out |= _letters(text[k:end])
    for m in _ENTRY.finditer(text):
        entry = m.group(0)
        after = m.end() + len(entry)
        if text.startswith(entry, m.end()) and (after >= len(text) or text[after] not in "^_"):
            out |= _letters(entry)
    return out


def squared_contractions(tree: sp.Basic, twice: set[str], is_index: Callable[[str], bool],
                         own: Sequence[str]) -> sp.Basic:
    """``tree`` with each square whose base carries a free index of ``twice`` (not an entry's ``own`` index, nor
    one a written sum binds) summed over that index, around the square."""
    names = {n for n in twice if is_index(n) and n not in own}
    if not names:
        return tree

    def visit(node: sp.Basic, bound: frozenset[str]) -> sp.Basic:
        if isinstance(node, sp.Sum | sp.Product):
            inner = bound | {str(v) for v, *_ in node.limits}
            return node.func(visit(node.function, inner), *node.limits)
        if isinstance(node, sp.Pow) and node.exp == 2:
            free = sorted(n for n in names - bound
                          if any(str(i) == n for x in node.base.atoms(sp.Indexed) for i in x.indices))
            out: sp.Basic = node
            for n in free:
                out = sp.Sum(out, (sp.Symbol(n), sp.Symbol(f"{n}__lo"), sp.Symbol(f"{n}__hi")))
            return out
        if isinstance(node, sp.Add | sp.Mul):
            return node.func(*(visit(a, bound) for a in node.args), evaluate=False)
        return node

    return visit(tree, frozenset())
