r"""The steps a Beamer frame shows on an earlier slide only, read and checked like the others (lecture23).

The document is read as its frames' last slides show them (:func:`verifier.documents.overlays.last_slide`);
what an earlier slide alone shows (``\only<1>{&= …}``, the other branch of ``\alt<2>{…}{…}``, the other
arguments of ``\temporal``, ``\uncover<1>{…}``) was blanked and dropped without a word, so a wrong value
there was never checked nor reported. Every overlay is a step of the notes: a tempting wrong step shown
on slide 1 is still a claim the notes make to their students. Each earlier slide's text
(:func:`verifier.documents.overlays.earlier_slides`, same lines) is read into chains; a chain whose links
the last slide (or an earlier version) already has adds nothing; the others are read whole (their shared
rows are the context of their own: a row alone loses the derivative it continues) and their shared steps
dropped from the result (:func:`without_repeated`), so each distinct equation is checked once, at its
source line.

A link is the same claim only under the same formulas: ``\only<1>{Take $f(x) = x^2$.}\only<2>{Take $f(x) =
x^3$.}`` before a row ``f'(x) = 3x^2`` both slides show makes the row wrong on slide 1 and right on slide 2, and
dropping slide 1's chain as "already checked" left the frame PROVED (redteam36). A version that shows, in the
chain's frame before it (:func:`_own_formulas`), a formula the last slide does not show there reads its chains
under their own context: their links are not the last slide's.

The other way round too (gaps37): ``Take $f(x) = x^2$.`` then ``\uncover<2>{Take $f(x) = x^3$.}`` and the row.
Slide 1 shows a prefix of slide 2, no formula of its own, and its chain was dropped; but the last slide's
redefinition, which slide 1 hides, is what the row was read under there. A definition the last slide shows
before the chain and the version hides (:func:`_hidden_redefinitions`), of a name the version defines before
the chain too, is context of its own as well. A hidden definition of a new name (a progressive reveal) is not:
the row reads the same without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from verifier.documents.members import _Chain
from verifier.documents.records import CheckedChain
from verifier.results import worst

__all__ = ["earlier_slide_chains", "without_repeated"]

_SPACE = re.compile(r"\s+")
Link = tuple[int, str, int, str, str]
_FRAME = re.compile(r"\\begin\s*\{frame\}|\\frame\b")
_MATHLIKE = re.compile(r"[$=]|\\[(\[]|\\begin")


def _links(chain: _Chain) -> list[Link]:
    """The chain's links as (left line, left LaTeX, right line, right LaTeX, relation), spaces dropped."""
    m = chain.members
    return [(m[s.left].line, _SPACE.sub("", m[s.left].latex), m[s.right].line, _SPACE.sub("", m[s.right].latex),
             s.relation) for s in chain.steps]  # fmt: skip


def _repeated(chain: _Chain, seen: set[Link]) -> frozenset[int] | None:
    """The indices of the chain's steps whose links ``seen`` holds; None when it holds them all."""
    repeated = frozenset(k for k, link in enumerate(_links(chain)) if link in seen)
    return None if len(repeated) == len(chain.steps) else repeated


def _own_formulas(version: list[str], last: list[str], line: int) -> tuple[str, ...]:
    """The lines of ``version`` (1-based ``line``: the chain's first) from its frame's start to the one before
    ``line`` that show a formula the last slide's same line does not (a token with ``$``, ``=``, ``\\(``, ``\\[`` or
    ``\\begin`` beyond the last slide's tokens there): the context only this slide gives the chain. Prose alone
    (``\\only<1>{First the rule.}``) changes no formula's meaning."""
    before = min(line - 1, len(version))
    start = next((k for k in range(before - 1, -1, -1) if _FRAME.search(version[k])), 0)
    own = []
    for k in range(start, before):
        shown = version[k].split()
        there = last[k].split() if k < len(last) else []
        for token in there:
            if token in shown:
                shown.remove(token)
        if any(_MATHLIKE.search(token) for token in shown):
            own.append(" ".join(version[k].split()))
    return tuple(own)


_DEFINED = re.compile(r"(?:\$|\\\(|\\\[)([^$=]+?)=")


def _hidden_redefinitions(version: list[str], last: list[str], line: int) -> tuple[str, ...]:
    """The lines of ``last`` from the chain's frame's start to the one before ``line`` (1-based) that show a
    definition ``$name = …`` which ``version`` hides there, of a ``name`` that ``version`` defines before the chain
    too (``$f(x) = x^2$`` shown, ``$f(x) = x^3$`` uncovered later): on that slide the chain reads the name as the
    version's own definition gives it, so its links are not the last slide's."""
    before = min(line - 1, len(version), len(last))
    start = next((k for k in range(before - 1, -1, -1) if _FRAME.search(last[k])), 0)
    shown = _SPACE.sub("", "\n".join(version[start:before]))
    defined = {_SPACE.sub("", m.group(1)) for m in _DEFINED.finditer(shown)}
    hidden = []
    for k in range(start, before):
        there = last[k].split()
        for token in version[k].split():
            if token in there:
                there.remove(token)
        gone = _SPACE.sub("", " ".join(there))
        if gone and any(_SPACE.sub("", m.group(1)) in defined for m in _DEFINED.finditer(gone)):
            hidden.append("hidden: " + " ".join(last[k].split()))
    return tuple(hidden)


def earlier_slide_chains(
    versions: Sequence[tuple[str, str]], chains: Sequence[_Chain], read: Callable[[str], list[_Chain]],
    last: str = "",
) -> list[_Chain]:
    """The chains only an earlier slide shows (``versions``: the document as each earlier slide shows it, with
    the slide's name, :func:`verifier.documents.rendered.earlier_slides_read`), each with the steps the last
    slide's ``chains`` (or an earlier version) have already checked marked ``repeated`` and its slide named
    (its id ``file:line<1>``); ``read`` reads a version (same lines) into its chains. ``last``: the text the
    last slide shows (same lines), against which a version's own formulas before a chain are found: a link
    under other formulas is another claim (module docstring)."""
    seen: set[tuple[Link, tuple[str, ...]]] = {(link, ()) for c in chains for link in _links(c)}
    last_lines = last.split("\n")
    out: list[_Chain] = []
    for name, version in versions:
        lines = version.split("\n")
        for chain in read(version):
            own = (*_own_formulas(lines, last_lines, chain.line),
                   *_hidden_redefinitions(lines, last_lines, chain.line)) if last else ()
            repeated = _repeated(chain, {link for link, ctx in seen if ctx == own})
            if repeated is None:
                continue
            seen.update((link, own) for link in _links(chain))
            chain.repeated = repeated
            chain.slide = name
            chain.notes.append("shown on an earlier slide of its frame only (a Beamer overlay)")
            out.append(chain)
    return out


def without_repeated(chain: _Chain, checked: CheckedChain) -> CheckedChain:
    """``checked`` (the result of ``chain``) without the steps another chain has checked (``chain.repeated``):
    the rows an earlier slide shares with the last one were checked there, and are read here only as the
    context of the rows this slide alone shows."""
    steps = checked.result.steps
    if not chain.repeated or len(steps) != len(chain.steps) or len(checked.step_lines) != len(steps):
        return checked
    keep = [k for k in range(len(steps)) if k not in chain.repeated]
    kept = tuple(steps[k] for k in keep)
    result = replace(checked.result, steps=kept, verdict=worst([s.verdict for s in kept]))
    return CheckedChain(result, [checked.step_lines[k] for k in keep], [checked.parsed[k] for k in keep])
