r"""Displays the notes open and close with shorthand of their own.

Older lecture notes write ``\newcommand{\beq}{\begin{equation}}``, ``\newcommand{\eeq}{\end{equation}}``
(also ``\def\bea{\begin{eqnarray}}``) and then ``\beq … \eeq``, or define an environment of their own,
``\newenvironment{eqn}{\begin{equation}}{\end{equation}}``. The reader finds displays by walking the document's
structure before any macro is expanded, so none of these displays was found and their steps were dropped
without a word (lecture22). Here an opening shorthand, up to its matching closing one among the nodes that
follow it, and an environment whose definition opens and closes one display environment, are read as that
display environment (the notes' lines kept: only the shorthand is rewritten).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from pylatexenc.latexwalker import LatexMacroNode

from verifier.documents.macros import Macro
from verifier.latex.braces import brace_end

__all__ = ["aliased_display", "environment_aliases", "openers", "shorthand_display"]

_ENDS = re.compile(r"\s*\\(begin|end)\s*\{([A-Za-z]+\*?)\}\s*")
_NEWENV = re.compile(r"\\(?:re)?newenvironment\s*\{([A-Za-z]+\*?)\}\s*")


def _end(body: str, which: str) -> str | None:
    m = _ENDS.fullmatch(body)
    return m.group(2) if m is not None and m.group(1) == which else None


def environment_aliases(text: str, displays: Collection[str]) -> dict[str, str]:
    r"""Environments ``text`` defines (``\newenvironment{eqn}{\begin{equation}}{\end{equation}}``, no arguments)
    as one of the ``displays`` environments, by name."""
    out: dict[str, str] = {}
    for m in _NEWENV.finditer(text):
        k = m.end()
        bodies: list[str] = []
        for _ in range(2):
            while k < len(text) and text[k] in " \t\n":
                k += 1
            end = brace_end(text, k) if k < len(text) and text[k] == "{" else -1
            if end < 0:
                break
            bodies.append(text[k + 1 : end])
            k = end + 1
        if len(bodies) == 2 and (env := _end(bodies[0], "begin")) in displays and _end(bodies[1], "end") == env:
            out[m.group(1)] = env
    return out


def openers(macros: Mapping[str, Macro]) -> frozenset[str]:
    r"""The names among ``macros`` that open a display environment (``\beq``): only at their uses is
    :func:`shorthand_display` asked (it looks up the definitions in force there)."""
    return frozenset(name for name, m in macros.items() if m.nargs == 0 and _end(m.body, "begin") is not None)


def aliased_display(source: str, alias: str, env: str) -> str:
    r"""The text of a ``\begin{alias} … \end{alias}`` environment node with its ends written ``env``'s."""
    source = re.sub(r"^\\begin\s*\{" + re.escape(alias) + r"\}", lambda _: f"\\begin{{{env}}}", source)
    return re.sub(r"\\end\s*\{" + re.escape(alias) + r"\}$", lambda _: f"\\end{{{env}}}", source)


def shorthand_display(
    clean: str, nodes: Sequence[object], k: int, macros: Mapping[str, Macro], displays: Collection[str]
) -> tuple[int, str, int] | None:
    r"""When ``nodes[k]`` is a shorthand that opens one of the ``displays`` environments (``\beq``) and a later node
    of ``nodes`` the shorthand that closes it (``\eeq``): (where the display starts, its text written with the
    environment's own ``\begin``/``\end``, the index of the closing node); otherwise None."""
    node = nodes[k]
    if not isinstance(node, LatexMacroNode) or (opening := macros.get(node.macroname)) is None:
        return None
    env = _end(opening.body, "begin") if opening.nargs == 0 else None
    if env not in displays:
        return None
    for j in range(k + 1, len(nodes)):
        other = nodes[j]
        if isinstance(other, LatexMacroNode) and (closing := macros.get(other.macroname)) is not None:
            if closing.nargs == 0 and _end(closing.body, "end") == env:
                start = node.pos + len(node.macroname) + 1
                return node.pos, f"\\begin{{{env}}}{clean[start : other.pos]}\\end{{{env}}}", j
            if closing.nargs == 0 and _end(closing.body, "begin") is not None:
                return None  # another display opens first: this one is not closed
    return None
