r"""``I(\theta) = \frac{1}{\theta(1-\theta)}`` where the notes call I the (Fisher) information.

Statistics notes name the Fisher information ``I(\theta)`` and then use it (``I(\theta)^{-1}\partial_\theta
\ell``, the natural gradient; ``1/I(\hat\theta)``, the asymptotic variance). The letter I alone is the
identity matrix (documents.annotations.RESERVED), so a definition headed ``I(…)`` was never learned and
``I(\theta)^{-1}`` was read as the identity times θ. This module owns the one test that lets the notes
define I as a function: the line of the definition, or the line before it, names information ("Fisher
information", "the observed information", "información de Fisher"); before a display whose opening
delimiter has a line of its own, the prose line before that delimiter and the blank lines above it.
Elsewhere I keeps the identity's reading, and a bare I is never defined this way (only a call ``I(…) = …``).
"""

from __future__ import annotations

import re

__all__ = ["information_named"]

# a line that only opens a display (or is blank): the prose is before it
_OPENING = re.compile(r"\s*(?:\$\$|\\\[|\\begin\{(?:equation|align|gather|multline)\*?\})?\s*")
_INFORMATION = re.compile(r"\binforma(?:tion|ción|zione|ção)\b|\bFisher\b|フィッシャー|情報量", re.I)


def information_named(text: str, line: int) -> bool:
    """Does line ``line`` (1-based) of ``text``, or the line before it, name the (Fisher) information? A
    display's opening delimiter on a line of its own and the blank lines before it are passed over: the
    line before is the prose's (``$$`` after "The information of one observation is …", fresh55)."""
    lines = text.splitlines()
    near = lines[max(0, line - 2) : max(0, line)]
    k = line - 2  # 0-based index of the line before
    while 0 <= k < len(lines) and _OPENING.fullmatch(lines[k]):
        k -= 1
    if 0 <= k < line - 2:
        near.append(lines[k])
    return any(_INFORMATION.search(s) for s in near)
