r"""What ``f^{-1}(y)`` means in notes: the inverse of a registry function or of one the notes define.

The parser writes ``\sigma^{-1}(x)``, ``\zeta^{-1}(x)``, ``f^{-1}(y)`` as
:class:`verifier.latex.inverses.Inverse` (only where the base is a function: ``W^{-1}`` and ``x^{-1}``
stay powers). This module gives it a value, and only where the inverse is beyond doubt:

* the function is looked up as a call of it would be (:meth:`Resolver.value` of ``f(t)`` at a fresh
  real ``t``): the notes' definition first (``\zeta(x) = \log(1 + e^x)``), else the registry
  (:mod:`verifier.documents.functions`);
* a registry function with a known inverse takes it (``verifier.ml.INVERSES``: σ ↔ logit, softplus,
  tanh); any other is solved, ``f(t) = y`` for ``t`` with SymPy, and the one solution ``g`` is taken
  only when it undoes ``f``: ``g(f(t)) = t`` at sample points of the real line (so a function that is
  not one-to-one — ``t^2``, ReLU — or a branch that does not return ``t`` is refused, never guessed),
  no other solution is a second real preimage (``(t - 3)^2`` turns right of the probe points), and the
  numeric checker can evaluate it (not LambertW);
* a name the notes use as a quantity (σ a standard deviation: ``\sigma^2``, ``\sigma > 0``) is read as
  written before this module: ``\sigma^{-1}(x - \mu)`` is ``(x - \mu)/\sigma``;
* a function of parameters besides its argument (``F(x) = \frac{1}{1 + e^{-(x - m)/s}}``, lead51) is inverted in its
  argument, the parameters held: the solution must undo it at three sets of parameter values (signs mixed, a
  parameter the notes call positive kept positive), so an inverse that holds for some parameters only is refused;
* no inverse found: the step is SKIPPED with the reason for a registry function or one the notes
  define; any other name (``\Sigma^{-1}(x - \mu)``, Σ declared, inferred or defined as a value, never applied) is read
  as written before this module, a power times the bracket.

The inverse is then applied entry-wise to the argument's value; domains are the checker's as for any
``\log`` (the logit's argument lies in (0, 1): the readings with probabilities say so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.printing.codeprinter import PrintMethodNotImplementedError
from sympy.printing.numpy import NumPyPrinter

from verifier import ml
from verifier.documents.context import Definition, VarDecl
from verifier.documents.functions import FUNCTIONS
from verifier.documents.spreadnames import SPREAD
from verifier.documents.values import ResolveError, Value, elementwise, is_matrix
from verifier.latex.inverses import Inverse

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["inverse_value"]

_PROBES = (-1.7, -0.4, 0.3, 1.1, 2.3)
_TOLERANCE = 1e-9


def inverse_value(resolver: Resolver, node: Inverse, env: dict[str, Value]) -> Value:
    """The value of ``f^{-1}(arg)``: f's inverse applied (entry-wise) to the argument's value."""
    name = str(node.args[0])
    entry = resolver.scope.names.get((name, ()))
    spread = SPREAD + name in resolver.scope.conventions and not isinstance(entry, Definition | VarDecl)
    if spread or (isinstance(entry, VarDecl) and entry.kind != "function"):
        # σ a quantity in these notes (σ^2, σ > 0: a standard deviation): σ^{-1}(x - μ) is (x - μ)/σ
        return resolver.value(sp.Mul(sp.Pow(sp.Symbol(name), -1), node.args[1]), env)
    try:
        inverse = _inverse(resolver, name)
    except ResolveError:
        applied = isinstance(entry, VarDecl) or _defines_function(entry)  # a function of the notes (inferred)
        if name in FUNCTIONS or applied:
            raise
        # Σ^{-1}(x - μ) where the notes never apply Σ nor define it: the power, as written (a matrix inverse)
        return resolver.value(sp.Mul(sp.Pow(sp.Symbol(name), -1), node.args[1]), env)
    arg = resolver.value(node.args[1], env)
    resolver._note(f"{name}^{{-1}} read as the inverse function of {name}")
    return elementwise(inverse, arg) if is_matrix(arg) else inverse(arg)


def _inverse(resolver: Resolver, name: str) -> sp.Lambda:
    t = sp.Dummy("inverse_t", real=True)
    defined = resolver.scope.names.get((name, ()))
    builtin = FUNCTIONS.get(name)
    if isinstance(defined, Definition) and defined.builtin in FUNCTIONS:
        builtin = FUNCTIONS[defined.builtin]  # "the softplus $\\zeta$": the registry's function by another name
    elif defined is not None:
        builtin = None  # the notes' own σ, f: their definition, not the registry's
    if builtin in ml.INVERSES:
        y = sp.Dummy("y")
        return sp.Lambda(y, ml.INVERSES[builtin](y))
    if builtin is None and not _defines_function(defined):
        # an arbitrary function (applied, never defined): its inverse is no particular function
        raise ResolveError(f"{name}^{{-1}}: {name} is a function the notes do not define, so its inverse is not known")
    try:
        value = resolver.value(sp.Function(name)(sp.Symbol(t.name)), {t.name: t})
    except ResolveError as exc:
        raise ResolveError(f"{name}^{{-1}}: {name} is not a function the notes or the registry define ({exc})") from exc
    if is_matrix(value) or not isinstance(value, sp.Expr) or not value.has(t):
        raise ResolveError(f"{name}^{{-1}}: {name} is not a scalar function of one argument, so its inverse is unclear")
    y = sp.Dummy("y")
    try:
        solutions = sp.solve(sp.Eq(value, y), t)
    except (NotImplementedError, ValueError, TypeError) as exc:
        raise ResolveError(f"{name}^{{-1}}: cannot solve {name}(t) = y for t ({exc})") from exc
    sets = _parameter_sets(value.free_symbols - {t})
    undoing = [s for s in solutions if all(_undoes(s.subs(a), value.subs(a), t, y) for a in sets)]
    others = [s for s in solutions if s not in undoing]
    if len(undoing) != 1 or len(solutions) > 2 or any(_another_preimage(s.subs(a), value.subs(a), t, y)
                                                        for s in others for a in sets):
        raise ResolveError(f"{name}^{{-1}}: {name} has no single inverse the checker can find "
                           "(it may not be one-to-one)")
    try:
        NumPyPrinter({"order": "none"}).doprint(undoing[0])
    except PrintMethodNotImplementedError as exc:  # y - W(e^y) of t + e^t: LambertW was an ERROR of the step
        raise ResolveError(f"{name}^{{-1}}: its inverse {undoing[0]} cannot be evaluated by the checker") from exc
    return sp.Lambda(y, undoing[0])


#: the values a function's parameters take at the probes, one set per row (signs mixed, no two alike): a solution
#: is the inverse only where it undoes the function at every set (``m + s\log\frac{p}{1-p}`` of the logistic CDF)
_PARAMETER_VALUES = ((0.7, 1.3, -0.6, 1.9), (-1.2, 0.45, 1.6, -0.8), (2.1, -0.35, 0.9, 1.15))


def _parameter_sets(params: set[sp.Symbol]) -> list[dict[sp.Symbol, sp.Float]]:
    """The probes' values of ``params`` (the function's symbols other than its argument); one empty set for none.
    Beyond four parameters the values repeat, shifted; a parameter known positive (``s > 0`` in the notes) takes
    their sizes only."""
    names = sorted(params, key=str)

    def at(x: sp.Symbol, v: float) -> sp.Float:
        return sp.Float(abs(v) if x.is_positive or x.is_nonnegative else v, 30)

    return [{x: at(x, row[k % len(row)] + k // len(row)) for k, x in enumerate(names)}
            for row in _PARAMETER_VALUES] if names else [{}]


def _defines_function(entry: object) -> bool:
    return isinstance(entry, Definition) and bool(entry.is_function or entry.params or entry.builtin)


def _through(g: sp.Expr, f: sp.Expr, t: sp.Symbol, y: sp.Symbol, p: float) -> tuple[complex, complex] | None:
    """``(f(p), g(f(p)))`` at the probe point ``p``; None where f(p) is not real or either cannot be evaluated."""
    try:
        fy = complex(sp.N(f.subs(t, p), 30))
        if abs(fy.imag) > _TOLERANCE:
            return None
        return fy, complex(sp.N(g.subs(y, sp.Float(fy.real, 30)), 30))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None


def _another_preimage(g: sp.Expr, f: sp.Expr, t: sp.Symbol, y: sp.Symbol) -> bool:
    r"""Does the solution ``g`` give, at some probe point p, a real t' != p with f(t') = f(p)? Then f is not
    one-to-one on the reals (``(t - 3)^2``: ``3 + \sqrt{y}`` beside ``3 - \sqrt{y}``, which alone undid f at
    the probes, all left of its turning point), whatever branch the probes happened to favour."""
    for p in _PROBES:
        if (pair := _through(g, f, t, y, p)) is None:
            continue
        fy, other = pair
        if abs(other.imag) > _TOLERANCE or abs(other.real - p) <= _TOLERANCE * (1 + abs(p)):
            continue
        try:
            again = complex(sp.N(f.subs(t, sp.Float(other.real, 30)), 30))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            continue
        if abs(again - fy) <= 1e-6 * (1 + abs(fy)):
            return True
    return False


def _undoes(g: sp.Expr, f: sp.Expr, t: sp.Symbol, y: sp.Symbol) -> bool:
    """Is ``g(f(t)) = t`` at every probe point of the real line where f is defined (at least three)?"""
    held = 0
    for p in _PROBES:
        if (pair := _through(g, f, t, y, p)) is None:
            continue
        if abs(pair[1] - p) > _TOLERANCE * (1 + abs(p)):
            return False
        held += 1
    return held >= 3
