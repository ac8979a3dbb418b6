"""Forward-mode derivatives in balls over a member's DAG compiled once to numbered nodes.

:func:`verifier.balls.tangents` differentiates a member's entries by one variable with exact chain
rules over the real evaluation's balls. A derivative member asks it once per variable (the
cross-entropy gradient at K = 24: 24 passes over the same DAG per ball evaluation), and each pass
looks every node up by its SymPy object: the pass's memo, the nodes' symbol sets and the real
evaluation's values are dicts keyed by SymPy trees, so every step of the chain rule pays SymPy's
``__hash__`` in Python (a third of the samples of those passes in the cross-entropy row).

:class:`TangentGraph` numbers the nodes once per member (by SymPy equality, as those dicts key
them), with each node's kind, its arguments' numbers and the set of variables below it as a bit
mask; :meth:`TangentGraph.bind` looks the real evaluation's values up once per evaluation, and
:meth:`TangentGraph.tangents` then runs the same rules on numbers. The arithmetic is the same
operations on the same balls in the same order (left folds over the arguments in SymPy's order),
so every tangent is the ball the keyed version computes, and :class:`NoTangent` is raised for
exactly the variables it is raised for (a node without a rule on a path from the variable).

What it is worth (docspeed22): a numbered pass costs about a tenth less than a keyed one (the rest
is the arb arithmetic itself), and numbering costs about one keyed pass; so
:mod:`verifier.numeric` uses it from ``TANGENT_GRAPH_FROM`` variables on (the cross-entropy rows),
and the keyed passes below that (the corpus's derivative members: 1.5 passes per member).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence

import sympy as sp
from flint import arb

from verifier.balls import NoTangent

_SYMBOL, _ADD, _MUL, _POW, _EXP, _LOG, _OTHER = range(7)
# a Pow's exponent: an integer (its value kept), one half, anything else (its ball needed)
_INTEGER, _HALF, _GENERAL = range(3)
_MISSING = object()  # a value the real evaluation did not compute (never needed on a rule's path)


def _kind(e: sp.Basic) -> int:
    """The rule of ``e`` (the order of the tests is the keyed version's)."""
    if e.is_Symbol:
        return _SYMBOL
    if e.is_Add:
        return _ADD
    if e.is_Mul:
        return _MUL
    if e.is_Pow:
        return _POW
    if type(e) is sp.exp:
        return _EXP
    if type(e) is sp.log and len(e.args) == 1:
        return _LOG
    return _OTHER


class TangentGraph:
    """A member's nodes numbered once: kinds, arguments, the variables each depends on (bit masks).

    ``depends`` is the member's node -> symbols map (:func:`verifier.walker._symbol_dependence` of
    ``exprs``): every node of ``exprs`` is in it, so a node is numbered by the key it has there. A
    node missing from it gets a negative number and raises :class:`NoTangent` if a pass reaches it
    (the keyed version never guessed a 0 for a node it did not know).
    """

    def __init__(self, exprs: Sequence[sp.Basic], depends: dict[sp.Basic, frozenset[sp.Basic]]) -> None:
        index: dict[sp.Basic, int] = {}
        nodes: list[sp.Basic] = []
        bits: dict[sp.Basic, int] = {}
        for node, symbols in depends.items():
            index[node] = len(nodes)
            nodes.append(node)
            for s in symbols:
                bits.setdefault(s, 1 << len(bits))
        self.nodes = nodes
        self.bits = bits
        self.unknown: dict[int, sp.Basic] = {}

        def number(e: sp.Basic) -> int:
            found = index.get(e)
            if found is None:
                found = -1 - len(self.unknown)
                self.unknown[found] = e
            return found

        self.roots = [number(e) for e in exprs]
        self.kinds = [_kind(e) for e in nodes]
        self.args: list[tuple[int, ...]] = [tuple(number(a) for a in e.args) for e in nodes]
        self.masks = [functools.reduce(operator.or_, (bits[s] for s in depends[e]), 0) for e in nodes]
        # a Pow's exponent rule and integer, None elsewhere
        self.powers: list[tuple[int, int] | None] = [None] * len(nodes)
        for i, e in enumerate(nodes):
            if self.kinds[i] == _POW:
                exponent = e.args[1]
                if exponent.is_Integer:
                    self.powers[i] = (_INTEGER, int(exponent))
                elif exponent == sp.S.Half:
                    self.powers[i] = (_HALF, 0)
                else:
                    self.powers[i] = (_GENERAL, 0)

    def bind(self, values: dict[sp.Basic, object]) -> Bound:
        """The real evaluation's value of every node, by number (looked up once per evaluation)."""
        return Bound([values.get(node, _MISSING) for node in self.nodes])

    def tangents(self, bound: Bound, x: sp.Basic) -> list[object | None]:
        """d expr / d x of each root in ball arithmetic (None: exactly 0), ``bound`` from :meth:`bind`.

        The rules of the keyed version, node by node: a node that does not depend on ``x`` gives
        None; a sum adds its arguments' tangents left to right; a product sums, for each argument
        with a tangent, that tangent times the other arguments' values in order; a power, ``exp``
        and ``log`` reuse their own and their argument's values. Raises :class:`NoTangent` where a
        node on a path from ``x`` has no rule (or a power's exponent depends on ``x``). A power's
        factor (``2 b`` in d b**2 = 2 b db, ``-(p p)`` in d b**-1 = -(b**-1 b**-1) db) does not depend
        on ``x``: it is computed at the first pass that needs it, by the same operations, and
        kept in ``bound`` for the other variables' passes."""
        vals, factors = bound.values, bound.factors
        xbit = self.bits.get(x, 0)
        kinds, args, masks, powers = self.kinds, self.args, self.masks, self.powers
        memo: dict[int, object | None] = {}

        def value(i: int) -> object:
            v = vals[i]
            if v is _MISSING:
                raise KeyError(self.nodes[i])
            return v

        def d(i: int) -> object | None:
            if i in memo:
                return memo[i]
            if i < 0:
                raise NoTangent(self.unknown[i])
            kind = kinds[i]
            out: object | None
            if kind == _SYMBOL:
                out = arb(1) if masks[i] & xbit else None
            elif not masks[i] & xbit:
                out = None
            elif kind == _ADD:
                parts = [t for t in (d(a) for a in args[i]) if t is not None]
                out = functools.reduce(operator.add, parts) if parts else None
            elif kind == _MUL:
                here = args[i]
                terms = []
                for k, a in enumerate(here):
                    t = d(a)
                    if t is not None:  # t times the other arguments' values, in order
                        others = [value(b) for j, b in enumerate(here) if j != k]
                        terms.append(functools.reduce(operator.mul, others, t))
                out = functools.reduce(operator.add, terms) if terms else None
            elif kind == _POW:
                base, exponent = args[i]
                if masks[exponent] & xbit:
                    raise NoTangent(self.nodes[i])
                t = d(base)
                rule, n = powers[i]  # type: ignore[misc]
                if t is None:
                    out = None
                elif rule == _INTEGER and n == 1:
                    out = t
                else:
                    f = factors.get(i)
                    if f is None:
                        f = factors[i] = self._factor(i, base, exponent, rule, n, value)
                    out = t / f if rule == _HALF else f * t
            elif kind == _EXP:
                t = d(args[i][0])
                out = None if t is None else value(i) * t
            elif kind == _LOG:
                t = d(args[i][0])
                out = None if t is None else t / value(args[i][0])
            else:
                raise NoTangent(self.nodes[i])
            memo[i] = out
            return out

        return [d(r) for r in self.roots]

    @staticmethod
    def _factor(i: int, base: int, exponent: int, rule: int, n: int, value: Callable[[int], object]) -> object:
        """The power's factor, as the keyed version's expression computes it before it meets the
        tangent: ``2 * b * t`` is ``(2 * b) * t``, ``t / (2 * p)`` divides by ``2 * p``."""
        if rule == _HALF:
            return 2 * value(i)
        if rule == _GENERAL:
            return value(exponent) * value(i) / value(base)
        if n == 2:
            return 2 * value(base)
        if n > 2:
            return n * value(base) ** (n - 1)
        if n == -1:
            return -(value(i) * value(i))
        return n * value(i) / value(base)


class Bound:
    """A member's real values by node number for one evaluation, and the powers' factors met so far."""

    __slots__ = ("factors", "values")

    def __init__(self, values: list[object]) -> None:
        self.values = values
        self.factors: dict[int, object] = {}
