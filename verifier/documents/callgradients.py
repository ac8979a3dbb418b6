r"""``\nabla f(x, y)``, ``\nabla f(1, 0)``: the gradient of a function the notes define, at the point written.

A calculus course's first gradient is of a function of a few numbers: "Let $f(x, y) = x^2 y + \sin(xy)$.
Then $\nabla f(x, y) = \begin{pmatrix} 2xy + y\cos(xy) \\ x^2 + x\cos(xy) \end{pmatrix}$, and $\nabla f(1, 0)
= (0, 2)^\top$". ``\nabla`` was read only with its variable written (``\nabla_x f``) or of a bare function of
one parameter (``\nabla g`` of ``g(z) := …``), so these steps were SKIPPED "the variable of the gradient is
not written".

This module owns that reading (:func:`gradient_of_call`): ``\nabla f(a_1, …, a_k)`` of a function the notes
define with k parameters is the column of its partial derivatives, in the order of the parameters, taken at
fresh numbers and then evaluated at the arguments ``a_i``. Only where every argument's value is a number (a
vector argument, ``\nabla h(\mathbf{w})``, keeps the reading it had: the derivative by that vector); a
function of one parameter at a number is its derivative there (``\nabla f(2) = f'(2)``).

Written bare, ``\nabla f`` of a function of two or more parameters is that column at the parameters' own
names (``\nabla f = (2xy,\; x^2 + 3y^2)`` after "let $f(x, y) = x^2 y + y^3$"): the gradient at the point
the notes write f with, as ``\nabla f(x, y)``. A bare ``\nabla g`` of a function of one parameter keeps its
reading (the gradient by that parameter, a vector's too: differentiate._gradient).

``\nabla^2 f(x, y)`` (or bare ``\nabla^2 f``) of a function the notes define with two or more parameters is read
the same way (:func:`hessian_of_call`): the matrix of its second partial derivatives by the parameters, at the
arguments written (green72: "the variable of the Hessian is not written" kept red71's ``H = \begin{pmatrix} 2 & 1
\\ 1 & 3 \end{pmatrix}`` of ``f(x, y) = x^2 + xy + y^2`` from being checked). ``\nabla^2 g`` of a function of one
parameter keeps its reading (calls._hessian_variable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope
from verifier.documents.values import Value, diff_value, is_matrix, substitute

if TYPE_CHECKING:
    from verifier.documents.calls import Calls

__all__ = ["called_gradient", "gradient_of_call", "hessian_of_call"]


def called_gradient(node: sp.Basic, scope: Scope) -> bool:
    r"""Is ``node`` ``grad(f(a_1, …))`` of a function the notes define with as many parameters, other than
    ``\nabla h(w)`` at its own parameter name (the gradient by it, read as before)?"""
    return _called(node, scope, "grad", 1)


def _called(node: sp.Basic, scope: Scope, operator: str, least: int) -> bool:
    """Is ``node`` ``operator(f(a_1, …))`` of a function the notes define with as many parameters, at least
    ``least`` of them (not ``f(w)`` of one parameter at its own name)?"""
    if not (isinstance(node, AppliedUndef) and node.func.__name__ == operator and len(node.args) == 1):
        return False
    call = _at_parameters(node.args[0], scope)
    if not isinstance(call, AppliedUndef) or (len(call.args) == 1 and isinstance(call.args[0], sp.Symbol)):
        return False
    entry = scope.names.get((call.func.__name__, ()))
    return (isinstance(entry, Definition) and entry.is_function and len(entry.params) == len(call.args)
            and len(call.args) >= least)


def _body_at_fresh(res: Calls, node: AppliedUndef, env: dict[str, Value]
                   ) -> tuple[str, Definition, Value, list[sp.Dummy], dict[sp.Dummy, Value]] | None:
    """(name, definition, f's body at fresh numbers, those numbers, the arguments for them) of the call ``node``
    writes under its operator; None where an argument or the body is a vector or matrix (the old reading)."""
    call = _at_parameters(node.args[0], res.scope)
    name = call.func.__name__
    entry = res.scope.names[(name, ())]
    if not isinstance(entry, Definition):
        return None
    args = [res.value(a, env) for a in call.args]
    if any(is_matrix(a) for a in args):
        return None
    fresh = [sp.Dummy(f"u{i}", real=True) for i in range(len(args))]
    body = res.apply(name, list(fresh), env)
    if is_matrix(body):
        return None  # a vector-valued f: its Jacobian, not a gradient or a Hessian
    return name, entry, body, fresh, dict(zip(fresh, args, strict=True))


def hessian_of_call(res: Calls, node: AppliedUndef, env: dict[str, Value]) -> Value | None:
    r"""The value of ``\nabla^2 f(a_1, …)`` (``node`` is ``hessian(f(a_1, …))``) of a function of two or more
    parameters: the matrix of its second partials at the arguments (module docstring); None where that reading does
    not apply."""
    if not _called(node, res.scope, "hessian", 2) or (read := _body_at_fresh(res, node, env)) is None:
        return None
    name, entry, body, fresh, at = read
    rows = [[substitute(diff_value(diff_value(body, u, 1), v, 1), at) for v in fresh] for u in fresh]
    res._note(f"\\nabla^2 {name}(…) read as the matrix of the second partial derivatives of {name} by its "
              f"parameters ({', '.join(entry.params)}), at the arguments written")
    return sp.ImmutableMatrix(rows)


def gradient_of_call(res: Calls, node: AppliedUndef, env: dict[str, Value]) -> Value | None:
    r"""The value of ``\nabla f(a_1, …)`` (``node`` is ``grad(f(a_1, …))``) read as in the module docstring, or
    None where that reading does not apply."""
    if not called_gradient(node, res.scope) or (read := _body_at_fresh(res, node, env)) is None:
        return None
    name, entry, body, fresh, at = read
    partials = [substitute(diff_value(body, u, 1), at) for u in fresh]
    res._note(f"\\nabla {name}(…) read as the column of the partial derivatives of {name} by its parameters "
              f"({', '.join(entry.params)}), at the arguments written")
    return partials[0] if len(partials) == 1 else sp.ImmutableMatrix(partials)


def _at_parameters(f: sp.Basic, scope: Scope) -> sp.Basic:
    r"""``f(x, y)`` for a bare ``f`` the notes define as a function of two or more parameters ``x, y`` (the
    gradient at its own parameters, module docstring); ``f`` unchanged otherwise."""
    if not isinstance(f, sp.Symbol):
        return f
    entry = scope.names.get((f.name, ()))
    if not (isinstance(entry, Definition) and entry.is_function and len(entry.params) >= 2):
        return f
    return sp.Function(f.name)(*(sp.Symbol(p) for p in entry.params))
