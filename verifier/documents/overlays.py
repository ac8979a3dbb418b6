r"""Beamer overlay commands, which say on which slide a piece of a frame appears, taken out before a
LaTeX note is read: ``\pause``, ``\only<…>{…}``, ``\onslide<…>{…}`` (or as a switch), ``\uncover``,
``\visible``, ``\invisible``, ``\action`` and ``\alert<…>{…}``/``\alert{…}``.

The last slide of a frame shows the whole derivation, and that is what is checked: the command and
its overlay specification are blanked and its braces dropped, so ``\only<3->{&= p - y}`` is a row
of the ``align`` again. Left in, ``\pause`` before a row was read as a name the row defined
(``\pause = …``) and a wrapped row was missing from the steps. ``\alt`` and ``\temporal`` (which
show different text on different slides) are left as they are. Lengths and newlines are kept, so
line numbers do not move.
"""

from __future__ import annotations

import re

from verifier.documents.hidden import commented_out
from verifier.latex.braces import brace_end

__all__ = ["last_slide"]

_COMMAND = re.compile(r"\\(pause|onslide|only|uncover|visible|invisible|action|alert)(?![a-zA-Z@])")
#: only slides have overlays: an article may define \alert or \only as macros of its own
_BEAMER = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{beamer\}|\\begin\s*\{frame\}")
_SPEC = re.compile(r"\s*<[^<>{}\n]*>")
_OPTION = re.compile(r"\s*\[[^\[\]{}\n]*\]")
_WRAPPING = frozenset({"only", "uncover", "visible", "invisible", "action", "alert", "onslide"})


def last_slide(text: str) -> str:
    """``text`` (a Beamer document, or a fragment with a ``frame``) with the overlay commands blanked
    and the braces they wrap dropped."""
    if not _COMMAND.search(text) or not _BEAMER.search(text):
        return text
    chars = list(text)
    for m in _COMMAND.finditer(text):
        if commented_out(text, m.start()):
            continue
        end = m.end()
        spec = _SPEC.match(text, end)
        if spec:
            end = spec.end()
        elif m.group(1) == "pause" and (option := _OPTION.match(text, end)):
            end = option.end()
        if m.group(1) in _WRAPPING:
            k = end
            while k < len(text) and text[k] in " \t":
                k += 1
            if k < len(text) and text[k] == "{" and (close := brace_end(text, k)) >= 0:
                chars[k] = " "
                chars[close] = " "
            elif m.group(1) != "onslide" and spec is None:
                continue  # \alert without a group: not the beamer command as used in frames
        for i in range(m.start(), end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
