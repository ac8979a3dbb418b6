r"""Which earlier definition of a reused letter a failing step may still be read with (sound55).

Notes reuse a letter for several examples (``f(x) = x^2``, then ``f(x) = \sin x``, then ``f(x) = x^3 + 1``). A
step is read with the nearest definition before it;
:meth:`verifier.documents.earliermeanings._EarlierMeanings._earlier_meanings` asks whether a step FAILED so was meant
with an earlier one. This module owns when it may:

* :func:`may_return`: the definition just before the latest is always a candidate (the later line may be a slip in
  restating it, the old rule); an older one only where a heading lies between the latest definition and the step —
  the notes moved to another section and may have gone back to an earlier example (fresh51's conjugates) — or where
  the prose after the latest definition says it goes back ("Returning to the first example,"). In the
  latest definition's own section, ``f'(x) = 2x`` under ``f(x) = x^3 + 1`` is read with that definition, whatever
  the first example said.
* :func:`stated_for`: a worked number against an earlier body that writes a name of its own (the ``a`` of
  ``\frac{a}{2}x^2``) is checked again at the values the notes state for that name (``with $a = 2$``); a name the
  notes never give a value is no reading under which a wrong number holds (``f(1) = 3`` holds at *some* ``a``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.documents.headings import heading_lines
from verifier.documents.stated import WHERE, stated_values

__all__ = ["may_return", "stated_for"]


# the prose goes back to an earlier example in words: "Returning to the first example,", "Back to the quadratic",
# "Recall the first f"
_RETURN = re.compile(r"\b(?:return\w*|back\s+to|recall\w*|as\s+(?:before|above)|earlier|previous\w*|"
                     r"first\s+(?:example|case|function|one))\b", re.I)


def may_return(text: str, latest: int, candidate: int, nearest: int, line: int) -> bool:
    """May a step on ``line`` be read with the definition at line ``candidate`` rather than the latest one (at line
    ``latest``)? ``nearest`` is the line of the definition just before the latest (lines 1-based). An older one
    where a heading lies between, or where the prose after the latest definition, up to the step's line, says it
    goes back ("Returning to the first example,")."""
    if candidate == nearest:
        return True
    if any(latest < k + 1 <= line for k in heading_lines(text)[:-1]):
        return True
    rows = text.split("\n")[latest:line]  # the lines after the latest definition's, the step's own included
    return any(_RETURN.search(row) for row in rows)


def stated_for(text: str, names: Collection[str], line: int) -> list[tuple[str, str]]:
    """The hypotheses ``name = number`` the notes state up to ``line`` for every one of ``names`` (the latest value of
    each), as (formula, where); empty when one of them has no stated value."""
    latest: dict[str, tuple[str, int]] = {}
    for name, number, at in stated_values(text):
        if name in names and at <= line:
            latest[name] = (number, at)
    if set(latest) != set(names):
        return []
    return [(f"{n} = {v}", f"{WHERE} (line {at})") for n, (v, at) in sorted(latest.items())]
