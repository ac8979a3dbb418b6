r"""Implied summation: the readings of a step whose indices are summed without a written ``\sum``.

Course notes often leave sums implicit. In Einstein notation an index repeated within one product
term is summed (``z^\top H z = z_i H_{ij} z_j``, ``W_{ib} \delta_{ic} = W_{cb}``); some notes go
further and sum every index that the answer is not indexed by ("all summations are implied by
repeated indices within each term or by the dimensionality of the final answer"), so that
``-y_k + y_i \hat{y}_k`` means ``-y_k + \sum_i y_i \hat{y}_k``. Read literally such a step leaves
the index free, holds only where the indices happen to coincide (a "case split"), or has an index
free on one side only.

This module owns *which indices a reading sums, and where*; the caller
(:mod:`verifier.documents.doubts`) decides when the readings are tried and reports the one under
which a step holds. The readings of one step, in the order they are tried:

``repeated``
    Einstein summation: in each product term, an index that occurs twice or more is summed over
    its range, unless it is a free index of the step (free on both sides as written: the
    ``b`` of ``\mu_{bh} \delta_{bp} = \ldots \delta_{bp}`` is the entry asked for, not a dummy).
``strict``
    the textbook rule: every index repeated within a term is summed, even one that also occurs
    on the other side (``\partial_{x_k} (x_i A_{ij} x_j) = A_{kj} x_j + A_{ik} x_i`` sums i and j on
    each side); tried only where it differs from ``repeated`` and leaves the terms of every sum
    with the same free indices, and (by the caller) only where the notes say they sum this way.
``lone``
    as ``repeated``, and an index still free on one side only is summed over in each term of that
    side where it occurs (``-y_k + y_i \hat{y}_k = -y_k + \sum_i y_i \hat{y}_k``); not tried where
    such an index is that of a variable a derivative is taken by (``\partial L / \partial o_h``:
    the entry h is asked for).
``answer``
    Einstein summation of the indices the chain's first member is not indexed by, then every such
    index still free is summed in each term where it occurs
    (the "dimensionality of the final answer" rule). It sums indices that occur only once in a
    term, which a reader accepts only where the notes say they write sums this way, so the caller
    tries it only then.
``inner``
    as ``lone`` (and as ``answer`` where that is tried), but each such index is summed where it
    stands, inside a denominator or the base of a power (``\frac{e^{\theta_i}}{e^{\theta_m}}`` is
    ``e^{\theta_i} / \sum_m e^{\theta_m}``; :mod:`verifier.documents.innersums`); tried last, only
    where it differs from those.

A summed index keeps the range inferred for it (the sum's bounds are the ``i__lo``/``i__hi``
placeholders the resolver reads from the index's range)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import IndexRange
from verifier.documents.innersums import sum_inside
from verifier.documents.members import free_names
from verifier.documents.readings import einstein
from verifier.documents.values import ListMember

if TYPE_CHECKING:
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["SumReading", "declared_sums", "free_indices", "implied_readings", "sum_in_terms", "sum_repeated"]

IsIndex = Callable[[str], bool]


@dataclass(frozen=True)
class SumReading:
    """One implied-summation reading of a step: its two members rewritten, and what was summed."""

    mode: str  # repeated | strict | lone | answer | inner | written
    left: sp.Basic
    right: sp.Basic
    summed: tuple[str, ...]  # the indices summed somewhere in the step
    balanced: bool  # after the reading, both sides have the same free indices
    hypothesis: str = ""  # a hypothesis the notes state, read with the sums ("A symmetric, as the notes say")

    @property
    def note(self) -> str:
        if self.hypothesis:
            return f"{replace(self, hypothesis='').note} and {self.hypothesis}"
        names = ", ".join(self.summed)
        why = {
            "repeated": "an index repeated within a term is summed",
            "strict": "every index repeated within a term is summed, on each side",
            "lone": "an index repeated within a term, or free on one side only, is summed",
            "answer": "every index the chain's answer is not indexed by is summed",
            "inner": "an index free on one side only, or not in the chain's answer, is summed where it stands, "
                     "inside a denominator or a power",
            "written": "no implied sum: every index as written",
        }[self.mode]
        if self.mode == "written":
            return f"the indices as written ({why}; the declared Einstein reading fails)"
        kind = "Einstein summation" if self.mode in ("repeated", "strict") else "implied summation"
        return f"{kind} over {names} ({why})"


def free_indices(tree: sp.Basic, is_index: IsIndex, bound: frozenset[str] = frozenset()) -> set[str]:
    """The indices of ``tree`` not bound by a written sum. The name of a vector is not an index even
    where the same letter is one (``b_b``: the entry b of the bias vector b)."""
    return {n for n in free_names(tree, bound, bases=False) if is_index(n)}


def _terms(tree: sp.Basic) -> list[sp.Basic]:
    return list(tree.args) if isinstance(tree, sp.Add) else [tree]


def _summed(tree: sp.Basic, names: Iterable[str]) -> sp.Basic:
    out = tree
    for name in sorted(names):
        out = sp.Sum(out, (sp.Symbol(name), sp.Symbol(f"{name}__lo"), sp.Symbol(f"{name}__hi")))
    return out


def sum_in_terms(tree: sp.Basic, names: set[str], is_index: IsIndex) -> sp.Basic:
    """Each additive term of ``tree`` summed over those of ``names`` that occur free in it."""
    if not names:
        return tree
    terms, changed = [], False
    for t in _terms(tree):
        here = free_indices(t, is_index) & names
        changed |= bool(here)
        terms.append(_summed(t, here))
    if not changed:
        return tree
    return sp.Add(*terms, evaluate=False) if len(terms) > 1 else terms[0]


def _well_formed(tree: sp.Basic, is_index: IsIndex) -> bool:
    r"""Under Einstein summation the terms of every sum in ``tree`` have the same free indices
    (``-y_k + y_i p_k`` has not, nor ``\partial_{\mu_{pq}} (\sum_{b,h} \mu_{bh} \gamma_h / \sigma_b +
    \beta_h)``: a reading that leaves a sum so is not the textbook one, the notes meant the indices
    free)."""
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Add) and len({frozenset(free_indices(t, is_index)) for t in sub.args}) > 1:
            return False
    return True


def _sums_of(tree: sp.Basic) -> Counter[str]:
    """How many sums over each index ``tree`` writes (a reading may add a sum over i beside one)."""
    return Counter(str(v) for s in sp.preorder_traversal(tree) if isinstance(s, sp.Sum) for v, *_ in s.limits)


def implied_readings(
    left: sp.Basic, right: sp.Basic, is_index: IsIndex, answer: set[str] | None = None
) -> list[SumReading]:
    """The distinct implied-summation readings of the step ``left = right`` that change it, in the
    order they are tried (see the module docstring); ``answer``: the free indices of the chain's
    first member (empty or None: no ``answer`` reading)."""
    fl, fr = free_indices(left, is_index), free_indices(right, is_index)
    keep = frozenset(fl & fr)  # the step's own free indices are never summed
    out: list[SumReading] = []
    seen: set[tuple[sp.Basic, sp.Basic]] = {(left, right)}

    def add(mode: str, a: sp.Basic, b: sp.Basic) -> None:
        if (a, b) in seen:
            return
        seen.add((a, b))
        summed = tuple(sorted(set(_sums_of(a) - _sums_of(left)) | set(_sums_of(b) - _sums_of(right))))
        balanced = free_indices(a, is_index) == free_indices(b, is_index)
        out.append(SumReading(mode, a, b, summed, balanced))

    rl, rr = einstein(left, is_index, keep), einstein(right, is_index, keep)
    add("repeated", rl, rr)
    if keep:
        sl, sr = einstein(left, is_index), einstein(right, is_index)
        if _well_formed(sl, is_index) and _well_formed(sr, is_index):
            add("strict", sl, sr)
    gl, gr = free_indices(rl, is_index), free_indices(rr, is_index)
    lone = gl ^ gr
    lone_ok = bool(lone) and not lone & (_asked(left, is_index) | _asked(right, is_index))
    lone_ok = lone_ok and not _kept_on_one_side(left, right, keep, is_index)
    if lone_ok:
        add("lone", sum_in_terms(rl, lone & gl, is_index), sum_in_terms(rr, lone & gr, is_index))
    if answer:  # a chain whose answer is indexed (an answer with no index would sum every index)
        al, ar = einstein(left, is_index, frozenset(answer)), einstein(right, is_index, frozenset(answer))
        dummies = (free_indices(al, is_index) | free_indices(ar, is_index)) - answer
        add("answer", sum_in_terms(al, dummies, is_index), sum_in_terms(ar, dummies, is_index))
    if lone_ok:
        add("inner", sum_inside(rl, lone & gl, is_index), sum_inside(rr, lone & gr, is_index))
    if answer:
        add("inner", sum_inside(al, dummies, is_index, True), sum_inside(ar, dummies, is_index, True))
    return out


def _kept_on_one_side(left: sp.Basic, right: sp.Basic, keep: frozenset[str], is_index: IsIndex) -> bool:
    r"""A free index of the step that Einstein's rule sums on one side only (the j of
    ``\delta_{ij} x_j = x_j``, repeated on the left, alone on the right): the step is then read with j
    kept free against the rule, and summing the lone i besides (``\sum_i \delta_{ij} x_j = x_j``) would
    make a wrong contraction hold, so the ``lone`` reading is not offered."""
    sl = set(_sums_of(einstein(left, is_index)) - _sums_of(left))
    sr = set(_sums_of(einstein(right, is_index)) - _sums_of(right))
    return bool(keep & (sl ^ sr))


def _asked(tree: sp.Basic, is_index: IsIndex) -> set[str]:
    r"""The indices of the variables ``tree`` differentiates by (``h`` of ``\partial L / \partial o_h``) and
    of the entries it differentiates (``i`` of ``\partial h_i / \partial w``): each names the entry asked
    for, never a dummy of a sum the notes left implicit (summed, a dropped 1/H in ``\partial L /
    \partial o_h = y`` held; a swapped ``h_j(1 - h_j)x_j`` for ``\partial h_i/\partial w`` too)."""
    out: set[str] = set()
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Derivative):
            for v in sub.variables:
                out |= {s.name for s in v.free_symbols if isinstance(s, sp.Symbol) and is_index(s.name)}
            if isinstance(sub.expr, sp.Indexed):  # \partial h_i/\partial w: the entry i is asked for (review23g)
                out |= {s.name for s in sub.expr.free_symbols if isinstance(s, sp.Symbol) and is_index(s.name)}
    return out


def declared_sums(trees: list[sp.Basic | None], is_index: IsIndex) -> list[sp.Basic | None]:
    """``summation: einstein`` declared in a context: the members of a chain as the notes mean them,
    each with its repeated indices summed, except the indices the chain's answer (its first member,
    so read) is indexed by — the same rule as the ``repeated`` reading, with the chain's free
    indices in place of the step's (a member belongs to two steps, so it is read once for both).
    ``None`` (a member that did not parse, or a list) stays as it is."""
    head = next((t for t in trees if t is not None), None)
    answer = frozenset(free_indices(einstein(head, is_index), is_index)) if head is not None else frozenset()
    return [None if t is None else einstein(t, is_index, answer) for t in trees]


def sum_repeated(chain: _Chain, scope: Scope) -> None:
    """``summation: einstein`` in a context: a repeated index of ``chain``'s members is summed (the literal
    reading), by the rule of :func:`declared_sums` (the members' parsed trees replaced, the unsummed kept)."""

    def is_index(name: str) -> bool:
        return isinstance(scope.names.get((name, ())), IndexRange)

    readable = [m for m in chain.members if m.parsed is not None and not isinstance(m.parsed.tree, ListMember)]
    summed = declared_sums([m.parsed.tree for m in readable if m.parsed is not None], is_index)
    for m, tree in zip(readable, summed, strict=True):
        if m.parsed is not None and tree is not None:
            m.parsed = replace(m.parsed, tree=tree, unsummed=m.parsed.tree)
