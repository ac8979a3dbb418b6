r"""``\big[ (\hat{y} - y) W^T \big]c``: an index written after a closing bracket without its underscore.

Handwritten index notation drops the underscore of a bracket's subscript: ``[\ldots]c \sigma'(t_c)``
is entry c of the bracketed vector times σ'(t_c). Read literally, the letter multiplies the bracket
(an index as a number), and such a step fails — a false FAILED. This module owns the reading: a
single lower-case letter written right after a closing square bracket (``]``, ``\big]``,
``\right]`` …), with no space and no further letter, and used as a subscript index elsewhere in the
chain (``t_c``), is that bracket's subscript. Parentheses are left alone (``(a + b)c`` is a
product in every notes). The reading is reported with the step, as ``\delta{ik}`` is
(:mod:`verifier.documents.readings`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["bracket_subscripts", "index_letters"]

_AFTER_BRACKET = re.compile(r"\]([a-z])(?![A-Za-z_{(^'])")
_SUBSCRIPT = re.compile(r"_\s*(?:\{([^{}]*)\}|([A-Za-z]))")


def index_letters(members: Iterable[str]) -> set[str]:
    """The single letters written as subscripts (``t_c``, ``W_{cb}``, ``x_{i,j}``) in ``members``."""
    out: set[str] = set()
    for latex in members:
        for m in _SUBSCRIPT.finditer(latex):
            body = m.group(1) if m.group(1) is not None else m.group(2)
            if re.fullmatch(r"[a-z](?:\s*,?\s*[a-z])*", body.strip()):
                out |= set(re.findall(r"[a-z]", body))
    return out


def bracket_subscripts(latex: str, letters: set[str]) -> tuple[str, str | None]:
    """``latex`` with ``]c`` written ``]_{c}`` where c is one of ``letters``, and the note to report
    (None when nothing is read so)."""
    found: list[str] = []
    if "\\sqrt[" in latex:  # \sqrt[3]x: an optional argument's bracket, not an entry
        return latex, None

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in letters:
            return m.group(0)
        found.append(m.group(1))
        return f"]_{{{m.group(1)}}}"

    out = _AFTER_BRACKET.sub(sub, latex)
    if not found:
        return latex, None
    names = ", ".join(sorted(set(found)))
    return out, f"]{names} read as the bracket's subscript ]_{names} (an index written without its underscore)"
