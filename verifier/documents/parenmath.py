r"""Inline formulas written ``\( … \)``, for the prose readings.

MathJax, Jupyter, Pandoc and LaTeX itself take ``\( … \)`` as an inline formula, and the Markdown and
LaTeX sources find such formulas as they find ``$ … $`` ones (:mod:`verifier.documents.sources`). The
prose readings, though — definitions (``Let \(\hat y_i = w x_i + b\)``), annotations (``\(x \in
\mathbb{R}^d\)``), conditions, sizes — scan the notes' text for ``$ … $``: a definition written with the
other delimiter was never learned, and every step through it was SKIPPED "not declared". This module
owns giving the readers one spelling: each ``\(`` … ``\)`` pair becomes `` $`` … ``$ `` (two characters
for two), so every line and column stays where the notes have it. Markdown's escaped spelling
``\\( … \\)`` (what kramdown, Hugo and Jekyll turn into ``\( … \)`` for MathJax; Jupyter reads it as
written) is given the same spelling by :func:`dollar_escaped`, for Markdown only (in LaTeX ``\\(`` is a line
break and a bracket).
"""

from __future__ import annotations

import re

__all__ = ["dollar_escaped", "dollar_inline"]

# \( … \) not after a backslash (\\( is a line break and a bracket), on one paragraph (no blank line inside)
_PAREN_MATH = re.compile(r"(?<!\\)\\\(((?:(?!\n[ \t]*\n)(?!\\\)).)*?)(?<!\\)\\\)", re.DOTALL)


# \\( … \\) on one paragraph
_ESCAPED_MATH = re.compile(r"(?<!\\)\\\\\(((?:(?!\n[ \t]*\n)(?!\\\\\)).)*?)\\\\\)", re.DOTALL)


def dollar_escaped(text: str) -> str:
    r"""Markdown ``text`` with each ``\\( … \\)`` formula written ``  $ … $  `` (same length, lines, columns)."""
    if "\\\\(" not in text:
        return text
    return _ESCAPED_MATH.sub(lambda m: f"  ${m.group(1)}$  ", text)


def dollar_inline(text: str) -> str:
    r"""``text`` with each ``\( … \)`` formula written `` $ … $ `` (same length, same lines and columns)."""
    if "\\(" not in text:
        return text
    return _PAREN_MATH.sub(lambda m: f" ${m.group(1)}$ ", text)
