r"""``I_d``, ``I_n``, ``I_{k}``: the identity matrix whose size its subscript names.

Notes that juggle two sizes write the identity's size as its subscript: ridge regression's
``(X^\top X + \lambda I_d)^{-1}``, the push-through identity ``(\lambda I_d + X^\top X)^{-1}X^\top =
X^\top(\lambda I_n + XX^\top)^{-1}``, a prior ``\mathcal{N}(0, \tau^2 I_d)``. A bare ``I`` the notes do not define
is the identity sized by its neighbours (``values.Eye``); ``I_d`` was "not declared" and every step with it
SKIPPED, a wrong one too. Where the notes define no ``I`` and the subscript is a size of the step's scope
(``X \in \mathbb{R}^{n\times d}``, a sum's bound), ``I_d`` is the d×d identity, and the reading is reported. A
subscript that is no size (``I_1``, ``I_t``) is left to the ordinary lookup."""

from __future__ import annotations

from typing import Protocol

import sympy as sp

from verifier.documents.context import Key, Size
from verifier.documents.values import Value, norm

__all__ = ["sized_identity"]


class _Resolver(Protocol):
    scope: object

    def _dim(self, key: Key) -> int: ...

    def _note(self, text: str) -> None: ...


def sized_identity(resolver: _Resolver, base: str, indices: tuple[sp.Basic, ...]) -> Value | None:
    """The identity ``I_d`` writes, or None when ``base``/``indices`` are not ``I`` and one size."""
    if base != "I" or len(indices) != 1 or not isinstance(sub := indices[0], sp.Symbol):
        return None
    names = resolver.scope.names  # type: ignore[attr-defined]
    if ("I", ()) in names or not isinstance(names.get((sub.name, ())), Size):
        return None
    resolver._note(f"I_{sub.name} read as the {sub.name}×{sub.name} identity")
    return norm(sp.ImmutableMatrix(sp.eye(resolver._dim((sub.name, ())))))  # I_1: the number 1
