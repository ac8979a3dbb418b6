r"""An inline bound whose bounding side is worked out: ``$P(X \ge 1) \le \mathbb{E}[X]/1 = 0.2$``.

Notes on concentration inequalities write the bound and its value in one inline formula: "For a nonnegative loss
with mean $0.2$, $P(X \ge 1) \le \mathbb{E}[X]/1 = 0.2$." An inline equation is a claim only when its left member
states a value (``documents.claims``: a name or a function of names on the left is what a definition, a case or a
range writes), and ``P(X \ge 1)`` reads as a function of names: the chain was dropped, so a wrong ``= 0.8`` had
no step at all (a false green of v0.29.0, fresh32). A chain that opens with an order relation (``\le``, ``\ge``,
``<``, ``>``) defines nothing and sets no case: the bound's link is "not an equality" (SKIPPED, as in a display)
and the equalities after it are claims like a display's — where the member after the bound is a formula worked
out, not a name given a value (``$0 < \eta = 0.1$``, ``$\lVert w \rVert \le B = 1$`` set η and B: no claim; the
caller asks). A condition before it ("if $x \le 2y = 2$") still makes the whole formula a condition (asked first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["bound_then_equals"]

_ORDER = re.compile(r"^(?:<|>|\\(?:le|leq|leqq|leqslant|ge|geq|geqq|geqslant|lt|gt))$")
_EQUAL = re.compile(r"^(?:=|\\approx)$")


def bound_then_equals(relations: Sequence[str]) -> bool:
    r"""Do the chain's ``relations`` (as written, in order) open with an order relation and go on with ``=`` or
    ``\approx`` links only?"""
    return (
        len(relations) >= 2
        and _ORDER.match(relations[0].strip()) is not None
        and all(_EQUAL.match(r.strip()) for r in relations[1:])
    )
