r"""A plain ``i`` read as the imaginary unit: the other reading of a claim that writes it and indexes nothing with it.

``e^{i\pi} = -1``, ``e^{i\theta} = \cos\theta + i\sin\theta`` and ``|e^{i\omega}| = 1`` write the imaginary unit
as a plain italic ``i``, as most notes and every textbook on Fourier series do; the parser reads a plain ``i`` as a
real name (an upright ``\mathrm{i}`` is the unit: latex.tokenizer), so Euler's formula was FAILED at i = 0 (gaps62).
Where the letter indexes nothing in the claim (no ``x_i``, no ``\sum_{i=1}``, no ``x^{(i)}``), the unit is a
plausible reading, and a step is FAILED only when it fails under both (issue 8): :func:`imaginary_reading` writes
the members with every such ``i`` as ``\mathrm{i}``, which :mod:`verifier.documents.meanings` (notes) and
:mod:`verifier.commands.check` (a one-off claim) check as one more reading. Where the notes index with i elsewhere
(``x_i``: :func:`indexes_with_i`) or count with it in words ("the first $i$ items": :func:`counts_with_i`) and do
not say what i is, it is the letter they count with: the unit is then only a reading the notes do not state, which
keeps a step from FAILED and never makes it green (review62, red63), and not tried at all in a part of the notes
that counts or indexes with i itself (:func:`unit_note`). An ``i`` inside a font, an accent or a
text (``\mathbf{i}``, ``\hat{i}``, ``\text{if}``), in a command's name (``\pi``, ``\sin``) or in a word of letters
(``sigma(z)`` typed in plain math, and so ``e^{ikx}`` too) is no candidate.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.documents.parts import part_of
from verifier.latex.braces import brace_end

#: the note said with a step that holds under this reading
NOTE = "i the imaginary unit (i² = −1)"
#: the note said with a step read so because the notes say what i is
SAID_NOTE = "i read as the imaginary unit (the notes say so)"
#: the note of the unit where the notes count or index with i and do not say what it is: a step that holds only
#: under it is SKIPPED, never green (documents.doubts reads "which the notes do not state"), never FAILED either
UNSAID_NOTE = NOTE + ", which the notes do not state"

#: the notes say what a plain i is: "the imaginary unit" (in the languages of documents.prosewords), or a formula
#: ``i = \sqrt{-1}`` or ``i^2 = -1``
_SAID = re.compile(
    r"imaginary\s+unit|imaginäre\s+einheit|unité\s+imaginaire|unidad\s+imaginaria|unidade\s+imaginária|虚数单位"
    r"|(?<![\\A-Za-z_^])i\s*=\s*\\sqrt\s*\{\s*-\s*1\s*\}|(?<![\\A-Za-z_^])i\s*\^\s*\{?\s*2\s*\}?\s*=\s*-\s*1(?![0-9])",
    re.IGNORECASE,
)

#: commands whose braced argument is a name, a font or words, never the unit written plainly
_OPAQUE = frozenset({
    "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "mathrm", "mathit", "mathbf", "mathsf",
    "mathtt", "mathcal", "mathbb", "mathfrak", "mathscr", "boldsymbol", "bm", "operatorname", "hat", "vec",
    "tilde", "bar", "dot", "ddot", "widehat", "widetilde", "check", "breve", "label", "tag", "begin", "end",
})  # fmt: skip


def _group_end(latex: str, start: int) -> int:
    """The index just after the braced group opening at ``start`` (the end of the text when it never closes)."""
    close = brace_end(latex, start)
    return len(latex) if close < 0 else close + 1


def _scan(latex: str) -> tuple[list[int], bool]:
    """The positions of the plain ``i`` letters of ``latex`` outside names, fonts and texts, and whether one of
    them is an index (in a subscript, or a parenthesised superscript ``x^{(i)}``)."""
    found: list[int] = []
    indexed = False
    bounds = False  # right after \sum or \prod: its scripts are bounds, a count (\sum_{k=1}^{i}: redmid62)
    k = 0
    while k < len(latex):
        c = latex[k]
        if c == "\\":
            j = k + 1
            while j < len(latex) and latex[j].isalpha():
                j += 1
            name = latex[k + 1 : j]
            k = max(j, k + 2)  # \{ or \, : one character
            bounds = name in ("sum", "prod", "limits")
            if name in _OPAQUE:
                while k < len(latex) and latex[k] == " ":
                    k += 1
                if k < len(latex) and latex[k] == "{":
                    k = _group_end(latex, k)
            continue
        if c in "_^":
            j = k + 1
            while j < len(latex) and latex[j] == " ":
                j += 1
            end = _group_end(latex, j) if latex[j : j + 1] == "{" else j + 1
            script = latex[j:end].strip("{} ")
            if _scan(script)[0] and (c == "_" or script.startswith("(") or bounds):
                indexed = True  # x_i, \sum_{i=1}, x^{(i)}, \sum_{k=1}^{i}
            if c == "_" or bounds:
                k = end  # a subscript's letters are labels (w_{in}), never the unit; a bound is a count
                continue
        elif c == "i" and not any(0 <= j < len(latex) and latex[j].isalpha() for j in (k - 1, k + 1)):
            found.append(k)  # a letter of a word (sigma, exp, ikx) is no unit written alone
        if c not in " _^":
            bounds = False
        k += 1
    return found, indexed


def imaginary_reading(members: Sequence[str]) -> list[str] | None:
    r"""``members`` with every plain ``i`` written ``\mathrm{i}`` (the imaginary unit), or None where no member
    writes one or one of them indexes something (``x_i``, ``\sum_{i=1}^n``, ``x^{(i)}``: the letter is an index in
    this claim, and the unit no plausible reading of it)."""
    out: list[str] = []
    changed = False
    for latex in members:
        found, indexed = _scan(latex)
        if indexed:
            return None
        for k in reversed(found):
            latex = latex[:k] + "{\\mathrm{i}}" + latex[k + 1 :]
        changed |= bool(found)
        out.append(latex)
    return out if changed else None


#: the notes give a plain i a value or a range of its own ("$i = 0.05$", "$i = 1, \dots, n$", "$i \in S$"; not a
#: sum's ``\sum_{i=1}``, whose i is bound there): it is a number then, the unit no plausible reading of it
_GIVEN = re.compile(r"(?:(?<=\$)|(?<=\s))i\s*(?:=\s*[-\d.]|\\in(?![A-Za-z])|\\(?:le|leq|ge|geq)(?![A-Za-z])|[<>])")


def given_a_value(text: str) -> bool:
    r"""Do the notes ``text`` give a plain i a value or a range (:data:`_GIVEN`)? Then a failing step is not read
    again with the unit: ``(1 + i)(1 - i) = 2`` at an interest rate i = 0.05 is wrong, not Euler's algebra."""
    return _GIVEN.search(text) is not None


