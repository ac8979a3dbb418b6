r"""Where the math is in a document's raw text: one finder for the readings that look at the notes' formulas.

The chains themselves are found by real parsers (documents.sources: markdown-it-py, pylatexenc, nbformat). Many
readings, though, look at the notes as text — the values stated in prose, the formulas that restate a name, the
slots of a sample's entries — and each had its own pattern for "a formula". They disagreed, and those that took any
environment ``\begin{NAME}…\end{NAME}`` for a display read a LaTeX file's ``\begin{document}`` as one formula
holding the whole notes, so they saw none of its formulas (a restated value kept in a ``.tex`` file: a false
PROVED). This module owns the answer:

- displays: ``$$…$$``, ``\[…\]`` and the math environments (:data:`MATH_ENVIRONMENTS`, starred or not); an
  environment that is not math (``document``, ``proof``, ``itemize``, a theorem) is looked into, never taken
  whole, and one that only occurs inside math (``aligned``, ``bmatrix``, ``cases``) is part of its formula;
  :data:`DISPLAY` is a whole display, for the readings that take the displays out of the prose they read;
- inline math: ``\(…\)`` and ``$…$`` not escaped (``\$5`` is a price), which may run over a line break as a
  Markdown paragraph or a LaTeX line does, but not over a blank line (a stray ``$`` does not swallow the notes).

The text is taken as it is given (code blocks are the callers' concern, as before). :func:`display_at` answers
which display a line is a row of.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: The environments that make a display of their body (amsmath, LaTeX and breqn): anything else holds prose.
MATH_ENVIRONMENTS = (
    "equation", "align", "alignat", "flalign", "xalignat", "gather", "multline", "eqnarray",
    "displaymath", "dmath", "dgroup", "darray",
)  # fmt: skip

_ENVS = "|".join(MATH_ENVIRONMENTS)
_FINDER = re.compile(
    r"(?<![\\$])\$\$(?P<dd>.+?)\$\$"
    r"|\\\[(?P<sq>.+?)\\\]"
    rf"|\\begin\{{(?P<env>(?:{_ENVS})\*?)\}}(?P<eb>.+?)\\end\{{(?P=env)\}}"
    r"|\\\((?P<pa>.+?)\\\)"
    r"|(?<![\\$])\$(?!\$)(?P<in>(?:[^$\n\\]|\\.|\n(?![ \t]*\n))+?)(?<!\\)\$",
    re.S,
)
_DISPLAY_GROUPS = ("dd", "sq", "eb")

#: A whole display with its delimiters (``$$…$$``, ``\[…\]``, a math environment), for the readings that take the
#: displays out of the prose they read (``DISPLAY.sub(" ", prose)``): an environment that is not math stays prose.
DISPLAY = re.compile(
    rf"(?<![\\$])\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{{(?P<env>(?:{_ENVS})\*?)\}}.*?\\end\{{(?P=env)\}}", re.S
)


@dataclass(frozen=True)
class Formula:
    """One formula of the notes: its body (without delimiters), where the body starts, and its line."""

    start: int  # offset of the body in the text
    body: str
    display: bool  # a display or an environment; False for inline math
    line: int  # 1-based line of the body's start: the line of its opening delimiter
    opens: int = -1  # offset of its opening delimiter (``$$``, ``\[``, ``\begin{align}``, ``$``)


@functools.lru_cache(maxsize=16)
def formulas(text: str) -> tuple[Formula, ...]:
    """Every formula of ``text`` in order (module docstring); cached, as several readings ask of the same notes."""
    out: list[Formula] = []
    line, seen = 1, 0
    for m in _FINDER.finditer(text):
        group = next(g for g in ("dd", "sq", "eb", "pa", "in") if m.group(g) is not None)
        start = m.start(group)
        line += text.count("\n", seen, start)
        seen = start
        out.append(Formula(start, m.group(group), group in _DISPLAY_GROUPS, line, m.start()))
    return tuple(out)


def display_at(text: str, line: int) -> Formula | None:
    """The display of ``text`` (``$$``, ``\\[``, a math environment) whose body runs over ``line`` (1-based), if
    any: where a reading of the sentence leading into a display finds the display's first line, in every dialect
    (a ``$$`` looked for alone is not in a ``.tex`` file)."""
    for f in formulas(text):
        if f.line > line:
            break
        if f.display and line <= f.line + f.body.count("\n"):
            return f
    return None
