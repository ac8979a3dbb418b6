r"""The indices of a name the notes define for a pair (or one) of them, on a line that writes only the name.

UMAP and t-SNE notes write "two embedded points at distance $d = \|y_i - y_j\|$" and go on in d alone:
``-\log q(d) = \log(1 + d^2)``, ``\frac{\partial}{\partial d}\log(1 + d^2) = \frac{2d}{1 + d^2}``. The line writes no
i or j, so they were not among the line's free indices and the definition's body could not be read ("index j
is free here but has no value"): every such line was SKIPPED, a dropped factor too (fresh52). The indices a
plain definition reached from the line (not a function, no index parameters of its own) writes exactly once
in its body are the pair the name is about: they are the line's free indices too, enumerated like its
own, and the indices of one such body take distinct values (the two points of a distance are two: at i = j
the distance is 0 and a line dividing by it has no value anywhere; the preferred and the rejected answer of
``h = \theta_w - \theta_l`` are two, on a line that writes w alone too). An index written twice in one
product (``z = w_i x_i``) is left alone: it may be summed (the implied-sum reading owns it); so is one written
inside a sum (``Z = \sum_{k \ne l} w_{kl}`` reads l free, but it is the sum's second index: fresh26's t-SNE)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope
from verifier.documents.indicatorlabels import indicator_comparisons
from verifier.latex import LatexError

__all__ = ["UNVALUED", "distinct", "pair_families", "pair_indices", "paired_entries"]

#: how the resolver refuses an index a line does not give a value (documents.resolve): the pair is asked for then
UNVALUED = "is free here but has no value"

_DEPTH = 3  # definitions reached through definitions, at most this deep


def _indices_of(tree: sp.Basic) -> tuple[set[str], set[str]]:
    """The index letters written as subscripts in ``tree``, and those written twice in one product
    (``w_i x_i``: perhaps an implied sum) or anywhere inside a sum (``\\sum_{k \\ne l} w_{kl}``: l may be the
    sum's second index, which the reading leaves free) or a diagonal matrix over its index (``diag(\\mu_i)``)."""
    written: set[str] = set()
    summed: set[str] = set()
    for node in sp.preorder_traversal(tree):
        if isinstance(node, sp.Sum | sp.Product):  # Σ_{k≠l} w_{kl}: l may be a second bound index, read free
            summed |= {x.name for x in node.atoms(sp.Symbol)}
        elif isinstance(node, sp.Function) and type(node).__name__ == "diag":  # diag(μ_i): the matrix over i
            summed |= {x.name for x in node.atoms(sp.Symbol)}
        elif isinstance(node, sp.Indexed):
            written |= {i.name for i in node.indices if isinstance(i, sp.Symbol)}
        elif isinstance(node, sp.Mul):
            seen: Counter[str] = Counter()
            for factor in node.args:
                base = factor.base if isinstance(factor, sp.Pow) else factor
                if isinstance(base, sp.Indexed):
                    seen.update({i.name for i in base.indices if isinstance(i, sp.Symbol)})
            summed |= {i for i, n in seen.items() if n > 1}
    return written, summed


def _invented(hi: object) -> bool:
    """Is an index range's upper bound a size inference invents (``n3_inferred``, shown n₃), not one the notes name?"""
    return isinstance(hi, tuple) and bool(hi) and isinstance(hi[0], str) and hi[0].endswith("_inferred")


def _walk(trees: Iterable[sp.Basic], scope: Scope,
          parse: Callable[[str], sp.Basic]) -> Iterator[tuple[sp.Basic, set[str], set[str]]]:
    """Per plain definition the ``trees`` reach whose body gives indices the trees do not write: the body, its
    index letters (a pair) and the letters the trees write."""
    written = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    seen: set[str] = set()
    todo = [(n, 0) for n in written]
    while todo:
        name, depth = todo.pop()
        if name in seen or depth >= _DEPTH:
            continue
        seen.add(name)
        d = scope.names.get((name, ()))
        if not isinstance(d, Definition) or d.builtin:
            continue
        try:
            body = parse(d.body) if d.body else None
        except LatexError:
            continue
        if not isinstance(body, sp.Basic):
            continue
        if d.index_params:  # q_j = (1 - ε)𝟙[j = y] + ε/K: the class y an indicator compares (indicatorlabels)
            # (over a range the notes size: a class enumerated over an invented n₃ is no class of theirs, sound57)
            labels = {n for pair in indicator_comparisons([body]) for n in pair
                      if n not in d.index_params and isinstance(r := scope.names.get((n, ())), IndexRange)
                      and not _invented(r.hi)}
            if labels - written:
                yield body, labels, written
            continue
        if not d.is_function:  # a function's body is read through (L(h) written bare reads h), not its params
            written_here, summed = _indices_of(body)
            free = {s.name for s in body.free_symbols if isinstance(s, sp.Symbol)}  # not a sum's own index
            mine = {i for i in (written_here & free) - summed if isinstance(scope.names.get((i, ())), IndexRange)}
            if mine - written:
                yield body, mine, written
        todo.extend((s.name, depth + 1) for s in body.free_symbols if isinstance(s, sp.Symbol))


def pair_indices(trees: Iterable[sp.Basic], scope: Scope,
                 parse: Callable[[str], sp.Basic]) -> tuple[set[str], list[set[str]]]:
    """Index letters (index ranges of ``scope``) written in the bodies of the plain definitions the ``trees``
    reach (never twice in one product), less those the trees write; and, per such body that gives one, its
    index letters (the pair: i and j of ‖y_i − y_j‖, the line writing one of them or neither)."""
    out: set[str] = set()
    pairs: list[set[str]] = []
    for _, mine, written in _walk(list(trees), scope, parse):
        out |= mine - written
        pairs.append(mine)
    return out, pairs


def pair_families(trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> set[str]:
    """The families (y of ‖y_i − y_j‖) whose entries a line reaches only through such a pair's definition.
    They are points, not labels: the reading of a label y one-hot (documents.meanings) would leave the
    distance only 0, 1 or √2, at which a wrong formula in d may hold (a false pass)."""
    trees = list(trees)
    written = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    return {str(x.base.label) for body, _, _ in _walk(trees, scope, parse) for x in body.atoms(sp.Indexed)} - written


def paired_entries(trees: Iterable[sp.Basic]) -> set[str]:
    r"""The families two of whose entries a product of the ``trees`` multiplies at two indices that enclosing sums
    both run over (``y_i y_j`` of the SVM dual's ``\sum_i\sum_j \alpha_i\alpha_j y_i y_j x_i^\top x_j``): values of
    every sample, not one-hot labels, under which every term i ≠ j of the double sum would vanish (a wrong
    ``x_i^\top x_i`` there held under that reading; red64). ``\sum_k y_k y_i`` (i free) is no such pair."""
    out: set[str] = set()

    def walk(node: sp.Basic, bound: frozenset[sp.Basic]) -> None:
        if isinstance(node, sp.Sum):
            bound = bound | {limit[0] for limit in node.limits}
        if isinstance(node, sp.Mul):
            seen: dict[str, set[sp.Basic]] = {}
            for factor in node.args:
                base = factor.base if isinstance(factor, sp.Pow) else factor
                if isinstance(base, sp.Indexed) and len(base.indices) == 1 and base.indices[0] in bound:
                    seen.setdefault(str(base.base.label), set()).add(base.indices[0])
            out.update(name for name, indices in seen.items() if len(indices) > 1)
        for arg in node.args:
            walk(arg, bound)

    for tree in trees:
        walk(tree, frozenset())
    return out


def distinct(pairs: list[set[str]]) -> list[tuple[sp.Basic, str]]:
    """Conditions (as a chain's) that the indices of each pair take distinct values."""
    return [(sp.Ne(sp.Symbol(a), sp.Symbol(b)), "") for pair in pairs for a, b in combinations(sorted(pair), 2)]
