r"""Beamer overlay commands, which say on which slide a piece of a frame appears, taken out before a
LaTeX note is read: ``\pause``, ``\only<…>{…}``, ``\onslide<…>{…}`` (or as a switch), ``\uncover``,
``\visible``, ``\invisible``, ``\action`` and ``\alert<…>{…}``/``\alert{…}``.

The last slide of a frame shows the whole derivation, and that is what is checked: the command and
its overlay specification are blanked and its braces dropped, so ``\only<3->{&= p - y}`` is a row
of the ``align`` again. Left in, ``\pause`` before a row was read as a name the row defined
(``\pause = …``) and a wrapped row was missing from the steps. ``\alt<spec>{on}{off}`` and
``\temporal<spec>{before}{during}{after}`` show different text on different slides: the argument the
last slide shows is kept, the others are blanked (left as written, a row wrapped in ``\alt`` was a brace
group, its ``=`` signs were never counted and a wrong value there passed unseen; lecture22). A body whose
specification ends before the frame's last slide (``\only<1>{2x}\only<2->{3x^2}``: a tempting wrong step,
then the right one) is not on the last slide and is blanked with its command (``\invisible`` the other way
round; review23e). The overlay environments (``onlyenv``, ``uncoverenv``, ``visibleenv``, ``invisibleenv``,
``altenv``) are read the same way (:func:`_environments`; unread, every body stood on every slide, and two
slides' definitions of one name clashed). Lengths and newlines are kept, so line numbers do not move.

The earlier slides are the notes' claims too (lecture23): :func:`earlier_slides` gives the text as each
earlier slide shows it (every frame at that slide, or at its own last slide when it has fewer), which
:mod:`verifier.documents.slideversions` reads for the steps the last slide does not show.
"""

from __future__ import annotations

import re
from itertools import pairwise

from verifier.documents.hidden import commented_out
from verifier.documents.overlayspecs import FrameSpecs, frame_specs
from verifier.latex.braces import brace_end

__all__ = ["earlier_slides", "earlier_slides_named", "last_slide", "on_slide"]

#: at most this many earlier slides are read (a frame numbered <1-50> is not read fifty times)
MAX_SLIDES = 24

_COMMAND = re.compile(r"\\(pause|onslide|only|uncover|visible|invisible|action|alert)(?![a-zA-Z@])")
#: only slides have overlays: an article may define \alert or \only as macros of its own
_BEAMER = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{beamer\}|\\begin\s*\{frame\}")
_SPEC = re.compile(r"\s*<[^<>{}\n]*>")
_OPTION = re.compile(r"\s*\[[^\[\]{}\n]*\]")
_WRAPPING = frozenset({"only", "uncover", "visible", "invisible", "action", "alert", "onslide"})
#: overlays whose body a slide outside their specification does not show (\invisible: the other way round)
_HIDING = frozenset({"only", "uncover", "visible", "onslide"})
_FRAME = re.compile(r"\\(begin|end)\s*\{frame\}")
_RANGE = re.compile(r"^(\d*)(-?)(\d*)$")
#: overlays that choose between their arguments: how many each takes
_CHOOSING = {"alt": 2, "temporal": 3}
#: which argument the last slide shows, by where it lies with respect to the specification
_KEPT = {"alt": {"during": 0, "before": 1, "after": 1}, "temporal": {"before": 0, "during": 1, "after": 2}}
#: the argument kept of a chooser whose specification says nothing about the slides: as shown during it (0), and
#: the others, for the versions :func:`earlier_slides` adds so that no argument is dropped unread
_UNREAD = {"alt": (0, 1, 1), "temporal": (1, 0, 2)}
_CHOOSER = re.compile(r"\\(alt|temporal)(?![a-zA-Z@])")
#: the overlay environments: \begin{onlyenv}<1> … \end{onlyenv} hides as \only<1>{…} does
_ENV = re.compile(r"\\(begin|end)\s*\{(onlyenv|uncoverenv|visibleenv|invisibleenv|altenv)\}")


