r"""A function the prose defines by saying it "satisfies" its formula: "The map satisfies $h(z) = e^{2z}$".

"satisfies" is a word of equations to solve ("the fixed points satisfy $g(x) = x$", "any minimiser satisfies
$f'(x) = 0$": documents.claims.solved_before), so a formula after it was never learned as a definition. Notes also
say it of the function itself — "The map satisfies $h(z) = …$", "The function $h$ satisfies …", "Here $k$
satisfies …" — and then the formula is what the function is. This module owns that exception
(:func:`defines_by_satisfying`): the verb's subject is the function (its own name in math right before the verb,
or a noun that names a function: map, function, kernel, transform, activation, loss, mapping), the formula's left
member is the function applied to bare parameters, and its right member does not write the function (``f(x) =
f(-x)`` is a property, not a definition).
"""

from __future__ import annotations

import re

__all__ = ["defines_by_satisfying"]

_NOUN = r"(?:map|mapping|function|kernel|transform(?:ation)?|activation|loss|potential|density|curve)"
# "The map satisfies ", "The function $h$ satisfies ", "Here $k$ satisfies " (the prose ends where the formula starts)
_SUBJECT = re.compile(
    rf"(?:\b{_NOUN}\s*(?:\$\s*(?P<named>\\?[A-Za-z]+)\s*\$\s*)?|\$\s*(?P<alone>\\?[A-Za-z]+)\s*\$\s*)"
    r"(?:also\s+|then\s+)?satisf(?:y|ies)\s*$",
    re.IGNORECASE,
)
# h(z), \psi(r, c), f(\mathbf{x}): a name applied to bare parameters
_HEAD = re.compile(r"^\s*(\\?[A-Za-z]+)\s*(?:\\left\s*)?\(\s*(?:\\mathbf\{?)?\\?[A-Za-z]+\}?"
                   r"(?:\s*,\s*(?:\\mathbf\{?)?\\?[A-Za-z]+\}?)*\s*(?:\\right\s*)?\)\s*$")


def defines_by_satisfying(prose: str, lhs: str, rhs: str) -> bool:
    """Do the words before a formula (``prose`` ends where it starts) say the function of its left member
    ``lhs`` satisfies it, with ``rhs`` a body that does not write the function (module docstring)?"""
    head = _HEAD.match(lhs)
    said = _SUBJECT.search(re.sub(r"\s+", " ", prose[-120:]))
    if head is None or said is None:
        return False
    named = said.group("named") or said.group("alone")
    if named is not None and named != head.group(1):
        return False  # "the function $g$ satisfies $h(z) = …$": another function's property
    return re.search(rf"(?<![A-Za-z\\]){re.escape(head.group(1))}(?![A-Za-z])", rhs) is None
