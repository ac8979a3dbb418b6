r"""A built-in function's name the prose gives a number: "Let the noise level be $\sigma = 2$." (sound44).

``\sigma`` is the logistic sigmoid by default, so after "Let the noise level be $\sigma = 2$." the step
``\sigma(x + 1) = 2x + 2`` was FAILED as a logistic (sound43, left): documents.spreadnames reads σ as a quantity only
where the prose says "standard deviation" or "variance". A number stated for the name (``$\sigma = 2$`` inline, alone
in its formula) says what σ is as much: in its section, from the statement's line on, ``\sigma(…)`` is σ times the
bracket (the reading is reported with the step), unless the notes define σ as a function (the caller leaves out the
functions the notes define). This module owns that reading (:func:`numbered_names`, :func:`reading_notes`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from verifier.documents.sizeorder import section_of

__all__ = ["applied_in", "numbered_names", "reading_notes"]

#: the built-in functions a note may use as a name of a number
NAMES = ("sigma",)
_STATED = re.compile(r"(?<![$\\])\$\s*\\(?P<name>" + "|".join(NAMES) + r")\s*=\s*-?\d*\.?\d+\s*\$(?!\$)")


@functools.lru_cache(maxsize=8)
def _sites(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each name of :data:`NAMES` the prose gives a number: (name, the statement's line, its section's last line)."""
    lines = text.split("\n")
    out = []
    for m in _STATED.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        out.append((m.group("name"), line, section_of(lines, line)[1]))
    return tuple(out)


def numbered_names(text: str, lines: Sequence[str], line: int) -> frozenset[str]:
    """The names of :data:`NAMES` the prose gives a number on a line of the section of ``line`` up to it."""
    del lines  # (the sections are the text's)
    return frozenset(name for name, at, last in _sites(text) if at <= line <= last)


def applied_in(texts: Sequence[str], text: str, line: int) -> bool:
    r"""Do ``texts`` (a link's members) write a name the prose gives a number by ``line`` before a bracket? Such a
    link is read at the stated number (σ times the bracket at σ = 2), as a worked one is."""
    names = numbered_names(text, (), line)
    return bool(names) and any(reading_notes(t, names) for t in texts)


def reading_notes(latex: str, names: frozenset[str]) -> list[str]:
    r"""The reading reported with a member that writes such a name before a bracket."""
    return [f"\\{n}(…) read as \\{n} times the bracket: the notes give \\{n} a number" for n in sorted(names)
            if re.search(r"\\" + n + r"(?![A-Za-z])\s*(?:\\left\s*)?\(", latex)]