def _frames(text: str) -> list[tuple[int, int, FrameSpecs]]:
    """Each frame (``\\begin{frame}`` … ``\\end{frame}``) and each stretch between frames, with where it
    starts and ends and its specifications (:func:`verifier.documents.overlayspecs.frame_specs`)."""
    bounds = [0]
    for m in _FRAME.finditer(text):
        bounds.append(m.start() if m.group(1) == "begin" else m.end())
    bounds.append(len(text))
    return [(a, b, frame_specs(text[a:b])) for a, b in pairwise(bounds) if b > a]


def _on_slide(frames: list[tuple[int, int, FrameSpecs]], closing: int, slide: int | None) -> bool | None:
    """Whether the overlay specification whose ``>`` is at ``closing`` takes in the slide ``slide`` of its
    frame (None, or past the frame's slides: its last slide); None for a specification that says nothing
    about the slides (``<handout:0>``, ``<| alert@2>``)."""
    where = _slide_at(frames, closing, slide)
    return None if where is None else where == "during"


def _slide_at(frames: list[tuple[int, int, FrameSpecs]], closing: int, slide: int | None) -> str | None:
    """Where the slide shown (``slide``, at most the frame's last one; None: its last one) lies with respect
    to the specification whose ``>`` is at ``closing``: ``"before"`` its first slide, ``"during"`` it, or
    ``"after"`` it; None for a specification that says nothing about the slides."""
    start, specs = next(((a, f) for a, b, f in frames if a <= closing < b), (0, None))
    spec = None if specs is None else specs.spec_at(closing - start)
    if specs is None or spec is None:
        return None
    last = specs.slides if slide is None else min(slide, specs.slides)
    ranges = [_RANGE.match(r.strip()) for r in spec.split(",")]
    if any(r is None or not (r.group(1) or r.group(3)) for r in ranges):
        return None
    lows = []
    for r in ranges:  # type: ignore[union-attr]
        low = int(r.group(1)) if r.group(1) else 1
        high = int(r.group(3)) if r.group(3) else (last if r.group(2) else low)
        if low <= last <= high:
            return "during"
        lows.append(low)
    return "before" if last < min(lows) else "after"


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _choose(text: str, chars: list[str], slide: int | None, frames: list[tuple[int, int, FrameSpecs]],
            other: int = 0) -> None:
    r"""``\alt<spec>{on}{off}`` and ``\temporal<spec>{before}{during}{after}``: the argument the last slide
    shows (``slide``, None: the last) is kept (its braces dropped), the command, its specification and the
    other arguments blanked. A specification that says nothing about the slides keeps the argument shown
    during it, or with ``other`` 1 or 2 another one (:data:`_UNREAD`: ``\alt<handout:0>{a}{b}``'s b is a
    claim of the notes too)."""
    for m in _CHOOSER.finditer(text):
        spec = _SPEC.match(text, m.end())
        if spec is None or commented_out(text, m.start()):
            continue  # without a specification: not the overlay command (an article's own \alt)
        groups: list[tuple[int, int]] = []
        k = spec.end()
        for _ in range(_CHOOSING[m.group(1)]):
            while k < len(text) and text[k] in " \t\n":
                k += 1
            if k >= len(text) or text[k] != "{" or (close := brace_end(text, k)) < 0:
                break
            groups.append((k, close))
            k = close + 1
        if len(groups) != _CHOOSING[m.group(1)]:
            continue
        where = _slide_at(frames, spec.end() - 1, slide)
        kept = _KEPT[m.group(1)][where] if where is not None else _UNREAD[m.group(1)][other]
        _blank(chars, m.start(), groups[0][0])
        for n, (open_, close) in enumerate(groups):
            if n == kept:
                chars[open_] = chars[close] = " "
            else:
                _blank(chars, open_, close + 1)


