r"""The variable of a derivative that the notes tied to another name: an independent variable (alarm70).

"With a common variance $\sigma_1 = \sigma_2 = \sigma$ the second term vanishes" reads as a tie: σ₁ := σ₂ for the
lines after it (documents.tiednames). A later ``\frac{\partial D_B}{\partial \sigma_1} = …`` of the general
formula then differentiated by σ₂ with σ₁ replaced by it — the derivative of another function — and the right
gradient was FAILED (fresh46's ``05-bhattacharyya.tex:33``). A derivative by σ₁ says σ₁ varies on its own: whatever
the tie, a reader takes σ₁ there as the variable.

This module owns that reading (:func:`set_aside_aliases`): for a chain that differentiates by a name whose
definition in force is another name alone (a tie: ``\sigma_1 := \sigma_2``) and that a definition written before
the tie has as a variable (the general D_B), that definition is set aside for the chain, the name read as a free
value (reported with the step). A definition by a formula (``z := wx + b`` under ``\partial L/\partial z``), and an
alias that names a new quantity (``a := z`` of an identity activation, L written with z), are the resolver's, as
before. The derivative by the free name holds for every value of it; a step that fails so but holds with the tie
applied after the derivative (``2 s_2^2`` for ``\partial(s_1^2 s_2)/\partial s_1``) is SKIPPED, not FAILED
(documents.reintroduced's doubt): which one the notes mean is not said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, display_key, key_of
from verifier.documents.members import member_trees
from verifier.documents.readings import read_member
from verifier.latex import LatexError

__all__ = ["ALIASED", "set_aside_aliases"]

#: the words of a set-aside note that say the derivative's variable was read free (what documents.reintroduced's
#: doubt looks for: a step that holds only with the tie is SKIPPED, not FAILED)
ALIASED = "is set aside here: the derivative is by"


def set_aside_aliases(scope: Scope, members: Iterable[str], parse: Callable[[str], sp.Basic]) -> dict[Key, str]:
    """Set aside in ``scope`` the definition of each name a derivative of a chain's ``members`` (their LaTeX) is by,
    where that definition is another name alone (module docstring); return why, by key."""
    variables: list[sp.Basic] = []
    for src in members:
        if "partial" not in src and "frac" not in src and "nabla" not in src:
            continue  # no derivative written: nothing to read (most members; parsing is not free)
        try:
            trees = member_trees(read_member(src, parse))
        except LatexError:
            continue
        variables += [v for t in trees for d in t.atoms(sp.Derivative) for v, _ in d.variable_count]
    why: dict[Key, str] = {}
    for v in variables:
        key = key_of(v)
        entry = scope.names.get(key) if key is not None else None
        if key is None or key in why or not isinstance(entry, Definition) or entry.params or not entry.body:
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        if key_of(body) is None or key_of(body) == key:
            continue  # a formula, not another name
        if not _a_variable_before(scope, entry, v, parse):
            continue  # "$a = z$" naming a new quantity (∂L/∂a through L = (z - y)²): the alias is how it is read
        del scope.names[key]
        scope.inferred.pop(key, None)
        why[key] = (f"the notes' definition of {display_key(key)} at line {entry.line} ({display_key(key)} = "
                    f"{display_key(key_of(body))}) {ALIASED} {display_key(key)} itself, a free value")
    return why


def _a_variable_before(scope: Scope, entry: Definition, variable: sp.Basic, parse: Callable[[str], sp.Basic]) -> bool:
    """Is ``variable`` a variable of another definition in ``scope`` written before the tie ``entry`` (σ₁ of the
    general D_B before "With $\\sigma_1 = \\sigma_2$")? Then the tie is a special case of a name that was free."""
    for other in scope.names.values():
        if other is entry or not isinstance(other, Definition) or not other.body or other.line >= entry.line:
            continue
        try:
            body = parse(other.body)
        except LatexError:
            continue
        if variable in body.free_symbols or variable in body.atoms(sp.Indexed):
            return True
    return False
