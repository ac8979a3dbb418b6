r"""An inline equation the prose supposes: ``If $z = x \cdot w$, as in a typical linear layer, then …``.

Notes pause on a remark that holds under a supposition: "If $z = x \cdot w$, … the log-odds will
change linearly with the parameters w". The equation is the condition of that sentence, not what the
name means for the rest of the notes: learned as a definition, it made ``z`` the product of two numbers
everywhere after it, and ``z_i`` (the input of sample i, three cells later) an entry of a number. A
reader takes ``If $…$`` as a supposition. This module owns that test; it is deliberately narrow: the
word *if* must come right before the formula (``If we define $…$`` and ``if we let $…$`` still
define, as do "where", "with", "let").
"""

from __future__ import annotations

import re

__all__ = ["supposes"]

_IF_BEFORE = re.compile(r"(?:^|[\s(,;:])(?:if|If|IF)\s*$")


def supposes(prose: str) -> bool:
    """Does ``prose`` (the text up to an inline formula) end with the word *if*, making the formula the
    condition of its sentence?"""
    return _IF_BEFORE.search(prose) is not None
