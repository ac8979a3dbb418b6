r"""Which of two names a relation holds fixed, once the notes solve it for the other: the reading with the
later name's definition in force and the earlier one free.

Notes state a relation as a definition, then solve it for another of its names and go on with that one:
"Training costs about $C = 6ND$", then, for a fixed budget, "Substituting $D = C/(6N)$ leaves a function of
$N$ alone, $L(N) = E + AN^{-\alpha} + B(6N/C)^\beta$", and the derivative dL/dN for C held fixed. The
later definition is the earlier one solved back (:func:`verifier.documents.scoping.solved_back`), so
:func:`~verifier.documents.scoping.set_aside_cycles` keeps the first (C := 6ND, D free) and sets the second
aside, which is right for a value and for ``dC/dN`` (``y = sx + b``, "its inverse is $x = (y - b)/s$",
then ``dy/dx = s``). For a derivative by a third name it is a choice of what is held fixed: read with C :=
6ND the body of L(N) is B·D^{-β} and dL/dN loses that term, and the right step FAILED (fresh70's scaling-law
note: a false alarm). This module owns the other reading: from the later definition's line on, that
definition holds and the name it is solved from (C) is the notes' independent quantity, a scalar of its
own. It is offered only where no derivative of the chain is by either name of the pair (then the two
readings ask different questions, not the same one held differently): for any step without such a
derivative the two readings describe the same points (the relation holds in both), so nothing new turns
green but a derivative that holds the solved-from name fixed. The substitution is one computation's ("for
a fixed cost"): the reading reaches only a chain in the section of the later definition's line whose members,
or the definitions they reach, write the solved-from name (redmid65 F1: a later problem's "area $A = wh$" read
with the pen's cost held fixed made ``\partial A/\partial w = 0`` PROVED), and not where the prose between the two
says the solved name is the one held fixed ("With the height $h$ held fixed instead", review65).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.distributions import reached_names
from verifier.documents.scoping import solved_back
from verifier.documents.sizeorder import section_of

__all__ = ["held_inverse_scope"]

Parse = Callable[[str], sp.Basic]


def held_inverse_scope(
    scope: Scope,
    note_definitions: Iterable[Definition],
    trees: Iterable[sp.Basic],
    line: int,
    parse: Parse,
    lines: Sequence[str],
) -> tuple[str, Scope] | None:
    """The reading of the module docstring for a chain at ``line`` (its parsed members ``trees``): ``scope`` with
    each later definition set aside as an earlier one solved back put back in force and the earlier one's name a
    free scalar; None where no such pair is in force, a derivative of the chain is by a name of a pair, or the
    chain (its members and the definitions of ``scope`` they reach) never writes the earlier name or lies outside
    the section of the later definition's line (``lines``: the notes' lines)."""
    trees = list(trees)
    by = {str(v) for t in trees for d in t.atoms(sp.Derivative) for v, _ in d.variable_count}
    mine = list(note_definitions)
    ids = {id(d) for d in mine}
    out, said = scope.copy(), []
    for key in scope.set_aside:
        if key not in scope.solved_back or key[1]:
            continue
        later = max((d for d in mine if d.key == key and d.line < line), key=lambda d: d.line, default=None)
        if later is None:
            continue
        earlier = [k for k, e in scope.names.items() if isinstance(e, Definition) and id(e) in ids and not k[1]
                   and e.line < later.line and solved_back(e, later, parse)]  # fmt: skip
        if len(earlier) != 1 or {key[0], earlier[0][0]} & by:
            continue
        first, last = section_of(list(lines), later.line)
        if not first <= line <= last or earlier[0][0] not in reached_names(trees, scope, parse):
            continue
        if _said_fixed(key[0], lines[later.line : line - 1]):
            continue  # "With the height $h$ held fixed instead": the other reading, the one the notes say (review65)
        free: Key = earlier[0]
        out.names[key] = later
        out.set_aside.pop(key)
        out.solved_back.discard(key)
        out.names[free] = VarDecl(free, "scalar")
        out.inferred[free] = (f"{display_key(free)}: the independent quantity from line {later.line} on, where the "
                              f"notes solve its definition for {display_key(key)}")  # fmt: skip
        said.append(f"{display_key(free)} held fixed and {display_key(key)} defined from it (line {later.line})")
    if not said:
        return None
    return f"{', '.join(said)}, as the notes substitute", out


def _said_fixed(name: str, prose: Sequence[str]) -> bool:
    """Do the lines ``prose`` say the name ``name`` is held fixed ("$h$ held fixed", "for fixed $h$", "$h$ is
    constant")?"""
    text = " ".join(prose)
    written = r"\$\s*\\?" + re.escape(name) + r"\s*\$"
    return re.search(written + r"[^$.;]{0,24}?\b(?:held\s+)?(?:fixed|constant)\b", text, re.I) is not None or \
        re.search(r"\b(?:fixed|constant)\s+" + written, text, re.I) is not None  # fmt: skip
