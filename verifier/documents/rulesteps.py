r"""A calculus rule the notes state for arbitrary functions: ``f(x) = g(h(x))``, ``f'(x) = g'(h(x))h'(x)``.

Notes and students write the chain, product and quotient rules with letters for functions they never
give a body: "Let $f(x) = g(h(x))$. Then $f'(x) = g'(h(x))\,h'(x)$." Such a step is a claim for every
g and h, and a wrong rule (``g'(x)h'(x)``, the inner derivative forgotten, ``u'v'`` for the product, a
``+`` in the quotient rule's numerator) is a real mistake: it fails for arbitrary functions, and an
arbitrary function is what the notes said g and h are.

The doubt that keeps a failure with an undefined function from being FAILED
(:func:`verifier.documents.lonefunctions.lone_functions`: applied or differentiated on one side only, or at
different points, so the step says what a *particular* function is — ``\Phi(-x) = 1 - \Phi(x)``,
``g'(z) = g(z)(1 - g(z))``) has its purpose there: the notes mean a function they do not write down.
It has none where the step is the derivative of a function the notes *define* from the arbitrary ones
and the other side is written with the arbitrary functions' derivatives: the notes wrote what f is,
and the other side says how its derivative is computed from the derivatives of g and h, which is a
rule, not a description of g. This module owns that test (:func:`states_rule`):

* one side (and only one) differentiates a call of a function the notes or a context define
  (``f'(x)``, ``\frac{d}{dx} p(x)``), whose body applies arbitrary functions (``g(h(x))``,
  ``u(x)v(x)``), and writes no arbitrary function itself;
* the other side writes the derivative of at least one arbitrary function that body applies
  (``g'(h(x))``, ``u'(x)``).

A side without any such derivative (``a'(z) = g(z)(1 - g(z))`` after ``a(z) = g(z)``) still says which
function g is: that stays the doubt's (SKIPPED with its reason). So does a function the notes' prose
names anywhere, a section before or the sentence after the step (:func:`said_particular`: "where $g$ is
the exponential", "$g$ denotes the activation", "$g = \exp$"): ``f'(x) = g(h(x))h'(x)`` is the chain rule
*for that g*, and fails for an arbitrary one.
"$g$ is any differentiable function", "for arbitrary $g$" name no particular function.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Scope
from verifier.documents.throughcalls import through_definitions

__all__ = ["rule_note", "said_particular", "states_rule"]

# "$g$ is the exponential", "where $g(\cdot)$ denotes the activation", "$g = \exp$", "with $g$ the sigmoid"
_SAID = (
    r"\$\s*\\?{name}\s*(?:\(\s*(?:\\cdot|[a-z])?\s*\))?\s*"
    r"(?:\$\s*(?:is|denotes|stands\s+for|be|being|the)\b|=)\s*(.{{0,40}})"
)
# … but not "is any/an arbitrary/a differentiable/some function": no particular one
_ANY = re.compile(r"\s*(?:any|an?\s+(?:arbitrary|differentiable|smooth|general|generic|given)|some|arbitrary|"
                  r"differentiable|smooth|a\s+function|functions?)\b", re.IGNORECASE)


def _differentiated(tree: sp.Basic) -> set[str]:
    """The heads of the calls written inside a derivative in ``tree`` (``g`` of ``g'(h(x))``)."""
    out: set[str] = set()
    for d in tree.atoms(sp.Derivative):
        out |= {f.func.__name__ for f in d.expr.atoms(AppliedUndef)}
    return out


def _applied(tree: sp.Basic) -> set[str]:
    return {f.func.__name__ for f in tree.atoms(AppliedUndef)}


def _side(trees: Sequence[sp.Basic], scope: Scope, arbitrary: set[str]) -> tuple[set[str], set[str], set[str]]:
    """(arbitrary functions written, arbitrary functions written differentiated, arbitrary functions a
    differentiated call of a defined function reaches through its body) of one side."""
    written: set[str] = set()
    derived: set[str] = set()
    reached: set[str] = set()
    for t in trees:
        written |= _applied(t) & arbitrary
        derived |= _differentiated(t) & arbitrary
        for d in t.atoms(sp.Derivative):
            through = through_definitions(d.expr, scope, arbitrary)
            if through != d.expr:
                reached |= _applied(through) & arbitrary
    return written, derived, reached


def states_rule(scope: Scope, left: Sequence[sp.Basic], right: Sequence[sp.Basic], arbitrary: set[str]) -> set[str]:
    """The ``arbitrary`` functions the step is a rule for (module docstring): those a derivative of a
    defined function on one side reaches, where the other side is written with derivatives of some of
    them; empty when the step is no such rule. Another arbitrary function the step writes (``k`` in
    ``f'(x) = g'(h(x))h'(x) + k(x)``) is not covered: the notes may mean a particular one."""
    if not arbitrary:
        return set()
    sides = [_side(left, scope, arbitrary), _side(right, scope, arbitrary)]
    for a, b in (sides, sides[::-1]):
        written, _, reached = a
        _, derived, _ = b
        if reached and not written and derived & reached:
            return reached
    return set()


def said_particular(prose: str, names: set[str]) -> set[str]:
    """The ``names`` (of arbitrary functions) ``prose`` says a particular function is (module docstring)."""
    out: set[str] = set()
    for name in names:
        for m in re.finditer(_SAID.format(name=re.escape(name)), prose):
            if _ANY.match(m.group(1)) is None:
                out.add(name)
                break
    return out


def rule_note(names: set[str]) -> str:
    """How a rule step reads its undefined functions (reported with the step)."""
    shown = ", ".join(sorted(names))
    return f"{shown} (not defined in the notes) read as arbitrary functions: the step is a rule for every {shown}"
