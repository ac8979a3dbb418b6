r"""An inline equation that names the point a formula leaves out: "Away from $\hat y_i = y_i$, …".

Notes differentiate a kink away from it: "Away from $\hat y_i = y_i$ the derivative is …", "except at $x = 0$",
"apart from $r = \varepsilon$". The equation is where the formula does *not* hold, so it is neither what its left
member means for the lines after it (a definition) nor a condition the next display holds under. Learned as a
definition of ``\hat y_i``, every later ``\operatorname{sign}(y_i - \hat y_i)`` was zero and the derivative of the
absolute error was PROVED with either sign (fresh48). This module owns the cue; the words must end right before
the formula.
"""

from __future__ import annotations

import re

__all__ = ["excludes_a_point"]

_EXCLUDING = re.compile(
    r"(?<![A-Za-z])(?:away\s+from|apart\s+from|except\s+(?:at|where|when|for)|other\s+than\s+at|"
    r"outside\s+(?:of\s+)?the\s+(?:point|kink|set|line|hyperplane)s?)(?:\s+the\s+(?:point|kink|tie|set|line)s?)?\s*$",
    re.IGNORECASE,
)


def excludes_a_point(prose: str) -> bool:
    r"""Does ``prose`` (the text up to an inline formula) end with words such as *away from* or *except at*,
    making the formula the point that is left out (no definition, no hypothesis)?"""
    return _EXCLUDING.search(prose) is not None
