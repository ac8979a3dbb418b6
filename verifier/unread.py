"""The files of a folder given to ``verify doc`` that it does not read, named so that no one believes
they were checked (gaps37; redteam36 found them skipped silently).

A folder is searched for the formats the reader knows (:data:`verifier.documents.check.DOCUMENT_SUFFIXES`:
Markdown and its dialects — MDX, Quarto, R Markdown —, LaTeX, notebooks). Notes are written in other text
formats too: AsciiDoc, Org,
Typst, Sweave, HTML exports, plain text. Beside ``.md`` files these were left out without a word, so a folder of
AsciiDoc chapters with one ``README.md`` was "1 document, all green". They are not guessed at (read as
Markdown, an ``.rst`` file's math would be dropped line by line, which is worse): they are listed as *not read*
on the run's summary, in the reports and in ``--stats``. Other files (code, data, images) are no notes and are
not listed.

A file named on the command line, or matched by a ``[tool.verify] documents`` glob, was read whatever its format
(Markdown unless .tex or .ipynb): an ``.rst`` chapter's ``.. math::`` blocks and ``:math:`` roles were dropped and
the run said "0 steps" or green on the rest (gaps38; gaps37 left it). The formats whose math Markdown reading loses
(:data:`NOT_READ_BY_NAME`: AsciiDoc, Typst) are not read by name either, and listed the same
way; a plain-text file named so is still read as Markdown, as its author asked. reStructuredText (``.rst``), the
example of gaps37 and gaps38, is read since fresh60, by docutils (:mod:`verifier.documents.restructured`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = ["NOT_READ_BY_NAME", "NOT_READ_SUFFIXES", "not_read_line", "unread_files"]

#: text formats notes are written in that ``verify doc`` does not read
NOT_READ_SUFFIXES = (
    ".txt", ".text", ".adoc", ".asciidoc", ".asc", ".org", ".typ", ".rnw", ".snw", ".rtex",
    ".html", ".htm", ".xhtml", ".wiki", ".mediawiki", ".textile", ".pod", ".rdoc", ".ltx", ".latex",
)  # fmt: skip

#: formats whose math Markdown reading drops (``.. math::``, ``:math:``, ``stem:[…]``, Typst's own math): not read
#: even when a file is named on the command line or by a ``[tool.verify] documents`` glob
NOT_READ_BY_NAME = (".adoc", ".asciidoc", ".typ")

#: at most this many names are written out on the summary line (the reports list them all)
SHOWN = 8


def unread_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files under the folders in ``paths`` whose format ``verify doc`` does not read (:data:`NOT_READ_SUFFIXES`),
    sorted; hidden folders and annotated copies left out as the folder search leaves them. A file given by name
    is read (as Markdown when its format is none of the others), so it is not listed, unless its format is one of
    :data:`NOT_READ_BY_NAME`."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_file() and p.suffix.lower() in NOT_READ_BY_NAME:
            out.append(p)
        if not p.is_dir():
            continue
        for f in sorted(p.rglob("*")):
            if not f.is_file() or f.suffix.lower() not in NOT_READ_SUFFIXES or ".annotated." in f.name:
                continue
            if not any(part.startswith(".") for part in f.relative_to(p).parts):
                out.append(f)
    return out


def not_read_line(files: Sequence[Path | str]) -> str:
    """``not read: 2 files in formats verify doc does not read (.rst, .txt): a.rst, b.txt`` ("" for none)."""
    if not files:
        return ""
    names = [str(f) for f in files]
    kinds = sorted({Path(f).suffix.lower() for f in names})
    shown = ", ".join(names[:SHOWN]) + (f", … ({len(names) - SHOWN} more)" if len(names) > SHOWN else "")
    count = f"{len(names)} file{'s' if len(names) != 1 else ''}"
    return f"not read: {count} in formats verify doc does not read ({', '.join(kinds)}): {shown}"
