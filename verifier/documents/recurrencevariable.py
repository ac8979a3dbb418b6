r"""The variable of a derivative that names a family defined through a recurrence: an independent variable.

RNN notes write "$h_t = \tanh(a_t)$ with $a_t = W h_{t-1} + U x_t$", then differentiate by the pre-activation:
``\frac{d}{da}\tanh(a) = 1 - \tanh^2(a)``, ``\frac{d h_t}{d a_t} = 1 - h_t^2``. A reader takes ``a`` (``a_t``)
there as the variable the derivative is by: whatever its value, ``h_t = \tanh(a_t)`` moves with it that way. The
resolver took the notes' definition of ``a`` instead, and the family's value needs the recurrence's start
``h_0``, which the notes never give: both steps (and their wrong twins) were SKIPPED ("index 0 is outside 1..2
for h", "family a is needed to compute its own entries (a cycle)").

This module owns that reading. For a chain that differentiates by such a family (bare or by an entry) — one
the notes define from an entry of a family they define by a recurrence (documents.recurrence, also composed
through this very definition: documents.throughrecurrence), with no start of that recurrence stated above the
chain — the family's definition is set aside for the chain (its names then read as free values, reported with
the step), and where the recurrence was composed through it, the outer definition (``h_t := \tanh(a_t)``)
stands again for the chain in place of the recurrence (:data:`PREFIX` marks it, so the chain is not unfolded).
A derivative by the family holds for every value of it, so a failure under this reading is the notes' own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.infer import names_in
from verifier.documents.members import member_trees
from verifier.documents.readings import read_member
from verifier.documents.recurrence import VARIABLE_PREFIX as PREFIX
from verifier.documents.recurrencestart import stated_start
from verifier.latex import LatexError

__all__ = ["PREFIX", "set_aside_variables"]


def set_aside_variables(scope: Scope, members: Iterable[str], recurrences: Mapping[str, Any],
                        composed: Mapping[str, tuple[Definition, Definition]], text: str, line: int,
                        parse: Callable[[str], sp.Basic]) -> dict[Key, str]:  # fmt: skip
    """Set aside in ``scope`` each family a derivative of a chain's ``members`` (their LaTeX) is by that the notes
    define from a recurrence's state with no stated start (module docstring); return why, by key.
    ``composed``: the definitions a recurrence was composed of (outer, inner), by the recurrence's family."""
    trees: list[sp.Basic] = []
    for src in members:
        try:
            trees += member_trees(read_member(src, parse))
        except LatexError:
            continue
    variables = [v for t in trees for d in t.atoms(sp.Derivative) for v, _ in d.variable_count]
    families = {_family_of(v) for v in variables}
    if len(families) != 1 or None in families:
        return {}  # \partial h_t/\partial w beside it: held fixed through a_t, that path would be lost
    why: dict[Key, str] = {}
    for name in sorted(n for n in families if n is not None):  # one name (above)
        entry = scope.names.get((name, ()))
        if not (isinstance(entry, Definition) and entry.index_params and entry.body and not entry.params):
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        states = sorted({str(a.base.label) for a in body.atoms(sp.Indexed)} & set(recurrences))
        states = [s for s in states if recurrences[s].line < line and not _started(text, line, s, parse)]
        reached = _reached_bodies(scope, trees, name, parse, variables)
        if (
            not states
            or not _at_or_below(trees + reached, variables, {name, *states})
            or _earlier(trees, variables, states)
            or _unfolded_states(trees + reached, composed, states, entry)
        ):
            continue
        del scope.names[(name, ())]
        why[(name, ())] = (
            f"the notes' definition of {display_key((name, ()))} at line {entry.line} is set aside "
            f"here: the derivative is by {name} itself, a free value (the recurrence of "
            f"{', '.join(states)} has no stated start)"
        )
        for state in states:
            pair = composed.get(state)
            if pair is not None and pair[1].key == entry.key and (state, ()) not in scope.names:
                scope.names[(state, ())] = pair[0]  # h_t := \tanh(a_t): what h is, with a free
                scope.conventions[PREFIX + state] = str(pair[0].line)
    return why


