r"""The sample mean named in words: "with the sample mean $\bar x$" of data $x_1, \dots, x_n$.

Statistics notes name the mean of their data without writing its formula: "For data $x_1, \dots, x_n$ with
the sample mean $\bar x$, $$\sum_i (x_i - \bar x) = 0$$". Read as a name of its own, ``\bar x`` was an
arbitrary number: the identity failed and was SKIPPED ("an equation to solve", "on one side only"), and so was
a wrong one. A reader takes "the sample mean" to be ``\frac1n\sum_{i=1}^n x_i``, the one meaning the words
have. This module owns that reading and keeps it narrow:

* a sentence says "sample mean", "empirical mean" or "(arithmetic) mean of the data / samples /
  observations / $x_i$" and writes the barred letter alone in math (``$\bar x$``, ``$\bar{x}$``,
  ``$\overline{x}$``);
* the notes count that letter's data: ``x_1, \dots, x_n`` (``\ldots``, ``\cdots``) or a sum
  ``\sum_{i=1}^{n}`` over ``x_i`` — the count and index are taken from there; without one there is no
  definition;
* the notes never define ``\bar x`` themselves (``\bar x = …``, ``:=``): their own formula wins (it may be a
  weighted or a population mean), and a sentence that denies it ("not the sample mean") names nothing;
* no sentence calls the barred letter a mean of another kind ("the weighted mean of the data", "the geometric
  mean", "the population mean"): "mean of the data" there is no arithmetic mean, and where another problem of
  the notes says so the letter names two things (review35a: both were PROVED under the arithmetic mean).

The definition is in force from the sentence's line, like one the notes write there, but in its own part of
the notes only (documents.wordedreach); a later sentence naming the mean again defines it again there.
The sample *variance* ``s^2`` is not read so: notes divide by n or by n − 1 under the same words, and either
reading would fail the other's correct identities.
"""

from __future__ import annotations

import re

from verifier.documents.context import Definition
from verifier.documents.sentences import SENTENCE

__all__ = ["sample_means"]

_WORDS = re.compile(
    r"\b(?:sample|empirical)\s+(?:mean|average)\b"
    r"|\b(?:arithmetic\s+)?(?:mean|average)\s+of\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:data|samples|observations|measurements|values|points|\$)",
    re.I,
)
# a mean of another kind: "weighted mean of the data", "exponentially weighted average", "population mean"
_QUALIFIED = re.compile(
    r"\b(?:weighted|geometric|harmonic|trimmed|truncated|winsori[sz]ed|moving|running|exponential(?:ly)?|rolling"
    r"|population|true|expected|posterior|prior|conditional|log|quadratic|generali[sz]ed|power|class|group|cluster"
    r"|smoothed|decayed)\s+(?:[a-z]+\s+)?(?:mean|average)\b|\bmedian\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|instead|unlike|rather)\b|n't", re.I)
# the barred letter alone in its math: $\bar x$, $\bar{x}$, $\overline{x}$
_BARRED = re.compile(r"\$\s*\\(?:bar|overline)\s*(?:\{\s*([a-z])\s*\}|([a-z])(?![A-Za-z]))\s*\$")
_DOTS = r"\\(?:dots|ldots|cdots|dotsc)"


def _count(text: str, letter: str, start: int = 0, end: int | None = None) -> tuple[str, str] | None:
    """(index, count) of the data ``letter`` the notes list or sum: ``x_1, \\dots, x_n`` gives ("i", "n");
    ``\\sum_{k=1}^{N} … x_k`` gives ("k", "N"). The one in the sentence ``text[start:end]`` first, else the last
    one before it, else the first after it: another problem's ``x_1, \\dots, x_m`` counts other data (review35a)."""
    first = rf"(?<![A-Za-z\\]){letter}_\{{?1\}}?"
    found: list[tuple[int, tuple[str, str]]] = []
    for listed in re.finditer(first + rf"\s*,\s*{_DOTS}\s*,?\s*{letter}_\{{?([A-Za-z])\}}?(?![A-Za-z])", text):
        found.append((listed.start(), ("i", listed.group(1))))
    for m in re.finditer(r"\\sum_\{\s*([a-z])\s*=\s*1\s*\}\s*\^\s*\{?\s*([A-Za-z])\s*\}?", text):
        index, count = m.group(1), m.group(2)
        if index != count and re.match(rf"[^$]{{0,40}}?(?<![A-Za-z\\]){letter}_\{{?{index}\}}?(?![A-Za-z])",
                                       text[m.end():]):
            found.append((m.start(), (index, count)))
    if not found:
        return None
    end = len(text) if end is None else end
    found.sort(key=lambda f: f[0])
    inside = [f for at, f in found if start <= at < end]
    before = [f for at, f in found if at < start]
    return inside[0] if inside else before[-1] if before else found[0][1]


def _defined(text: str, letter: str) -> bool:
    """Do the notes write their own definition of the barred letter (``\\bar x = …``, ``\\bar{x} := …``)?"""
    return re.search(rf"\\(?:bar|overline)\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))\s*(?::=|=|\\equiv)",
                     text) is not None


def _otherwise(text: str) -> set[str]:
    """The barred letters a sentence of ``text`` calls a mean of another kind (``_QUALIFIED``)."""
    return {b.group(1) or b.group(2) for m in SENTENCE.finditer(text) if _QUALIFIED.search(m.group(0))
            for b in _BARRED.finditer(m.group(0))}


def sample_means(text: str) -> list[Definition]:
    """The definitions of the barred letters ``text`` calls the sample mean of data it counts (line: the
    sentence's line), one for each sentence that says so."""
    out: list[Definition] = []
    other = _otherwise(text)
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if not _WORDS.search(sentence) or _NEGATION.search(sentence):
            continue
        seen: set[str] = set()  # each sentence that names it defines it (its reach: documents.wordedreach)
        for b in _BARRED.finditer(sentence):
            letter = b.group(1) or b.group(2)
            if letter in other or letter in seen or _defined(text, letter):
                continue
            if (counted := _count(text, letter, m.start(), m.end())) is None:
                continue
            index, count = counted
            seen.add(letter)
            body = rf"\frac{{1}}{{{count}}}\sum_{{{index}=1}}^{{{count}}} {letter}_{{{index}}}"
            line = text.count("\n", 0, m.start() + b.start()) + 1
            out.append(Definition((letter + "bar", ()), body, (), (), None, False, line))
    return out
