r"""A worked link written in names the notes define, at a point the prose states for one of them.

The GeGLU note defines ``a = x^\top w``, ``b = x^\top v`` and ``h = \mathrm{GELU}(a)\,b``, then writes "At $a = 0$
… $\frac{\partial h}{\partial a} = b\,(0.5 + 0) = 0.5\,b$". A value the prose states for a defined name is not
taken (the name is computed from its formula: documents.stated), so the link was checked at every x, w, v and
FAILED (fresh33). This module owns recognising such a side: it writes a number and otherwise only names the
notes define, while a defined name the prose before gives a value is written on the other side and not on this
one (substituted there: ``b\,(1 + 0)`` for ``b\,(1 + a)``). The checker (documents.guesses) SKIPs the FAILED
step as a worked number against a definition over names whose values the notes give only in prose. Never green.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.ownvariable import unvalued

__all__ = ["worked_at_defined"]


def _names(tree: sp.Basic) -> set[str]:
    return {s.name for s in tree.free_symbols if isinstance(s, sp.Symbol)}


def worked_at_defined(sides: Sequence[tuple[str, sp.Basic]], scope: Scope, prose: str) -> bool:
    """Is one of the two ``sides`` ((LaTeX, tree) of a step's members) a worked value at a point ``prose`` (the
    prose before the step) states for a defined name the other side writes?"""
    if len(sides) != 2:
        return False
    defined = {k[0] for k, e in scope.names.items() if not k[1] and isinstance(e, Definition) and not e.is_function}
    for (latex, tree), (_, other) in (sides, sides[::-1]):
        names = _names(tree)
        if not names or not names <= defined or not re.search(r"\d", latex):
            continue
        pointed = (_names(other) & defined) - names
        if pointed - unvalued(pointed, prose):
            return True
    return False