def _reached_bodies(
    scope: Scope, trees: list[sp.Basic], name: str, parse: Callable[[str], sp.Basic], variables: list[sp.Basic]
) -> list[sp.Basic]:
    r"""The bodies of the notes' definitions the chain reaches (through one another), but the variable's own:
    ``L := \frac{1}{2}(h_3 - y)^2`` under ``\partial L/\partial a_2`` writes ``h_3``, above the variable. A family's
    body (``L_t := \frac{1}{2}(h_t - y_t)^2``) is put at the variable's index: the chain's entries of it are
    at or below that index (checked with them), so an entry above its parameter is one above the variable."""
    at = variables[0].indices[0] if isinstance(variables[0], sp.Indexed) else sp.Integer(0)
    pending = {n for t in trees for n in names_in(t)} | {str(a.base.label) for t in trees for a in t.atoms(sp.Indexed)}
    seen: set[str] = {name}
    out: list[sp.Basic] = []
    while pending:
        n = pending.pop()
        if n in seen:
            continue
        seen.add(n)
        entry = scope.names.get((n, ()))
        if not (isinstance(entry, Definition) and entry.body):
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        params = set(entry.index_params)
        out.append(body.xreplace({s: at for s in body.free_symbols if str(s) in params}))
        pending |= names_in(body) | {str(a.base.label) for a in body.atoms(sp.Indexed)}
    return out


def _unfolded_states(
    trees: list[sp.Basic], composed: Mapping[str, tuple[Definition, Definition]], states: list[str], entry: Definition
) -> bool:
    r"""Does the chain (or a definition it reaches) write a state whose recurrence was not composed through
    ``entry``? Such a state (``h_t = \tanh(w h_{t-1} + u x_t)``, then "write $z_t = w h_{t-1} + u x_t$") is read
    unfolded, where a free ``z_t`` occurs nowhere: ``1 - \tanh^2(z_t) = 1 - h_t^2`` lost its PROVED that way
    (fresh16 04-rnn-two-steps). Composed (``h_t = \tanh(a_t)``, documents.throughrecurrence), ``h_t := \tanh(a_t)``
    stands for the chain instead; a chain about a gate alone (``z_t := \sigma(s_t)``) writes no state."""
    own = {s for s in states if (pair := composed.get(s)) is None or pair[1].key != entry.key}
    return any(str(a.base.label) in own for t in trees for a in t.atoms(sp.Indexed))


def _earlier(trees: list[sp.Basic], variables: list[sp.Basic], states: list[str]) -> bool:
    r"""Does the chain write a state below the variable's index (``1 - \tanh^2(w h_{t-1} + u x_t)``)? It then
    relates the state to the one before it, the recurrence's own reading (unfolded), which a free ``a_t`` cuts."""
    if not isinstance(variables[0], sp.Indexed):
        return False
    at = variables[0].indices[0]
    return any(str(a.base.label) in states and a.indices[0] != at for t in trees for a in t.atoms(sp.Indexed))


def _family_of(v: sp.Basic) -> str | None:
    if isinstance(v, sp.Symbol):
        return v.name
    if isinstance(v, sp.Indexed) and len(v.indices) == 1:
        return str(v.base.label)
    return None


def _started(text: str, line: int, name: str, parse: Callable[[str], sp.Basic]) -> bool:
    """Does the prose above ``line`` state the recurrence's start (``$h_0 = 0$``, or ``h_1``)?"""
    return stated_start(text, line, name, sp.Integer(2), 2, parse) is not None


def _at_or_below(trees: list[sp.Basic], variables: list[sp.Basic], families: set[str]) -> bool:
    r"""Is every variable at one index, and every entry the chain writes (of any family) at that index or
    below it? Held free, ``a_t`` moves nothing above it: ``\partial h_{t+1}/\partial a_t`` (or an ``L_{t+1}``
    reaching it) goes through the recurrence and is not 0. A bare variable (``\frac{d}{da}``): no entry of
    ``families`` (the variable's, the recurrences') written at all."""
    entries = [a for t in trees for a in t.atoms(sp.Indexed)]
    if any(isinstance(v, sp.Symbol) for v in variables):
        return all(isinstance(v, sp.Symbol) for v in variables) and not any(
            str(a.base.label) in families for a in entries
        )
    indices = {v.indices[0] for v in variables}
    if len(indices) != 1:
        return False
    (index,) = indices
    for a in entries:
        if len(a.indices) != 1:
            return False
        gap = sp.simplify(a.indices[0] - index)
        if not (gap.is_integer and gap.is_nonpositive):
            return False
    return True
