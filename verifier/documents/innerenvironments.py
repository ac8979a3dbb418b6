r"""A bare ``\begin{aligned}`` (``gathered``, ``alignedat``) on its own lines of Markdown: display math.

amsmath's ``aligned``, ``gathered`` and ``alignedat`` are meant for inside a display (``$$\begin{aligned} …
\end{aligned}$$``), and mdit-py-plugins' amsmath rule takes only the top-level environments (``align``,
``equation``, …) without ``$$``. But MathJax renders any environment it meets in the text
(``processEnvironments``, on by default in Jupyter and in most MathJax sites), so notebooks and MathJax-rendered
notes write ``\begin{aligned}`` bare, and what renders as a derivation had no step at all (fresh41: a dropped
factor in a weight-decay step went unseen).

This module owns that block rule for Markdown (:func:`inner_environment_plugin`): a block whose first line opens
one of :data:`INNER` and that closes it on a later line (or the same one) is one ``amsmath`` token, read as the
top-level environments are. An indented code block, a fence and ``$$`` around it are matched before (a code block
is no math; inside ``$$`` the environment is part of that display).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from mdit_py_plugins.utils import is_code_block

__all__ = ["INNER", "inner_environment_plugin"]

#: the amsmath environments made for inside a display, which MathJax also renders standing alone
INNER = ("aligned", "gathered", "alignedat")
_OPEN = re.compile(r"\\begin\{(" + "|".join(INNER) + r")\}")


def _inner_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """The rule: ``\\begin{aligned}`` at the start of a block line through the line ending ``\\end{aligned}``."""
    if is_code_block(state, start):
        return False
    first = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    if (opened := _OPEN.match(first)) is None:
        return False
    closing = f"\\end{{{opened.group(1)}}}"
    line = start
    while not state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip().endswith(closing):
        line += 1
        if line >= end or (state.sCount[line] < state.blkIndent and state.bMarks[line] + state.tShift[line]
                           < state.eMarks[line]):  # fmt: skip
            return False  # never closed, or a list item's text ends first
    if not silent:
        token = state.push("amsmath", "math", 0)
        token.block = True
        token.content = state.getLines(start, line + 1, state.sCount[start], False)
        token.meta = {"environment": opened.group(1), "numbered": ""}
        token.map = [start, line]
    state.line = line + 1
    return True


def inner_environment_plugin(md: MarkdownIt) -> None:
    """Add the rule beside mdit-py-plugins' amsmath one (it must be in use: this rule goes right after it)."""
    md.block.ruler.after("amsmath", "inner_amsmath", _inner_block,
                         {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]})
