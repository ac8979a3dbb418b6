r"""Which functions the notes never define a step uses as only a *particular* function could be used
(:func:`lone_functions`): applied or differentiated on one side only, or taken at different points on the two
sides. No arbitrary function satisfies such a step, so its failure is no counterexample (documents.guesses); a
rule applied to a function (documents.rulesteps) stays checkable.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Scope, VarDecl
from verifier.documents.dependence import DEPENDS
from verifier.documents.derivativeorders import unequal_orders
from verifier.documents.rulesteps import said_particular, states_rule
from verifier.documents.throughcalls import differentiated_by, through_definitions

__all__ = ["lone_functions"]


def _by_name(tree: sp.Basic) -> sp.Basic:
    """``tree`` with its symbols compared by name: a definition's body is parsed apart from the step,
    whose names may be non-commutative (matrix-capable), so ``g(S)`` through ``\\hat\\mu = g(S)`` is the
    step's ``g(S)`` (documents.throughcalls)."""
    return tree.xreplace({s: sp.Symbol(s.name) for s in tree.free_symbols if isinstance(s, sp.Symbol)})


def lone_functions(
    scope: Scope, left: list[sp.Basic], right: list[sp.Basic], prose: str = ""
) -> tuple[list[str], set[str]]:
    r"""The functions the notes never define (inferred arbitrary functions) that the step uses in a way
    only a *particular* function could satisfy: applied on one side only (``f'(x) = 2x`` states what f
    is), differentiated on one side only (``g'(x) = g(x)(1 - g(x))``: the logistic function's equation),
    or taken at different points on the two sides (``\Phi(-x) = 1 - \Phi(x)``: a symmetry of the
    notes' Φ). No arbitrary function satisfies those, so a failure is no counterexample. A rule applied
    to f (``\frac{d}{dx} f(x)^2 = 2 f(x) f'(x)``: f at the same points, differentiated on both sides)
    is an identity for every f and stays checkable. Also returns the functions the step is a rule for
    (documents.rulesteps), which are never lone."""
    arbitrary = {k[0] for k in scope.inferred if not k[1] and isinstance(e := scope.names.get(k), VarDecl)
                 and e.kind == "function"}  # fmt: skip
    # f' = g'(h(x))h'(x) after f(x) = g(h(x)): a rule for every g, h unless the notes name one (rulesteps)
    rule = states_rule(scope, left, right, arbitrary)
    rule -= said_particular(prose, rule)

    def uses(trees: list[sp.Basic], values: bool) -> tuple[set[str], set[str], set[tuple[str, tuple[sp.Basic, ...]]]]:
        heads: set[str] = set()
        differentiated: set[str] = set()
        points: set[tuple[str, tuple[sp.Basic, ...]]] = set()
        for t in trees:
            t = through_definitions(t, scope, arbitrary, values, kept)  # f'(x), f(x) = g(x)/h(x): g, h (throughcalls)
            for f in t.atoms(AppliedUndef):
                if f.func.__name__ in arbitrary:
                    heads.add(f.func.__name__)
                    points.add((f.func.__name__, tuple(_by_name(a) for a in f.args)))
            for d in t.atoms(sp.Derivative):
                differentiated |= {f.func.__name__ for f in d.expr.atoms(AppliedUndef)} & arbitrary
        return heads, differentiated, points

    lone: set[str] = set()
    kept = differentiated_by(left + right)
    for values in (False, True):  # through values the doubt may only grow (\hat\mu = g(S): documents.throughcalls)
        lh, ld, lp = uses(left, values)
        rh, rd, rp = uses(right, values)
        lone |= (lh ^ rh) | (ld ^ rd) | {name for name, _ in lp ^ rp}
    # y'' = -\frac{y - xy'}{2y^2}: differentiated on both sides, to different orders — an equation only a particular
    # y satisfies (a rule for every y has the same highest derivative on both sides; documents.derivativeorders)
    depending = {k[len(DEPENDS):] for k in scope.conventions if k.startswith(DEPENDS)}  # "y depends on x"
    lone |= unequal_orders(left, right, arbitrary | depending)
    return sorted(lone - rule), rule
