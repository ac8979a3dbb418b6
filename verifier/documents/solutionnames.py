r"""The name a solved value is written under: ``2w - 6 = 0 \Rightarrow w^* = 3`` gives w's solution (gaps41).

Notes set a derivative to zero and write the root under a decorated name — ``w^*``, ``w^\star``, ``w^\ast``, ``w_*``,
``\hat w``, ``\tilde w``, ``w_{opt}`` — rather than the unknown itself. documents.solvedvalues put a value back into
the equation before the arrow only when the linked equation set *that equation's* name (``⇒ w = 3``), so the
starred root was SKIPPED "an equation joined by ⇒" and a wrong one left the notes green. This module owns which
name a linked ``name = c`` solves: the name itself, or the equation's only unknown when ``name`` is that unknown
with one of those decorations (as the parser names them: ``wstar``, ``w_star``, ``what``, ``wtilde``, ``wopt``). A
bar (``\bar w``, a mean) and any other name are not read so.
"""

from __future__ import annotations

import sympy as sp

__all__ = ["solved_letter", "solved_name"]

_DECORATIONS = ("star", "_star", "hat", "tilde", "opt", "_opt")


def solved_name(name: sp.Symbol, unknowns: set[sp.Basic]) -> sp.Symbol | None:
    """The unknown the linked ``name = c`` gives a value to, among ``unknowns`` (the free names of the equation
    before it): ``name`` where it is the only one, the only one ``u`` where ``name`` is u decorated as a solution
    (``w^*`` for w), else None."""
    if unknowns == {name}:
        return name
    if len(unknowns) != 1:
        return None
    (u,) = unknowns
    if not isinstance(u, sp.Symbol) or u.name.endswith(_DECORATIONS):
        return None
    return u if any(name.name == u.name + d for d in _DECORATIONS) else None


def solved_letter(name: sp.Symbol, unknowns: set[sp.Basic]) -> sp.Symbol | None:
    r"""The one name among ``unknowns`` (an equation's free names, several: ``k(1 - \theta) = (n - k)\theta``) that
    ``name`` is decorated from as a solution (``\hat\theta`` for θ; green71), else None."""
    found = [u for u in unknowns if isinstance(u, sp.Symbol) and not u.name.endswith(_DECORATIONS)
             and any(name.name == u.name + d for d in _DECORATIONS)]
    return found[0] if len(found) == 1 else None
