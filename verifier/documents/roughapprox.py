r"""An approximation the notes call rough: ``\approx`` that claims no digits.

:mod:`verifier.documents.roundedapprox` reads ``\approx`` before a rounded number (``\sigma(1) \approx 0.731``),
or between formulas of numbers with a decimal, as a claim to the digits written, and checks it as ``=``. That
is what a worked value means; it is not what a linearisation means. "Far from zero linearising is poor:
$$\sigma(2) \approx 0.5 + 0.5 = 1.0$$" says the first-order value is *not* σ(2) to one decimal: checked as
``=`` the step was FAILED (or, within review33a's slack for rounded terms, PASSED — green on a value the
notes say is off). A FAILED must hold under every plausible reading, and here the plain reading is "roughly".

So where the prose right before the chain (its paragraph, two lines at most, and the chain's own line) calls
the approximation poor, rough or crude, or names an expansion (linearising, first-order, Taylor, "expanding"),
its ``\approx`` links keep their relation: SKIPPED "not an equality", neither FAILED nor green. Its ``=`` links
(``0.5 + 0.5 = 1.0``) are checked as always, and a worked value written with ``\approx`` elsewhere
(``\sigma(2) \approx 0.87``) is still a rounding, caught when wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.members import _Chain

__all__ = ["said_rough"]

_ROUGH = re.compile(
    r"\b(?:poor(?:ly)?|rough(?:ly)?|crude(?:ly)?|coarse(?:ly)?|lineari[sz]\w*|first[- ]order|second[- ]order"
    r"|leading[- ]order|taylor|maclaurin|expan(?:sion|ding|ded)|ballpark|back[- ]of[- ]the[- ]envelope)\b",
    re.IGNORECASE,
)
_LINES_BEFORE = 2


def _paragraph_before(lines: Sequence[str], line: int) -> str:
    """The chain's own line (1-based ``line``) and at most two lines above it in the same paragraph."""
    out: list[str] = []
    k = line - 1
    if 0 <= k < len(lines):
        out.append(lines[k])
    for j in range(k - 1, max(k - 1 - _LINES_BEFORE, -1), -1):
        if j < 0 or not lines[j].strip() or lines[j].strip().startswith("#"):
            break
        if lines[j].strip() in ("$$", "\\[") or lines[j].lstrip().startswith("\\begin"):
            continue  # the display's opening line: the prose is above it
        out.append(lines[j])
    return "\n".join(reversed(out))


def said_rough(chain: _Chain, lines: Sequence[str]) -> bool:
    """Does the prose leading into ``chain`` call its approximation rough or an expansion?"""
    return bool(_ROUGH.search(_paragraph_before(lines, chain.line)))
