r"""What the reader could not read, as results every reporter shows: never an all-green run in silence.

The reader notes what it could not take in (:attr:`verifier.documents.sources.Sources.notes`): an
``\input{chapter}`` not found next to the document or unreadable, a macro file that cannot be read,
LaTeX the walker cannot parse. Those notes were kept on the :class:`DocumentCheck` and shown by no
reporter, so ``verify doc main.tex`` whose ``\input{missing}`` held the derivations reported every
step green (gaps19). Each such note is now a SKIPPED result of the document (``file:line``, "content
not read", the note as its message), which the table, JSON, JUnit, Markdown, HTML and GitHub reporters
all show, and which fails the run as a SKIPPED step does (exit 1; ``--allow-skipped`` accepts it, as it
accepts an unread step): content that was not read is not verified, so the run is not a pass.

A note that says nothing is missing (the root document's macros are used; an input holding display
math is checked as a document of its own; an input not found whose macros the course gave as macro files
of the context) stays a note: it is no verdict.
"""

from __future__ import annotations

import re
from pathlib import Path

from verifier.engine import Settings
from verifier.results import IdentityResult, Verdict

__all__ = ["TITLE", "unread_results"]

TITLE = "content not read"
#: the notes of :mod:`verifier.documents.sources` that mean part of the document was not read
_UNREAD = re.compile(r"not found next to the document|cannot be read")
_REPLACED = "the macro files given are used instead"  # the course gave the macros the missing file held
#: an input that is a figure or data the course generates (``\input{figures/loss.pgf}``): it holds no derivation,
#: so its absence is no unread content (review31b: a plot built in CI after the gate failed the run)
_FIGURE = re.compile(r"\\(?:input|include)\{[^{}]*\.(?:pgf|tikz|tex_t|pdf_tex|pgf_t|eps_tex|svg_tex|csv|dat|tsv)\}",
                     re.IGNORECASE)
_WHERE = re.compile(r"^(?P<path>.*):(?P<line>\d+): (?P<message>.*)$", re.S)


def unread_results(notes: list[str], settings: Settings) -> list[IdentityResult]:
    """One SKIPPED result per reader note (``path:line: message``) that says content was not read."""
    out: list[IdentityResult] = []
    for note in notes:
        m = _WHERE.match(note)
        if m is None or not _UNREAD.search(m["message"]) or _REPLACED in m["message"] or _FIGURE.match(m["message"]):
            continue
        path, line = m["path"], int(m["line"])
        out.append(
            IdentityResult(
                id=f"{Path(path).name}:{line}:unread",
                title=TITLE,
                statement="",
                verdict=Verdict.SKIPPED,
                source=f"{path}:{line}",
                seed=settings.seed,
                message=f"not read: {m['message']}",
                kind="document",
            )
        )
    return out
