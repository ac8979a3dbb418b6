r"""How the readings of the prose cut it into sentences (one pattern each, shared by the modules that read words).

* :data:`SENTENCE`: the sentences of a text, for ``finditer`` — a run of characters up to a full stop followed by
  white space (``x.y`` and ``3.5`` stay inside) or a blank line (annotations, iterates, basisvectors, rowsoftmax).
* :func:`last_sentence`: the sentence the prose right before a claim ends with, cut at a sentence end followed by
  a capital or a bracket, or at a blank line (heldconstant, constrained).
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE", "last_sentence"]

SENTENCE = re.compile(r"(?:[^.\n]|\.(?!\s)|\n(?!\s*\n))+")
_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n\s*\n")


def last_sentence(prose: str) -> str:
    """The last sentence of ``prose`` (the words just before a claim); ``""`` for no prose."""
    return _BREAK.split(prose)[-1] if prose else ""
