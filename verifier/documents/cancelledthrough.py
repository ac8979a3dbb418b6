r"""Names a step writes that the notes' function definitions cancel: x_0 of ``q(x_0 + h) = 6h^2``.

The one-side guard of :mod:`verifier.documents.guesses` does not call a step FAILED when an undeclared name appears on
one side only: the notes may relate it to the other side in words the checker cannot read. After ``q(x) = 3(x -
x_0)^2``, ``q(x_0 + h) = 6h^2`` writes x_0 on the left only — but with q's body put in the left side is ``3h^2``: the
claim's two sides differ by ``-3h^2`` whatever x_0 is, so no value of it, and no relation of it the checker cannot
see, makes the step hold (sound57; ``f'(\mu + 1) = 1`` after ``f(x) = (x - \mu)^2`` the same).

sound56 first read such a name as cancelled where the failing claim's counterexample varied no value of it; that was
reverted, because a worked value held from another list item (``x = \frac{\ln 2}{2}`` for u = 0.5, then ``x =
-\frac{\ln 0.1}{2}``) varies none either, and five correct notes were FAILED. Here the claim itself is read: the
notes' *function* definitions the step applies are put in (their parameters by the arguments written), derivatives
taken, and the difference of the sides expanded; a name counts as cancelled only where that difference is a nonzero
expression free of it. Nothing is guessed: where the difference still holds a call of a function, a derivative left
unevaluated, a name the notes define (its body may hold the name), an entry at a symbolic index, a sum or an integral,
nothing counts as cancelled; a worked value ``x = …`` keeps x in the difference, so keeps its doubt. This module owns
that reading (:func:`cancelled_through`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope, display_key
from verifier.documents.stated import stated_values
from verifier.documents.zeros import said_solved

__all__ = ["SOUGHT", "at_particular_values", "cancelled_through"]

_LARGEST = 120  # operations: a larger side is not expanded (the guard keeps its reason)
_DEPTH = 3  # definitions inside definitions put in at most this deep
# what a claim with the definitions put in may hold for its difference to be read (arithmetic and named functions)
_UNREAD = (sp.Derivative, sp.Subs, sp.Integral, sp.Sum, sp.Product, sp.Indexed, sp.IndexedBase, sp.MatrixSymbol)


def _entries_as_names(tree: sp.Basic, scope: Scope) -> sp.Basic | None:
    """``tree`` with each entry at number indices (``x[0]``) a symbol of its shown name (``x_0``); None where an entry
    has a symbolic index (which entry it is depends on the index) or the notes define it or its family."""
    swap: dict[sp.Basic, sp.Basic] = {}
    for node in tree.atoms(sp.Indexed):
        key = (str(node.base.label), tuple(str(i) for i in node.indices))
        if not all(i.is_Integer for i in node.indices) or any(
                isinstance(scope.names.get(k), Definition) for k in (key, (key[0], ()))):
            return None
        swap[node] = sp.Symbol(display_key(key))
    return tree.xreplace(swap) if swap else tree


_Body = Callable[[Definition], sp.Basic | None]


def _inlined(tree: sp.Basic, scope: Scope, body: _Body, depth: int) -> sp.Basic | None:
    """``tree`` with every call of a function the notes define replaced by its body at the arguments written
    (recursively, ``_DEPTH`` deep), or None where a call is of a function not so defined or a body cannot be read."""
    tree = _entries_as_names(tree, scope)
    if tree is None:
        return None
    calls = tree.atoms(AppliedUndef)
    if not calls:
        return tree
    if depth >= _DEPTH:
        return None
    swap: dict[sp.Basic, sp.Basic] = {}
    for call in calls:
        d = scope.names.get((call.func.__name__, ()))
        if not (isinstance(d, Definition) and d.is_function and d.params and not d.index_params
                and len(d.params) == len(call.args)):  # fmt: skip
            return None
        inner = body(d)
        inner = _inlined(inner, scope, body, depth + 1) if isinstance(inner, sp.Expr) else None
        if inner is None or not {sp.Symbol(p) for p in d.params} <= inner.free_symbols:
            return None  # V(A) = 0.468, a worked value at a state A, is no function of A (fresh29's traces)
        swap[call] = inner.xreplace({sp.Symbol(p): a for p, a in zip(d.params, call.args, strict=True)})
    return tree.xreplace(swap)


# the sentence into an equation the notes solve: "We want the $h$ with", "find the $t$ for which", "such that"
SOUGHT = re.compile(r"\b(?:we\s+(?:want|need|look\s+for|seek)|find|for\s+which|such\s+that|satisf(?:y|ies))\b", re.I)
_TAIL = 200  # characters of the prose before a display: its lead-in sentence


def at_particular_values(text: str, hypotheses: Sequence[object], before: str, after: str, names: set[str]) -> bool:
    """May a step be read at particular values of ``names`` (the names its difference still holds)? Where the chain
    has hypotheses, the prose (``text``) states a value of one of them, or the prose around (``before``, ``after``)
    says an equation is solved or sought."""
    stated = {re.sub(r"[\\{}\s]", "", n) for n, _, _ in stated_values(text)}
    return bool(hypotheses) or bool(names & stated) or said_solved(before[-_TAIL:]) or said_solved(after[:_TAIL]) \
        or bool(SOUGHT.search(before[-_TAIL:]))


def _nonzero(diff: sp.Expr) -> bool:
    """Is ``diff`` seen to be nonzero at one of a few points of its names (a number: nonzero)? Only then is it no
    identity the expansion missed (the step may have failed under another reading)."""
    names = sorted(diff.free_symbols, key=str)
    for k in range(1, 4):
        at = {s: sp.Rational(7 * k + 3 * i, 11) for i, s in enumerate(names)}
        try:
            value = complex(sp.N(diff.xreplace(at), 30))
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        if abs(value) > 1e-9:
            return True
    return False


def cancelled_through(trees: Sequence[sp.Basic], scope: Scope, body: Callable[[Definition], sp.Basic | None],
                      names: Iterable[str], particular: Callable[[set[str]], bool]) -> set[str]:  # fmt: skip
    """The ``names`` (as shown: ``x_0``, ``mu``) the difference of the step's two sides (``trees``: one tree a side)
    holds no more once the notes' function definitions are put in (``body`` parses a definition's body) — where that
    difference is a nonzero number, or a nonzero expression of plain names none of which the notes define and which
    the step is not read at particular values of (``particular`` of the names: a hypothesis, a value the prose states
    for one of them, an equation the prose says is solved — ``3h^2 - 6h^2`` is 0 at h = 0); else nothing."""
    if len(trees) != 2 or not all(isinstance(t, sp.Expr) for t in trees):
        return set()
    sides = [_inlined(t, scope, body, 0) for t in trees]
    if any(s is None or sp.count_ops(s) > _LARGEST for s in sides):
        return set()
    try:
        diff = sp.expand((sides[0] - sides[1]).doit())  # type: ignore[operator]
    except (TypeError, ValueError, AttributeError, NotImplementedError):
        return set()
    if diff.atoms(AppliedUndef, *_UNREAD) or not _nonzero(diff):
        return set()
    held = {str(s) for s in diff.free_symbols}
    if any(isinstance(scope.names.get((n, ())), Definition) for n in held):
        return set()  # a name the notes define may hold the cancelled one in its body
    if held and particular(held):
        return set()  # "For $h = 0$: q(x_0 + h) = 6h^2" holds there: the doubt stays
    return {n for n in names if n not in held}
