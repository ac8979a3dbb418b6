r"""A bare function name the prose says stands for its call: ``\sigma`` for ``\sigma(z)``.

Notes lighten a derivation by writing a function's value by its name: "Write $\sigma$ for $\sigma(z)$. Then
$$\sigma'(z) = \sigma(1 - \sigma).$$" Read literally the bare σ is a free scalar (no definition, no call) and
the identity FAILED at any σ not σ(z) (redteam29). The prose said what it is, and a reader reads it so.

This module owns that reading, and only where the prose states it in so many words:

* "write/writing/use $\sigma$ (as shorthand) for $\sigma(z)$" (also "in place of", "instead of");
* "abbreviate $\sigma(z)$ as/by/to $\sigma$", "denote $\sigma(z)$ by/as $\sigma$", "$\sigma(z)$ is written
  (abbreviated, shortened) as $\sigma$";
* "$\sigma$ denotes/stands for/is short(hand) for/is an abbreviation for/means $\sigma(z)$" (also "let $\sigma$
  denote …").

The second formula must be the first one applied (``name(arguments)``); "σ denotes the standard deviation s(x)"
names no call and changes nothing. The reading holds from the sentence to the next heading; a "where …"
sentence right after a display holds for that display too, and a later formula that gives the bare name a value
of its own ("now let $\sigma = 2$ be the noise level") ends it there (gaps37). In those chains the bare name
(not applied, not primed, not subscripted) is rewritten as the call before anything reads the chain, and the
chain says so. With no such sentence the bare name keeps its literal reading: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.members import _Chain
from verifier.documents.symmetricprose import NEGATION

__all__ = ["abbreviate_calls", "abbreviations"]

_MATH = r"(?:\$(?P<{0}>[^$]+)\$|\\\((?P<{0}x>.+?)\\\))"
_NAME_FIRST = [
    # write $σ$ for $σ(z)$
    r"\b(?:write|writes|writing|wrote|written|use|uses|using)\s+" + _MATH.format("name")
    + r"\s+(?:as\s+(?:a\s+)?shorthand\s+)?(?:for|in\s+place\s+of|instead\s+of)\s+" + _MATH.format("call"),
    # $σ$ denotes $σ(z)$; let $σ$ denote $σ(z)$
    _MATH.format("name") + r"\s+(?:denotes?|stands?\s+for|(?:is|be)\s+(?:a\s+)?short(?:hand)?\s+for|(?:is|be)\s+an?\s+"
    r"abbreviation\s+(?:for|of)|means|will\s+mean)\s+" + _MATH.format("call"),
]
_CALL_FIRST = [
    # abbreviate $σ(z)$ as $σ$; denote $σ(z)$ by $σ$
    r"\b(?:abbreviat\w*|denot(?:e|es|ing))\s+" + _MATH.format("call") + r"\s+(?:as|by|to)\s+" + _MATH.format("name"),
    # $σ(z)$ is written as $σ$
    _MATH.format("call") + r"\s+(?:is\s+|will\s+be\s+)?(?:written|abbreviated|shortened)\s+(?:as|to|by)\s+"
    + _MATH.format("name"),
]
_PATTERNS = [re.compile(p, re.IGNORECASE | re.DOTALL) for p in _NAME_FIRST + _CALL_FIRST]
# a function's name as the notes write it: a letter or a command, with one decoration (\hat{y}) at most
_NAME = re.compile(r"(?:\\[A-Za-z]+\s*\{\s*)?(?:\\[A-Za-z]+|[A-Za-z])(?:\s*\})?")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\\(?:part|chapter|section|subsection|subsubsection)\*?\s*\{)")
_CLOSER = re.compile(r"\$\$|\\\]|\\end\s*\{[A-Za-z*]+\}|```")
_OPENER = re.compile(r"\$\$|\\\[|\\begin\s*\{|```")
_DISPLAY_ROWS = 40
# where the clause of a statement starts: "Here $σ$ is a constant; we never write $σ$ for $σ(z)$" (redteam36)
_CLAUSE_START = re.compile(r"[.;:!?]\s|\n\s*\n")
_WHERE = re.compile(r"^\s*[,.;]?\s*(?:where|here|with)\b", re.IGNORECASE)
# after a bare name: what makes it no bare value (applied, primed, subscripted, a superscript then applied)
_NOT_BARE = re.compile(r"\s*(?:\(|\\left\s*\(|'|\^\s*\{?\s*\\prime|_|\^\s*(?:\{[^{}]*\}|\S)\s*(?:\(|\\left))")

_DECORATED = re.compile(
    r"\\(?:hat|bar|tilde|vec|dot|ddot|check|breve|widehat|widetilde|overline|underline|mathbf|boldsymbol|bm|mathcal"
    r"|mathbb|mathrm|mathsf|mathit|operatorname|text)\s*\{\s*$"
)

#: (first line, last line, name as written, call as written) of one stated abbreviation
Abbreviation = tuple[int, int, str, str]


def _squeezed(latex: str) -> str:
    return re.sub(r"\s+", "", latex)


def _applied(name: str, call: str) -> bool:
    """Is ``call`` ``name`` applied to arguments (``\\sigma(z)``, ``f(x, y)``)?"""
    n, c = _squeezed(name), _squeezed(call).replace("\\left(", "(").replace("\\right)", ")")
    return bool(_NAME.fullmatch(name.strip())) and c.startswith(n + "(") and c.endswith(")") and len(c) > len(n) + 2


def abbreviations(lines: Sequence[str]) -> list[Abbreviation]:
    """The abbreviations the prose of ``lines`` states, each with the lines it holds for (module docstring)."""
    text = "\n".join(lines)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    headings = [i + 1 for i, ln in enumerate(lines) if _HEADING.match(ln)]
    out: list[Abbreviation] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name") or m.group("namex")
            call = m.group("call") or m.group("callx")
            if not _applied(name, call) or _denied(text, m.start()):
                continue
            line = text.count("\n", 0, m.start()) + 1
            first = line
            parts = _CLOSER.split(text[starts[line - 1] : m.start()])  # the line before it, after a display's end
            if _WHERE.match(parts[-1]):  # "…$$ where $σ$ denotes $σ(z)$": that display too
                first = _display_start(lines, line if len(parts) > 1 else line - 1)
            last = min((h - 1 for h in headings if h > line), default=len(lines))
            last = min(last, _redefined(text, name.strip(), call.strip(), m.end()) - 1)
            out.append((first, last, name.strip(), call.strip()))
    out.sort()
    # a later sentence for the same name ends the earlier one's scope ("now write σ for σ(x)")
    return [(first, min([last] + [f - 1 for f, _, n, _ in out if n == name and f > first]), name, call)
            for first, last, name, call in out]


def _redefined(text: str, name: str, call: str, at: int) -> int:
    r"""The line (1-based) of the first formula after ``at`` that gives the bare ``name`` a value (``$\sigma = 2$``,
    a display row ``\sigma := 0.5``), else past the last line: from there σ is that value, no longer σ(z) —
    read as σ(z) = 2 the lines after it were SKIPPED, never checked with it (redteam36). A row that writes the call
    (``\sigma = \sigma(z)``) restates the abbreviation and ends nothing."""
    tail = r"(?![A-Za-z])" if name[-1].isalpha() else ""
    pattern = re.compile(r"(?:\$|\\\(|\\\[|^)\s*" + re.escape(name) + tail + r"\s*&?\s*(?::=|=|\\coloneqq)", re.M)
    for m in pattern.finditer(text, at):
        if not _squeezed(text[m.end() : m.end() + len(call) + 8]).startswith(_squeezed(call)):
            return text.count("\n", 0, m.start()) + 1
    return text.count("\n") + 2


def _denied(text: str, at: int) -> bool:
    """Does a negation earlier in the clause of the statement at ``at`` take it back ("we never write $σ$ for
    $σ(z)$", "we won't denote $σ(z)$ by $σ$"): no abbreviation, the bare name is what it is (redteam36)."""
    start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return NEGATION.search(text, start, at) is not None


def _display_start(lines: Sequence[str], line: int) -> int:
    """The first line of the display ending on ``line`` (1-based), else the line after it (no display)."""
    k = line - 1
    if k < 0 or not _CLOSER.search(lines[k]):
        return line + 1
    for j in range(k, max(k - _DISPLAY_ROWS, -1), -1):
        here = lines[j]
        if (_OPENER.search(here) if j < k else here.count("$$") >= 2 or "\\[" in here or "\\begin" in here):
            return j + 1
    return line + 1


def _times_bracket(latex: str, at: int, pattern: re.Pattern[str]) -> bool:
    r"""Is the name ending at ``at`` followed by a bracket that writes the name itself (``\sigma(1 - \sigma)``)?
    That is the value times the bracket, σ(z)(1 - σ(z)): the notes do not apply σ to an expression in its own
    abbreviation. A bracket without it (``\sigma(2x)``) stays a call."""
    m = re.compile(r"\s*(?:\\left\s*)?\(").match(latex, at)
    if m is None:
        return False
    depth, k = 1, m.end()
    while k < len(latex) and depth:
        depth += {"(": 1, ")": -1}.get(latex[k], 0)
        k += 1
    return depth == 0 and pattern.search(latex, m.end(), k - 1) is not None


def _rewritten(latex: str, name: str, call: str) -> str:
    """``latex`` with each bare ``name`` written as ``call``."""
    pattern = re.compile(re.escape(name) + (r"(?![A-Za-z])" if name[-1].isalpha() else ""))
    out: list[str] = []
    k = 0
    for m in pattern.finditer(latex):
        if m.start() < k:
            continue
        before = latex[: m.start()]
        if _DECORATED.search(before) or (not name.startswith("\\") and re.search(r"(?:\\|[A-Za-z])$", before)):
            continue  # \hat{σ}, \mathbf{f}: another name; a letter of a command or of a word: no name
        if _NOT_BARE.match(latex, m.end()) and not _times_bracket(latex, m.end(), pattern):
            continue
        out.append(latex[k : m.start()])
        out.append(call)
        k = m.end()
    out.append(latex[k:])
    return "".join(out)


def abbreviate_calls(chains: Sequence[_Chain], lines: Sequence[str]) -> None:
    """Rewrite, in place, the bare names the prose says stand for their calls in the chains they hold for."""
    stated = abbreviations(lines)
    if not stated:
        return
    for chain in chains:
        for first, last, name, call in stated:
            if not all(first <= m.line <= last for m in chain.members if m.latex):
                continue
            changed = False
            for m in chain.members:
                new = _rewritten(m.latex, name, call) if m.latex and not m.error else m.latex
                if new != m.latex:
                    m.latex, changed = new, True
            if changed:
                chain.notes.append(f"{name} read as {call}: the notes write it for {call} (line {first})")
