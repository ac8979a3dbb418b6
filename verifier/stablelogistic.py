r"""``1 - \sigma(u)`` written as ``\sigma(-u)`` before a member is evaluated numerically.

The logistic loss writes ``\log(1 - h)`` with ``h = \sigma(w^T x)``. Sampled widely (a sum of products of
vector entries reaches |u| in the thousands), ``1 - 1/(1 + e^{-u})`` cancels to exactly 0 in float64, in
balls and in mpmath at the working precision, the logarithm is -inf, and the point is dropped: a step whose
every term has such a factor kept too few points to be judged (ERROR), though nothing in it is undefined.
``1 - 1/(1 + e^{-u}) = 1/(1 + e^{u})`` exactly, and the right side has no cancellation at any u (mpmath and
balls carry e^{u} at any size), so each evaluator gets the point. The rewrite is an identity of the
expression, never of the claim: a wrong step keeps its counterexamples, now also at the wide points.

This module owns that rewrite (:func:`stable`); :class:`verifier.numeric.NumericMember` applies it to the
expressions it evaluates.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.walker import replace_shared, unique_nodes

__all__ = ["rewrites", "stable"]


def _logistic_argument(term: sp.Basic) -> sp.Expr | None:
    """``u`` where ``term`` is ``-1/(1 + e^{u})`` (as SymPy writes ``-\\sigma(-u)``), else None."""
    if not (isinstance(term, sp.Mul) and len(term.args) == 2 and term.args[0] == -1):
        return None
    power = term.args[1]
    if not (isinstance(power, sp.Pow) and power.exp == -1 and isinstance(power.base, sp.Add)):
        return None
    base = power.base
    if len(base.args) != 2 or sp.S.One not in base.args:
        return None
    other = next(a for a in base.args if a != sp.S.One)
    return other.args[0] if isinstance(other, sp.exp) else None


def _stable_add(node: sp.Add) -> sp.Expr:
    args = list(node.args)
    if sp.S.One not in args:
        return node
    for k, term in enumerate(args):
        u = _logistic_argument(term)
        if u is None:
            continue
        rest = [a for j, a in enumerate(args) if j != k]
        rest.remove(sp.S.One)
        return sp.Add(sp.Pow(1 + sp.exp(-u), -1), *rest)
    return node


def rewrites(nodes: Iterable[sp.Basic]) -> bool:
    """Would :func:`stable` change a tree whose distinct nodes are ``nodes``? Only where one of them is a sum
    :func:`_stable_add` rewrites (``1`` beside ``-1/(1 + e^{u})``): elsewhere SymPy's ``replace`` rebuilds
    no node and hands back the very tree."""
    return any(isinstance(n, sp.Add) and sp.S.One in n.args and any(_logistic_argument(t) is not None for t in n.args)
               for n in nodes)  # fmt: skip


def stable(expr: sp.Basic) -> sp.Basic:
    r"""``expr`` with each ``1 - 1/(1 + e^{u})`` (and such a sum with further terms) as ``1/(1 + e^{-u})``.

    Asked first of the distinct nodes (cold58): ``replace`` walks a sub-tree again at each of its occurrences,
    and a member's entries share theirs (a softmax's denominator in every entry); with nothing to rewrite, the
    usual case, ``expr`` itself is the answer, as ``replace`` would have given it; else SymPy's ``replace`` with
    each shared sub-tree rewritten once (walker.replace_shared, speed58)."""
    if not isinstance(expr, sp.Basic) or not rewrites(unique_nodes([expr])):
        return expr
    return replace_shared(expr, lambda n: isinstance(n, sp.Add), _stable_add)  # SymPy's replace, shared trees once
