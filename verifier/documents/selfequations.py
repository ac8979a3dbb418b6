r"""An equation whose head is written on both sides: ``V_1 = 1 + 0.45 V_1 + 0.405 V_1``, which the notes solve.

A Bellman equation substituted into another, a fixed point worked by hand: a chain's first link writes an
undeclared name alone on the left and again on the right, and the links after it simplify the right side. The
first link holds for the one value the notes go on to solve for (``V_1 = 1/0.145``), not for every V_1: read as
an identity it "fails", which says nothing about the notes (fresh32: FAILED, a false alarm). A one-link equation
between undeclared names is SKIPPED already (``documents.guesses``, "an equation between undeclared
quantities"); this module gives the reason for the first link of a longer chain. The later links are checked as
before (a wrong ``0.45 \cdot 0.9 = 0.81`` there still FAILS), and a name the notes define or declare is no
unknown: its step is judged as it was.
"""

from __future__ import annotations

from collections.abc import Collection

import sympy as sp

__all__ = ["self_equation"]


def self_equation(trees: list[sp.Basic], first_link: bool, undeclared: Collection[str]) -> str | None:
    """Why the link of ``trees`` (its two members) is an equation to solve, not an identity, or None: the first
    link of a chain of more than one (``first_link``), its left member one name (or one numbered entry) of the
    ``undeclared`` names (by letter), and the right member writing that name again."""
    if not first_link or len(trees) != 2:
        return None
    head, body = trees
    if isinstance(head, sp.Symbol):
        letter = head.name
    elif isinstance(head, sp.Indexed) and all(i.is_Integer for i in head.indices):
        letter = str(head.base.label)
    else:
        return None
    if letter not in undeclared or head not in body.atoms(sp.Symbol, sp.Indexed):
        return None
    shown = letter if isinstance(head, sp.Symbol) else f"{letter}_{','.join(map(str, head.indices))}"
    return (
        f"an equation in {shown} ({shown} is written on both sides): a condition the notes solve for it, "
        "not an identity"
    )
