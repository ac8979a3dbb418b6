r"""What the prose says depends on a variable: "suppose $u$ and $v$ depend on $\beta$".

A name the notes never define that a chain differentiates as a whole (``\partial l/\partial y``) is an
arbitrary function of what it is differentiated by (:mod:`verifier.documents.generic`); a name that only
occurs *inside* a differentiated expression (the ``a`` of ``\partial (a x)/\partial x``) stays a
constant, since nothing says it depends on the variable. Lemma-style notes do say so, in words: "let's
find the gradient of $\langle a, b\rangle_W$ in the case that $a, b$ depend on $\theta$ but $W$
doesn't", "where $u$ and $v$ are functions of $t$". Read as constants there, a product rule that drops
the term of v, ``\frac{\partial}{\partial\beta_k}(u_i m_{ij} v_j) = u'_i m_{ij} v_j``, was PROVED.

This module owns that sentence. It finds each "… depend(s) on $V$" / "… are (smooth) functions of $V$"
whose subject is a list of plain names in math (``$a, b$``, ``$u$ and $v$``, ``$u$, $v$``), with no
negation between the names and the verb ("$W$ does not depend on θ" states a constant, as the default
reading already has it), and returns each name with the variable and the lines the statement holds on:
from its sentence to the next heading (a lemma's hypothesis is about that lemma's part of the notes).
A vector whose matrix of derivatives the prose defines ("similarly for $B'$ from $b$",
:mod:`verifier.documents.statedentries`) depends on that variable too; the reader adds those.

The reader puts each statement in force in the scopes of the lines it covers (``depends NAME`` → the
variable, :data:`DEPENDS`); :func:`verifier.documents.generic.annotate` then reads such a name, where a
chain differentiates by that variable, as an arbitrary function of it, as if the chain differentiated it
whole. A step that then holds holds for every such function; one that leaves the name's derivative on
one side only is SKIPPED by generic's guard, never FAILED on this reading alone."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from verifier.documents.annotations import RESERVED, key_of_text
from verifier.documents.headings import heading_lines
from verifier.documents.symmetricprose import NEGATION

__all__ = ["DEPENDS", "Dependence", "applied_in_prose", "stated_dependence", "until_heading"]

#: scope.conventions key prefix: "depends u" -> "beta" (the variable's name; "beta,t" for several)
DEPENDS = "depends "

_MATH = r"\$[^$]+\$"
# "$a, b$ depend on $\theta$", "$u$ and $v$ are vectors that depend on $\beta$", "… are functions of $t$"
_VERB = re.compile(
    r"\b(?:depends?|depending|dependent)\s+(?:smoothly\s+)?(?:up)?on\s+(?P<var>" + _MATH + r")"
    r"|\b(?:are|is|be|as)\s+(?:(?:smooth|differentiable|vector[-\s]valued|arbitrary)\s+)*functions?\s+of\s+(?P<var2>"
    + _MATH + r")",
    re.I,
)
# where the subject's clause starts: a sentence end, a colon or semicolon, a "but"/"while"/"whereas"
_CLAUSE = re.compile(r"[.!?;:](?=\s)|\n\s*\n|\b(?:but|while|whereas|although)\b", re.I)
# "depend on $\beta$ and $t$": a further variable, a plain name ending the clause ("on $\beta$, and $M$ does
# not" names no variable: a verb follows M)
_MORE = re.compile(r"\s*(?:,\s*and|,|and)\s*(" + _MATH + r")(?=\s*(?:[.,;:!?)]|$|\s(?:but|while|whereas)\b))", re.I)


@dataclass(frozen=True)
class Dependence:
    """``name`` depends on ``variable`` on lines ``first`` to ``last`` (inclusive)."""

    name: str
    variable: str
    first: int
    last: int


def _names(span: str) -> list[str] | None:
    """The plain names a math span lists (``a, b``), or None where it is anything else (a formula)."""
    out: list[str] = []
    for part in span.strip().strip("$").split(","):
        key = key_of_text(part.strip())
        if key is None or key[1] or key[0] in RESERVED:
            return None
        out.append(key[0])
    return out


_TO_VERB = re.compile(
    r"\s*(?:(?:both|all|each|also|then|now|still|only|can|may|will|would|must|might|should|could|do|does|"
    r"not)\s+)*(?:(?:are|is|be)\s+(?:[A-Za-z-]+\s+){0,3}?(?:that|which)\s+(?:(?:both|all|also|only|now|"
    r"not|do|does)\s+)*)?",
    re.I,
)


def _subject(clause: str) -> list[str]:
    """The names the clause before the verb lists as its subject: its last run of math spans joined by
    commas or "and" (``$u$ and $v$ are vectors that``), none where a negation follows them."""
    spans = list(re.finditer(_MATH, clause))
    if not spans:
        return []
    run = [spans[-1]]
    for prev in reversed(spans[:-1]):
        between = clause[prev.end() : run[0].start()]
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between):
            break
        run.insert(0, prev)
    # the names are the verb's subject only where nothing but a connective comes between them and it ("$u$ and
    # $v$ are vectors that depend on"): in "Holding $\mu$ fixed, the normalised input depends on $v$" μ is not
    if not _TO_VERB.fullmatch(clause[run[-1].end() :]):
        return []
    # "does not depend", and "neither $u$ nor $v$ depends": a negation between the subject's start and the verb
    start = spans[spans.index(run[0]) - 1].end() if spans.index(run[0]) > 0 else 0
    if NEGATION.search(clause[run[-1].end() :]) or NEGATION.search(clause[start : run[0].start()]):
        return []
    names: list[str] = []
    for m in run:
        listed = _names(m.group(0))
        if listed is None:
            return []
        names += [n for n in listed if n not in names]
    return names


def until_heading(text: str, line: int) -> int:
    """The last line before the first heading of ``text`` after ``line`` (the end of the notes if none)."""
    headings = heading_lines(text)
    return headings[min(bisect.bisect_left(headings, line), len(headings) - 1)]


def stated_dependence(text: str) -> list[Dependence]:
    """Every name the prose of ``text`` says depends on a variable, with the lines that holds on."""
    out: list[Dependence] = []
    for m in _VERB.finditer(text):
        var = _names(m.group("var") or m.group("var2"))
        if var is None or len(var) != 1:
            continue
        at = m.end()
        while (more := _MORE.match(text, at)) is not None and (extra := _names(more.group(1))) is not None:
            var += [v for v in extra if v not in var]  # "depend on $\beta$ and $t$": on each
            at = more.end(1)
        before = text[max(0, m.start() - 300) : m.start()]
        cuts = list(_CLAUSE.finditer(before))
        clause = before[cuts[-1].end() :] if cuts else before
        line = text.count("\n", 0, m.start()) + 1
        last = until_heading(text, line)
        for name in _subject(clause):
            out += [Dependence(name, v, line, last) for v in var if v != name]
    return out


# "two functions $p(t)$ and $q(t)$": an inline formula that is one letter applied to one letter
_APPLIED = re.compile(r"\$\s*([a-zA-Z])\s*(?:\\left)?\(\s*([a-zA-Z])\s*(?:\\right)?\)\s*\$")
_DISPLAY = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]", re.S)


def applied_in_prose(text: str) -> list[Dependence]:
    r"""The letters the prose writes applied to a letter, alone in an inline formula (``$q(t)$``): written
    so, q is a function of t, in the section that writes it (heading to heading: notation, not a lemma's
    hypothesis; it only ever keeps a step that treats q as a constant from being green). Read as a
    constant, q made the product rule without its second term, ``\frac{d}{dt}(pq) = \frac{dp}{dt} q``,
    PROVED (redteam10). Read for the whole notes, "The signal $h(t)$" made the step size h of a later
    section a function of t (review21b)."""
    prose = _DISPLAY.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    headings = heading_lines(text)
    out: list[Dependence] = []
    for m in _APPLIED.finditer(prose):
        name, var = m.group(1), m.group(2)
        if name != var and name not in RESERVED:
            line = prose.count("\n", 0, m.start()) + 1
            first = max((k + 1 for k in headings[:-1] if k + 1 <= line), default=1)  # its section's heading
            out.append(Dependence(name, var, first, until_heading(text, line)))
    return out

