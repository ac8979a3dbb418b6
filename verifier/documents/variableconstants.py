r"""Constant letters the notes use as quantities: ``\pi`` (or e) differentiated by (``\frac{dH}{d\pi}``).

``\pi`` is read as 3.14159… unless the notes declare or define it. Notes on probabilities and policies
write π for a probability (the entropy ``H(\pi) = -\pi\log\pi - …``, a mixing weight, a policy's
probability of an action) and then differentiate by it. Nobody differentiates by the number π: a
chain that writes a derivative with respect to π (``d/d\pi``, ``\partial/\partial\pi``) uses π as a
quantity, and its undeclared π is inferred like any other name (a real scalar, unless the chain says
more). Only that chain: elsewhere in the notes π keeps its meaning (``\sqrt{2\pi}`` in a density).
Not a chain that also writes the circle's π (:func:`_circle`: ``\log(2\pi\sigma^2)``, ``\sqrt{2\pi}``,
``(2\pi)^{d/2}``, ``e^{i\pi}``): it uses the letter both ways, and which π the derivative is taken by is
not said (read as one quantity, ``\frac{1}{2\pi}`` from the normaliser was green), so π stays the number.

The same holds for e (fresh22's DDPM note: ``\frac{\partial}{\partial e}(\epsilon - e)^2`` for a prediction e of the
noise was SKIPPED "e is not declared; cannot differentiate by it"): nobody differentiates by Euler's number, so a
chain that does uses e as a quantity — unless it also writes e as Euler's number (a power ``e^{x}``, ``\exp``).

So does a chain after a sentence that names the letter as a quantity ("Let $e$ be the error of the model, and
$\pi$ the policy": :mod:`verifier.documents.namedconstants`), with the same exception (:func:`named_constants`:
``\frac{1}{\sqrt{2\pi}}`` after "Let $\pi$ be the policy" writes the circle's π).
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["DIFFERENTIABLE_CONSTANTS", "differentiated_constants", "named_constants"]

#: the constant letters read as a quantity in a chain that differentiates by them
DIFFERENTIABLE_CONSTANTS = frozenset({"pi", "e"})


def differentiated_constants(trees: Iterable[sp.Basic]) -> frozenset[str]:
    r"""The letters of :data:`DIFFERENTIABLE_CONSTANTS` some derivative in ``trees`` is taken with
    respect to (``Derivative(H, pi)`` from ``\frac{dH}{d\pi}``)."""
    found: set[str] = set()
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Derivative):
                for var, _count in sub.variable_count:
                    if isinstance(var, sp.Symbol) and var.name in DIFFERENTIABLE_CONSTANTS:
                        found.add(var.name)
    if "pi" in found and any(_circle(t) for t in trees):
        found.discard("pi")  # \log(2\pi\sigma^2) beside d/d\pi: the letter is used both ways
    if "e" in found and any(_euler(t) for t in trees):
        found.discard("e")  # e^{x} beside d/de: the letter is used both ways
    return frozenset(found)


def named_constants(trees: Iterable[sp.Basic], named: Iterable[str]) -> frozenset[str]:
    r"""The letters of ``named`` (the prose named them as quantities before the chain) that the chain ``trees``
    does not also write as the constant: π in ``\sqrt{2\pi}``, e in ``e^{x}`` or ``\exp``."""
    named = set(named) & DIFFERENTIABLE_CONSTANTS
    if not named:
        return frozenset()
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    if "pi" in named and any(_circle(t) for t in trees):
        named.discard("pi")
    if "e" in named and any(_euler(t) for t in trees):
        named.discard("e")
    return frozenset(named)


def _euler(tree: sp.Basic) -> bool:
    """Does ``tree`` write e as Euler's number: a power of it to a formula of names (``e^{x}``, ``e^{-z}``; ``e^2``
    beside d/de squares the quantity), or ``\\exp``?"""
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Pow) and isinstance(sub.base, sp.Symbol) and sub.base.name == "e" \
                and sub.exp.free_symbols:
            return True
        if isinstance(sub, sp.exp) or sub is sp.E:
            return True
    return False


def _is_pi(x: sp.Basic) -> bool:
    return isinstance(x, sp.Symbol) and x.name == "pi"


def _two_pi(x: sp.Basic) -> bool:
    """Is ``x`` a product of 2 and π (``2\\pi``, ``2\\pi\\sigma^2``)?"""
    factors = sp.Mul.make_args(x)
    return any(_is_pi(f) for f in factors) and any(f == 2 for f in factors)


def _half_power_of_pi(x: sp.Basic) -> bool:
    """Is ``x`` a square root (an odd power of ½) of π or of a product with π?"""
    return (isinstance(x, sp.Pow) and (2 * x.exp).is_odd is True
            and any(_is_pi(f) for f in sp.Mul.make_args(x.base)))  # fmt: skip


def _evaluated(e: sp.Basic) -> sp.Basic:
    """``e`` with its arithmetic evaluated (the reader builds unevaluated trees: ``π·(\\sqrt{π})^{-1}``)."""
    if isinstance(e, sp.Add | sp.Mul | sp.Pow | sp.log | sp.exp):
        args = [_evaluated(a) for a in e.args]
        try:
            return e.func(*args)
        except (TypeError, ValueError):  # an unevaluated product that does not conform: left as written
            return e.func(*args, evaluate=False)
    if isinstance(e, sp.Derivative):
        return sp.Derivative(_evaluated(e.expr), *e.variable_count)
    return e


def _circle(tree: sp.Basic) -> bool:
    r"""Does ``tree`` write π as the circle's constant: ``\log(2\pi…)``, ``(2\pi)^{-d/2}``, ``\sqrt{2\pi…}``
    (parsed as ``\sqrt 2\,\sqrt{\pi…}``), ``e^{i\pi}``?"""
    for sub in sp.preorder_traversal(_evaluated(tree)):
        if isinstance(sub, sp.log) and _two_pi(sub.args[0]):
            return True
        if isinstance(sub, sp.Pow) and sub.exp.is_integer is not True and _two_pi(sub.base):
            return True
        if isinstance(sub, sp.Mul):
            factors = sp.Mul.make_args(sub)
            if any(f in (sp.sqrt(2), 1 / sp.sqrt(2)) for f in factors) and any(_half_power_of_pi(f) for f in factors):
                return True
        if isinstance(sub, sp.exp):
            factors = sp.Mul.make_args(sub.args[0])
            if any(_is_pi(f) for f in factors) and any(f == sp.I or str(f) == "i" for f in factors):
                return True
    return False
