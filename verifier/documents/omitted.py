r"""A function written alone in the notes: ``f`` for ``f(\mathbf{x})``, its argument omitted.

Notes that derive a bias–variance decomposition state ``y = f(\mathbf{x}) + \epsilon`` once and
then write ``\mathbb{E}[(f + \epsilon - f)^2]``, ``\mathbb{E}[y] = f`` ("for clarity, we omit the
argument of the functions"). Inference then sees ``f`` written bare, a value, and a call ``f(x)``
of an undefined function with no meaning. A reader takes both for the one quantity ``f(x)``: the
value of the function at the one point the notes evaluate it. This module owns that reading, and
only where it is sound:

* the name is undefined in the notes (inferred, a value where written alone) and is also applied;
* every application the chain's members reach has the *same* argument: with ``f(x)`` and ``f(z)``
  both in play, reading each as ``f`` would prove ``f(x) = f(z)``;
* the chain differentiates nothing: the derivative of ``f(x)`` by ``x`` is ``f'(x)``, not the
  derivative of a constant, and a member that does not differentiate is no exception (read there,
  ``\frac{d}{dx}(fx) = f(x)`` was PROVED with ``f`` a constant on the left and ``f(x) = f`` on the right:
  no one reading of the chain, ids45);
* the argument is written as a variable or a product of names (``x``, ``\mathbf{x}``, ``x_i``, ``wx``): before
  a sum or a number the letter is that function at another point, or a factor (``of(1 - \tanh^2 u)``, ``f(2)``),
  never the value it stands for alone (read so, ``\frac{d}{dc}(fc) = f(2)`` was PROVED, ids45).

Otherwise the call stays unread (SKIPPED with the reason). The reading is reported with the step.

A bracketed *sum* after such a name is no argument but a factor (:func:`bracketed_factor`, fresh23):
``\eta_{\max}(W + 1)`` in notes that write the peak rate ``\eta_{\max}`` alone is that rate times
``W + 1``, as ``c(W + 1)`` is for a plain letter. Read as ``\eta_{\max}`` (the argument dropped), a
correct warm-up sum FAILED. A function written without its argument is evaluated at its variable
(``f(\mathbf{x})``), not at a sum the notes build on the spot. Only a labelled name is read so: a letter
the parser reads as a call (``f``, ``g``, ``\ell``) is a function the notes apply, and read as a factor
``f(w + h) = f w + f h`` was PROVED after "Let $f$ be a differentiable function" (review35b) — unless
the notes' own definitions write the letter as a factor (``w = \frac{g}{\|v\|} v``: the length g).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, VarDecl
from verifier.documents.reparam import at_point
from verifier.documents.values import ResolveError, Value

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["bracketed_factor", "differentiates_anything", "omitted_argument"]


def differentiates_anything(tree: object) -> bool:
    """Does a member tree write a derivative, a gradient or a Hessian anywhere?"""
    return isinstance(tree, sp.Basic) and _differentiates(tree)


@functools.lru_cache(maxsize=1024)  # asked for every member of a chain each time a resolver is made (ids45)
def _differentiates(tree: sp.Basic) -> bool:
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Derivative | sp.Subs):
            return True
        if isinstance(sub, AppliedUndef) and sub.func.__name__ in ("grad", "hessian", "bytranspose", "byinverse"):
            return True
    return False


def omitted_argument(
    resolver: Resolver, name: str, args: list[Value], written: tuple[sp.Basic, ...] | None = None
) -> Value:
    """The value of ``name(args)`` where ``name`` is an undefined name the notes also write alone:
    the value ``name`` stands for, when that reading is sound (module docstring); else ResolveError.
    ``written`` is the arguments as the notes write them, where the caller has them."""
    undefined = f"function {name} is not defined (define it in a ```verify block)"
    if resolver.differentiating or resolver.chain_differentiates:
        value = at_point(resolver, name, args)  # g(z) := f(Az) with f differentiated bare (documents.reparam)
        if value is not None:
            return value
        raise ResolveError(f"{undefined}; {name} is also written alone, but this chain differentiates: "
                           f"the derivative of {name}(…) is not that of a constant")  # fmt: skip
    if written is not None and not all(_a_variable(w) for w in written):
        raise ResolveError(f"{undefined}; {name} is also written alone, but {name}(…) of an expression is {name} "
                           f"at that point or {name} times the bracket, not the value {name} stands for")  # fmt: skip
    seen = resolver.omitted.get(name)
    if seen is not None and not _same(seen, args):
        raise ResolveError(f"{undefined}; {name} is applied to different arguments and also written alone: "
                           f"which value {name} alone stands for is unclear")  # fmt: skip
    value = resolver._lookup((name, ()))
    if value is None:
        raise ResolveError(undefined)
    resolver.omitted[name] = tuple(args)
    resolver._note(f"{name}(…) read as the value {name}: the notes write {name} alone elsewhere (its argument "
                   "omitted), and apply it to one argument only")  # fmt: skip
    return value


def _a_variable(written: sp.Basic) -> bool:
    """``x``, ``\\mathbf{x}``, ``x_i``, ``wx``, ``\\mathbf{w}^\\top\\mathbf{x}``: names and products of names
    (no number, no sum), where a function written alone is evaluated."""
    if isinstance(written, sp.Indexed):
        return all(isinstance(i, sp.Symbol | sp.Integer) for i in written.indices)
    if isinstance(written, AppliedUndef) and written.func.__name__ == "transpose":
        return all(_a_variable(a) for a in written.args)
    if isinstance(written, sp.Mul):
        return all(_a_variable(a) for a in written.args)
    return isinstance(written, sp.Symbol)


def _same(a: tuple[Value, ...], b: list[Value]) -> bool:
    if len(a) != len(b):
        return False
    try:
        return all(bool(x == y) for x, y in zip(a, b, strict=True))
    except (TypeError, ValueError):
        return False


def bracketed_factor(resolver: Resolver, node: AppliedUndef, args: list[Value]) -> Value | None:
    """``name(a + b)`` read as ``name · (a + b)`` where ``name`` is an undefined scalar the notes write alone
    and the bracket holds a sum (module docstring); None where that reading does not apply."""
    name = node.func.__name__
    if resolver.differentiating or len(node.args) != 1 or not isinstance(node.args[0], sp.Add):
        return None
    if "_" not in name and not _factor_in_definitions(resolver, name):
        # f(w + h), \ell(y + ε): a letter the parser reads as a call is a function the notes apply, unless their own
        # definitions write it as a factor (w = \frac{g}{\|v\|} v); a label, max or min, made \eta_{\max} a call
        return None  # (review35b: f(w + h) = f w + f h was PROVED after "Let $f$ be a differentiable function")
    entry = resolver.scope.names.get((name, ()))
    if not isinstance(entry, VarDecl) or entry.kind == "function" or (name, ()) not in resolver.scope.inferred:
        return None  # declared, defined or a function the notes apply: not this reading
    value = resolver._lookup((name, ()))
    if value is None or isinstance(value, sp.MatrixBase) or not isinstance(value, sp.Expr):
        return None
    (arg,) = args
    if not isinstance(arg, sp.Expr | sp.MatrixBase):
        return None
    resolver._note(f"{name}(…) read as {name} times the bracket: the notes write {name} alone elsewhere, and "
                   "a sum in brackets after a value multiplies it")  # fmt: skip
    return value * arg


def _factor_in_definitions(resolver: Resolver, name: str) -> bool:
    """Does a definition of the notes write ``name`` (a plain letter) in its body, never before ``(``?"""
    if len(name) != 1:
        return False
    bare = re.compile(rf"(?<![\\A-Za-z]){name}(?![A-Za-z_(])")
    called = re.compile(rf"(?<![\\A-Za-z]){name}\s*\(")
    bodies = [e.body for e in resolver.scope.names.values() if isinstance(e, Definition) and e.body]
    return any(bare.search(b) for b in bodies) and not any(called.search(b) for b in bodies)
