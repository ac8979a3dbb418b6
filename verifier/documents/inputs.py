r"""The files a document named on the command line includes: documents to check as well.

The reader takes only macros from an ``\input``/``\include`` file: its displays are checked when it is a
document of its own. Named alone, ``verify doc main.tex`` (or ``documents = ["notes/main.tex"]``) left the
chapters it inputs unchecked and the run green whatever they claimed (redteam25). A ``.tex`` file named
explicitly now brings the files it inputs, and those they input, each once (a cycle ends), found as the
reader finds them (beside the file that inputs them, ``name``, ``name.tex``); a ``.sty`` package and a
file that cannot be found are left to the reader (which notes the latter). Each is checked as a fragment
with its root document's macros (:func:`verifier.documents.sources.load_document`). A Quarto document
(``.qmd``, ``.md``) brings the files of its ``{{< include _part.qmd >}}`` shortcodes the same way.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from verifier.documents.macros import strip_comments
from verifier.documents.texsources import INPUT, find_input

__all__ = ["inputs_of"]

_INCLUDE = re.compile(r"\{\{<\s*include\s+([^\s>]+)\s*>\}\}")
_QUARTO = (".qmd", ".md", ".markdown")


def _tex_inputs(p: Path, text: str, root: Path) -> list[Path]:
    """The ``.tex`` files ``p`` inputs, each beside ``p`` or else beside the ``root`` named (where LaTeX
    resolves a chapter's ``\\input{chapters/ch2}``)."""
    names = [m.group(2).strip() for m in INPUT.finditer(strip_comments(text)) if m.group(1) != "usepackage"]
    found = [find_input(n, p.parent) or find_input(n, root.parent) for n in names]
    return [f for f in found if f is not None and f.suffix.lower() == ".tex"]


def _inside(f: Path, folders: tuple[Path, ...]) -> bool:
    """Is ``f`` in one of ``folders`` (the named file's, the working directory's) or below it? As written
    (``..`` taken out, a linked chapters folder of the course kept) or with its links resolved."""
    return any(g.is_relative_to(d) for g in (Path(os.path.abspath(f)), f.resolve()) for d in folders)


def _quarto_includes(p: Path, text: str) -> list[Path]:
    found = [p.parent / m.group(1).strip("\"'") for m in _INCLUDE.finditer(text)]
    return [f for f in found if f.is_file() and f.suffix.lower() in _QUARTO]


def inputs_of(path: Path) -> list[Path]:
    """The files ``path`` inputs (includes), depth first in the order written, each once, ``path`` left out."""
    seen = {path.resolve()}
    out: list[Path] = []
    # an input outside the named file's folder and the working directory (``\input{../../x}``) is not
    # brought: a course run checks its own files (review30c); the reader still takes its macros
    folders = tuple(
        {Path(os.path.abspath(d)) for d in (path.parent, Path.cwd())} | {path.resolve().parent, Path.cwd().resolve()}
    )

    def walk(p: Path) -> None:
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return  # the reader reports a file it cannot read
        for found in _tex_inputs(p, text, path) if p.suffix.lower() == ".tex" else _quarto_includes(p, text):
            if found.resolve() in seen or not _inside(found, folders):
                continue
            seen.add(found.resolve())
            out.append(found)
            walk(found)

    if path.suffix.lower() in (".tex", *_QUARTO):
        walk(path)
    return out
