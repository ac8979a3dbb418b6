r"""A definition whose sum runs over every term after it, because nothing else can be meant.

CS229's log likelihood, and many notes after it, write the summand of a sum without brackets::

    \ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))

Read literally, the sum ends after its first term and the second term's i is free with no value: the
definition means nothing, and every step that differentiates ℓ was SKIPPED ("index i is free here but
has no value"). A chain's own member gets "the sum over every term after it" among its alternative
readings (documents.doubts, documents.readings.sum_over_the_rest); a definition's body has that reading
*only* when the literal one leaves the sum's index free in a later term, so it is read so, and the
reading is said with each step that uses it. This module owns that decision for definition bodies.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.latex import LatexError

__all__ = ["summed_body"]


def _sum_variables(tree: sp.Basic) -> set[str]:
    """The variables of the sums (products) that are top-level terms of ``tree``, or factors of one."""
    out: set[str] = set()
    for term in sp.Add.make_args(tree):
        for factor in sp.Mul.make_args(term):
            if isinstance(factor, sp.Sum | sp.Product):
                out |= {str(limit[0]) for limit in factor.limits}
    return out


def summed_body(body: str, tree: sp.Basic, parse: Callable[[str], sp.Basic]) -> sp.Basic | None:
    """``tree`` (the parsed ``body``) read with its sum over every term after it, when the literal
    reading leaves that sum's index free in a later term; None otherwise (or when the reading does
    not bind the index either)."""
    from verifier.documents.readings import sum_over_the_rest  # readings imports the resolver, which uses this

    if not isinstance(tree, sp.Add):
        return None
    loose = _sum_variables(tree) & {str(s) for s in tree.free_symbols}
    if not loose:
        return None
    rewritten = sum_over_the_rest(body)
    if rewritten is None:
        return None
    try:
        summed = parse(rewritten)
    except LatexError:  # a reading that does not parse is no reading; the literal one stands
        return None
    if loose & {str(s) for s in summed.free_symbols}:
        return None
    return summed
