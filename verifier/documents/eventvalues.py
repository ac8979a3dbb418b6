r"""A conditional probability defined at an event value that is an index, written at a value: after
``P(y=k|\mathbf{z}) := \frac{e^{z_k}}{\sum_d e^{z_d}}`` (k an index), ``P(y=1|\mathbf{z})`` is that
definition at k = 1.

Classification notes define the probability of each class once, with the class an index letter
(``P(t=c|\mathbf{z}) = \varsigma(\mathbf{z})_c``), and then write it at a class (``P(t=1|\mathbf{z})``) or
at the running index of a column (``P(t=1|\mathbf{z}) \\ \vdots \\ P(t=C|\mathbf{z})``,
documents.ellipsis). The parser keeps a conditional as one name (verifier.latex.probability), so the
written one is a name the notes never define. This module owns the reading, and keeps it narrow:

* the name is a conditional (a ``|`` and an ``=``), unknown as written, and a definition in scope (a
  value, not a function or a family) has the same name but for the value after one or more ``=``, where
  it writes one letter that is a declared index (``k: index 1..K``) — the same letter at each;
* the written value is a number or a name whose value here is an integer (an index being summed or
  listed), within the index's range;
* the definition's body is evaluated with the letter bound to that value.

Each use is reported with the step (``P(y=1|z) read as the notes' P(y=k|z) at k = 1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Definition, IndexRange
from verifier.documents.values import ResolveError, Undeclared, Value

if TYPE_CHECKING:
    from verifier.documents.context import Scope
    from verifier.documents.resolve import Resolver

__all__ = ["event_definition", "event_heads", "event_value"]

_TOKEN = re.compile(r"[A-Za-z]+|\d+|\S")


def event_definition(scope: Scope, name: str) -> tuple[Definition, str, str] | None:
    """The definition the conditional ``name`` is written at a value of (the definition, its index letter,
    the value written in its place), or None where the reading does not apply."""
    if "|" not in name or "=" not in name or (name, ()) in scope.names:
        return None
    written = _TOKEN.findall(name)
    for key, entry in scope.names.items():
        if key[1] or "|" not in key[0] or not isinstance(entry, Definition):
            continue
        if entry.is_function or entry.builtin or entry.index_params or not entry.body:
            continue
        letter = _letter(scope, written, _TOKEN.findall(key[0]))
        if letter is not None:
            return entry, *letter
    return None


def event_heads(scope: Scope, trees: Iterable[sp.Basic]) -> set[str]:
    """The heads (``P``) of the conditionals in ``trees`` that this reading gives a value: each is one name
    at a value of the notes' definition, not a factor before brackets (documents.appliedlabels)."""
    return {s.name.split("(", 1)[0] for t in trees if isinstance(t, sp.Basic) for s in t.free_symbols
            if isinstance(s, sp.Symbol) and event_definition(scope, s.name) is not None}


def event_value(resolver: Resolver, name: str, env: dict[str, Value]) -> Value | None:
    """The value of the conditional ``name`` as the notes' definition at an index value, or None where
    the reading does not apply."""
    found = event_definition(resolver.scope, name)
    if found is None:
        if "=Lidx" in name:  # a column's entries P(t=1|z) ⋮ P(t=C|z) (documents.ellipsis), with no definition
            shown = name.replace("Lidx", "k")
            raise Undeclared(f"{shown} (an entry of the column) is not defined in the notes for an index k "
                             f"(define it in a ```verify block, with k an index)")
        return None
    entry, letter, text = found
    value = _value_of(resolver, text, env)
    lo, hi = resolver._index_range(letter)
    if value is None or not lo <= value <= hi:
        return None
    out = resolver.value(resolver._def_tree(entry), {**env, letter: sp.Integer(value)})
    resolver._note(f"{name} read as the notes' {entry.key[0]} at {letter} = {value}" if text.isdigit()
                   else f"the notes' {entry.key[0]} read at the value written for {letter}")
    return out


def _letter(scope: Scope, written: list[str], defined: list[str]) -> tuple[str, str] | None:
    """(the index letter of the definition, the value written in its place), where the two names
    differ only there, each place right after an '='."""
    if len(written) != len(defined) or written == defined:
        return None
    places = [k for k in range(len(written)) if written[k] != defined[k]]
    pairs = {(defined[k], written[k]) for k in places}
    if len(pairs) != 1 or any(k == 0 or written[k - 1] != "=" for k in places):
        return None
    ((letter, value),) = pairs
    if not isinstance(scope.names.get((letter, ())), IndexRange):
        return None
    return letter, value


def _value_of(resolver: Resolver, text: str, env: dict[str, Value]) -> int | None:
    if text.isdigit():
        return int(text)
    try:
        got = resolver.value(sp.Symbol(text), env)
    except ResolveError:
        return None
    return int(got) if isinstance(got, sp.Integer) else None
