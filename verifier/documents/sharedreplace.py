"""``xreplace`` that rebuilds each shared sub-tree of a value once.

SymPy's ``Basic.xreplace`` walks a tree as if it were a tree: a sub-expression that occurs in many
places is visited, and rebuilt (with SymPy's automatic evaluation and its assumption queries), at
every occurrence. The values the resolver differentiates are DAGs in that sense: a derivative
through definitions and arbitrary smooth functions repeats the same inner argument in every factor
of the chain rule, and every entry of a matrix repeats the same normalisers. Renaming fresh symbols
(``values.rename``) and putting an intermediate's value back in (``values.substitute``) were ~15 %
of the layer-norm post's CPU, most of it rebuilding the same sub-trees again.

:func:`xreplace` gives exactly SymPy's result: the same rule lookup first, the same "was anything
replaced below" test, the same ``node.func(*args)`` rebuild; only a node *object* already rebuilt in
this call is not rebuilt again (keyed by identity, so two equal objects of different kinds, such as
``2`` and ``2.0``, are never confused). A class with its own ``_xreplace`` is left to it.
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.utilities.iterables import iterable

_BASIC_XREPLACE = sp.Basic._xreplace


def xreplace(v: Any, rule: dict[Any, Any]) -> Any:
    """``v.xreplace(rule)`` for a SymPy expression or matrix, each distinct sub-tree object visited once."""
    if isinstance(v, sp.MatrixBase):
        done: dict[int, tuple[Any, bool, Any]] = {}
        return v.applyfunc(lambda e: _walk(e, rule, done)[0])
    if not isinstance(v, sp.Basic):
        return v.xreplace(rule)
    return _walk(v, rule, {})[0]


def _walk(node: Any, rule: dict[Any, Any], done: dict[int, tuple[Any, bool, Any]]) -> tuple[Any, bool, Any]:
    """(replaced, changed, node): the node is kept with its result so that its id cannot be reused
    by another object during the walk (a class whose ``args`` builds new objects)."""
    key = id(node)
    hit = done.get(key)
    if hit is not None:
        return hit
    out: tuple[Any, bool, Any]
    if type(node)._xreplace is not _BASIC_XREPLACE:
        out = (*node._xreplace(rule), node)
    elif node in rule:
        out = (rule[node], True, node)
    elif not rule:
        out = (node, False, node)
    else:
        args = []
        changed = False
        for a in node.args:
            if getattr(a, "_xreplace", None) is not None:
                new, moved, _ = _walk(a, rule, done)
                args.append(new)
                changed |= moved
            else:
                args.append(a)
        out = (node.func(*args), True, node) if changed else (node, False, node)
    done[key] = out
    return out


def trig_postorder(v: Any) -> list[Any]:
    """The ``sin``/``cos`` nodes of ``sympy.postorder_traversal(v)`` in its order, a repeated sub-tree
    object walked once (everything in it was met at its first occurrence, so the nodes met for the
    first time, and their order, are the traversal's)."""
    found: list[Any] = []
    walked: dict[int, Any] = {}

    def walk(node: Any) -> None:
        if id(node) in walked:
            return
        walked[id(node)] = node  # kept alive: its id is not reused during the walk
        if isinstance(node, sp.Basic):
            for arg in node.args:
                walk(arg)
        elif iterable(node):
            for item in node:
                walk(item)
        if isinstance(node, sp.sin | sp.cos):
            found.append(node)

    walk(v)
    return found
