r"""PROVED for every size: what a green step about a sum to a symbolic bound ``n`` needs.

The notes write ``\sum_{i=1}^{n} i^3 = \frac{n^2(n+1)^2}{4}`` for every n; the checker reads n as a size
and checks the step at a few sizes (:mod:`verifier.documents.infer`), each one exactly. A proof at n = 3
and 5 is no proof for every n: ``+ (n-1)(n-2)(n-3)(n-5)`` on the right is 0 at 1, 2, 3 and 5 only, and
``\sum_{i=1}^{n} (-1)^i = -1`` holds at every odd n (redteam28 found the first PROVED, checked at 3 and 5).

Where the step uses a bound's size *as a value* — n written outside a sum's limits, or a summand that
uses its index as a number (``i^3``, ``(-1)^i``, a bracket ``[i = 41]``; an index only in subscripts, ``x_i``, or
compared with another index, ``j \neq i``, is a position) —
PROVED needs an argument for every n: the sums in closed form, the difference 0 identically
(:mod:`verifier.closedsums`). Where the difference is not 0, the step is checked as written at a size where
it is not (:func:`extra_combos`: a false closed form is FAILED with the notes' own reading); where no closed
form decides, at ``MORE`` sizes besides the sampled ones, and it is at most PASSED at the sizes checked
(:func:`proved_for_every_size` says why), never PROVED.

A step whose sizes are lengths only (``\sum_{i=1}^{n} x_i y_i = x^\top y``: each entry a position, n no
value) keeps its concrete proofs: they are entry-generic and do not depend on which n was drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sympy as sp

from verifier.closedsums import difference, witness
from verifier.documents.bracketsizes import bracket_turns
from verifier.documents.context import IndexRange, Key, Scope, Size
from verifier.latex.vocabulary import Component

MORE = (2, 4)  # sizes checked besides the sampled ones where no closed form decides


def _scale(arg: sp.Basic, sizes: set[sp.Symbol]) -> bool:
    r"""Is ``arg`` a size as a lone factor (``\frac{1}{n}``, ``\frac{n}{2}``, n²)? A mean's 1/n scales an
    entry-generic sum; a polynomial in n (``(n-3)(n-5)``) is no lone factor, and a difference of such terms
    that cancels the sums is caught by the closed form's witness."""
    base = arg.base if isinstance(arg, sp.Pow) and arg.exp.is_Integer else arg
    return isinstance(base, sp.Symbol) and base in sizes


def _index_as_value(tree: sp.Basic, sizes: set[sp.Symbol]) -> bool:
    """Does ``tree`` write a size outside a sum's limits, or a sum's index as a number in its summand?"""
    if isinstance(tree, sp.Indexed | sp.KroneckerDelta | sp.core.relational.Relational):
        return False  # x_i, x_{n}, δ_ij, the j ≠ i of a sum's cases: positions
    if isinstance(tree, Component):  # softmax(z)_j, e_i as a column of the identity: the base is read, j a position
        return _index_as_value(tree.args[0], sizes)
    if isinstance(tree, sp.Sum | sp.Product):
        body = tree.function
        indices = {lim[0] for lim in tree.limits}
        return bool(_free_values(body, sizes) & (indices | sizes)) or _index_as_value(body, sizes)
    if isinstance(tree, sp.Symbol):
        return tree in sizes
    args = [a for a in tree.args if not (isinstance(tree, sp.Mul) and _scale(a, sizes))]
    return any(_index_as_value(a, sizes) for a in args if isinstance(a, sp.Basic))


def _compared_with_number(tree: sp.Basic) -> set[sp.Symbol]:
    r"""The symbols of a comparison of an expression with a number (``[i = 41]``, ``[i \le 2]``, ``\delta_{i,3}``):
    values, since the comparison turns at that number; a comparison of two names (``j \neq i``) is one of
    positions (sound38; redteam37's bracketsizes guarded it from outside)."""
    sides = tree.args[:2]
    if len(sides) == 2 and any(getattr(a, "is_number", False) for a in sides):
        return {x for a in sides for x in getattr(a, "free_symbols", set()) if isinstance(x, sp.Symbol)}
    return set()


