r"""Free indices in the body of a function the notes define: ``\xi(t, y) = -t_c \log(y_c) - …``.

A definition ``f(params) = body`` says what ``f`` of its parameters is. A body that writes an entry
``t_c`` with an index ``c`` that is neither a parameter nor the variable of a sum or product in it
does not: its value depends on a ``c`` the left-hand side never mentions (the notes state a formula
about one entry, often in passing: "for 2 classes this is $\xi(\mathbf{t},\mathbf{y}) = -t_c\log(y_c)
- (1 - t_c)\log(1 - y_c)$"). Used as the meaning of ``\xi`` on the lines after it, every line would
fail with "index c is free here but has no value", and an earlier, complete definition would be
hidden. The reader does not learn such a definition (unless the notes sum repeated indices, Einstein
style, where ``t_c \log(y_c)`` is a sum over c). This module owns only that test. An index written on
one entry that the prose names alone (``$x_m$``, "with known scale") is no free index: that entry is a
quantity of its own (:func:`named_entries`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import sympy as sp

__all__ = ["dangling_indices", "named_entries"]


def dangling_indices(body: sp.Basic, params: Iterable[str], named: Collection[tuple[str, str]] = ()) -> set[str]:
    r"""The one-letter lowercase indices of ``body``'s entries that are neither in ``params`` nor the
    variable of a sum or product written in ``body``. A subscript that is a label is none: an index
    written only on one name that is no parameter, a name written only with it (``\sqrt{d_k}`` in
    ``\operatorname{Attention}(Q, K, V) = \operatorname{softmax}(QK^\top / \sqrt{d_k}) V``: the keys'
    dimension, one number, not an entry of a vector d the left-hand side would have to choose)."""
    bound = {str(v) for big in body.atoms(sp.Sum, sp.Product) for v, *_ in big.limits}
    bound |= set(params)
    written: dict[str, set[sp.Indexed]] = {}
    for entry in body.atoms(sp.Indexed):
        for index in entry.indices:
            if isinstance(index, sp.Symbol) and len(index.name) == 1 and index.name.islower():
                written.setdefault(index.name, set()).add(entry)
    return {index for index, entries in written.items()
            if not _label(index, entries, body, bound) and not _named(entries, named)} - bound  # fmt: skip


# an entry written alone in an inline formula of the prose: "with known scale $x_m$", "$\theta_k$ is"
_NAMED_ENTRY = re.compile(r"(?<!\$)\$\s*(\\?[A-Za-z]+)_\{?\s*([a-z])\s*\}?\s*\$(?!\$)")


def named_entries(prose: str) -> frozenset[tuple[str, str]]:
    """(name, index) of each entry the ``prose`` writes alone in an inline formula (``$x_m$``)."""
    return frozenset((m.group(1).lstrip("\\"), m.group(2)) for m in _NAMED_ENTRY.finditer(prose))


def _named(entries: set[sp.Indexed], named: Collection[tuple[str, str]]) -> bool:
    r"""Is the index written on one entry only, one the prose names alone (``$x_m$``, "the known scale"):
    a quantity of its own (``x_m`` beside the samples ``x_i`` in a Pareto likelihood), not a free index
    of a formula about one entry."""
    if len(entries) != 1:
        return False
    (entry,) = entries
    if len(entry.indices) != 1:
        return False
    return (str(entry.base.label), str(entry.indices[0])) in named


def _label(index: str, entries: set[sp.Indexed], body: sp.Basic, params: set[str]) -> bool:
    """Is ``index`` a label: written on one entry (one name, with that index alone) of a name that is
    no parameter and is written nowhere else in ``body``, bare or with another index?"""
    if len(entries) != 1:
        return False
    (entry,) = entries
    base = str(entry.base.label)
    if base in params or len(entry.indices) != 1:
        return False
    others = {x for x in body.atoms(sp.Indexed) if str(x.base.label) == base} - {entry}
    bare = _bare_names(body)
    return not others and base not in bare and index not in bare


def _bare_names(tree: sp.Basic) -> set[str]:
    """The names ``tree`` writes outside any entry (``x`` in ``w_i x``, not ``w`` or ``i``)."""
    if isinstance(tree, sp.Indexed):
        return set()
    if isinstance(tree, sp.Symbol):
        return {tree.name}
    out: set[str] = set()
    for arg in tree.args:
        out |= _bare_names(arg)
    return out
