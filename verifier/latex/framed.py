r"""A whole equation inside a frame, a colour or a brace group: ``\boxed{a = b}``, ``\textcolor{red}{a = b}``,
``{\color{blue} a = b}``.

Lecture notes box or colour their final result. The splitter (:mod:`verifier.latex.chains`) takes such a
decoration off and keeps its argument as a group, which is right for a member (``= \boxed{3x^2}``, ``\cancel{…}``)
but hides a whole equation: an ``=`` inside braces is no link, so a boxed result was neither checked nor counted
(lecture22). Here a group that holds an ``=`` outside its own brackets is opened instead.
"""

from __future__ import annotations

import re

from verifier.latex.braces import brace_end, split_top_equals

__all__ = ["framed", "unframed_row"]

_WHOLE_GROUP = re.compile(r"\s*\{(.*)\}\s*([.,;]?)\s*", re.S)


def _holds_equation(content: str) -> bool:
    """An ``=`` (``:=``, ``\\le=`` …) outside every bracket of ``content``."""
    return "=" in content and len(split_top_equals(content)) > 1


def framed(content: str) -> str:
    r"""What a decoration around ``content`` leaves: a brace group, or — for a whole equation
    (``\boxed{a = b}``) — the equation itself, its braces spaces (lengths and newlines kept)."""
    return f" {content} " if _holds_equation(content) else "{" + content + "}"


def unframed_row(row: str) -> str:
    r"""A row that is one brace group around an equation (``{\color{blue} a = b}.`` once the colour is taken
    out) as that equation; any other row as it is."""
    m = _WHOLE_GROUP.fullmatch(row)
    if m is None or brace_end(row, m.start(1) - 1) != m.end(1) or not _holds_equation(m.group(1)):
        return row
    return row[: m.start(1) - 1] + " " + m.group(1) + " " + row[m.end(1) + 1 :]
