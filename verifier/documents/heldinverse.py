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

The same reading is asked of a green step too (:func:`held_greens`): after "for a fixed cost, substituting $h =
C/(3w)$", ``\frac{dP}{dw} = 2`` holds literally (C := 3wh, h free: P = 2w + 2h) but only with h held fixed, which the
notes' substitution rules out there — the student's slope with h forgotten. Where the line of the solved definition
says the notes substitute it (or hold something fixed), a step that differentiates and fails under the substituted
reading is SKIPPED, saying so (wrong67; cover65 and wrong66 had left it PROVED). "Its inverse is $x = (y - b)/s$"
alone substitutes nothing: ``\partial L/\partial s`` through y = sx + b stays green (fresh52).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.distributions import reached_names
from verifier.documents.members import step_trees
from verifier.documents.scoping import solved_back
from verifier.documents.sizeorder import section_of
from verifier.results import StepResult, Verdict

__all__ = ["held_greens", "held_inverse_scope"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
# the line of the solved definition says the notes go on with it ("For a fixed cost, substituting $h = C/(3w)$",
# "plugging in", "eliminating h"): "its inverse is $x = (y - b)/s$" alone says nothing of what is held fixed
_SUBSTITUTED = re.compile(r"\b(?:substitut\w*|plugg?(?:ing|ed)?\s+in|eliminat\w*|fixed)\b", re.I)

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


def held_greens(doc: Any, chain: Any, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step that writes a derivative, of a chain :func:`held_inverse_scope` offers its
    reading to, checked again under that reading: where it fails there, it holds only with the solved name held
    fixed, which the notes' substitution rules out — SKIPPED, saying so (never FAILED: the literal reading holds)."""
    green = [k for k, r in enumerate(steps) if r.verdict in _GREEN
             and any(t.atoms(sp.Derivative) for t in step_trees(chain, k) if isinstance(t, sp.Basic))]  # fmt: skip
    if not green:
        return steps
    parse: Parse = lambda src: doc.parse(src, None, frozenset())  # noqa: E731
    offered = held_inverse_scope(scope, doc.note_definitions, [t for k in green for t in step_trees(chain, k)],
                                 chain.line, parse, doc.lines)  # fmt: skip
    if offered is None:
        return steps
    note, held = offered
    green = [k for k in green if note not in (steps[k].message or "")]  # green under it already
    put = [(k, e) for k, e in held.names.items() if k in scope.set_aside and k not in held.set_aside
           and isinstance(e, Definition) and 0 < e.line <= len(doc.lines)
           and _SUBSTITUTED.search(doc.lines[e.line - 1])]  # fmt: skip
    if not green or not put:
        return steps
    from verifier.documents.resolve import ResolveError
    from verifier.documents.steps import _Checker  # steps imports the resolver, which this module must not

    asked = {chain.steps[k].index for k in green}
    try:
        alt = _Checker(doc, chain, held, asked, frozenset(asked), frozenset(asked)).run()
    except ResolveError:
        return steps
    solved = ", ".join(f"{display_key(k)} = {e.body} (line {e.line})" for k, e in put if isinstance(e, Definition))
    names = ", ".join(display_key(k) for k, _ in put)
    out = list(steps)
    for k in green:
        if alt[k].verdict is Verdict.FAILED:
            out[k] = steps[k].skipped(f"holds only with {names} held fixed, but the notes substitute {solved}; "
                                      f"read with {note}, it fails")  # fmt: skip
    return out


def _said_fixed(name: str, prose: Sequence[str]) -> bool:
    """Do the lines ``prose`` say the name ``name`` is held fixed ("$h$ held fixed", "for fixed $h$", "$h$ is
    constant")?"""
    text = " ".join(prose)
    written = r"\$\s*\\?" + re.escape(name) + r"\s*\$"
    return re.search(written + r"[^$.;]{0,24}?\b(?:held\s+)?(?:fixed|constant)\b", text, re.I) is not None or \
        re.search(r"\b(?:fixed|constant)\s+" + written, text, re.I) is not None  # fmt: skip
