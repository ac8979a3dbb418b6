r"""Whether a "where $…$" after a display is in the display's own sentence (redteam23).

``proseconditions._where`` takes "… where $A x = 0$" in the two lines after a display as a hypothesis of its
steps. Only a "where" that goes on the display's sentence ("$$…$$ where $\lambda = 0$", "$$…$$ for every
$w$, where …") or a sentence about the display ("This holds where …") is one: "Least squares is the
special case where $\lambda = 0$." names another formula's case, and read as a hypothesis it proved the
general derivative with λ dropped.
"""

from __future__ import annotations

import re

from verifier.documents.sentences import STOP_MARK as _NEW_SENTENCE

__all__ = ["goes_on"]

_BACK = re.compile(r"(?:this|it|that|which|here|the\s+(?:above|identity|equation|formula|result))\b", re.I)


def goes_on(prefix: str) -> bool:
    """Whether the prose ``prefix`` (after a display, before its "where") still goes on the display's
    sentence: nothing, lower-case words with no sentence end, or a sentence about the display."""
    rest = prefix.lstrip(" \t\n,;:")
    if _NEW_SENTENCE.search(rest):
        return False
    return not rest or rest[0].islower() or bool(_BACK.match(rest))
