r"""A name the prose states negative, against the positivity a log or a root suggests ("Let $x < 0$." before
``\log(x^2) = 2\log x``).

Inference reads a name that ``\log``, a square root or a fractional power takes as positive
(:mod:`verifier.documents.infer`): with nothing said, the step's natural domain. The range the prose states for a
name (:mod:`verifier.documents.ranges`) was only a reading tried where that literal reading fails
(:mod:`verifier.documents.doubts`), so a step wrong in exactly the range the notes state —
``\log(x^2) = 2\log x`` or ``\sqrt{ab} = \sqrt{a}\sqrt{b}`` for negative names — was PROVED with the names
positive (redmid65). A stated range is evidence and the positivity is a default: where the prose states a range
that holds no positive value for a name inferred positive, the literal reading takes the prose's range.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verifier.documents.context import VarDecl

if TYPE_CHECKING:
    from verifier.documents.chainprose import _ChainProse
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["as_stated_negative"]


def as_stated_negative(doc: _ChainProse, chain: _Chain, scope: Scope) -> Scope:
    """``scope`` with each name inferred positive (a log or root takes it) in the range the prose states for it
    before ``chain`` where that range holds no positive value (``x < 0``, ``x \\le -1``); ``scope`` itself when
    there is none."""
    positive = [key for key, e in scope.names.items()
                if key in scope.inferred and not key[1] and isinstance(e, VarDecl) and e.kind == "scalar"
                and e.domain.kind == "positive"]  # fmt: skip
    if not positive or (stated := doc._stated_range(chain, scope)) is None:
        return scope
    note, ranged = stated
    out: Scope | None = None
    for key in positive:
        entry = ranged.names.get(key)
        if not isinstance(entry, VarDecl) or entry is scope.names[key] or entry.domain.hi > 0:
            continue
        out = out or scope.copy()
        out.names[key] = entry
        out.inferred[key] = (f"{key[0]}: a real scalar {entry.domain.describe()} ({note}; not positive, as a log or "
                             "root of it alone would suggest)")  # fmt: skip
    return out or scope
