r"""Whether the notes compute something in code before a value they state: a fenced block, a notebook's code cell.

A value stated as data is exact (documents.exactdata): "So the loss is $L = 0.69$." then ``3L = 2.08`` FAILED "at the
values the notes state as data … 2.07". But where the notes compute beside it in code — a Markdown code block
``loss = -np.log(0.5)`` printing 0.69, or a notebook's code cell doing the same — the value in the prose may be that
computation's printed result, rounded, and ``3L = 2.08`` (3 · 0.6931) is right: a false FAILED (review42). The code
is blanked from the prose readings (documents.codeprose) and a notebook's code cells are dropped when it is loaded
(documents.sources), so the computation cannot be read; what can be seen is that there is one. This module owns that
question (:func:`computes_in_code`): between the start of the statement's section and its line, a fenced block
(backticks or tildes) or a ``\begin{verbatim}``/``lstlisting`` whose text assigns (``=`` not part of ``==``,
``<=``, ``>=``, ``!=``) or prints, or — in a notebook — the statement's markdown cell comes right after a cell the
loaded text skips (its ``<!-- cell N -->`` marker jumps: a code cell is right before it, whose printed result the
prose may state). The stated values there are then not read as exact data — unless the sentence gives the value as
an input (:func:`given_in_words`: "We are given the input $x = 0.25$", "Let $x = 0.25$", "Suppose that $x = …$",
a data word at most three words before the formula): an input is
no printed result, and a code cell that only imports or plots said nothing about it (redteam44: ``3x = 0.76`` was
PASSED after ``import numpy as np``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from verifier.documents.sizeorder import section_of
from verifier.documents.sources import CELL_MARKER

__all__ = ["code_blocks", "code_spans", "computes_in_code", "given_in_words"]

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})[^\n]*\n(.*?)^\s*\1\s*$", re.M | re.S)
_VERBATIM = re.compile(r"\\begin\{(verbatim|lstlisting|minted)\}(.*?)\\end\{\1\}", re.S)
_COMPUTES = re.compile(r"(?<![=<>!])=(?!=)|\bprint\s*\(|<-")
# words that give a value as an input, at most three words before its formula ("We are given the input $x",
# "Suppose that $x", "Let $x"; not "Given the code above, the loss is $L")
_GIVEN = re.compile(r"\b(?:given|suppose|assume|assuming|let|take|set|choose|fix|pick)\b(?:\s+[A-Za-z]+){0,3}\s*\$$|"
                    r"\binputs?\b(?:\s+(?:is|are|be|of|value|values))?\s*\$$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def code_blocks(text: str) -> Iterator[str]:
    """The code of each fenced block (backticks or tildes) and of each ``verbatim``/``lstlisting``/``minted``
    environment of ``text``: what the notes compute or assign in code (documents.codeupdates too)."""
    for _, _, code in code_spans(text):
        yield code


def code_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Each code block of ``text`` (:func:`code_blocks`) as (its start offset, its end offset, its code)."""
    for pattern in (_FENCE, _VERBATIM):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), m.group(2)


def computes_in_code(text: str, line: int) -> bool:
    """Do the notes compute in code in the section of ``line`` (1-based), before it (module docstring)?"""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return False
    first, _ = section_of(lines, line)
    start = len("\n".join(lines[: first - 1]))
    end = len("\n".join(lines[: line - 1]))
    region = text[start:end]
    if any(_COMPUTES.search(code) for code in code_blocks(region)):
        return True
    # a notebook: the markdown cell of the statement comes right after a cell the loaded text skips (a code cell)
    cells = [(m.start(), int(m.group(1))) for m in CELL_MARKER.finditer(text)]
    own = [k for k, (at, _) in enumerate(cells) if at <= end]
    return bool(own) and cells[own[-1]][1] > (cells[own[-1] - 1][1] if own[-1] > 0 else 0) + 1


def given_in_words(line_text: str, name: str) -> bool:
    """Does the sentence of ``line_text`` that states ``name = …`` give it as an input (module docstring)?"""
    m = re.search(r"\$[^$]*?" + re.escape(name) + r"\s*=", line_text) if name else None
    if m is None:
        return False
    before = line_text[: m.start() + 1]
    ends = [e.end() for e in _SENTENCE_END.finditer(before[:-1])]
    return _GIVEN.search(before[ends[-1] if ends else 0 :].rstrip()) is not None