#: the notes index with i: a subscript that opens with the letter i (``x_i``, ``x_{i}``, ``A_{i,j}``, ``\sum_{i=1}``,
#: ``x_{i+1}``; not ``x_{in}``, ``\theta_{\text{init}}``), a label ``x^{(i)}``, or in words ("the $i$-th sample")
_INDEXED = re.compile(
    r"_\s*\{?\s*i(?![A-Za-z])|\^\s*\{\s*\(\s*i\s*\)"
    r"|\$\s*i\s*(?:\^\s*\{?\s*(?:\\(?:text|mathrm)\s*\{\s*)?th\b[^$]*\$|\$\s*-?\s*th\b)"  # $i$-th, $i^{\text{th}}$
)


def indexes_with_i(text: str) -> bool:
    r"""Do the notes ``text`` index with i (:data:`_INDEXED`)? Then i is the letter they count with, and a plain i
    elsewhere a number too: where they do not say it is the unit, a failing step is not read again with the unit
    (notes on samples ``x_i`` with a dropped i² + 1, ``(i + 1)^2 = 2i``, were green under it; review62)."""
    return _INDEXED.search(text) is not None


#: the notes count with a plain i in words: "the first $i$ items", "after $i$ steps", "we have seen $i$ heads" (a
#: plural noun after it, not a verb saying what i is: "$i$ denotes")
_COUNTED = re.compile(
    r"\b(?:first|last|next|previous|top|bottom)\s+\$\s*i\s*\$"
    r"|\$\s*i\s*\$\s+(?!(?:is|was|has|does|as|equals|denotes|represents|stands|satisfies)\b)[A-Za-z]{2,}s\b"
)


def counts_with_i(text: str) -> bool:
    r"""Do the notes ``text`` count with a plain i in words (:data:`_COUNTED`)? Then i is a number there, as an
    index is (:func:`indexes_with_i`): "Among the first $i$ items" and ``(i + 1)^2 = 2i`` (i² + 1 dropped) was
    green under the unit (review62 left it; red63)."""
    return _COUNTED.search(text) is not None


def said_unit(text: str) -> bool:
    r"""Do the notes ``text`` say that a plain i is the imaginary unit ("where $i$ is the imaginary unit", ``i =
    \sqrt{-1}``, ``i^2 = -1``)? Then the unit is the reading of a claim that indexes nothing with i, not only the
    other one: a wrong Euler step is FAILED (``e^{i\pi} = 1``), with the reading said."""
    return _SAID.search(text) is not None


@dataclass(frozen=True)
class UnitReading:
    """What the notes make of a plain ``i`` (:func:`unit_reading`)."""

    #: they say it is the unit and give it no value or range: members are read with the unit alone (documents.reader)
    alone: bool
    #: the unit is one more reading of a failing step (documents.meanings): said so, or neither given a value nor
    #: the notes' index letter
    also: bool
    #: the unit is a reading the notes do not state (:data:`UNSAID_NOTE`): they count or index with i (in one
    #: section, Euler's formula in another: red63) and give it no value
    unsaid: bool = False


@functools.lru_cache(maxsize=16)
def unit_reading(text: str) -> UnitReading:
    """The notes ``text``'s policy for a plain i, decided once per document (the reader and the readings of every
    chain ask it; a document's text keeps its hash, so a repeated call is a dictionary look-up)."""
    said = said_unit(text)
    given = given_a_value(text)
    counted = indexes_with_i(text) or counts_with_i(text)
    return UnitReading(alone=said and not given, also=said or not (given or counted), unsaid=counted and not given)


def unit_note(text: str, lines: Sequence[str], line: int) -> str | None:
    r"""The note under which a failing step at ``line`` of the notes ``text`` (split into ``lines``) is read once
    more with the unit: :data:`NOTE` where the unit is plausible (:func:`unit_reading`),
    :data:`UNSAID_NOTE` where the notes count or index with i only in other parts (Euler's formula in a section
    after one on samples ``x_i`` was FAILED: red63), None where the step's own part does (``(i + 1)^2 = 2i`` beside
    "the first $i$ samples" is the index's arithmetic, wrong: review62) or gives i a value."""
    policy = unit_reading(text)
    if policy.also or not policy.unsaid:
        return NOTE if policy.also else None
    first, last = part_of(lines, line)  # the step's part of the notes (documents.parts)
    part = "\n".join(lines[first - 1 : last])
    return None if indexes_with_i(part) or counts_with_i(part) else UNSAID_NOTE
