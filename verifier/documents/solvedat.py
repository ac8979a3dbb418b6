r"""An inline equation that names the point where something vanishes: ``… = w - z + \lambda``, "which
vanishes at $w = z - \lambda$".

Notes solve a stationarity condition in prose: "the derivative vanishes at $w = z - \lambda$", "the
loss is minimised at $\theta = \bar x$". The equation is the solution, a point of the variable, not
what the variable means for the rest of the notes: learned as a definition, it made ``w`` equal to
``z - \lambda`` on every later line, and the next case of the same derivation ("Case $w < 0$: here
$|w| = -w$") was FAILED at values of z and λ. A reader takes a formula after "vanishes at",
"is zero at", "is minimised at", "attains its maximum at" as a point. This module owns that test;
it is deliberately narrow: one of those phrases must end right before the formula ("at" itself, not
"where" or "with", which define).
"""

from __future__ import annotations

import re

__all__ = ["names_a_point"]

_AT_BEFORE = re.compile(
    r"\b(?:vanish(?:es)?|is\s+zero|equals?\s+zero|minimi[sz]ed|maximi[sz]ed|(?:its\s+)?(?:minimum|maximum|"
    r"minimiser|maximiser|minimizer|maximizer|optimum|extremum)|stationary)\s+(?:only\s+)?(?:at|when)\s*$",
    re.IGNORECASE,
)


def names_a_point(prose: str) -> bool:
    """Does ``prose`` (the text up to an inline formula) end with a phrase such as *vanishes at*, making
    the formula the point where it vanishes (a solution, not a definition)?"""
    return _AT_BEFORE.search(prose) is not None
