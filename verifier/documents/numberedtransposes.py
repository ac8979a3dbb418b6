r"""A numbered name written transposed: ``W_2^T``, ``w_2^\top``, ``W_{12}^T`` is a matrix or a vector.

Shape inference (:mod:`verifier.documents.infer`) reads ``x^T`` as a vector and ``W^T`` as a matrix,
and a labelled name (``q_t^T``) too, but a name with a *digit* subscript is a name of its own
(``W_1``, ``w_2``), and its transpose was no evidence at all: in ``\hat y = W_2^T h + b_2`` or
``\hat y = w_2^T h + b_2`` every name stayed a number. A network's missing transpose (``\partial L/
\partial h = W_2^T \delta_2`` for ``W_2 \delta_2``) and a swapped outer product (``x \delta_1^T`` for
``\delta_1 x^T``) were then PROVED as identities between commuting scalars. A reader takes the ``^T``
of a numbered weight as the notes' own sign of a matrix (a capital) or a column vector (lowercase),
as it takes ``W^T``.

Conservative: an entry of a family is never made a name of its own — a base the notes index by a
letter (``x_i`` elsewhere, so ``x_1`` is entry 1), a family of samples (``x^{(1)}``), a base already a
vector or matrix here, or a name a context declares is left as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.shapes import is_capital

if TYPE_CHECKING:
    from verifier.documents.infer import _Inference

#: the reason given ("transposed": doubts reads it as a shape the notes write, never flattened to a number)
WHY = "transposed (a numbered name written with ^T)"


def transposed_numbered(inf: _Inference, arg: sp.Basic, bound: frozenset[str]) -> bool:
    """Make the numbered name ``arg`` (``W_2`` of ``W_2^T``) a matrix or vector; True when it is one."""
    if not isinstance(arg, sp.Indexed) or not arg.indices:
        return False
    raw = tuple(str(i) for i in arg.indices)
    base = str(arg.base.label)
    if not all(s.isdigit() for s in raw) or base.endswith("^()") or base in bound:
        return False
    key = (base, raw)
    if inf.known(key) or inf.known((base, ())) or (base, ()) in inf.ann.subscripted:
        return False  # x_1 of an x the notes index by a letter (x_i): entry 1, not a name
    whole = inf.names.get((base, ()))
    if whole is not None and whole.kind in ("vector", "matrix"):
        return False
    inf.make(key, "matrix" if is_capital(base) else "vector", WHY)
    return True
