r"""A digit subscript on a letter the notes define as a function: ``\ell_0`` beside ``\ell(v) = v^2``.

A function of a value has no entries, so ``\ell_0`` written without an argument (a length-scale beside the loss
ℓ, an initial state ``h_0`` beside an update ``h(t)``) is a scalar name of its own, as it is in notes that define
no ℓ at all; reading it as entry 0 of ℓ asked for ℓ's body, whose parameter is no name of the chain ("v is not
declared"). This module owns that decision (:func:`own_name`), asked by the inference (documents.inferevidence)
before it takes a subscripted known name for an entry. A family the notes define by its index (``p_k(T) = …``,
``\hat{y}_i := …``) keeps its entries, and so does a function the notes built in (``\sigma := softmax``).
"""

from __future__ import annotations

from verifier.documents.context import Definition, Key, Scope

__all__ = ["own_name"]


def own_name(scope: Scope, key: Key) -> bool:
    """Is ``key`` (a letter with digit subscripts, written without an argument) a name of its own, because the
    letter alone is one of the notes' functions of values?"""
    base, raw = key
    entry = scope.names.get((base, ()))
    return (bool(raw) and all(s.isdigit() for s in raw) and isinstance(entry, Definition)
            and bool(entry.params) and not entry.index_params and entry.builtin is None)
