r"""A remark on a defined value after its definition: ``$\mathbf{g} = A\mathbf{x} - \mathbf{b} \neq \mathbf{0}$``.

Notes define a name and remark in the same formula that its value is not zero or has a sign ("let $g = Ax -
b \neq 0$", "with $\alpha = \sigma(1 - \sigma) > 0$"). The remark is no part of the definition: left on, it
made the right side unreadable, the name was read as a free quantity, and a correct step that uses the
definition FAILED. This module owns recognising such a remark — a relation (≠, <, >, ≤, ≥, ≻, ⪰) to zero or a
number, at the formula's top level and at its end, after an ``=`` — and cutting it off. Anything else is left
as written.

A rounding is such a remark too: "so $s = \sqrt{3.5} \approx 1.8708$" after the notes' ``s^2 = \frac1m\sum_i (x_i -
\mu)^2``. Cut at ``=`` only, the second member ``\sqrt{3.5} \approx 1.8708`` could not be read and the worked value was
taken for a renewal of s in an unread form (documents.unreadrenewal): the definition was set aside for every later
line and a general fact in s FAILED (fresh72). ``\approx`` (or ≈) and a number at the end, after an ``=``, is cut the
same way; ``s = \sqrt{3.5}`` is then a worked number, no new s.
"""

from __future__ import annotations

import re

__all__ = ["without_sign_tail"]

_ZERO = r"(?:[-+]?\s*[0-9]+(?:\.[0-9]+)?|\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*0\s*\}?)"
_TAIL = re.compile(
    r"\s*(?:\\neq?|\\ne|>|<|\\g(?:eq?|eqslant)|\\l(?:eq?|eqslant)|\\succ(?:eq)?|\\prec(?:eq)?)(?![A-Za-z])\s*"
    + _ZERO
    + r"\s*[,.;]?\s*$"
)
# "≈ 1.8708" at the end: the value's rounding (the worked number itself is checked as the chain the prose states)
_ROUNDED = re.compile(r"\s*(?:\\approx(?![A-Za-z])|≈)\s*[-+]?\s*[0-9]*\.?[0-9]+\s*[,.;]?\s*$")
_OPEN, _CLOSE = "({[", ")}]"


def _balanced(text: str) -> bool:
    """Are the brackets of ``text`` closed (the tail after it is at the formula's top level)?"""
    depth = 0
    for ch in text.replace(r"\{", "").replace(r"\}", ""):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth < 0:
            return False
    return depth == 0


def without_sign_tail(body: str) -> str:
    r"""``body`` without a trailing remark on its value (``g = Ax - b \neq \mathbf{0}`` → ``g = Ax - b``, ``s =
    \sqrt{3.5} \approx 1.87`` → ``s = \sqrt{3.5}``); ``body`` itself when it has none, or when no ``=`` at its top
    level comes before it (``a \ne 0``, ``s \approx 1.87``)."""
    m = _TAIL.search(body) or _ROUNDED.search(body)
    if m is None:
        return body
    head = body[: m.start()]
    if not _balanced(head) or not re.search(r"(?<![<>!\\])=", head):
        return body
    return head.rstrip()
