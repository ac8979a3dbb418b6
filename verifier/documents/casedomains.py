r"""A case the prose states on a quantity (``**Case $w > 0$.** … $$\frac{d}{dw}(\ldots + \lambda w) = w - z
+ \lambda$$``): the chain is checked with that quantity in the case's range.

Notes split a derivation of a piecewise function into cases, one bullet or paragraph each: "Case
$w > 0$: here $|w| = w$ and … $\frac{d}{dw}\big(\frac12 (w - z)^2 + \lambda w\big) = w - z + \lambda$".
The reader attaches the case to the display after it (``_Chain.conditions``), and a condition that is
not about indices made every step SKIPPED ("declare it as a domain instead"). A reader of the notes
takes the case as the domain of that derivation. This module owns that reading: a condition that is a
range of one undeclared real scalar (``w > 0``, ``w < 0``, ``0 < \alpha < 1``, ``p \in (0, 1)``, by
:func:`verifier.documents.ranges.scalar_range`) becomes that scalar's domain for the chain, and is
taken out of the conditions the checker evaluates at each index assignment. Any other condition
(``i = j``, ``x > y``) stays a condition, with its verdicts as before. A step that fails on the
case's domain is FAILED: it is wrong in the very case the notes state.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from verifier.documents.ranges import restricted, scalar_range

if TYPE_CHECKING:
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["case_domains"]


def case_domains(chain: _Chain, scope: Scope) -> tuple[_Chain, Scope]:
    """``chain`` without the conditions that are a scalar's range, and ``scope`` with those ranges as the
    scalars' domains (both unchanged when there is none)."""
    kept: list[tuple[str, str]] = []
    out = scope
    for text, where in chain.conditions:
        bounds = scalar_range(text.strip().rstrip(",.;:"))
        narrower = restricted(out, *bounds) if bounds is not None else None
        if narrower is None:
            kept.append((text, where))
        else:
            out = narrower
    if out is scope:
        return chain, scope
    checked = copy.copy(chain)
    checked.conditions = kept
    return checked, out
