r"""A condition the prose names just before a display: "…, and at the optimum, where $\nabla f = 0$, $$…$$".

documents.proseconditions reads "where $A x = 0$" in the prose right *after* a display. A sentence may name
its condition first and run on into the display ("at the estimate, where $\sum_i x_i^2 = 2n\hat\sigma^2$,"
then the display): the display's steps hold there, not for every value of the names. This module owns
recognising that lead: a relative clause ", where $…$" that *ends* the prose before the display, followed by
nothing but a comma or colon (or "we have"), so the sentence is still open and the display is its end. A clause
followed by a full stop or more words belongs to its own sentence and is no condition of the display; a "where"
with no comma before it names a place ("the influence is largest where $\psi'(r) = 0$:") — what the display
goes on to find, never an assumption (read as one, every step of the derivative would be checked there).

A clause about names the display never writes, directly or through the definition of a quantity it writes, is no
condition of it either (:func:`about_display`): "At $x = \tfrac34$, where $\sqrt{x^2+1} = \tfrac54$," before
``f(\tfrac34) = \frac{\tfrac54 - 1}{2} + \tfrac34 = \tfrac78`` says where the worked numbers come from, about the
parameter x of f; read as a hypothesis, every step — the arithmetic, a wrong one too — was SKIPPED "a hypothesis: x is
not declared" (fresh47).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sympy as sp

from verifier.latex import LatexError

__all__ = ["about_display", "where_before"]

_LEAD_WHERE = re.compile(
    r",\s*where\s+\$([^$]+)\$\s*[,:]?\s*(?:(?:we|one)\s+(?:have|gets?|finds?|obtains?)\s*[,:]?\s*)?$", re.I)


def where_before(prose: str, start: int) -> list[tuple[str, int]]:
    """``(equation as written, line)`` of the "where $…$" that ends ``prose`` (the text right before a
    display, its first line ``start``), or nothing when the prose ends otherwise."""
    m = _LEAD_WHERE.search(prose.rstrip())
    if m is None:
        return []
    return [(m.group(1).strip(), start + prose.count("\n", 0, m.start()))]


def about_display(equation: str, members: Iterable[str], bodies: Callable[[str], list[str]],
                  parse: Callable[[str], sp.Basic]) -> bool:
    """Does the display whose members are written ``members`` write a name of ``equation``, itself or through the
    definition of a quantity it writes (``bodies(name)``: the bodies of the notes' definitions of that name that are
    no function — a function's parameters are its own)? True where something cannot be parsed (kept as before)."""
    from verifier.documents.infer import names_in  # late: infer imports much of documents

    try:
        wanted = set().union(*(names_in(parse(side)) for side in equation.split("=")))
        todo = [n for m in members for n in names_in(parse(m))]
    except (LatexError, ValueError, TypeError):
        return True
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for body in bodies(name):
            try:
                todo.extend(names_in(parse(body)))
            except (LatexError, ValueError, TypeError):
                return True
    return not wanted or bool(wanted & seen)
