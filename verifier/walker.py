"""Evaluating SymPy trees node by node, in whichever arithmetic an ops table supplies.

:class:`TreeWalker` is shared by the float64 filter (:mod:`verifier.npops`), the mpmath judge of
last resort (:mod:`verifier.mpops`) and ball arithmetic (:mod:`verifier.balls`): one walk, three
number systems, so the three stages evaluate the very same tree. It also owns the DAG helpers
(the distinct nodes of a member, the symbols below each node) that let a derivative re-evaluate
only the nodes that depend on the perturbed variable.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Sequence

import sympy as sp
from sympy.functions.elementary.piecewise import ExprCondPair
from sympy.logic.boolalg import BooleanFalse, BooleanTrue


def unique_nodes(exprs: Sequence[sp.Basic]) -> set[sp.Basic]:
    """Every distinct node of the expressions (a DAG walk: shared sub-trees are visited once)."""
    seen: set[sp.Basic] = set()
    stack = list(exprs)
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(node.args)
    return seen


def atoms_of(exprs: Iterable[object], types: tuple[type, ...]) -> set[sp.Basic]:
    """SymPy's ``atoms(*types)`` of every expression, with each distinct sub-tree looked at once (speed57):
    ``atoms`` walks a sub-tree again at each of its occurrences, and the resolver's values share theirs. A
    matrix's entries are its nodes (and so are the integers of its shape: ask for symbols, not numbers, there).
    What is no SymPy tree is passed over."""
    return {node for node in unique_nodes([e for e in exprs if isinstance(e, sp.Basic)]) if isinstance(node, types)}


def has_kinds(exprs: Iterable[object], types: tuple[type, ...]) -> bool:
    """SymPy's ``e.has(*types)`` of any of the expressions (types only), each sub-tree *object* looked at once
    (speed56, speed58): ``has`` walks a sub-tree again at each of its occurrences. Keyed by identity, not
    equality: a set of the distinct nodes compares equal sub-trees built apart node by node, which cost more
    than the walk it saved (speed58, goubasarian). Stops at the first node of a kind, as ``has`` does; the same
    answer (``isinstance`` is asked as ``has`` asks it: ``exp``'s metaclass counts ``E**u``). What is no SymPy
    tree is passed over."""
    seen: dict[int, object] = {}  # id -> node, kept alive so that its id is not reused during the walk
    stack = [e for e in exprs if isinstance(e, sp.Basic)]
    while stack:
        node = stack.pop()
        key = id(node)  # once: each id() is an audit event a recording worker's hook answers (cold67)
        if key not in seen:
            seen[key] = node
            if isinstance(node, types):
                return True
            stack.extend(node.args)
    return False


def replace_shared(expr: sp.Basic, query: Callable[[sp.Basic], object],
                   value: Callable[[sp.Basic], sp.Basic | None]) -> sp.Basic:
    """``expr.replace(query, value)`` for a callable query and value, each distinct sub-tree object rewritten
    once (speed58): SymPy's ``replace`` walks, and rebuilds, a sub-tree again at each of its occurrences.
    The same steps as SymPy's (``Basic.replace``'s ``walk`` and ``rec_replace``, simultaneous, no map): the
    arguments first, the node rebuilt when one changed and left alone when it became one of its changed
    arguments, then ``value`` where ``query`` holds, kept when it is neither None nor equal to the node. Both
    are pure functions of the node, so an object met again gets the result of its first visit (kept with it,
    so that its id is not reused during the walk)."""
    done: dict[int, tuple[sp.Basic, sp.Basic]] = {}

    def walk(rv: sp.Basic) -> sp.Basic:
        hit = done.get(id(rv))
        if hit is not None:
            return hit[0]
        node = rv
        args = getattr(rv, "args", None)
        if args is not None:
            if args:
                newargs = tuple([walk(a) for a in args])
                if args != newargs:
                    rv = rv.func(*newargs)
                    if any(rv == e and e != newargs[i] for i, e in enumerate(args)):
                        done[id(node)] = (rv, node)
                        return rv
            result = query(rv)
            if result or result == {}:
                v = value(rv)
                if v is not None and v != rv:
                    rv = v
        done[id(node)] = (rv, node)
        return rv

    return walk(expr)


def symbol_dependence(exprs: Sequence[sp.Basic]) -> dict[sp.Basic, frozenset[sp.Basic]]:
    """node -> the symbols below it, for every node of the expressions (iterative: trees can be deep)."""
    deps: dict[sp.Basic, frozenset[sp.Basic]] = {}
    stack: list[tuple[sp.Basic, bool]] = [(e, False) for e in exprs]
    while stack:
        node, expanded = stack.pop()
        if node in deps:
            continue
        if node.is_Symbol:
            deps[node] = frozenset((node,))
        elif expanded or not node.args:
            deps[node] = frozenset().union(*(deps[a] for a in node.args))
        else:
            stack.append((node, True))
            stack.extend((a, False) for a in node.args if a not in deps)
    return deps


class TreeWalker:
    """Evaluates SymPy trees directly (numpy, mpmath or arb balls), memoised per node.

    Generating and compiling code with ``lambdify`` costs more than the evaluation itself for
    the few calls a step needs; walking the tree is cheaper, and the memo shares common
    sub-expressions the way CSE would. Unknown node types make ``build`` return None and the
    caller falls back to ``lambdify`` (or, for balls, to mpmath).
    """

    def __init__(self, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], ops: type) -> None:
        self.exprs = list(exprs)
        self.symbols = list(symbols)
        self.ops = ops

    @classmethod
    def build(
        cls, exprs: Sequence[sp.Expr], symbols: Sequence[sp.Symbol], ops: type, nodes: set[sp.Basic] | None = None
    ) -> TreeWalker | None:
        """A walker for ``exprs``, or None if a node is unknown to ``ops`` (``nodes``: all of them, if known)."""
        for node in nodes if nodes is not None else unique_nodes(exprs):
            if not cls._supported(node, ops):
                return None
        return cls(exprs, symbols, ops)

    @staticmethod
    def _supported(node: sp.Basic, ops: type) -> bool:
        if node.is_Symbol or node.is_Rational or node.is_Add or node.is_Mul or node.is_Pow:
            return True
        if isinstance(node, ExprCondPair):  # evaluated by its Piecewise
            return True
        if isinstance(node, sp.log) and len(node.args) != 1:
            return False
        if type(node) in ops.funcs or isinstance(node, sp.Max | sp.Min | sp.Heaviside | sp.Piecewise):
            return True
        if node in (sp.pi, sp.E) or isinstance(node, sp.core.relational.Relational):
            return True
        return isinstance(node, sp.And | sp.Or | sp.Not | BooleanTrue | BooleanFalse)

    def __call__(self, *point: object) -> list[object]:
        return self.evaluate(dict(zip(self.symbols, point, strict=True)))

    def evaluate(self, memo: dict[sp.Basic, object]) -> list[object]:
        """The expressions' values; ``memo`` holds the symbols' values (and any node already known)."""
        return [self._ev(e, memo) for e in self.exprs]

    def _ev(self, e: sp.Basic, memo: dict[sp.Basic, object]) -> object:
        hit = memo.get(e)
        if hit is not None:
            return hit
        ops, ev = self.ops, self._ev
        if e.is_Rational:
            v: object = ops.const(int(e.p), int(e.q))
        elif e.is_Add:
            v = ops.add([ev(a, memo) for a in e.args])
        elif e.is_Mul:
            v = ops.mul([ev(a, memo) for a in e.args])
        elif e.is_Pow:
            base = ev(e.base, memo)
            if e.exp.is_Integer:
                v = base ** int(e.exp)
            elif e.exp == sp.S.Half:
                v = ops.sqrt(base)
            else:
                v = ops.power(base, ev(e.exp, memo))
        elif type(e) in ops.funcs:
            v = ops.funcs[type(e)](*(ev(a, memo) for a in e.args))
        elif isinstance(e, sp.Max):
            v = ops.maximum([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Min):
            v = ops.minimum([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Heaviside):
            half = ev(e.args[1], memo) if len(e.args) > 1 else ops.const(1, 2)
            v = ops.heaviside(ev(e.args[0], memo), half)
        elif isinstance(e, sp.Piecewise):
            v = ops.select([(ev(c, memo), functools.partial(ev, x, memo)) for x, c in e.args])
        elif e is sp.pi:
            v = ops.pi()
        elif e is sp.E:
            v = ops.e()
        elif isinstance(e, BooleanTrue | BooleanFalse):
            v = bool(e)
        elif isinstance(e, sp.core.relational.Relational):
            v = ops.relation(e.rel_op, ev(e.lhs, memo), ev(e.rhs, memo))
        elif isinstance(e, sp.And):
            v = ops.all([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Or):
            v = ops.any([ev(a, memo) for a in e.args])
        elif isinstance(e, sp.Not):
            v = ops.logical_not(ev(e.args[0], memo))
        else:  # pragma: no cover - build() admits only the types above
            raise TypeError(f"cannot evaluate {type(e).__name__}")
        memo[e] = v
        return v


RELATION_OPS: dict[str, Callable[[object, object], object]] = {
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
