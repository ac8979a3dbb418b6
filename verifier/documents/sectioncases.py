r"""A case stated once for a whole section, seen by the steps below it (gaps37; lecture23 and gaps36 left it).

Notes state a case of their indices once, under a heading: "We take $j \neq y$ throughout this section." or, as the
section's opening paragraph, "For a wrong class $j \neq y$ the gradient is simpler." The steps of that section
assume it. The checker reads the case of a step's indices in the prose *around* its display only
(``steps._Checker._prose_around``: the lead-in paragraph, the display's own lines, the prose after), so a step
three paragraphs below the statement whose claim writes an indicator (``p_j(1 - [j = y])``) was FAILED at j = y —
the case the section excludes — as if the notes had claimed it there.

This module owns the section's prose (:func:`section_prose`): the opening paragraph of the part that holds the
step (:func:`verifier.documents.partscope.part_start`: a heading, a "Problem 2", …) and every sentence of the part
before the step that says it holds "throughout", "in/for this section", "from now on", "for the rest of …".
:func:`with_section_cases` adds it to the prose before a display; it only ever keeps a mixed outcome a case
split (SKIPPED), never makes a step green. A statement in the middle of a section without such words is the
display's own (it is read there as before). Hook: ``steps._Checker._prose_around`` returns
``with_section_cases(self.doc.lines, self.chain.line, (before, own, after))``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.partscope import part_start
from verifier.documents.sentences import RUN_TO_STOP as _SENTENCE

__all__ = ["WHOLE_SECTION", "section_prose", "with_section_cases"]

#: words that state the setting of the whole section they stand in, before them as after ("Throughout, …", "In this
#: section we assume …"): a standing hypothesis (documents.symmetricsection reads one after a display too)
WHOLE_SECTION = re.compile(
    r"\bthroughout\b(?!\s+(?:the\s+(?:rest|remainder)|what\s+follows|the\s+following)\b)"
    r"|\b(?:in|for)\s+(?:this|the\s+whole)\s+(?:section|part|problem|chapter|derivation|lecture)\b",
    re.IGNORECASE,
)
# …and the words that state it from there on only ("from now on", "for the rest of this section", "henceforth",
# "throughout the rest")
_FOR_THE_SECTION = re.compile(
    WHOLE_SECTION.pattern + r"|\bthroughout\b|\b(?:in|for)\s+the\s+rest\s+of\s+(?:this|the)\s+(?:section|part|"
    r"problem|chapter|derivation|lecture)\b|\bfrom\s+now\s+on\b|\bfor\s+the\s+rest\b|\bhenceforth\b",
    re.IGNORECASE,
)
#: a lead paragraph longer than this many lines is no statement of the section's setting
_LEAD_LINES = 8


def section_prose(lines: Sequence[str], line: int) -> str:
    """The prose that states the setting of the part holding 1-based ``line``: the part's opening paragraph (when
    the part starts at a heading, before ``line``) and the sentences of the part before ``line`` that say they
    hold for it (``_FOR_THE_SECTION``); "" when there are none."""
    start, depth = part_start(lines, line)
    if line - 1 > len(lines) or line <= start:
        return ""
    body = list(lines[start - 1 : line - 1])
    out: list[str] = []
    if depth > 0:
        k = 1
        while k < len(body) and not body[k].strip():
            k += 1
        lead = []
        while k < len(body) and body[k].strip() and not body[k].lstrip().startswith(("$$", "\\[", "\\begin", "```")):
            lead.append(body[k])
            k += 1
        if 0 < len(lead) <= _LEAD_LINES:
            out.append(" ".join(lead))
    text = " ".join(body)
    out += [m.group(0).strip() for m in _SENTENCE.finditer(text) if _FOR_THE_SECTION.search(m.group(0))]
    return "\n".join(dict.fromkeys(x for x in out if x))


def with_section_cases(lines: Sequence[str], line: int, prose: tuple[str, str, str]) -> tuple[str, str, str]:
    """``prose`` (before the display, its own lines, after it) with the section's setting before it."""
    before, own, after = prose
    extra = section_prose(lines, line)
    if not extra or extra in before:
        return prose
    return f"{extra}\n{before}", own, after
