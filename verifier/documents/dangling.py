r"""Free indices in the body of a function the notes define: ``\xi(t, y) = -t_c \log(y_c) - …``.

A definition ``f(params) = body`` says what ``f`` of its parameters is. A body that writes an entry
``t_c`` with an index ``c`` that is neither a parameter nor the variable of a sum or product in it
does not: its value depends on a ``c`` the left-hand side never mentions (the notes state a formula
about one entry, often in passing: "for 2 classes this is $\xi(\mathbf{t},\mathbf{y}) = -t_c\log(y_c)
- (1 - t_c)\log(1 - y_c)$"). Used as the meaning of ``\xi`` on the lines after it, every line would
fail with "index c is free here but has no value", and an earlier, complete definition would be
hidden. The reader does not learn such a definition (unless the notes sum repeated indices, Einstein
style, where ``t_c \log(y_c)`` is a sum over c). This module owns only that test.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["dangling_indices"]


def dangling_indices(body: sp.Basic, params: Iterable[str]) -> set[str]:
    """The one-letter lowercase indices of ``body``'s entries that are neither in ``params`` nor the
    variable of a sum or product written in ``body``."""
    bound = {str(v) for big in body.atoms(sp.Sum, sp.Product) for v, *_ in big.limits}
    bound |= set(params)
    out: set[str] = set()
    for entry in body.atoms(sp.Indexed):
        for index in entry.indices:
            if isinstance(index, sp.Symbol) and len(index.name) == 1 and index.name.islower():
                out.add(index.name)
    return out - bound
