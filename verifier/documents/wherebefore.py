r"""A condition the prose names just before a display: "…, and at the optimum, where $\nabla f = 0$, $$…$$".

documents.proseconditions reads "where $A x = 0$" in the prose right *after* a display. A sentence may name
its condition first and run on into the display ("at the estimate, where $\sum_i x_i^2 = 2n\hat\sigma^2$,"
then the display): the display's steps hold there, not for every value of the names. This module owns
recognising that lead: a relative clause ", where $…$" that *ends* the prose before the display, followed by
nothing but a comma or colon (or "we have"), so the sentence is still open and the display is its end. A clause
followed by a full stop or more words belongs to its own sentence and is no condition of the display; a "where"
with no comma before it names a place ("the influence is largest where $\psi'(r) = 0$:") — what the display
goes on to find, never an assumption (read as one, every step of the derivative would be checked there).
"""

from __future__ import annotations

import re

__all__ = ["where_before"]

_LEAD_WHERE = re.compile(
    r",\s*where\s+\$([^$]+)\$\s*[,:]?\s*(?:(?:we|one)\s+(?:have|gets?|finds?|obtains?)\s*[,:]?\s*)?$", re.I)


def where_before(prose: str, start: int) -> list[tuple[str, int]]:
    """``(equation as written, line)`` of the "where $…$" that ends ``prose`` (the text right before a
    display, its first line ``start``), or nothing when the prose ends otherwise."""
    m = _LEAD_WHERE.search(prose.rstrip())
    if m is None:
        return []
    return [(m.group(1).strip(), start + prose.count("\n", 0, m.start()))]
