r"""Find the display math of a LaTeX document: pylatexenc's LatexWalker from ``\begin{document}`` on.

:mod:`verifier.documents.sources` reads a ``.tex`` document with :func:`read_tex`: the preamble is only read for
macro definitions (a ``$$`` inside ``\lstset{…}`` is harmless), ``%`` comments are dropped, listings and the
verbatim environments (:data:`VERBATIM_ENVIRONMENTS`) are verbatim, ``\input``/``\include`` files and local ``.sty``
packages are found next to the document (:func:`find_input`) for their macros, and a display the notes crossed out
(``\sout``) is marked struck. This module owns that walk and the math environments it takes as displays
(:data:`MATH_ENVIRONMENTS`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pylatexenc import macrospec
from pylatexenc.latexwalker import (
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexMathNode,
    LatexWalker,
    LatexWalkerError,
    get_default_latex_context_db,
)

from verifier.documents.envshorthand import aliased_display, environment_aliases, openers, shorthand_display
from verifier.documents.macros import Macro, MacroTable, read_definitions, strip_comments
from verifier.latex.document import MathBlock, Place
from verifier.latex.intertext import prose_formulas

if TYPE_CHECKING:
    from verifier.documents.sources import Sources

__all__ = ["INPUT_SUFFIXES", "MATH_ENVIRONMENTS", "VERBATIM_ENVIRONMENTS", "find_input"]

MATH_ENVIRONMENTS = frozenset({
    "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*", "eqnarray",
    "eqnarray*", "displaymath", "flalign", "flalign*", "alignat", "alignat*", "dmath", "dmath*",
    "IEEEeqnarray", "IEEEeqnarray*", "xalignat", "xalignat*", "xxalignat", "empheq",
})  # fmt: skip
#: breqn's ``dgroup`` holds ``dmath`` displays, each an equation of its own: the walker goes into it
VERBATIM_ENVIRONMENTS = ("lstlisting", "minted", "Verbatim", "comment", "verbatim*", "BVerbatim", "alltt")
INPUT_SUFFIXES = ("", ".tex", ".sty")


def _latex_context() -> macrospec.LatexContextDb:
    db = get_default_latex_context_db()
    db.add_context_category(
        "verifier-verbatim",
        prepend=True,
        environments=[
            macrospec.EnvironmentSpec(
                name, args_parser=macrospec.VerbatimArgsParser(verbatim_arg_type="verbatim-environment")
            )
            for name in VERBATIM_ENVIRONMENTS
        ],
        macros=[macrospec.MacroSpec(name, "{") for name in _STRIKE_MACROS],
    )
    return db


#: ulem's \sout and \xout, soul's \st: the argument is crossed out (a step the author withdrew)
_STRIKE_MACROS = ("sout", "xout", "st")


_CONTEXT: macrospec.LatexContextDb | None = None


def _context() -> macrospec.LatexContextDb:
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = _latex_context()
    return _CONTEXT


def _document_start(walker: LatexWalker, text: str) -> int:
    r"""Offset just after ``\begin{document}`` (0 for a fragment without one), found token by
    token so that anything odd in the preamble (``$$`` in ``\lstset``) cannot derail it."""
    pos = 0
    n = len(text)
    while pos < n:
        try:
            tok = walker.get_token(pos)
        except LatexWalkerError:
            return 0
        if tok.tok == "begin_environment" and tok.arg == "document":
            return tok.pos + tok.len
        pos = tok.pos + max(tok.len, 1)
    return 0


_DISPLAY_HINT = re.compile(r"\$\$|\\\[|\\begin\{(?:equation|align|gather|multline|eqnarray|flalign|alignat|dmath)")
INPUT = re.compile(r"\\(input|include|usepackage)\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")


def find_input(name: str, base: Path) -> Path | None:
    for suffix in INPUT_SUFFIXES:
        candidate = base / (name + suffix)
        if candidate.is_file():
            return candidate
    return None


def file_macros(path: Path, pos: int, seen: set[Path], out: Sources, line: int) -> list[Macro]:
    """Definitions of a macro file and of the files it inputs (positions all set to ``pos``)."""
    resolved = path.resolve()
    if resolved in seen:
        return []
    seen.add(resolved)
    text = strip_comments(path.read_text(encoding="utf-8", errors="replace"))
    macros: list[Macro] = []
    for m in INPUT.finditer(text):
        if m.group(1) == "usepackage":
            continue
        found = find_input(m.group(2).strip(), path.parent)
        if found is not None:
            macros.extend(file_macros(found, pos, seen, out, line))
    macros.extend(replace(d, pos=pos) for d in read_definitions(text))
    return macros


def read_tex(text: str, path: str, table: MacroTable, out: Sources, base: Path, given: bool = False) -> None:
    clean = strip_comments(text)
    starts = line_starts(clean)
    walker = LatexWalker(clean, latex_context=_context(), tolerant_parsing=True)
    body = _document_start(walker, clean)
    table.add(read_definitions(clean, tex_comments=False))
    seen: set[Path] = set()
    for m in INPUT.finditer(clean):
        if m.group(1) == "usepackage":
            local = [
                p for name in m.group(2).split(",") if (p := find_input(name.strip(), base)) and p.suffix == ".sty"
            ]
            for p in local:
                table.add(file_macros(p, m.start(), seen, out, 0))
            continue
        name = m.group(2).strip()
        line = bisect.bisect_right(starts, m.start())
        found = find_input(name, base)
        if found is None:
            instead = (
                "the macro files given are used instead"
                if given
                else "its macros are not expanded (give the macro file as a macro file of the context)"
            )
            out.notes.append((line, f"\\{m.group(1)}{{{name}}} not found next to the document: {instead}"))  # fmt: skip
            continue
        try:
            table.add(file_macros(found, m.start(), seen, out, line))
            if m.start() >= body and _DISPLAY_HINT.search(
                strip_comments(found.read_text(encoding="utf-8", errors="replace"))
            ):
                out.notes.append((line, f"\\{m.group(1)}{{{name}}} holds display math: it is checked as a document "
                                        f"of its own ({found.name}), not as part of this one"))  # fmt: skip
        except OSError as exc:
            out.notes.append((line, f"\\{m.group(1)}{{{name}}} cannot be read: {exc}"))
    try:
        nodes, _, _ = walker.get_latex_nodes(pos=body)
    except LatexWalkerError as exc:
        out.notes.append((bisect.bisect_right(starts, body), f"LaTeX cannot be read: {exc}"))
        return

    def line_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    def add(pos: int, inner: str, inline: bool = False, end: int | None = None, struck: bool = False) -> None:
        if not inner.strip():
            return
        expanded = table.expand_at(inner, pos)
        line = line_of(pos)
        # an inline formula's place: its delimiters' columns (pylatexenc's node positions, lines kept by strip_comments)
        place = None if end is None else Place(pos - starts[line - 1], line_of(end), end - starts[line_of(end) - 1])
        block = MathBlock(line, expanded, path, struck, inline=inline, place=place)
        (out.inline if inline else out.blocks).append(block)

    aliases = environment_aliases(clean, MATH_ENVIRONMENTS)  # \newenvironment{eqn}{\begin{equation}}{…}
    opening = openers(table.at(len(clean) + 1))
    # a note's own \st ("such that") is not soul's strike-through
    striking = frozenset(_STRIKE_MACROS) - set(table.at(len(clean) + 1))

    def walk(ns: Sequence[object] | None, struck: bool = False) -> None:
        ns = ns or []
        skip_to = -1
        for k, n in enumerate(ns):
            if k <= skip_to:
                continue
            shorthand = (
                shorthand_display(clean, ns, k, table.at(n.pos), MATH_ENVIRONMENTS)
                if isinstance(n, LatexMacroNode) and n.macroname in opening
                else None
            )
            if shorthand is not None:
                add(shorthand[0], shorthand[1], struck=struck)  # \beq … \eeq (documents.envshorthand)
                skip_to = shorthand[2]
            elif isinstance(n, LatexEnvironmentNode) and n.environmentname in aliases:
                written = aliased_display(clean[n.pos : n.pos + n.len], n.environmentname, aliases[n.environmentname])
                add(n.pos, written, struck=struck)
            elif isinstance(n, LatexMathNode):
                delims = n.delimiters or (("$$", "$$") if n.displaytype == "display" else ("$", "$"))
                inner = clean[n.pos + len(delims[0]) : n.pos + n.len - len(delims[1])]
                add(n.pos, inner, inline=n.displaytype != "display", end=n.pos + n.len, struck=struck)
            elif isinstance(n, LatexEnvironmentNode):
                if n.environmentname in MATH_ENVIRONMENTS:
                    add(n.pos, clean[n.pos : n.pos + n.len], struck=struck)
                    for at, formula in prose_formulas(clean[n.pos : n.pos + n.len]):  # \intertext{… $v = …$ …}
                        add(n.pos + at, formula, inline=True, struck=struck)
                elif n.environmentname not in VERBATIM_ENVIRONMENTS and n.environmentname != "verbatim":
                    walk(n.nodelist, struck)
            elif isinstance(n, LatexGroupNode):
                walk(n.nodelist, struck)
            elif isinstance(n, LatexMacroNode) and n.nodeargd is not None:
                struck_here = struck or n.macroname in striking
                walk([a for a in n.nodeargd.argnlist if a is not None], struck_here)

    walk(nodes)


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]
