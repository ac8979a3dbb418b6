r"""A name the notes define anew in a form the checker cannot read: the old definition ends there.

Notes reuse a loss's letter for the next loss: "$\ell(z) = -y\log\sigma(z) - (1-y)\log(1-\sigma(z))$" in
one paragraph, "Poisson regression: $\ell(z) = \lambda - y\log\lambda + \log y!$" in the next. Where the
second definition is read, it holds from its line on (:mod:`verifier.documents.definitions`). Where its
right member cannot be read, nothing was learned from it, and the lines after it were read with the
*first* ℓ: a derivative of the Poisson loss checked against the logistic one FAILED, a false alarm (and a
wrong step that happened to hold for the old ℓ could pass). This module owns what such an unread renewal is
(the definition's first member a name, an entry or a call; :meth:`~verifier.documents.definitions._Definitions.
_learn_definition` notes one where it cannot read the second member) and setting the older definitions of
that name aside after it, with
the reason the report shows; who then reads the name as the notes' arbitrary function is
:mod:`verifier.documents.generic`.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, display_key

__all__ = ["set_aside_unread", "unread_renewal"]


def unread_renewal(left: sp.Basic, line: int) -> tuple[str, int] | None:
    """The renewal a definition's first member ``left`` (read) makes at ``line`` when its second member is not
    read: the name (of a name, an entry or a call) and the line; ``None`` where ``left`` names nothing."""
    name = _head(left)
    return None if name is None else (name, line)


def _head(left: sp.Basic) -> str | None:
    """The name ``left`` defines: a name, or an entry or a call at names (``w_i``, ``f(x)``, ``\\ell(w_1)``); an
    entry or a call at a number (``f(0) = \\text{…}``, ``w_1``) gives one value in words, it defines nothing
    anew (and ``w_1`` set ``w_2``'s definition aside too)."""
    if isinstance(left, sp.Symbol):
        return left.name
    if isinstance(left, sp.Indexed) and not any(i.is_number for i in left.indices):
        return str(left.base.label)
    if isinstance(left, AppliedUndef) and not any(a.is_number for a in left.args):
        return left.func.__name__
    return None


def set_aside_unread(scope: Scope, note_definitions: Iterable[Definition], renewals: list[tuple[str, int]],
                     line: int) -> dict[Key, str]:  # fmt: skip
    """Drop from ``scope`` the notes' definitions written before an unread renewal of their name that comes
    before ``line``; return why, per key."""
    if not renewals:
        return {}
    mine = {id(d) for d in note_definitions}
    why: dict[Key, str] = {}
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or id(entry) not in mine or entry.builtin:
            continue
        anew = [at for name, at in renewals if name == key[0] and entry.line < at < line]
        if anew:
            why[key] = (f"the notes define {display_key(key)} anew at line {anew[-1]} in a form the checker has not "
                        f"read: its definition at line {entry.line} is set aside here")
            del scope.names[key]
    return why
