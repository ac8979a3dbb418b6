r"""A letter the notes define as a quantity, written on a line only as an index: there it is an index.

Notes name the log-likelihood ``\ell`` in one problem and run an index ``\ell`` in the next:
``\left(\frac{\partial}{\partial x_\ell}\frac{\partial x_\ell}{\partial z_i}\frac{\partial f}{\partial
x_k}\right)a_{kj} = a_{\ell i} h_{\ell k} a_{kj}``. The reader keeps the latest definition of each
name, so every ``x_\ell`` evaluated the log-likelihood as a subscript and the line could not be read
("p takes 2 argument(s), got 1"). A reader of the notes sees an index. This module owns that reading:

* the name is the notes' own definition of a quantity (a context's declaration always wins; a
  function or a family keeps its meaning, and so does a definition by a plain number, ``k = 2``,
  which a line ``x_k = x_2`` may well mean);
* the line writes the name, and writes it only in index positions (subscripts, ``\delta_{\ell k}``):
  never alone, never called, never as a sum's variable.

The definition is set aside for that line only (reported with the step where the letter is used, as
other set-aside definitions are); the letter is then inferred as an index like any other.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Definition, Key, Scope

__all__ = ["index_only", "set_aside_indices"]


def index_only(trees: Iterable[sp.Basic]) -> set[str]:
    r"""Names the ``trees`` write, all of them only inside the indices of an entry (``x_\ell``)."""
    inside: set[str] = set()
    outside: set[str] = set()
    todo: list[tuple[sp.Basic, bool]] = [(t, False) for t in trees]
    while todo:
        sub, as_index = todo.pop()
        if isinstance(sub, sp.Indexed):
            outside.add(str(sub.base.label))
            todo.extend((i, True) for i in sub.indices)
        elif isinstance(sub, sp.Symbol):
            (inside if as_index else outside).add(sub.name)
        elif isinstance(sub, sp.Basic):
            if isinstance(sub, sp.core.function.AppliedUndef):
                outside.add(sub.func.__name__)
            todo.extend((a, as_index) for a in sub.args if isinstance(a, sp.Basic))
    return inside - outside


def set_aside_indices(
    scope: Scope, note_definitions: Iterable[Definition], trees: Iterable[sp.Basic]
) -> dict[Key, str]:
    """Drop from ``scope`` the notes' definitions of quantities the line writes only as indices; why, per key."""
    mine = {id(d) for d in note_definitions}
    why: dict[Key, str] = {}
    for name in sorted(index_only(trees)):
        key: Key = (name, ())
        entry = scope.names.get(key)
        if not isinstance(entry, Definition) or id(entry) not in mine:
            continue
        if entry.is_function or entry.params or entry.index_params or entry.builtin or not entry.body:
            continue
        if _number(entry.body):
            continue
        del scope.names[key]
        shown = name if len(name) == 1 else "\\" + name
        why[key] = (f"the notes' {shown} of line {entry.line} ({shown} = {entry.body}) is set aside here: this line "
                    f"writes {shown} only as an index")  # fmt: skip
    return why


def _number(body: str) -> bool:
    """A definition by a plain number (``k = 2``, ``n = 10``)."""
    text = body.strip().replace("{", "").replace("}", "")
    return text.lstrip("-").replace(".", "", 1).isdigit()
