"""SymPy's derivative of a node by one symbol, without ``Derivative.__new__``'s bookkeeping: the same tree.

``expr.diff(x)`` goes through ``Derivative(expr, x, evaluate=True)`` at *every* node of the tree (``Add``,
``Mul``, ``Pow`` and each function differentiate their arguments with ``diff`` again). Around the one call
that computes the derivative (``expr._eval_derivative_n_times(x, 1)``), that constructor sympifies its
arguments, computes ``expr.free_symbols`` twice (a walk of the whole sub-tree, so the walks of a derivative
grow with the tree's size times its depth), builds and sorts ``Tuple(x, 1)``, and walks the result again to
make its ``Derivative`` nodes canonical. For the resolver's values (``values.diff_value``) that bookkeeping
was about a third of SymPy's ``diff`` (docspeed63).

:func:`derivative` does what the constructor does for the nodes where every step of it but the computation
is known to leave the tree as it is: a *plain* tree (made only of ``Add``, ``Mul``, ``Pow``, the elementary
functions of :data:`PLAIN`, symbols and numbers), one symbol, once (or zero times: ``Mul``'s product rule
asks ``diff((x, 0))`` of its other factors), with SymPy's evaluation switched on.
There, the constructor's zero test is ``x not in expr.free_symbols`` (asked of the remembered free symbols,
:mod:`verifier.documents.freesymbols`: the same set), the computation is SymPy's own call, the same
``obj.is_zero`` query is asked of its result in the same place (SymPy keeps the facts it learns on the
tree: the queries stay SymPy's, in SymPy's order), and the canonical walk has nothing to do (the
arguments' derivatives come through this route or are numbers, so the result holds no ``Derivative``).
Anything else returns None and SymPy's constructor is used: a derivative of a function it does not list
(``Abs``, ``Max``, ``Piecewise``, an undefined ``f(x)``, ``Indexed``), with respect to anything but a
symbol, a higher derivative (SymPy simplifies those), or under ``evaluate(False)``.

It is used only inside :func:`verifier.documents.shareddiff.shared_diffs` (the resolver's derivatives), and
:data:`SWITCH` set to ``"0"`` in the environment turns it off (to measure what it buys, or to compare).
"""

from __future__ import annotations

import os

import sympy as sp
from sympy.core.parameters import global_parameters

from verifier.documents.freesymbols import free

__all__ = ["ENABLED", "PLAIN", "SWITCH", "derivative", "plain"]

SWITCH = "VERIFY_DIRECT_DIFF"
ENABLED = os.environ.get(SWITCH) != "0"

PLAIN: frozenset[type] = frozenset(
    {sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log, sp.sin, sp.cos, sp.tan, sp.sinh, sp.cosh, sp.tanh}
)
_SYMBOLS = (sp.Symbol, sp.Dummy)  # exactly these classes: a subclass may differentiate otherwise
_ONE = sp.Integer(1)

_PLAIN_SEEN: dict[sp.Basic, bool] = {}
_PLAIN_KEPT = 100_000


def plain(e: sp.Basic) -> bool:
    """Whether ``e`` is made only of the classes of :data:`PLAIN`, symbols and numbers (remembered per node)."""
    hit = _PLAIN_SEEN.get(e)
    if hit is not None:
        return hit
    t = type(e)
    if t in _SYMBOLS or e.is_Number or e.is_NumberSymbol:
        out = True
    else:
        out = t in PLAIN and all(plain(a) for a in e.args)
    if len(_PLAIN_SEEN) >= _PLAIN_KEPT:
        _PLAIN_SEEN.clear()
    _PLAIN_SEEN[e] = out
    return out


def derivative(expr: object, variables: tuple[object, ...], kwargs: dict[str, object]) -> sp.Basic | None:
    """``_derivative_dispatch(expr, *variables, **kwargs)`` (what ``expr.diff(...)`` calls) for a plain tree
    by one symbol, once; None where SymPy's constructor must answer."""
    if not ENABLED or len(variables) != 1 or kwargs != {"evaluate": True}:
        return None
    if not (global_parameters.evaluate and global_parameters.distribute):
        return None
    (v,) = variables
    count = 1
    if isinstance(v, tuple):  # diff(f, (x, n)), as Mul's product rule asks with n = 0 and 1
        if len(v) != 2 or isinstance(v[1], bool) or v[1] not in (0, 1):
            return None  # a higher derivative: SymPy simplifies it
        v, count = v
    if type(v) not in _SYMBOLS or not isinstance(expr, sp.Basic) or not plain(expr):
        return None
    if count == 0:
        return expr  # the constructor's answer to no derivative at all
    if v not in free(expr):
        return sp.S.Zero  # the constructor's zero: a scalar tree's is S.Zero
    obj = expr._eval_derivative_n_times(v, _ONE)
    if obj is None:  # SymPy would keep the derivative unevaluated: let it
        return None
    obj.is_zero  # noqa: B018 - the constructor's query, asked here too: the facts SymPy keeps stay its own
    return obj
