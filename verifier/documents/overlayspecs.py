r"""Beamer overlay specifications read as slide numbers: the frame's slides and each specification's
numeric form, for :mod:`verifier.documents.overlays` (lecture23).

Beamer numbers the slides of a frame with a counter (``beamerpauses``) that starts at 1: ``+`` in a
specification is its value (``+(1)`` one more), ``.`` the value before it (``.(1)`` one more), and a
specification with a ``+`` moves it on by one; ``\pause`` moves it on and shows what follows from there.
``\begin{itemize}[<+->]`` gives every ``\item`` without its own specification that default. Read as
numbers only, ``\only<+>{…}\only<+->{…}`` was no specification at all: both bodies stood side by side in
the row (``2x^2 3x^2``, a product) and the frame's slide count missed the items. A mode-specific
specification (``<2| handout:0>``, ``<beamer:3|handout:1>``) is read for the presentation: its
``handout:``/``trans:``/``article:`` parts say nothing about the slides; an action part (``alert@2``)
hides nothing. Positions are those of the specification's closing ``>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["FrameSpecs", "frame_specs"]

#: an overlay specification after a command (\only<2->, \item<3>, \begin{block}<2->, \begin{onlyenv}<1>): not a
#: "<" of the math
_COMMAND_SPEC = re.compile(r"\\([A-Za-z]+)\*?\s*(?:\{[A-Za-z]*(?:block|env)\}\s*)?(<([^<>{}\n]*)>)")
_PAUSE = re.compile(r"\\pause(?![a-zA-Z@])")
_LIST = re.compile(r"\\(begin|end)\s*\{(?:itemize|enumerate|description)\}(?:\s*\[\s*<([^<>{}\n]*)>\s*\])?")
_ITEM = re.compile(r"\\item(?![a-zA-Z@])(?!\s*<)")
_RANGE = re.compile(r"^(\d*)(-?)(\d*)$")
_STEP = re.compile(r"([+.])(?:\((-?\d+)\))?")
#: modes other than the presentation's
_OTHER_MODES = frozenset({"handout", "trans", "article", "second"})


@dataclass
class FrameSpecs:
    """A frame's slide count and its specifications, by the position of their closing ``>``, as numeric
    specifications (``"2-"``, ``"1,3"``); None where the specification says nothing about the slides."""

    slides: int = 1
    specs: dict[int, str | None] = field(default_factory=dict)

    def spec_at(self, closing: int) -> str | None:
        """The numeric form of the specification whose ``>`` is at ``closing`` (None: not read)."""
        return self.specs.get(closing)


def _presentation_part(inner: str) -> str | None:
    """The part of a specification that speaks of the presentation's slides (``2-`` of ``2-| handout:0``)."""
    kept = []
    for part in inner.split("|"):
        part = part.strip()
        if "@" in part or not part:
            continue  # alert@2: an action, not a hiding
        if ":" in part:
            mode, _, rest = part.partition(":")
            if mode.strip() in _OTHER_MODES:
                continue
            part = rest.strip()
        kept.append(part)
    return ",".join(kept) if kept else None


def _numeric(inner: str, counter: int) -> tuple[str | None, bool]:
    """``inner`` with ``+``/``.`` replaced by slide numbers at ``counter``, and whether it moves the counter."""
    part = _presentation_part(inner)
    if part is None:
        return None, "+" in inner
    moves = "+" in part

    def number(m: re.Match[str]) -> str:
        base = counter if m.group(1) == "+" else counter - 1
        return str(max(base + int(m.group(2) or 0), 1))

    out = _STEP.sub(number, part.replace(" ", ""))
    if not all((r := _RANGE.match(x)) and (r.group(1) or r.group(3)) for x in out.split(",")):
        return None, moves
    return out, moves


def _numbers(spec: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", spec)]


def frame_specs(frame: str) -> FrameSpecs:
    """The specifications and slide count of ``frame`` (the text of one frame), read in order."""
    events: list[tuple[int, str, re.Match[str]]] = []
    events += [(m.start(), "spec", m) for m in _COMMAND_SPEC.finditer(frame)]
    events += [(m.start(), "pause", m) for m in _PAUSE.finditer(frame)]
    events += [(m.start(), "list", m) for m in _LIST.finditer(frame)]
    events += [(m.start(), "item", m) for m in _ITEM.finditer(frame)]
    out = FrameSpecs()
    counter, highest = 1, 1
    defaults: list[str | None] = []
    for _, kind, m in sorted(events, key=lambda e: e[0]):
        spec: str | None = None
        if kind == "pause":
            counter += 1
            highest = max(highest, counter)
            continue
        if kind == "list":
            if m.group(1) == "begin":
                defaults.append(m.group(2))
            elif defaults:
                defaults.pop()
            continue
        if kind == "item":
            if not defaults or defaults[-1] is None:
                continue
            spec, moves = _numeric(defaults[-1], counter)
        else:
            if m.group(1) == "pause":
                continue  # \pause<3>: not a specification of shown text
            spec, moves = _numeric(m.group(3), counter)
            out.specs[m.end() - 1] = spec
        if spec is not None:
            highest = max([highest, *_numbers(spec)])
        if moves:
            counter += 1
    out.slides = highest
    return out
