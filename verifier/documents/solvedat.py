r"""An inline equation that names the point where something vanishes: ``… = w - z + \lambda``, "which
vanishes at $w = z - \lambda$".

Notes solve a stationarity condition in prose: "the derivative vanishes at $w = z - \lambda$", "the
loss is minimised at $\theta = \bar x$". The equation is the solution, a point of the variable, not
what the variable means for the rest of the notes: learned as a definition, it made ``w`` equal to
``z - \lambda`` on every later line, and the next case of the same derivation ("Case $w < 0$: here
$|w| = -w$") was FAILED at values of z and λ. A reader takes a formula after "vanishes at",
"is zero at", "is minimised at", "attains its maximum at" as a point. This module owns that test;
it is deliberately narrow: one of those phrases must end right before the formula ("at" itself, not
"where" or "with", which define), and the left side must be the variable itself (``w``, ``\theta``,
``w_j``): a new name for the point ("vanishes at $w^\star = b/a$", "is maximised at $\hat\mu = \bar x$")
is the definition of the optimum, which the notes then use (``L(w^\star) = -b^2/2a``).
"""

from __future__ import annotations

import re

__all__ = ["names_a_point"]

_AT_BEFORE = re.compile(
    r"\b(?:vanish(?:es)?|is\s+zero|equals?\s+zero|minimi[sz]ed|maximi[sz]ed|(?:its\s+)?(?:minimum|maximum|"
    r"minimiser|maximiser|minimizer|maximizer|optimum|extremum)|stationary)\s+(?:only\s+)?(?:at|when)\s*$",
    re.IGNORECASE,
)


_VARIABLE = re.compile(
    r"\s*(?:\\(?:mathbf|bm|boldsymbol)\s*\{\s*)?(?:[A-Za-z]|\\[A-Za-z]+)\s*\}?\s*(?:_\s*(?:[A-Za-z0-9]|\{\s*[A-Za-z0-9]\s*\}))?\s*"
)
_DECORATIONS = re.compile(r"\\(?:hat|tilde|bar|overline|widehat|widetilde|check|breve|star|ast)(?![A-Za-z])")


def names_a_point(prose: str, lhs: str = "") -> bool:
    r"""Does ``prose`` (the text up to an inline formula) end with a phrase such as *vanishes at*, making
    the formula ``lhs = …`` the point where it vanishes (a solution, not a definition)? Not when ``lhs``
    is a new name (``w^\star``, ``\hat\mu``): that defines the optimum."""
    if lhs and (_VARIABLE.fullmatch(lhs) is None or _DECORATIONS.search(lhs)):
        return False
    return _AT_BEFORE.search(prose) is not None
