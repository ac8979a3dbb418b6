r"""A link that computes on stated data to an exact number: ``p_1 + p_2 + p_3 = 1`` after ``$p = (0.5, 0.3, 0.2)$``.

The notes' stated values are hypotheses of a *worked* link only (documents.stated.worked: a decimal member): an
exact ``= 0`` or ``= \frac14`` ends an identity, checked for every value of its names. So ``p_1 + p_2 + p_3 = 0.9``
was read at the data (FAILED, documents.exactdata) while the right ``p_1 + p_2 + p_3 = 1`` was not: "an equation
between undeclared quantities", SKIPPED — a right sum of data lost its check (sound41's item, misses42).

A chain of one link, one of whose members is an exact number other than 0 (an integer or a fraction of integers; a
formula set to 0 is an equation the notes solve, though they state a value of its unknown elsewhere) and whose other
member is a formula of numbers and numbered entries *every one of which* the notes state a value of (an entry
``p_1 = 0.5``, or of a stated vector ``p = (0.5, 0.3, 0.2)``; a plain name is not read: "continuous at $y s = 1$" is a
case, with y and s stated elsewhere) computes on that data: it is read
at the values as a worked link is (PROVED where they give the number; a wrong total is documents.exactdata's).
A member with a derivative, an integral, a sum or a function the notes leave undefined is no such computation
(``\sum_{i=1}^3 p_i = 1`` has its own reading, documents.statedvectors).

The exact member may be a list of numbers against stated vectors: ``\frac{x_1 + x_2}{2} = (\tfrac12, 0)`` after
"$x_1 = (0, 0)$ and $x_2 = (1, 0)$" (a centroid worked exactly; with decimals it was a worked line already, lead65).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import key_of
from verifier.latex import LatexError

__all__ = ["on_stated_data"]


def _keys(names: Iterable[str], parse: Callable[[str], sp.Basic]) -> set[tuple[str, tuple[str, ...]]]:
    out: set[tuple[str, tuple[str, ...]]] = set()
    for name in names:
        try:
            key = key_of(parse(name))
        except LatexError:
            continue
        if key is not None:
            out.add(key)
    return out


def on_stated_data(texts: tuple[str, str], scalars: Iterable[str], vectors: Iterable[str],
                   parse: Callable[[str], sp.Basic]) -> bool:  # fmt: skip
    """Is the link ``texts`` (its two members as written) an exact number against a formula of names the notes state
    values of — ``scalars``: names given a number (``a``, ``p_1``); ``vectors``: names given a list of them?"""
    trees: list[sp.Basic] = []
    for text in texts:
        try:
            trees.append(parse(text))
        except LatexError:
            return False
    for lone, other in ((trees[0], trees[1]), (trees[1], trees[0])):
        if not ((isinstance(lone, sp.Rational) and lone != 0) or _number_list(lone)) or not isinstance(other, sp.Expr):
            continue  # (= 0: an equation the notes solve, 544t - 80 = 0 beside a stated t = 0.25, fresh28)
        if other.atoms(sp.Derivative, sp.Integral, sp.Sum, sp.Product, AppliedUndef):
            return False
        entries = other.atoms(sp.Indexed)
        inside = {s for e in entries for s in e.free_symbols}
        names = {s for s in other.free_symbols if isinstance(s, sp.Symbol)} - inside
        if names or not entries or any(not all(i.is_Integer for i in e.indices) for e in entries):
            return False  # a plain name: "continuous at $y s = 1$" is a case, not a sum of data (fresh27)
        given, lists = _keys(scalars, parse), _keys(vectors, parse)
        keys = [key_of(e) for e in entries] + [key_of(s) for s in names]
        return all(k is not None and (k in given or k in lists or (k[1] and (k[0], ()) in lists)) for k in keys)
    return False


def _number_list(tree: object) -> bool:
    r"""A vector of exact numbers, not all 0 (``(\tfrac{1}{2}, 0)``, the mean of two stated points: lead65)."""
    return isinstance(tree, sp.MatrixBase) and min(tree.shape) == 1 and max(tree.shape) >= 2 \
        and all(isinstance(e, sp.Rational) for e in tree) and any(e != 0 for e in tree)  # fmt: skip
