r"""Beamer overlay commands, which say on which slide a piece of a frame appears, taken out before a
LaTeX note is read: ``\pause``, ``\only<…>{…}``, ``\onslide<…>{…}`` (or as a switch), ``\uncover``,
``\visible``, ``\invisible``, ``\action`` and ``\alert<…>{…}``/``\alert{…}``.

The last slide of a frame shows the whole derivation, and that is what is checked: the command and
its overlay specification are blanked and its braces dropped, so ``\only<3->{&= p - y}`` is a row
of the ``align`` again. Left in, ``\pause`` before a row was read as a name the row defined
(``\pause = …``) and a wrapped row was missing from the steps. ``\alt`` and ``\temporal`` (which
show different text on different slides) are left as they are. A body whose specification ends before
the frame's last slide (``\only<1>{2x}\only<2->{3x^2}``: a tempting wrong step, then the right one) is not
on the last slide and is blanked with its command (``\invisible`` the other way round; review23e).
Lengths and newlines are kept, so line numbers do not move.
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
#: overlays whose body a slide outside their specification does not show (\invisible: the other way round)
_HIDING = frozenset({"only", "uncover", "visible", "onslide"})
_FRAME = re.compile(r"\\(begin|end)\s*\{frame\}")
#: an overlay specification after a command (\only<2->, \item<3>): not a "<" of the math
_COMMAND_SPEC = re.compile(r"\\[A-Za-z]+\*?\s*(<[^<>{}\n]*>)")
_RANGE = re.compile(r"^(\d*)(-?)(\d*)$")


def _frame_at(text: str, at: int) -> str:
    """The frame (``\\begin{frame}`` … ``\\end{frame}``) around ``at``; the whole text outside frames."""
    begins = [m for m in _FRAME.finditer(text, 0, at) if m.group(1) == "begin"]
    start = begins[-1].start() if begins else 0
    end = next((m.end() for m in _FRAME.finditer(text, at) if m.group(1) == "end"), len(text))
    return text[start:end]


def _on_last_slide(text: str, at: int, spec: str) -> bool | None:
    """Whether the overlay specification ``spec`` (``<1>``, ``<2->``, ``<1-3,5>``) at ``at`` takes in the last
    slide of its frame (the highest slide number its specifications or ``\\pause``s reach); None for a
    specification read otherwise (modes such as ``<2-| alert@2>``, ``<+->``)."""
    frame = _frame_at(text, at)
    numbers = [int(n) for n in re.findall(r"\d+", " ".join(_COMMAND_SPEC.findall(frame)))]
    last = max([*numbers, len(re.findall(r"\\pause(?![a-zA-Z@])", frame)) + 1])
    ranges = [_RANGE.match(r.strip()) for r in spec.strip()[1:-1].split(",")]
    if any(r is None or not (r.group(1) or r.group(3)) for r in ranges):
        return None
    for r in ranges:  # type: ignore[union-attr]
        low = int(r.group(1)) if r.group(1) else 1
        high = int(r.group(3)) if r.group(3) else (last if r.group(2) else low)
        if low <= last <= high:
            return True
    return False


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
                shown = _on_last_slide(text, m.start(), spec.group(0)) if spec else None
                if shown is not None and (not shown if m.group(1) in _HIDING else m.group(1) == "invisible"):
                    close_at = close + 1  # \only<1>{2x}: not on the last slide (review23e)
                else:
                    chars[k] = " "
                    chars[close] = " "
                    close_at = end
                for i in range(m.start(), close_at):
                    if chars[i] != "\n":
                        chars[i] = " "
                continue
            elif m.group(1) != "onslide" and spec is None:
                continue  # \alert without a group: not the beamer command as used in frames
        for i in range(m.start(), end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