def _free_values(tree: sp.Basic, sizes: set[sp.Symbol]) -> set[sp.Symbol]:
    r"""The symbols ``tree`` uses as values: not inside an entry's subscript, nor a size as a sum's bound
    (``\sum_{j=1}^{m}`` inside a summand is a length; ``\sum_{j=1}^{i}`` counts with the outer index), nor
    in a comparison of positions (:func:`_compared_with_number`)."""
    if isinstance(tree, sp.KroneckerDelta | sp.core.relational.Relational):
        return _compared_with_number(tree)
    if isinstance(tree, sp.Indexed):
        return set()
    if isinstance(tree, Component):
        return _free_values(tree.args[0], sizes)
    if isinstance(tree, sp.Symbol):
        return {tree}
    if isinstance(tree, sp.Sum | sp.Product):
        inner = _free_values(tree.function, sizes) - {lim[0] for lim in tree.limits}
        for lim in tree.limits:
            for bound in lim[1:]:
                inner |= _free_values(bound, sizes) - sizes
        return inner
    out: set[sp.Symbol] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic) and not (isinstance(tree, sp.Mul) and _scale(a, sizes)):
            out |= _free_values(a, sizes)
    return out


def uses_size_as_value(pair: tuple[sp.Basic, sp.Basic], sizes: set[sp.Symbol]) -> bool:
    r"""Does the step (its two sides) use a bound's size as a value, so that concrete sizes prove nothing
    for the others? A factor both sides share (``\frac{1}{2n}\sum_i … = \frac{1}{2n}\|…\|^2``) is no use:
    the sides' quotient, where SymPy cancels it, is looked at first."""
    left, right = pair
    if isinstance(left, sp.Expr) and isinstance(right, sp.Expr) and right != 0:
        try:
            quotient = left / right
        except (TypeError, ValueError, ZeroDivisionError):
            quotient = None
        if quotient is not None and not _index_as_value(quotient, sizes):
            return False
    return any(isinstance(t, sp.Basic) and _index_as_value(t, sizes) for t in pair)


def verdict_for_every_size(pairs: Sequence[tuple[sp.Basic, sp.Basic]], sizes: set[sp.Symbol]) -> tuple[bool, str]:
    """(proved for every n, why not): each pair is one (left, right) of the step's trees."""
    for left, right in pairs:
        d, _ = difference(left, right, sizes)
        if d is None or d != 0:
            return False, "no argument for every size (the sums have no closed form here)" if d is None or d.has(
                sp.Sum, sp.Product) else f"the sides differ by {sp.sstr(d)} at other sizes"
    return True, ""


def bound_sizes(trees: Iterable[sp.Basic], size_names: set[str]) -> set[sp.Symbol]:
    """The symbols of ``trees`` that are sizes (``size_names``) written in a sum's or product's limits."""
    out: set[sp.Symbol] = set()
    for t in trees:
        if not isinstance(t, sp.Basic):
            continue
        for s in t.atoms(sp.Sum, sp.Product):
            for lim in s.limits:
                out |= {x for b in lim[1:] for x in b.free_symbols if isinstance(x, sp.Symbol) and x.name in size_names}
    return out


def step_pairs(left: Sequence[sp.Basic], right: Sequence[sp.Basic]) -> list[tuple[sp.Basic, sp.Basic]]:
    """The (left, right) trees of a step: its two members' first trees (placeholders are not sides)."""
    return [(left[0], right[0])] if left and right else []


