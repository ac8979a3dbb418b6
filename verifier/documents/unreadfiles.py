"""The files of a folder given to ``verify doc`` that hold notes in a format it does not read.

``collect_documents`` searches a folder for the formats the reader knows (.md, .markdown, .tex, .ipynb, .qmd,
.Rmd); MDX pages, reStructuredText, Org and AsciiDoc notes beside them were skipped without a word (redteam36
left it): a wrong step in ``b.mdx`` was never read and the run was green. Never green without evidence, so
:func:`unread_files` lists them for the command to name on the error stream; nothing is checked in them and no
verdict changes. Files of other kinds (code, data, images) are no notes and are not listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = ["UNREAD_SUFFIXES", "unread_files"]

#: formats notes with mathematics are written in that the reader does not read
UNREAD_SUFFIXES = (".mdx", ".rst", ".org", ".adoc", ".asciidoc", ".ltx", ".rnw", ".mkd", ".mdown", ".mkdn")


def unread_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files under the folders among ``paths`` whose format :data:`UNREAD_SUFFIXES` lists (hidden folders
    left out, as collect_documents leaves them)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            continue
        for f in sorted(p.rglob("*")):
            if f.is_file() and f.suffix.lower() in UNREAD_SUFFIXES \
                    and not any(part.startswith(".") for part in f.relative_to(p).parts):
                out.append(f)
    return out
