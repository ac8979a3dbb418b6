r"""A chain whose first row is an inequality: ``f(y) &\le f(x) + \dots \\ &= \dots``.

Bounds in optimisation notes open with an inequality and go on with ``=`` rows (the descent lemma:
``f(x - \eta g) &\le f(x) - \eta\|g\|^2 + \tfrac{L\eta^2}{2}\|g\|^2 \\ &= f(x) - \eta(1 - \tfrac{L\eta}{2})\|g\|^2``).
The splitter reads a row holding only non-equalities as one statement (``x \le y`` alone is no derivation), so
the ``\le`` stayed inside the chain's first member and every ``=`` step after it was unreadable. This module
owns the re-split: when a later row continues a chain whose only member is such a statement, that member is
cut at its top-level order relations (≤, ≥, <, >) — the relations a bound chains — exactly as ``\[ a \le b = c \]``
written on one line is; and at ``\propto`` (gaps53: a posterior, ``p(\theta \mid x) &\propto p(x \mid \theta)p(\theta)
\\ &= …``, chains its proportionality the same way; the ``\propto`` link is SKIPPED, the ``=`` rows checked). A
statement with a separator (``x \le 1, y \ge 0``) or another relation (``\in``, ``\neq``, ``\sim``) stays whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from verifier.latex.document import Member

__all__ = ["ORDER_RELATIONS", "split_statement"]

#: the relations a bound is chained with
ORDER_RELATIONS = frozenset({"<", ">", "\\le", "\\ge", "\\leq", "\\geq", "\\leqslant", "\\geqslant"})
#: the relations a first row is cut at: a bound's, and a proportionality's (a posterior's ``\propto``)
_SPLIT_AT = ORDER_RELATIONS | {"\\propto", "\\varpropto"}


class _Link(Protocol):
    relation: str


class _Token(Protocol):
    start: int
    end: int

    @property
    def link(self) -> _Link | None: ...



def split_statement(
    member: Member, tokens: Sequence[_Token], clean: Callable[[str], str]
) -> tuple[list[Member], list[_Link]]:
    """``member`` cut at its top-level order relations (or ``\\propto``) ``tokens`` (the splitter's, of
    ``member.latex``): the members and the links between them; ``([member], [])`` when it holds a separator or
    another relation, or a side of a relation is empty."""
    text = member.latex
    if not tokens or any(t.link is None or t.link.relation not in _SPLIT_AT for t in tokens):
        return [member], []
    parts, start = [], 0
    for t in tokens:
        parts.append(clean(text[start : t.start]))
        start = t.end
    parts.append(clean(text[start:]))
    if not all(parts):
        return [member], []
    return [Member(p, member.line) for p in parts], [t.link for t in tokens if t.link is not None]
