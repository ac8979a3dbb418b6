"""Index assignments, sizes and conditions for one chain's instances.

The free indices of a chain (``x_k``, ``\\hat{y}_r``) are enumerated over every pattern of equal
and distinct values, filtered by the chain's and each step's conditions *before* any cap (a cap
first would let a false claim through, issue 8 section 4); the sizes are varied over a few
combinations. :class:`_Indices` is a base of :class:`verifier.documents.steps._Checker`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import sympy as sp

from verifier.documents.context import (
    IndexRange,
    Key,
    Scope,
    Size,
)
from verifier.documents.members import _Member, free_names
from verifier.documents.resolve import (
    Instance,
    ListMember,
    ResolveError,
    Resolver,
    dim_value,
)

MAX_SIZE_COMBOS = 3
MAX_ASSIGNMENTS = 6
REL_SPLIT = re.compile(r"(\\neq|\\ne(?![a-z])|\\leq?(?![a-z])|\\geq?(?![a-z])|!=|<=|>=|==|=|<|>)")
_REL_TO_SYMPY = {"\\neq": sp.Ne, "\\ne": sp.Ne, "!=": sp.Ne, "\\leq": sp.Le, "\\le": sp.Le, "<=": sp.Le,
                 "\\geq": sp.Ge, "\\ge": sp.Ge, ">=": sp.Ge, "=": sp.Eq, "==": sp.Eq, "<": sp.Lt,
                 ">": sp.Gt}  # fmt: skip


class _Indices:
    """What :class:`verifier.documents.steps._Checker` provides: ``doc``, ``chain``, ``scope``."""

    doc: Any
    chain: Any
    scope: Scope

    # -- conditions -------------------------------------------------------------------------
    def _condition_tree(self, text: str) -> sp.Basic | None:
        """``k \\neq l``, ``r = i`` → a relational; None for a mere label such as ``(1)``."""
        parts = REL_SPLIT.split(text)
        if len(parts) < 3:
            return None
        sides = [self.doc.parse(p, None, frozenset()) for p in parts[0::2]]
        rels = parts[1::2]
        out = [_REL_TO_SYMPY[r](a, b, evaluate=False) for a, b, r in zip(sides, sides[1:], rels, strict=False)]
        return sp.And(*out, evaluate=False) if len(out) > 1 else out[0]

    # -- free indices and sizes -------------------------------------------------------------
    def _free_indices(self, trees: Iterable[sp.Basic]) -> list[str]:
        names = set()
        for t in trees:
            for name in free_names(t):
                if isinstance(self.scope.names.get((name, ())), IndexRange):
                    names.add(name)
        return sorted(names)

    def _trees(self, members: Iterable[_Member]) -> list[sp.Basic]:
        out: list[sp.Basic] = []
        for m in members:
            if m.parsed is None:
                continue
            tree = m.parsed.tree
            if isinstance(tree, ListMember):
                extra = (tree.hi2,) if tree.var2 is not None else ()
                limits = [(tree.var, tree.lo, tree.hi)] + ([(tree.var2, tree.lo2, tree.hi2)] if extra else [])
                out.append(sp.Tuple(sp.Sum(tree.body, *limits), tree.lo, tree.hi, *extra))
            else:
                out.append(tree)
            out.extend(m.parsed.placeholders.values())
        return out

    def _sizes(self) -> list[Size]:
        return [e for e in self.scope.names.values() if isinstance(e, Size)]

    def _combos(self, relevant: set[Key]) -> list[dict[Key, int]]:
        sizes = self._sizes()
        base = {s.key: s.values[0] for s in sizes}
        varied = [s for s in sizes if s.key in relevant]
        if not varied:
            return [base]
        grid = [dict(zip([s.key for s in varied], combo, strict=True))
                for combo in itertools.product(*(sorted(set(s.values)) for s in varied))]  # fmt: skip
        if len(grid) > MAX_SIZE_COMBOS:
            smallest = grid[0]
            ranked = sorted(grid, key=lambda g: (-len(set(g.values())), sum(g.values())))
            picked = [smallest]
            for g in ranked:
                if g not in picked:
                    picked.append(g)
                if len(picked) == MAX_SIZE_COMBOS - 1:
                    break
            if grid[-1] not in picked:
                picked.append(grid[-1])
            grid = sorted(picked, key=lambda g: sum(g.values()))
        return [{**base, **g} for g in grid]

    def _assignments(
        self,
        free: list[str],
        instance: Instance,
        conditions: list[tuple[sp.Basic, str]],
        resolver: Resolver,
        step_conditions: Sequence[sp.Basic] = (),
    ) -> list[dict[str, int]]:
        """Index assignments covering every pattern of equal and distinct indices.

        Filtering comes first and no cap drops a pattern: the chain's conditions restrict the
        candidates, and every step condition (``\\stackrel{k \\neq l}{=}``) restricts its own
        copy, so the patterns a step sees are those that satisfy *its* condition. Each pattern
        keeps its first assignment; its last is added while the total stays within
        ``MAX_ASSIGNMENTS``."""
        if not free:
            return [{}]
        ranges = []
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            lo, hi = dim_value(entry.lo, instance.sizes), dim_value(entry.hi, instance.sizes)
            ranges.append(range(lo, hi + 1))
        candidates = [dict(zip(free, values, strict=True)) for values in itertools.product(*ranges)]
        ok = [a for a in candidates if self._holds(conditions, a, resolver) is not False]
        filters: list[list[tuple[sp.Basic, str]]] = [[]] + [[(c, "")] for c in step_conditions]
        patterns: dict[tuple[int, ...], list[dict[str, int]]] = {}
        for extra in filters:
            for a in ok:
                if extra and self._holds(extra, a, resolver) is False:
                    continue
                values = [a[n] for n in free]
                key = (id(extra[0][0]) if extra else 0, *(values.index(v) for v in values))
                patterns.setdefault(key, []).append(a)
        picked: list[dict[str, int]] = []
        for group in patterns.values():
            if group[0] not in picked:
                picked.append(group[0])
        for group in patterns.values():
            if len(picked) >= MAX_ASSIGNMENTS:
                break
            if group[-1] not in picked:
                picked.append(group[-1])
        return picked

    def _interior(self, free: list[str], instance: Instance, conditions: list[tuple[sp.Basic, str]],
                  resolver: Resolver, tried: list[dict[str, int]]) -> list[dict[str, int]]:
        """The assignments :meth:`_assignments` left out, those farthest from the ends of the ranges first
        (at most ``MAX_ASSIGNMENTS``): where every one tried put a shifted entry (x_{k-1}, x_{k+1}) outside
        its family, an interior index has both neighbours."""
        if not free:
            return []
        spans = []
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            spans.append((dim_value(entry.lo, instance.sizes), dim_value(entry.hi, instance.sizes)))
        candidates = [dict(zip(free, values, strict=True))
                      for values in itertools.product(*(range(lo, hi + 1) for lo, hi in spans))]  # fmt: skip
        rest = [a for a in candidates if a not in tried and self._holds(conditions, a, resolver) is not False]
        depth = {id(a): min(min(a[n] - lo, hi - a[n]) for n, (lo, hi) in zip(free, spans, strict=True)) for a in rest}
        return sorted(rest, key=lambda a: -depth[id(a)])[:MAX_ASSIGNMENTS]

    def _holds(self, conditions: list[tuple[sp.Basic, str]], a: dict[str, int], resolver: Resolver) -> bool | None:
        saved = resolver.indices
        resolver.indices = {**saved, **a}
        try:
            verdicts = [resolver.condition(tree) for tree, _ in conditions]
        except ResolveError:
            return None
        finally:
            resolver.indices = saved
        if any(v is False for v in verdicts):
            return False
        return True if all(v is True for v in verdicts) else None