def witness_sizes(pairs: Sequence[tuple[sp.Basic, sp.Basic]], sizes: set[sp.Symbol]) -> list[dict[str, int]]:
    """Sizes (by name) at which to check a step that uses ``sizes`` as values: where its closed-form
    difference is not 0; where there is no closed form, ``MORE`` of each (a sampled size may miss the one
    size where a claim fails, and two odd sizes miss a parity); none when the argument holds."""
    if not sizes or not any(uses_size_as_value(p, sizes) for p in pairs):
        return []
    for left, right in pairs:
        d, swap = difference(left, right, sizes)
        if d is not None and d == 0:
            continue
        found = witness(d, swap) if d is not None else None
        if found:
            return [found]
        if d is None or d.has(sp.Sum, sp.Product):
            turns = _turning_sizes((left, right))
            return [{s.name: v} for s in sorted(sizes, key=str) for v in sorted(set(MORE) | turns | _past_degree(
                (left, right), s))]  # fmt: skip
    return []


DEGREE_UP_TO = 8  # a written side of a higher degree in a size gets no sizes past its roots (SymPy's sums do)


def _past_degree(pair: tuple[sp.Basic, sp.Basic], size: sp.Symbol) -> set[int]:
    r"""Sizes 2 … d + 2 for a side written as a polynomial of degree d in ``size`` (sound40).

    A sum with no closed form is checked at a few sizes; a written side that is a polynomial in n can put its
    roots exactly there: ``\sum_i \sum_j [i < j] = \frac{n(n-1)}{2} + (n-2)(n-3)(n-4)(n-5)`` was PASSED at 2 … 5.
    If the sum is a polynomial of degree at most d too, the difference has at most d roots, and d + 1 sizes
    decide it; otherwise more sizes still find a planted term. A size's own checks stay as they were (PASSED at
    the sizes checked only, where no closed form decides).

    Each term of a side that writes no sum counts (redteam41): a polynomial planted beside the sum itself,
    ``\sum_i \sum_j [i < j] + (n-2)(n-3)(n-4)(n-5) = \frac{n(n-1)}{2}``, and a binomial in the size (built as a
    ratio of Γs: ``\binom{n-2}{4}`` is of degree 4) were PASSED at their roots."""
    degrees = []
    for side in pair:
        if not isinstance(side, sp.Expr) or size not in side.free_symbols:
            continue
        for term in sp.Add.make_args(side):
            if term.has(sp.Sum, sp.Product) or size not in term.free_symbols:
                continue
            if term.has(sp.gamma, sp.factorial):  # \binom{n}{2} = Γ(n+1)/(2Γ(n-1)) = n(n-1)/2
                term = sp.gammasimp(term)
            if not term.is_commutative:  # (n - 1)x̄ with x̄ a mean, not commuting: SymPy's degree refuses it (redmid63)
                commuting, others = term.args_cnc()
                if any(size in f.free_symbols for f in others):
                    continue
                term = sp.Mul(*commuting)
            if term.is_polynomial(size):
                degrees.append(sp.degree(term, size))
    top = max(degrees, default=0)
    return set(range(2, int(top) + 3)) if 1 < top <= DEGREE_UP_TO else set()


TURNS_UP_TO = 8  # a comparison with a larger number is past the sizes checked (documents.bracketsizes: SKIPPED)


def _turning_sizes(pair: tuple[sp.Basic, sp.Basic]) -> set[int]:
    r"""The sizes around each number a summand compares its index with (``[i \le 2]``: 1, 2, 3).

    A bracket on the index turns at that number, and a sum with no closed form checked at ``MORE`` only
    missed the size where the claim fails: ``\sum_{i=1}^{n} [i \le 2] = 2`` is false at n = 1 alone."""
    turns = [t for tree in pair if isinstance(tree, sp.Basic) for _, t in bracket_turns(tree)]  # t: c + 1
    return {k for t in turns for k in (t - 2, t - 1, t) if 1 <= k <= TURNS_UP_TO}


def _size_names(scope: Scope) -> set[str]:
    """The sizes the checker varies (a symbolic n); a size the notes fix (a length written out) is one."""
    return {k[0] for k, e in scope.names.items() if isinstance(e, Size) and not k[1] and len(set(e.values)) > 1}


