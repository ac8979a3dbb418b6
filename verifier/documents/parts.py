r"""The parts of a homework: where a problem or a sub-question starts and ends.

Solutions are split into problems and sub-questions by headings (``#``, ``\section``), ``\item`` and
enumerators opening a line (``(e)``, ``\noindent(e)``, ``\textbf{(b)}``, ``2)``). What a part's prose
says (the loss it is about, an equation it assumes) holds inside the part, not in the next one. This
module owns that split (:func:`part_of`); the readings that are bounded by it use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["part_of"]

#: where a part starts: a heading, an \item, or an enumerator "(e)" / "e)" opening a line
_PART = re.compile(
    r"^\s*(?:#{1,6}\s|\\(?:sub)*section\*?\s*\{|\\chapter\*?\s*\{|\\item\b|\\paragraph\s*\{"
    r"|(?:\\noindent\s*|\\textbf\s*\{\s*|\*\*)*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)"
)


def part_of(lines: Sequence[str], line: int) -> tuple[int, int]:
    """The first and last 1-based lines of the part holding ``line`` (a part starts at a part start
    and ends before the next one; the notes' first and last lines bound the first and last parts)."""
    start = 1
    for k in range(min(line, len(lines)), 0, -1):
        if _PART.match(lines[k - 1]):
            start = k
            break
    end = len(lines)
    for k in range(line + 1, len(lines) + 1):
        if _PART.match(lines[k - 1]):
            end = k - 1
            break
    return start, end
