r"""``\mathrm{obj}(w^*) = -\frac{G^2}{2(H + \lambda)}``: the notes' function at a point they define.

After ``\mathrm{obj}(w) = G w + \tfrac12 (H + \lambda) w^2`` and ``w^* = -G/(H + \lambda)``, the line
``\mathrm{obj}(w^*) = …`` substitutes the optimum: a claim about the value of the notes' function there,
not a new meaning of ``\mathrm{obj}`` with a parameter named ``w^*``. It is checked like any claim, so a
dropped factor in the substituted value is FAILED (it was SKIPPED as "defines obj anew").

Only where all of these hold (:func:`evaluated_at_defined`): the notes defined the function before,
every argument written is a name the notes define without parameters before the line, and the right
side writes none of them (the value at the point, not a formula in it), and none is the parameter the
function was defined with (``L(z) = \log(1 + e^{-y(wx+b)})`` after ``L(z) = (z - y)^2`` and ``z = wx + b``
writes L anew at its own parameter: the notes switched the loss, a claim there was FAILED).
``g(z) = \sigma(z)`` after ``z = Wx + b`` defines g (nothing defined it before, and the body writes z).

A point may also be a constant of the function's own body (:func:`at_own_constant`, fresh27): after
``\eta(s) = d^{-0.5} \min(s^{-0.5}, s w^{-1.5})``, "the rate peaks at $\eta(w) = d^{-0.5} w^{-0.5}$" is the
schedule at s = w, not a new η of the parameter w (which made the worked ``\eta(1000)`` FAILED). Every
argument is a name the earlier body writes and not its parameter, as many arguments as it has parameters.

A head whose body is arithmetic on numbers alone (:func:`worked_value`, fresh45) is the function's value at
a point the prose gives: after "for $p = (0.2, 0.8)$", ``C(p) = 0.2^2 + 0.8^2 = 0.68`` is not a constant
function C (whose gradient, 0, made the next line's right ``\nabla C = (2p_1, 2p_2)`` FAILED). One number
alone (``h(t) = 4``) may be a constant function and is left to the other rules.

A point may also be the solution the notes write with a star (:func:`at_solution_point`, fresh51): after
``f(x) = \log(1 + e^x)`` and "solving f'(x) = y gives $x^\star = \log\frac{y}{1 - y}$", the line ``f(x^\star) =
\log(1 + \frac{y}{1 - y})`` is f at the solution, not a constant f of a parameter named x^⋆ (whose derivative, 0,
made a later ``f'(3)`` FAILED). Every argument is a starred name (``x^\star``, ``x^*``, ``x_{opt}``: an optimum or a
solution) that the body does not write, and the function was defined before with other parameters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition, Key
from verifier.documents.infer import names_in

__all__ = ["SOLUTION_MARKS", "at_own_constant", "at_solution_point", "evaluated_at_defined", "worked_value"]

_ONE_NUMBER = re.compile(r"[-+]?\s*\d+(?:\.\d+)?")
#: the endings of a name that marks a solution or an optimum: x^\star, x^*, x_*, x_{opt} as the parser names them
SOLUTION_MARKS = ("star", "_star", "opt", "_opt")


def evaluated_at_defined(d: Definition, body: sp.Basic, earlier: Iterable[Definition]) -> bool:
    """Is ``d`` (a function head with its body parsed as ``body``) the value of an ``earlier``
    definition of the same function at points the ``earlier`` parameterless definitions name?"""
    if not d.is_function or not d.params:
        return False
    before = list(earlier)
    own = [e for e in before if e.key == d.key and e.is_function]
    if not own:
        return False
    if any(set(d.params) & set(e.params) for e in own):
        return False  # L(z) after L(z) = …: written at its own parameter, the function again (anew), not a point
    points: set[Key] = {e.key for e in before if not e.is_function and not e.index_params}
    if not all((p, ()) in points for p in d.params):
        return False
    return not set(d.params) & names_in(body)


def at_own_constant(d: Definition, earlier: Iterable[Definition], names: Callable[[Definition], set[str]]) -> bool:
    """Is ``d`` (a function head) the ``earlier`` definition of the same function at constants of that
    definition's body (``names``: the names a definition's body writes, empty where it cannot be read)?"""
    if not d.is_function or not d.params:
        return False
    own = [e for e in earlier if e.key == d.key and e.is_function]
    if not own or len(own[-1].params) != len(d.params) or set(d.params) & set(own[-1].params):
        return False
    constants = names(own[-1]) - set(own[-1].params)
    return all(p in constants for p in d.params)


def worked_value(d: Definition, body: sp.Basic) -> bool:
    """Is ``d`` (a head with parameters, its body parsed as ``body``) a value worked out at a point: a body
    of arithmetic on numbers, writing no name at all, and more than one number?"""
    if not d.is_function or not d.params or not isinstance(body, sp.Expr):
        return False
    return not body.free_symbols and not _ONE_NUMBER.fullmatch(d.body.strip())


def at_solution_point(d: Definition, body: sp.Basic, earlier: Iterable[Definition], inline_before: bool) -> bool:
    """Is ``d`` (a function head with its body parsed as ``body``) a function the notes defined before (``earlier``,
    or ``inline_before``: an inline formula of the prose before the line, learned after the displays) at a starred
    solution point: every parameter a starred name the body does not write, none a parameter of that function?"""
    if not d.is_function or not d.params:
        return False
    own = [e for e in earlier if e.key == d.key and e.is_function and len(e.params) == len(d.params)]
    if not (own or inline_before) or (own and set(d.params) & set(own[-1].params)):
        return False
    return all(p.endswith(SOLUTION_MARKS) for p in d.params) and not set(d.params) & names_in(body)
