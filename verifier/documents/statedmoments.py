r"""Moments the notes state as numbers: "$\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$" (gaps39; item 7 of gaps37).

Notes on expectation and variance give a variable's moments in the prose and then compute with them:
``\operatorname{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2 = 5 - 4``. Under the linear-functional reading of 𝔼
(documents.expectation) that link was SKIPPED "does not follow from linearity of expectation alone: it also needs
facts about 𝔼[X], 𝔼[X²]" — the facts the notes had just stated. A stated value of a name (documents.stated) is
``name = number``; ``\mathbb{E}[X] = 2`` is no name's.

This module owns those statements: an expectation of a plain name or of a power of one (``\mathbb{E}[X]``,
``\mathbb{E}[X^2]``, ``\mathbb{E}\left[Z^{3}\right]``, ``E[X]``), written as a whole left member that the notes
give a number, is a hypothesis — like a stated distribution's moments (documents.distributions), with the same
"stated at line N" — of each chain after it in its section that writes an expectation and reaches the name; the
latest statement of each moment before the chain is the one taken. Not read: the moments of a name declared a vector
or a matrix (``\mathbb{E}[x] = 0`` of a random vector: its square is no entry-wise moment), a variance or any other
statistic stated as a number (``\operatorname{Var}(X) = 1`` is not linear in the moments the chain writes), an
expectation of an expression (``\mathbb{E}[XY] = 3``: a fact about two variables the notes may state only for a case),
or a moment given by a formula.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from verifier.documents.context import Key
from verifier.documents.distributions import STATED
from verifier.documents.mathspans import formulas
from verifier.documents.sizeorder import section_of
from verifier.documents.tablevalues import MEMBER_START, NUMBER

__all__ = ["Moment", "moment_hypotheses", "moments_of"]

_NAME = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?:\\[A-Za-z]+|[A-Za-z])\s*\}|\\[A-Za-z]+|[A-Za-z])"
_POWER = r"(?:\s*\^\s*(?:\{\s*\d\s*\}|\d))?"
_MOMENT = re.compile(
    r"(?<![A-Za-z\\])(?:\\mathbb\s*\{\s*E\s*\}|\\operatorname\s*\{\s*E\s*\}|\\mathrm\s*\{\s*E\s*\}|E)\s*"
    r"(?:\\left\s*)?\[\s*(?P<name>" + _NAME + r")" + _POWER + r"\s*(?:\\right\s*)?\]"
)


@dataclass(frozen=True)
class Moment:
    r"""``\mathbb{E}[name^k] = value`` stated at ``line`` (1-based), as written (LaTeX)."""

    line: int
    name: str
    moment: str  # the left member as written
    value: str

    @property
    def written(self) -> str:
        return f"{self.moment} = {self.value}"


def moments_of(text: str) -> list[Moment]:
    """Every moment the notes (``text``) state a number for as a whole left member, in document order."""
    out: list[Moment] = []
    for found in formulas(text):
        formula, start = found.body, found.start
        for mo in _MOMENT.finditer(formula):
            sign = re.match(r"\s*=", formula[mo.end():])
            if sign is None or not MEMBER_START.search(formula[: mo.start()]):
                continue
            after = formula[mo.end() + sign.end():]
            number = NUMBER.match(after + "$")
            if number is None:
                continue
            value = re.match(r"\s*[-+]?\s*\d+(?:\.\d+)?", after)
            assert value is not None  # NUMBER matched
            line = text.count("\n", 0, start + mo.start()) + 1
            out.append(Moment(line, mo.group("name").strip(), mo.group(0).strip(), value.group(0).strip()))
    return sorted(out, key=lambda x: x.line)


def moment_hypotheses(
    moments: Iterable[Moment], line: int, names: set[str], writes_expectation: bool,
    key_of: Callable[[str], Key | None], scalar: Callable[[Key], bool], text: str,
) -> list[tuple[str, str]]:
    r"""The hypotheses (LaTeX equation, where it comes from) for a chain at ``line`` that writes an expectation
    (``writes_expectation``) and reaches ``names``: the latest statement before the chain of each moment of a
    name it reaches that is a scalar there (``scalar``: a random vector's stated moments are not read), stated in
    a section holding the chain (``text``, the notes: Problem 1's $\mathbb{E}[X] = 2$ says nothing of Problem 2's
    X, as a stated value of a name, documents.valuescope; review39)."""
    if not writes_expectation:
        return []
    lines = text.split("\n")
    latest: dict[str, Moment] = {}
    for m in moments:
        key = key_of(m.name)
        if not (s := section_of(lines, m.line))[0] <= line <= s[1]:
            continue  # another section's moment (review39: a false PROVED in the next problem)
        if m.line < line and key is not None and not key[1] and key[0] in names and scalar(key):
            latest[re.sub(r"\s+|\\left|\\right", "", m.moment)] = m
    return [(m.written, rf"{STATED} {m.line}: ${m.written}$") for m in latest.values()]
