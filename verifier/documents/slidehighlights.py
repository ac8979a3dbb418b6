r"""Slidev's line highlighting of a display: ``$$ {1|3|all}`` on the opening line reveals the display's lines
click by click (``{1|2-3|all}``, ``{*}``, ``{hide|…}``). The ranges are no math: left in, they were read as
the start of the display's first member (``{1|2|all} \frac{∂}{∂q} …``), whose link was SKIPPED, right or wrong
(fresh66). A brace group of LaTeX there (``$$ {x^2}``) has no ranges in it and stays.
"""

from __future__ import annotations

import re

__all__ = ["without_highlights"]

_RANGE = r"(?:\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*|all|none|hide|\*)"
#: the ranges alone on the display's first line: at least two clicks (``|``), or a single ``{*}``/``{all}``
_HIGHLIGHTS = re.compile(r"^[ \t]*\{\s*(?:" + _RANGE + r"(?:\s*\|\s*" + _RANGE + r")+|\*|all)\s*\}[ \t]*(?=\n|$)")


def without_highlights(content: str) -> str:
    """The display's ``content`` (as the ``$$`` rule gives it: from right after the opening ``$$``) with Slidev's
    highlight ranges on its first line blanked, lengths kept."""
    m = _HIGHLIGHTS.match(content)
    return content if m is None else " " * m.end() + content[m.end() :]
