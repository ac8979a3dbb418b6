r"""A function the notes write alone in one display and applied in another: the same value.

Bias-variance notes state ``y = f(\mathbf{x}) + \epsilon`` and ``\text{Err}(\mathbf{x}) =
\mathbb{E}[(y - \hat f(\mathbf{x}))^2]``, then say "for clarity, we will omit the argument of the
functions" and write ``\mathbb{E}[y] = f``. :mod:`verifier.documents.omitted` reads ``f(\mathbf{x})``
as the value ``f`` where a chain writes both; a chain that writes only the application (or reaches
it through ``y``'s definition) saw an undefined function of a vector, whose meaning is unknown, and
was SKIPPED although the next chain reads the same ``f`` as a value.

This module owns the document-wide half of that reading: the names the notes write alone in some
display (:func:`bare_in_notes`), and, for a chain that writes an expectation or a statistic and
applies such a name without defining it, the bare name added to what inference sees
(:func:`written_alone`), so the chain reads ``f(\mathbf{x})`` as the value ``f`` under the guards of
:mod:`verifier.documents.omitted` (one argument everywhere in the chain, nothing differentiated),
reported with the step. Outside expectations a bare ``f`` and an applied ``f`` are more often two
different things, so nothing changes there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Scope
from verifier.documents.expectation import has_functionals
from verifier.documents.scoping import uses_in
from verifier.latex import LatexError

__all__ = ["bare_in_notes", "written_alone"]


def bare_in_notes(members: Iterable[str], parse: Callable[[str], sp.Basic]) -> frozenset[str]:
    """The names written alone (not applied, not indexed) in any of the members (LaTeX)."""
    trees: list[sp.Basic] = []
    for src in members:
        try:
            tree = parse(src)
        except LatexError:
            continue
        if isinstance(tree, sp.Basic):
            trees.append(tree)
    return frozenset(uses_in(trees).bare)


def written_alone(
    trees: Iterable[sp.Basic], scope: Scope, bare: Callable[[], frozenset[str]]
) -> list[sp.Symbol]:
    """The names the trees apply to one argument, undefined in ``scope`` and written alone elsewhere
    in the notes (``bare()``, asked only where needed), where the trees write an expectation or a
    statistic: each as a bare symbol."""
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    if not has_functionals(trees, integrals=False):
        return []
    called = {f.func.__name__ for t in trees for f in t.atoms(AppliedUndef) if len(f.args) == 1}
    called = {n for n in called if (n, ()) not in scope.names}
    return [sp.Symbol(n) for n in sorted(called & bare())] if called else []