def _bounds_placed(pairs: Sequence[tuple[sp.Basic, sp.Basic]], scope: Scope) -> list[tuple[sp.Basic, sp.Basic]]:
    r"""The pairs with each implicit bound (``\sum_i^m``: ``i__lo``) the range the scope gives its index — a
    number or the size's name — so a sum written without a start is the sum the checker evaluates."""
    swap: dict[sp.Symbol, sp.Basic] = {}
    for p in pairs:
        for t in p:
            for sym in t.free_symbols if isinstance(t, sp.Basic) else ():
                name = getattr(sym, "name", "")
                for suffix, pick in (("__lo", 0), ("__hi", 1)):
                    entry = scope.names.get((name[: -len(suffix)], ())) if name.endswith(suffix) else None
                    if isinstance(entry, IndexRange):
                        dim = (entry.lo, entry.hi)[pick]
                        swap[sym] = sp.Integer(dim) if isinstance(dim, int) else sp.Symbol(dim[0])
    if not swap:
        return list(pairs)
    return [tuple(t.xreplace(swap) if isinstance(t, sp.Basic) else t for t in p) for p in pairs]  # type: ignore[misc]


def extra_combos(pairs: Sequence[tuple[sp.Basic, sp.Basic]], scope: Scope,
                 combos: list[dict[Key, int]]) -> list[dict[Key, int]]:
    """More size assignments for the checker (:meth:`steps._Checker._instances`): the first of ``combos``
    with a bound's size moved to where the closed-form difference is not 0 — the step is then checked
    there as written, and a false closed form is FAILED with the notes' own reading — or to ``MORE``."""
    pairs = _bounds_placed(pairs, scope)
    trees = [t for p in pairs for t in p]
    out: list[dict[Key, int]] = []
    for found in witness_sizes(pairs, bound_sizes(trees, _size_names(scope))) if combos else []:
        moved = {key: found.get(key[0], v) if not key[1] else v for key, v in combos[0].items()}
        if moved not in combos and moved not in out and not _runs_backwards(trees, found):
            out.append(moved)
    return out


def _runs_backwards(trees: Sequence[sp.Basic], sizes: dict[str, int]) -> bool:
    r"""Does a sum or product of ``trees`` run backwards at ``sizes`` (its upper bound below its lower bound minus
    one: ``\sum_{i=1}^{m-3}`` at m = 2)? No size the notes mean; read as an empty sum there, a closed form right for
    every m ≥ 3 was FAILED at m = 2 (redteam41). An empty range (``\sum_{i=1}^{0}``) is a size the notes may mean."""
    values = {s: sp.Integer(v) for t in trees if isinstance(t, sp.Basic) for s in t.free_symbols
              if isinstance(s, sp.Symbol) and s.name in sizes for v in (sizes[s.name],)}  # fmt: skip
    for t in trees:
        for s in t.atoms(sp.Sum, sp.Product) if isinstance(t, sp.Basic) else ():
            for _, lo, hi in (lim for lim in s.limits if len(lim) == 3):
                length = (hi - lo + 1).xreplace(values)
                if length.is_number and length < 0:
                    return True
    return False


def proved_for_every_size(pairs: Sequence[tuple[sp.Basic, sp.Basic]], scope: Scope) -> str:
    """'' when a PROVED step may stay PROVED; else why it is only PASSED at the sizes checked."""
    pairs = _bounds_placed(pairs, scope)
    trees = [t for p in pairs for t in p]
    sizes = bound_sizes(trees, _size_names(scope))
    if not sizes or not any(uses_size_as_value(p, sizes) for p in pairs):
        return ""
    proved, why = verdict_for_every_size(pairs, sizes)
    if proved:
        return ""
    names = ", ".join(sorted(s.name for s in sizes))
    return (f"proved at the sizes checked only, not for every {names}: {why}; a sum to {names} whose terms or "
            f"closed form use {names} as a number needs an argument for every size")
