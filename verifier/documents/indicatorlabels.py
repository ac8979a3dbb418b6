r"""The names an indicator compares with each other: a label compared with an index is one of its values.

Notes write a smoothed or one-hot target with an indicator of the true class, ``q_j = (1 - \varepsilon)
\mathbb{1}[j = y] + \varepsilon/K``: y is a class, one of the values of the index j. Read as a real number (no
other line subscripts with it), y matched no class, every indicator was 0 and the right total ``\sum_k q_k = 1``
was FAILED at y = 0 (fresh54). :func:`indicator_comparisons` gives the pairs of plain names each indicator's
equality compares (the parser makes ``\mathbb{1}[j = y]`` a ``Piecewise((1, Eq(j, y)), (0, True))``); documents.infer
hands them to :meth:`_Inference.compared`, which makes the other name an index over the index's range only
where one of the two is an index already (``if i = j`` in a condition is read so). A comparison of two
quantities (``\mathbb{1}[x = 0]`` of a real x, no index in it) is left alone."""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["indicator_comparisons"]


def indicator_comparisons(trees: Iterable[sp.Basic]) -> list[tuple[str, str]]:
    """The pairs of plain names (no numbers, no expressions) that an equality in a case condition of
    ``trees`` compares, in the order met, each once."""
    out: list[tuple[str, str]] = []
    for tree in trees:
        if not isinstance(tree, sp.Basic):
            continue
        for node in sp.preorder_traversal(tree):
            if not isinstance(node, sp.Piecewise):
                continue
            for _, cond in node.args:
                if not isinstance(cond, sp.Basic):
                    continue
                for eq in cond.atoms(sp.Eq):
                    a, b = eq.args
                    if all(isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy) for s in (a, b)):
                        pair = (a.name, b.name)
                        if pair not in out:
                            out.append(pair)
    return out
