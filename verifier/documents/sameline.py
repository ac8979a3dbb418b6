r"""Does an inline formula open its line of the prose, so that what it defines holds for the rest of it?

The notes' definitions hold from the line after them (an earlier line is never read differently).
Prose often defines and uses a name in one sentence: "Apply the quotient rule $f(x) =
\frac{g(x)}{h(x)}$, $f'(x) = …$". The claim sits on the definition's own line, so it read f as
unknown and was SKIPPED whatever it said. This module owns the one test that lets such a definition
hold on its own line too: nothing mathematical comes before it on that line (no inline formula, no
display opening) but other definitions, so every claim on the line comes after it ("Let $L = …$ with
$y = w x$. Then $\frac{\partial L}{\partial w} = …$": both hold for the claim). A definition that
follows a claim on its line ("We get $f'(x) = 2x$ for $f(x) = x^3$") keeps holding from the next line
only. The same holds in a display line split into chains at ``\quad`` or a comma
(``$$f(x) = x^2, \quad f'(x) = 2x$$``): the reader marks a definition that opens its display line
(no earlier chain wrote on that line) as leading, the same mark this module's test gives inline ones.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["opens_its_line"]

_MATH_OPENING = re.compile(r"(?<!\\)\$|\\\[|\\\(|\\begin\s*\{")
#: an inline formula without ``=`` (``$T$``, ``$x \in \mathbb{R}^n$``): it names or annotates, it is no
#: claim, so a definition after it still comes before every claim of the line
_MENTION = re.compile(r"(?<![$\\])\$(?!\$)([^$=]+?)(?<!\\)\$(?!\$)")


def opens_its_line(text: str, at: int, definitions: Collection[tuple[int, int]] = ()) -> bool:
    """Is the formula starting at offset ``at`` of ``text`` the first math on its line, but for the
    inline definitions at ``definitions`` (their (start, end) offsets) and the formulas that state
    nothing (no ``=``: "Softmax with temperature $T$: $p_i = …$")?"""
    start = text.rfind("\n", 0, at) + 1
    mentions = [m.span() for m in _MENTION.finditer(text, start, at)]
    for s, e in sorted([*definitions, *mentions]):
        if start <= s < at:
            if _MATH_OPENING.search(text, start, s) is not None:
                return False
            start = max(start, e)
    return _MATH_OPENING.search(text, start, at) is None
