r"""The letter I the notes define by a member the checker cannot read: their quantity, not the identity.

"Let $I = \int_0^1 x^n \, dx$" names an integral I; the checker cannot read that integral, so no definition of
I was learned and ``I = \frac{1}{n+1}`` read I as the identity matrix ("the identity matrix I alone: its size
cannot be inferred"), a reason about a reading the notes rule out (and a step such as ``I x = x`` would hold
under it). An I the notes set equal to a sum, a product or an integral is their quantity, whatever
the checker can read of it (the rule ``definitions.names_an_aggregate`` applies to a definition it reads, such as
``I_n = \sum_{k=1}^n k``): a step read with I as the identity where the notes, before it, write such a
definition in the chain's part (a display, or inline in the prose) is SKIPPED, saying so.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.documents.context import Scope
from verifier.documents.parts import part_of
from verifier.results import StepResult

__all__ = ["defined_identity"]

#: the reading note of the identity (documents.resolve)
_IDENTITY = "I read as the identity matrix"
# I = \int…, I := \sum…: the letter I defined by an aggregate (I_n is a name of its own, never the identity)
_DEFINED = re.compile(
    r"(?<![A-Za-z\\])I\s*(?::=|=|\\coloneqq|\\triangleq|\\equiv)\s*"
    r"[^$=]*?\\(?:int|sum|prod|iint)(?![A-Za-z])"
)


def defined_identity(doc: Any, chain: Any, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step read with I as the identity SKIPPED where the notes define I before it."""
    if not any(_IDENTITY in (r.message or "") for r in steps):
        return steps
    start = part_of(doc.lines, chain.line)[0]  # in the chain's part of the notes (a section defines its own I)
    before = "\n".join(doc.text.splitlines()[start - 1 : max(chain.line - 1, 0)])
    found = None
    for found in _DEFINED.finditer(before):  # noqa: B007 - the last definition before the chain
        pass
    if found is None:
        return steps
    line = start + before.count("\n", 0, found.start())
    why = (f"the notes define I on line {line} (${found.group(0).strip()}…$, which the checker cannot read): "
           "I is their quantity there, not the identity matrix")
    return [r.skipped(why) if _IDENTITY in (r.message or "") else r for r in steps]
