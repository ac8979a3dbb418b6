r"""Equation labels written after the closing ``$$`` of a Markdown display.

Quarto and pandoc-crossref number a display by an attribute after its closing dollars::

    $$
    L(w) = \|y - Xw\|^2
    $$ {#eq-loss}

(``{#eq:loss}`` for pandoc-crossref). The dollarmath rule of markdown-it only knows MyST's
``$$ (label)``, so a ``$$ {#eq-…}`` line did not close the display: it ran on into the prose and
the next displays and the whole stretch was one unreadable step, a wrong formula in it included.
:func:`blank_equation_labels` blanks such an attribute (with spaces, so lines and columns stay
where they were) before the Markdown is parsed; the label is a name for cross references, never
part of the math. Only a ``{#…}`` right after ``$$`` at the end of a line is touched, so braces
inside a formula are never taken for a label.

bookdown (R Markdown books) labels an equation inside the math itself, ``(\#eq:loss)`` before
``\end{equation}``; MathJax never shows it, and read as math it made the whole display unreadable
(``\#``). Such a label (``(\#`` prefix ``:`` name ``)``) is blanked wherever it stands.
"""

from __future__ import annotations

import re

__all__ = ["blank_equation_labels"]

_BOOKDOWN_LABEL = re.compile(r"\(\\#[A-Za-z]+:[\w:.\-/]+\)")
_LABEL_AFTER_CLOSE = re.compile(r"(?<=\$\$)([ \t]*\{#[A-Za-z][\w:.\-]*\}[ \t]*)$", re.M)


def blank_equation_labels(text: str) -> str:
    """``text`` with every ``{#label}`` that follows a closing ``$$`` at a line's end replaced by
    as many spaces (line numbers and offsets unchanged)."""
    if "(\\#" in text:
        text = _BOOKDOWN_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    if "{#" not in text:
        return text
    return _LABEL_AFTER_CLOSE.sub(lambda m: " " * len(m.group(1)), text)
