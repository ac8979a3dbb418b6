r"""A name subscripted by the notes' layer letter: a per-layer quantity, not the entries of a vector.

Shape inference reads ``x_n`` in any display as evidence that a bare ``x`` is a vector ("written with a
subscript elsewhere in the notes", documents.docsubscripts). Notes on initialisation write a layer's scale as
``\sigma_l`` beside ``z^{(l+1)}`` and ``h^{(l)}``: l is the layer there, and ``\sigma_l`` is the σ *of layer l*,
a scalar of its own, as ``W_l`` is the layer's weight matrix. Read as evidence, one ``\sigma_l`` made σ a vector
in the whole note, and a scalar identity in ``\sigma^2`` two cells above was SKIPPED for shapes (fresh24's left
item).

:func:`per_layer_names` owns that exception, read from the parsed trees (no text is scanned): the layer letters
are the free symbols of the indices of the notes' layer-labelled families (``z^{(l+1)}`` parses as the family
``z^()`` at ``l + 1``); a name none of whose subscripted uses is other than one index in those letters
(``\sigma_l``, ``W_{l+1}``) is no subscripted name. A name also written ``x_i`` with another index keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Key

__all__ = ["per_layer_names"]

_LABELLED = "^()"  # the parser's suffix of a layer-labelled family: h^{(l)} → h^()[l]


def per_layer_names(trees: Iterable[sp.Basic]) -> frozenset[Key]:
    """The names the ``trees`` subscript only by a layer letter of their layer-labelled families."""
    trees = list(trees)
    indexed = [node for t in trees for node in sp.preorder_traversal(t) if isinstance(node, sp.Indexed)]
    layers: set[sp.Symbol] = set()
    for node in indexed:
        if str(node.base.label).endswith(_LABELLED):
            layers |= {s for i in node.indices for s in i.free_symbols if isinstance(s, sp.Symbol)}
    if not layers:
        return frozenset()
    by_layer: set[str] = set()
    other: set[str] = set()
    for node in indexed:
        name = str(node.base.label)
        if name.endswith(_LABELLED):
            continue
        index = node.indices[0] if len(node.indices) == 1 else None
        if index is not None and index.free_symbols and index.free_symbols <= layers:
            by_layer.add(name)
        else:
            other.add(name)
    return frozenset((name, ()) for name in by_layer - other)
