r"""A capital E the notes use as a quantity of their own: the irreducible loss E of ``L = E + A/N^\alpha``.

E is reserved for the expectation (documents.annotations.RESERVED): ``\mathbb{E}[X]``, ``E[X]``, ``E_q[\log r]``
are read as one, so a bare E was never inferred as a name — yet the resolver gives a bare E no meaning either (an
expectation always comes with its brackets), and every step writing one was SKIPPED "E is not declared". Scaling
laws (E the irreducible loss), energy-based notes (a constant energy E), physics-flavoured notes (an energy E, a
field E) write E as a plain number.

This module owns when a bare E is such a name: the notes never write an expectation in any form — no
``\mathbb{E}`` (``\mathrm{E}``, ``\operatorname{E}``, ``\mathop{E}``, a ``\E`` macro), no E followed by a bracket
or a parenthesis (``E[X]``, ``E_q[…]``, ``E(X)``: an expectation, or the notes' function E(w), whose definition is
read on its own path), and no prose about an expectation ("expectation", "expected value"). Where one is written,
E stays reserved: read as a number, ``\mathrm{E}(c) = c`` (an expectation without its brackets) would fail. An E the
notes annotate with a shape (``E \in \mathbb{R}^{V \times d}``, an embedding matrix) is no such constant either:
documents.annotations keeps it reserved (read through the annotation, its sizes V, d became size letters, and a
worked count ``Vd = 16{,}384{,}000`` after "$V = 32000$" FAILED at V = 3: fresh33's weight tying).
"""

from __future__ import annotations

import re

__all__ = ["plain_capital_e"]

_EXPECTATION = re.compile(
    r"\\(?:mathbb|mathrm|mathbf|mathsf|mathcal|mathit|operatorname\*?|mathop|text|textrm)\s*\{\s*(?:\\mathrm\s*\{\s*)?E\s*\}"
    r"|\\mathbb\s*E(?![A-Za-z])|\\(?:E|Exp|Expect|EE|Ex)(?![A-Za-z])"
    r"|(?<![A-Za-z\\])E\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
    r"(?:\\left\s*|\\[bB]igg?[lr]?\s*)?(?:[\[(]|\\\{|\\lbrack)"
    r"|\b(?i:expect(?:ation|ations|ed\s+value))\b",
)


def plain_capital_e(text: str) -> bool:
    """Do the notes (``text``, the whole document) never write an expectation, so that a bare E is a name?"""
    return _EXPECTATION.search(text) is None
