r"""A built-in function's name the prose gives a number: "Let the noise level be $\sigma = 2$." (sound44).

``\sigma`` is the logistic sigmoid by default, so after "Let the noise level be $\sigma = 2$." the step
``\sigma(x + 1) = 2x + 2`` was FAILED as a logistic (sound43, left): documents.spreadnames reads σ as a quantity only
where the prose says "standard deviation" or "variance". A number stated for the name (``$\sigma = 2$`` inline, alone
in its formula) says what σ is as much: in its section, from the statement's line on, ``\sigma(…)`` is σ times the
bracket (the reading is reported with the step), unless the notes define σ as a function (the caller leaves out the
functions the notes define). This module owns that reading (:func:`numbered_names`, :func:`reading_notes`).

Notes on the sigmoid write its value so too: "at $z = 0$ the output of the sigmoid is $\sigma = 0.5$", and then
``\sigma(2) = 1.0`` (the logistic gives 0.881) was PROVED at σ = 0.5 (sound45). A statement in a section that
calls σ the sigmoid or the logistic function (its heading or any of its lines) gives no product reading: there,
from its line on, which σ a call means is undecided (:func:`undecided_names`; the parser reads the call as
documents.ownbuiltins' ``\sigma_{\text{unsure}}``, a function nothing defines), so such a step is SKIPPED — neither
green at the number nor FAILED as the logistic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from verifier.documents.sizeorder import section_of

__all__ = ["applied_in", "numbered_names", "reading_notes", "undecided_names"]

#: the built-in functions a note may use as a name of a number
NAMES = ("sigma",)
_STATED = re.compile(r"(?<![$\\])\$\s*\\(?P<name>" + "|".join(NAMES) + r")\s*=\s*-?\d*\.?\d+\s*\$(?!\$)")


#: words that call σ the logistic function: a number stated for it in their section may be its value
_LOGISTIC = re.compile(r"sigmoid|logistic", re.I)


@functools.lru_cache(maxsize=8)
def _sites(text: str) -> tuple[tuple[str, int, int, bool], ...]:
    """Each name of :data:`NAMES` the prose gives a number: (name, the statement's line, its section's last line,
    does the section call it the sigmoid or logistic?)."""
    lines = text.split("\n")
    out = []
    for m in _STATED.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        first, last = section_of(lines, line)
        out.append((m.group("name"), line, last, any(_LOGISTIC.search(x) for x in lines[first - 1 : last])))
    return tuple(out)


def numbered_names(text: str, lines: Sequence[str], line: int) -> frozenset[str]:
    """The names of :data:`NAMES` the prose gives a number on a line of the section of ``line`` up to it (not in
    a section that calls it the sigmoid: :func:`undecided_names`)."""
    del lines  # (the sections are the text's)
    return frozenset(name for name, at, last, logistic in _sites(text) if at <= line <= last and not logistic) - \
        undecided_names(text, line)  # fmt: skip


def undecided_names(text: str, line: int) -> frozenset[str]:
    r"""The names of :data:`NAMES` the prose gives a number by ``line`` in its section where that section also
    calls them the sigmoid or logistic function: a call is neither the product nor the logistic (docstring) —
    unless the section writes the function before ``line`` (``\sigma(z) = …``): its calls are that function."""
    return frozenset(name for name, at, last, logistic in _sites(text) if at <= line <= last and logistic
                     and not _written_as_function(text, name, line))  # fmt: skip


def _written_as_function(text: str, name: str, line: int) -> bool:
    r"""Does the section of ``line`` write ``\name(letter) =`` (the function given a formula) before ``line``?"""
    lines = text.split("\n")
    first = section_of(lines, line)[0]
    return re.search(r"\\" + name + r"\s*(?:\\left\s*)?\(\s*[A-Za-z]\s*(?:\\right\s*)?\)\s*(?::=|=)",
                     "\n".join(lines[first - 1 : line - 1])) is not None  # fmt: skip


def applied_in(texts: Sequence[str], text: str, line: int) -> bool:
    r"""Do ``texts`` (a link's members) write a name the prose gives a number by ``line`` before a bracket? Such a
    link is read at the stated number (σ times the bracket at σ = 2), as a worked one is."""
    names = numbered_names(text, (), line)
    return bool(names) and any(reading_notes(t, names) for t in texts)


def reading_notes(latex: str, names: frozenset[str]) -> list[str]:
    r"""The reading reported with a member that writes such a name before a bracket."""
    return [f"\\{n}(…) read as \\{n} times the bracket: the notes give \\{n} a number" for n in sorted(names)
            if re.search(r"\\" + n + r"(?![A-Za-z])\s*(?:\\left\s*)?\(", latex)]
