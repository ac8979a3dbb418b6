r"""An inline equation the prose supposes: ``If $z = x \cdot w$, as in a typical linear layer, then …``.

Notes pause on a remark that holds under a supposition: "If $z = x \cdot w$, … the log-odds will
change linearly with the parameters w". The equation is the condition of that sentence, not what the
name means for the rest of the notes: learned as a definition, it made ``z`` the product of two numbers
everywhere after it, and ``z_i`` (the input of sample i, three cells later) an entry of a number. A
reader takes ``If $…$`` as a supposition. This module owns that test; it is deliberately narrow: the
word *if* must come right before the formula (``If we define $…$`` and ``if we let $…$`` still
define, as do "where", "with", "let").

A rule is written the same way: "If $f(x) = g(h(x))$ then $f'(x) = g'(h(x))h'(x)$." There the
supposition is what the *then* formula of the same sentence is about (:func:`then_formula`): the
reader learns it as a definition for that formula only, never for the lines after the sentence.
"""

from __future__ import annotations

import re

__all__ = ["supposes", "then_formula"]

_IF_BEFORE = re.compile(r"(?:^|[\s(,;:])(?:if|If|IF)\s*$")
# the words between the supposition and the formula it is about: "then", ", then", ", we have", "so"
_THEN = re.compile(
    r"\s*,?\s*(?:then|we\s+(?:have|get|obtain)|then\s+we\s+(?:have|get|obtain)|so\s+that)\s*:?\s*\$\$?\s*"
)


def supposes(prose: str) -> bool:
    """Does ``prose`` (the text up to an inline formula) end with the word *if*, making the formula the
    condition of its sentence?"""
    return _IF_BEFORE.search(prose) is not None


def then_formula(after: str) -> int | None:
    """Where (the offset in ``after``, the text right after a supposition's closing ``$``) the formula
    of the same sentence's *then* part starts (inline or a display), or None when the sentence does not go
    on "then $…$"."""
    m = _THEN.match(after)
    return m.end() if m is not None else None
