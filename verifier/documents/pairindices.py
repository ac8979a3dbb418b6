r"""The indices of a name the notes define for a pair (or one) of them, on a line that writes only the name.

UMAP and t-SNE notes write "two embedded points at distance $d = \|y_i - y_j\|$" and go on in d alone:
``-\log q(d) = \log(1 + d^2)``, ``\frac{\partial}{\partial d}\log(1 + d^2) = \frac{2d}{1 + d^2}``. The line writes no
i or j, so they were not among the line's free indices and the definition's body could not be read ("index j
is free here but has no value"): every such line was SKIPPED, a dropped factor too (fresh52). The indices a
plain definition reached from the line (not a function, no index parameters of its own) writes exactly once
each in its body are the pair the name is about: they are the line's free indices too, enumerated like its
own, with distinct values (the two points of a distance are two: at i = j the distance is 0 and a line
dividing by it has no value anywhere). An index written more than once (``z = w_i x_i``) is left alone: it
may be summed (the implied-sum reading owns it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import combinations

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope
from verifier.latex import LatexError

__all__ = ["definition_indices", "distinct"]

_DEPTH = 3  # definitions reached through definitions, at most this deep


def _index_counts(tree: sp.Basic) -> Counter[str]:
    """How many times each index letter is written as a subscript in ``tree``."""
    out: Counter[str] = Counter()
    for node in sp.preorder_traversal(tree):
        if isinstance(node, sp.Indexed):
            for i in node.indices:
                if isinstance(i, sp.Symbol):
                    out[i.name] += 1
    return out


def definition_indices(trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> set[str]:
    """Index letters (index ranges of ``scope``) written once each in the bodies of the plain definitions the
    ``trees`` reach, and not by the trees themselves."""
    written = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    out: set[str] = set()
    seen: set[str] = set()
    todo = [(n, 0) for n in written]
    while todo:
        name, depth = todo.pop()
        if name in seen or depth >= _DEPTH:
            continue
        seen.add(name)
        d = scope.names.get((name, ()))
        if not isinstance(d, Definition) or d.is_function or d.builtin or d.index_params or d.params:
            continue
        try:
            body = parse(d.body)
        except LatexError:
            continue
        if not isinstance(body, sp.Basic):
            continue
        counts = _index_counts(body)
        out |= {i for i, n in counts.items() if n == 1 and isinstance(scope.names.get((i, ())), IndexRange)}
        todo.extend((s.name, depth + 1) for s in body.free_symbols if isinstance(s, sp.Symbol))
    return out - written


def distinct(indices: set[str]) -> list[tuple[sp.Basic, str]]:
    """Conditions (as a chain's) that the ``indices`` of a pair take distinct values."""
    return [(sp.Ne(sp.Symbol(a), sp.Symbol(b)), "") for a, b in combinations(sorted(indices), 2)]
