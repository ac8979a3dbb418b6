r"""Sentence punctuation that ends a row of a ``cases`` environment: ``1 & x > 0,\\ 0 & x < 0.``

Notes write a piecewise definition as part of a sentence, so each row's condition ends with a comma
and the last with a full stop (``\text{otherwise.}`` too). The punctuation is no part of the
condition; read as math it made the whole formula unreadable ("a comma outside a function call",
"unexpected character '.'"). :func:`without_row_punctuation` blanks it out (a space, so positions in
error messages stay right) only right before a row break ``\\`` or the end of the environment, inside
``cases``/``dcases``/``rcases``.
"""

from __future__ import annotations

import re

__all__ = ["without_row_punctuation"]

_ENV = re.compile(r"\\begin\s*\{\s*([dr]?cases)\s*\}(.*?)\\end\s*\{\s*\1\s*\}", re.DOTALL)
_ROW_END = re.compile(r"[,.;](?=\s*(?:\\\\|$))")
_TEXT_END = re.compile(r"(\\(?:text|mbox|textrm|mathrm)\s*\{[^{}]*?)[,.;](\s*\})")


def without_row_punctuation(src: str) -> str:
    """``src`` with the punctuation ending each row of its cases environments replaced by a space."""
    if "cases" not in src:
        return src

    def blank(m: re.Match[str]) -> str:
        body = m.group(2)
        body = _ROW_END.sub(" ", body)
        body = _TEXT_END.sub(lambda t: t.group(1) + " " + t.group(2), body)
        return m.group(0)[: m.start(2) - m.start(0)] + body + m.group(0)[m.end(2) - m.start(0) :]

    return _ENV.sub(blank, src)
