r"""The LaTeX files a document named on the command line ``\input``s: documents to check as well.

The reader takes only macros from an ``\input``/``\include`` file: its displays are checked when it is a
document of its own. Named alone, ``verify doc main.tex`` (or ``documents = ["notes/main.tex"]``) left the
chapters it inputs unchecked and the run green whatever they claimed (redteam25). A ``.tex`` file named
explicitly now brings the files it inputs, and those they input, each once (a cycle ends), found as the
reader finds them (beside the file that inputs them, ``name``, ``name.tex``); a ``.sty`` package and a
file that cannot be found are left to the reader (which notes the latter). Each is checked as a fragment
with its root document's macros (:func:`verifier.documents.sources.load_document`).
"""

from __future__ import annotations

from pathlib import Path

from verifier.documents.macros import strip_comments
from verifier.documents.sources import _INPUT, _find_input

__all__ = ["inputs_of"]


def inputs_of(path: Path) -> list[Path]:
    """The ``.tex`` files ``path`` inputs, depth first in the order written, each once, ``path`` left out."""
    seen = {path.resolve()}
    out: list[Path] = []

    def walk(p: Path) -> None:
        try:
            text = strip_comments(p.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return  # the reader reports a file it cannot read
        for m in _INPUT.finditer(text):
            if m.group(1) == "usepackage":
                continue
            found = _find_input(m.group(2).strip(), p.parent)
            if found is None or found.suffix.lower() != ".tex" or found.resolve() in seen:
                continue
            seen.add(found.resolve())
            out.append(found)
            walk(found)

    walk(path)
    return out
