r"""An entry written with a transpose, ``W_{bc}^{T}`` or ``W_{bc}^{(2)T}``: entry (b, c) of the transpose.

Index-notation notes move a transpose onto an entry when they line indices up for a matrix product
(``[\hat{y} - y]_b W_{bc}^{(2)T} = [(\hat{y} - y) W^{(2)T}]_c``). Read literally, the transpose of a
scalar entry is that entry, and the step says W_{bc} where the notes mean W_{cb}. A reader takes the
one meaning that is not vacuous: entry (b, c) of Wᵀ, which is W_{cb}. Only entries with two
indices are read so (``x_i^T`` with one index is the transpose of a vector x_i, left alone); the
reading is reported with the step."""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["transposed_entries"]


def _is_entry_transpose(e: sp.Basic) -> bool:
    return (
        isinstance(e, AppliedUndef)
        and e.func.__name__ == "transpose"
        and len(e.args) == 1
        and isinstance(e.args[0], sp.Indexed)
        and len(e.args[0].indices) == 2
    )


def transposed_entries(tree: sp.Basic) -> tuple[sp.Basic, list[str]]:
    """``tree`` with every transposed two-index entry read as the entry of the transpose, and the
    notes saying so (none: ``tree`` unchanged)."""
    if not isinstance(tree, sp.Basic) or not tree.has(sp.Indexed):
        return tree, []
    notes: list[str] = []

    def swap(e: sp.Basic) -> sp.Basic:
        x = e.args[0]
        i, j = x.indices
        name = str(x.base.label)
        note = f"{name}_{{{i}{j}}}^T read as entry ({i}, {j}) of {name}^T, that is {name}_{{{j}{i}}}"
        if note not in notes:
            notes.append(note)
        return x.base[j, i]

    out = tree.replace(_is_entry_transpose, swap)
    return out, notes
