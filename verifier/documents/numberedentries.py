r"""A vector whose numbered entries the notes (or a context) define one by one is the vector of those entries.

Worked examples build a layer entry by entry — ``z_0 = 1``, ``z_1 = \sigma(s_1)``, ``z_2 = \sigma(s_2)`` —
and then write the whole vector: ``\mathbf{z} = [z_0, z_1, z_2] = [1, \sigma(-6), \sigma(6)]``. The
entries are names of their own (``z_1`` is looked up literally first), so the bare ``\mathbf{z}``,
declared or inferred a vector of 3, was a free vector beside them: ``\mathbf{z} = [z_0, z_1, z_2]`` read
one random vector against the defined entries ("z appears on one side only").

This module owns that link: where the notes write an undeclared vector out as the list of its own
numbered entries (the inference's "written out as a vector literal": the notes themselves tie the vector
to those names) and a numbered name is *defined* (not declared) for every position, numbered as the
literal numbers them (``[z_0, z_1, z_2]``: 0..2; ``[z_1, z_2, z_3]``: 1..3) — its value is the vector of
those definitions. A vector with an entry left undefined stays the free vector: nothing is made up for the
missing entry, and a wrong entry value still fails against the notes' literal. A declared vector is
left alone: numbered names the notes define elsewhere (``y_1 = 3x, y_2 = e^{-x}`` of an earlier
exercise) say nothing about a data vector ``y`` declared later.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, VarDecl
from verifier.documents.instances import base_of
from verifier.documents.values import ResolveError

__all__ = ["NOTE", "defined_entries", "entries_defined"]

NOTE = "{name} read as the vector of its entries the notes define one by one ({first}..{last})"


_LISTED = "written out as a vector literal"


def _listed(scope: Scope, key: Key) -> bool:
    return not key[1] and _LISTED in scope.inferred.get(key, "")


def _numbered(scope: Scope, key: Key, first: int, n: int) -> list[Key] | None:
    keys: list[Key] = [(key[0], (*key[1], str(first + k))) for k in range(n)]
    for k in keys:
        d = scope.names.get(k)
        if not isinstance(d, Definition) or d.params or d.index_params or d.is_function or d.builtin:
            return None
    return keys


def defined_entries(scope: Scope, key: Key, value: object,
                    lookup: Callable[[Key], object]) -> tuple[sp.ImmutableMatrix, str] | None:
    """The vector ``value`` (the declared value of ``key``) rebuilt from the notes' definitions of its
    numbered entries, with the reading to report; None where the entries are not all defined."""
    if not _listed(scope, key) or not isinstance(value, sp.MatrixBase) or 1 not in value.shape:
        return None
    n = max(value.shape)
    first = base_of(scope, key)[0 if value.cols == 1 else 1]  # as the notes' literal numbers them
    keys = _numbered(scope, key, first, n)
    if keys is None:
        return None
    try:
        entries = [lookup(k) for k in keys]
    except ResolveError:  # an entry the checker cannot evaluate here: the vector stays as declared
        return None
    if any(isinstance(e, sp.MatrixBase) for e in entries):
        return None
    name = key[0]
    return sp.ImmutableMatrix(value.rows, value.cols, entries), NOTE.format(name=name, first=first,
                                                                            last=first + n - 1)


def entries_defined(scope: Scope, key: Key) -> bool:
    """Whether ``key`` is a vector of a written length whose every numbered entry the notes define (what
    :func:`defined_entries` reads): such a vector is defined, not a name the step relates in a way unseen."""
    decl = scope.names.get(key)
    if not _listed(scope, key) or not isinstance(decl, VarDecl) or decl.dims is None:
        return False
    rows, cols = decl.dims
    if not (isinstance(rows, int) and isinstance(cols, int)) or 1 not in (rows, cols):
        return False
    first = base_of(scope, key)[0 if cols == 1 else 1]
    return _numbered(scope, key, first, max(rows, cols)) is not None
