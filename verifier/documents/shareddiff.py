"""SymPy's ``diff`` with each sub-derivative taken once per call: the same result, the shared sub-trees
differentiated once.

SymPy differentiates a tree as a tree: ``Add``, ``Mul``, ``Pow`` and every function differentiate their
arguments through ``Expr.diff``, so a sub-expression that occurs in many places (the argument of an
arbitrary smooth function of :mod:`verifier.documents.generic` inside its ``sin`` and each of its
``cos`` terms, a layer's normaliser in every entry, a definition's value reached through several
others) is differentiated again at every occurrence, each time building its derivative with SymPy's
automatic evaluation and assumption queries. The values the resolver differentiates are DAGs in that
sense, and SymPy's ``diff`` was 10-13 % of a corpus run.

:func:`shared_diffs` remembers, while it is in effect, every ``Expr.diff`` call by its expression,
variables and options, and answers a call met again with the derivative already built. SymPy's
derivative is a pure function of those (the expression and the variables compared as SymPy compares
them, so ``2.0*x`` is not ``2*x``, and a symbol with other assumptions is another symbol), so the
result is the very tree SymPy builds without it: each sub-derivative is equal to the one it would
have built again, and the trees built from equal parts are equal. A call that raises is not remembered
(it raises again). Only ``Expr.diff``'s own route (``sympy.core.expr._derivative_dispatch``) is
remembered, only inside the ``with`` block, and the original is put back however it ends.

The memo outlives the block (docspeed17): a sub-derivative met in one derivative is served in the next
(a Jacobian's rows, the same definition differentiated at the next index assignment, the canonical
fresh symbols of ``values.diff_value`` making those sub-trees equal), for the life of the process and
at most :data:`MAX_REMEMBERED` calls (then forgotten at once, as ``values._DERIVATIVES`` is). SymPy's
global evaluation switches (``evaluate``, ``distribute``) are part of the key: under ``evaluate(False)``
SymPy builds another tree.

A call the memo has not met is answered by :mod:`verifier.documents.directdiff` where the tree is plain
(``Add``, ``Mul``, ``Pow``, elementary functions: the tree SymPy's ``Derivative`` constructor returns,
without its per-node walks; docspeed63), else by SymPy's route.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sympy.core.expr as _expr
from sympy.core.parameters import global_parameters

from verifier.documents.directdiff import derivative

__all__ = ["forget", "remembered", "shared_diffs"]

_active: list[dict[tuple[Any, ...], Any]] = []  # the memo of the outermost block in effect
_MEMO: dict[tuple[Any, ...], Any] = {}  # every block's: the calls answered so far
MAX_REMEMBERED = 20000


def forget() -> None:
    """Drop every remembered derivative (tests; the memo is otherwise bounded by :data:`MAX_REMEMBERED`)."""
    _MEMO.clear()


def remembered() -> int:
    """How many ``Expr.diff`` calls the memo holds."""
    return len(_MEMO)


@contextmanager
def shared_diffs() -> Iterator[None]:
    """Within the block, ``Expr.diff`` answers a call it has answered before with the same tree."""
    if _active:  # nested: the outer block's memo serves
        yield
        return
    original = _expr._derivative_dispatch
    memo = _MEMO
    if len(memo) >= MAX_REMEMBERED:
        memo.clear()

    def dispatch(expr: Any, *variables: Any, **kwargs: Any) -> Any:
        try:
            key = (expr, variables, tuple(sorted(kwargs.items())), global_parameters.evaluate,
                   global_parameters.distribute)  # fmt: skip
            hit = memo.get(key)
        except TypeError:  # something that cannot be hashed: SymPy's own route
            return original(expr, *variables, **kwargs)
        if hit is None:
            hit = derivative(expr, variables, kwargs)  # a plain tree: SymPy's tree without its constructor
            if hit is None:
                hit = original(expr, *variables, **kwargs)
            if len(memo) < MAX_REMEMBERED:
                memo[key] = hit
        return hit

    _active.append(memo)
    _expr._derivative_dispatch = dispatch  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _expr._derivative_dispatch = original  # type: ignore[attr-defined]
        _active.pop()