def _environments(text: str, chars: list[str], slide: int | None, frames: list[tuple[int, int, FrameSpecs]]) -> None:
    r"""The overlay environments as the slide ``slide`` shows them (None: the last): ``onlyenv``,
    ``uncoverenv``, ``visibleenv`` keep their body on the slides of their specification and blank it
    elsewhere (``invisibleenv`` the other way round), ``altenv<spec>{b}{e}{b'}{e'}`` keeps its body between
    b and e during the specification, b' and e' elsewhere; the ``\begin``/``\end`` lines are blanked."""
    opened: list[tuple[re.Match[str], int, int]] = []  # each \begin not yet closed: its match, where its body starts
    for m in _ENV.finditer(text):
        if commented_out(text, m.start()):
            continue
        if m.group(1) == "begin":
            spec = _SPEC.match(text, m.end())
            body, shown = (spec.end(), _on_slide(frames, spec.end() - 1, slide)) if spec else (m.end(), None)
            opened.append((m, body, -1 if shown is None else int(shown)))
            continue
        k = next((k for k in range(len(opened) - 1, -1, -1) if opened[k][0].group(2) == m.group(2)), None)
        if k is None:
            continue
        begin, body, shown = opened.pop(k)
        del opened[k:]
        name = begin.group(2)
        if name == "altenv":
            groups, at = [], body
            for _ in range(4):
                while at < len(text) and text[at] in " \t":
                    at += 1
                if at >= len(text) or text[at] != "{" or (close := brace_end(text, at)) < 0:
                    break
                groups.append((at, close))
                at = close + 1
            kept = (0, 1) if shown != 0 else (2, 3)
            _blank(chars, begin.start(), groups[0][0] if groups else body)
            for n, (open_, close) in enumerate(groups):
                if n in kept:
                    chars[open_] = chars[close] = " "
                else:
                    _blank(chars, open_, close + 1)
            _blank(chars, m.start(), m.end())
        elif shown != -1 and (shown == 0) == (name != "invisibleenv"):
            _blank(chars, begin.start(), m.end())  # \begin{onlyenv}<1>: not on this slide
        else:
            _blank(chars, begin.start(), body)
            _blank(chars, m.start(), m.end())


def _has_overlays(text: str) -> bool:
    return bool(_COMMAND.search(text) or _CHOOSER.search(text) or _ENV.search(text)) and bool(_BEAMER.search(text))


def last_slide(text: str) -> str:
    """``text`` (a Beamer document, or a fragment with a ``frame``) with the overlay commands blanked
    and the braces they wrap dropped: every frame as its last slide shows it."""
    return on_slide(text, None)


def earlier_slides(text: str) -> list[str]:
    """``text`` as each slide before the last of its longest frame shows it (every frame at that slide, a
    shorter frame at its last one), and with the other arguments of a chooser whose specification says
    nothing about the slides (``\\alt<handout:0>``), each distinct from the last slide's text and from the
    others; none for a text without overlays."""
    return [version for _, version in earlier_slides_named(text)]


def earlier_slides_named(text: str) -> list[tuple[str, str]]:
    """:func:`earlier_slides` with the name of each version: its slide (``"1"``), or ``"arg 2"``/``"arg 3"``
    for a chooser's other arguments (the chains a version alone shows are told apart by it: ``file:5<1>``)."""
    if not _has_overlays(text):
        return []
    slides = max(f.slides for _, _, f in _frames(text))
    seen = {on_slide(text, None)}
    out = []
    versions = [(str(n), on_slide(text, n)) for n in range(1, min(slides, MAX_SLIDES + 1))]
    for name, version in [*versions, ("arg 2", on_slide(text, None, 1)), ("arg 3", on_slide(text, None, 2))]:
        if version not in seen:
            seen.add(version)
            out.append((name, version))
    return out


def on_slide(text: str, slide: int | None, other: int = 0) -> str:
    """``text`` with the overlay commands blanked and the braces they wrap dropped, every frame as its
    slide ``slide`` shows it (its last slide when it has fewer, or for None); ``other``: see :func:`_choose`."""
    if not _has_overlays(text):
        return text
    chars = list(text)
    frames = _frames(text)
    _choose(text, chars, slide, frames, other)
    _environments(text, chars, slide, frames)
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
                shown = _on_slide(frames, spec.end() - 1, slide) if spec else None
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
