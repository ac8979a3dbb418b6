r"""Equations joined by words: "…, i.e. $$E_2$$", "so $$E_2$$", "Then $$E_2$$" right after an equation E₁.

Notes that solve a condition write each rewriting in a formula of its own. Joined by ⇒ or ⇔, the link is read by
documents.equivalent (E₂ follows from E₁ where left minus right of E₂ is a nonzero multiple of E₁'s). Joined by
words — "The fixed point satisfies $t x(1-x) - (1-x) + x = 0$, i.e. $$t x^2 - (t+2)x + 1 = 0$$", "$$4a - 12 = 0$$
so $$a - 3 = 0$$" — neither equation is an identity, and both were SKIPPED "an equation to solve" although the
notes claim the same link. This module owns which words make that link (:func:`worded_link`); the check is
documents.equivalent's, with its guards (a premise that does not hold, documents.premises), and it is **never
FAILED** here: a rewriting that is no multiple stays SKIPPED, and a name set to a number after words ("so
$$a = 4$$") is not put back into E₁ (steps: only the ⇒ link does that).

A link is read only where:

* the two formulas are consecutive in the notes (no formula between them: "where $m = 2$, so" joins the
  equation to m, not to E₁) — or the formulas between are inline and in a "where" clause right after E₁ that ends
  its sentence, the connective opening the next ("…,$$ where $m_j = \sum_i [y_i = j]$, and the labels are 0 or 1.
  Then $$E₂$$": the clause says what E₁'s names are; ctx65) — and E₂ is one equation (two members, ``=``) that
  defines no name;
* E₁ is a condition the notes solve, not a claim (a claim such as ``\mathbb{E}[XY] = 2\mathbb{E}[X]\mathbb{E}[Y]``
  or ``a + b = 3b`` left unchecked would make the link carry it): it sets an expression to zero (one member written
  0), or (:func:`known_condition`) the notes reached it from such a condition — joined by ⇒ or words to an
  equation that is one (``4q - 4s - 2ps = 0 \Rightarrow q - qs = ps``, then "Then $$q = s(p + q)$$") — or wrote
  it right after words that set something to zero ("Setting the derivative to zero gives $$2a + 4b = 6$$");
* or E₁ is a chain of identities **shown to be zero**: its first member written 0, three members or more (``0 =
  \frac{\partial}{\partial\eta}\int p(y)dy = \dots = E[y] - a'(\eta)``, then "Thus we can conclude that $E[y] =
  a'(\eta)$"): E₂ is linked to its whole equation, 0 = its last member (:func:`shown_zero`; E₂ may then go on with
  more members, its first link is the one linked) — and is green on it only where every step of that chain is
  green (documents.premises: a chain with a step left unchecked shows nothing);
* E₁ defines no name and ends with an equality that is no value stated for a quantity (``\mathbb{E}[X] = 3.5``,
  ``w = 2``, ``A`` = a matrix of numbers: a step
  after it is read under that value by the usual readings, with their guards — a value stated right after the
  notes' own computation of another one is no given, documents.premises);
* the words between them are one connective alone, with punctuation: *i.e.*, *that is*, *equivalently*, *so*,
  *hence*, *thus*, *therefore*, *then*, *which gives*, *this gives*, *giving*, *we get*, *rearranging*, *(thus) we
  (can) conclude (that)*. "or"
  (a second case: ``x = 1`` or ``x = -1``) and "so that" (a purpose: "choose b so that") join no derivation.

One more worded link (:func:`zero_when`, ctx65): a derivative's display, "so that" an inline formula setting a
derivative to zero, "when" E₂ (``$$\nabla_\theta \ell = \dots,$$ so that $\nabla\ell = 0$ when $$\dots = 0$$``): E₂ is
linked to the display's last member set to 0, the condition the words say the derivative vanishes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from verifier.documents.mathspans import Formula, formulas
from verifier.latex.document import EQUALITY

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = [
    "DERIVATIVE",
    "SET_TO_ZERO",
    "known_condition",
    "opens_with_condition",
    "shown_zero",
    "worded_link",
    "zero_when",
]

#: the words alone between E₁ and E₂ that say E₂ follows from E₁ (module docstring)
_CONNECTIVE = re.compile(
    r"^[\s,.;:]*(?:(?:and|or)\s+)?(?:i\.\s?e\.|that\s+is|equivalently|so|hence|thus|therefore|then|"
    r"(?:which|this)\s+gives|giving|we\s+get|so\s+we\s+get|rearranging(?:\s+(?:gives|terms))?|"
    r"(?:(?:thus|hence|so|therefore)\s*,?\s+)?we\s+(?:can\s+|may\s+)?conclude(?:\s+that)?)[\s,.;:]*$",
    re.IGNORECASE,
)
#: a member written 0: E₁ an equation the notes solve ("… = 0"), not a claim whose link would carry it unchecked
#: (``\mathbb{E}[XY] = 2\mathbb{E}[X]\mathbb{E}[Y]`` so ``\mathbb{E}[XY + 3] = …`` was PROVED from a SKIPPED claim)
_ZERO = re.compile(r"^\s*0\s*[.,;]?\s*$")
# the prose between two displays setting the first to zero: "Set this value to 0 to arrive at", "Setting it to zero
# gives", "Setting the derivative equal to zero, we get" (only words, no formula: a sentence of its own before it)
SET_TO_ZERO = re.compile(r"^[^$.]*\b(?:set(?:ting)?|equat(?:e|ing))\s+(?:this(?:\s+value|\s+expression)?|it|that|"
                         r"the\s+(?:derivative|gradient|expression|value)|this\s+(?:derivative|gradient))\s+"
                         r"(?:equal\s+)?to\s+(?:0|zero)\b[^$.]*$", re.IGNORECASE)
#: the last words before a formula that impose what it says: "At the minimum,", "at a stationary point", "the
#: first-order condition" (not "at the minimum the loss is": a clause of its own before the formula)
_AT_CONDITION = re.compile(r"(?:\b(?:at|in)\s+(?:the|a|an|any|each|every|its)\s+(?:local\s+|global\s+)?"
                           r"(?:minimum|minimi[sz]er|maximum|maximi[sz]er|optimum|extremum|stationary\s+point|"
                           r"critical\s+point)|"
                           r"\b(?:first[- ]order|optimality|stationarity)\s+conditions?"
                           r"(?:\s+(?:gives?|reads?|is|are))?)"
                           r"\s*[,:]?\s*$", re.IGNORECASE)
#: a formula that writes a derivative (what the notes set to zero is its value, not the function's)
DERIVATIVE = re.compile(r"\\partial|\\nabla|\\[dt]?frac\s*\{\s*(?:d|\\mathrm\s*\{?\s*d)|'")
#: the words between a derivative's display and an inline formula setting it to zero ("…,$$ so that $D = 0$")
_SO_THAT = re.compile(r"^[\s,;:]*(?:so\s+that|so|hence|thus|and)[\s,]*$", re.IGNORECASE)
#: the words after that inline formula, before the condition's display ("$D = 0$ when $$E₂$$")
_WHEN = re.compile(r"^[\s,;:]*(?:exactly\s+|precisely\s+|only\s+)?(?:when|whenever|if|iff|if\s+and\s+only\s+if)"
                   r"[\s,:]*$", re.IGNORECASE)
#: a clause after E₁ saying what its names are, to the end of its sentence (formulas in it masked: no full stop of
#: theirs ends it), followed by another sentence (:func:`_gap`)
_WHERE = re.compile(r"^[\s,;:]*where\b[^.!?]*[.!?]\s+(?=\S)", re.IGNORECASE)
#: what closes the formula E₁ (the gap starts after it)
_CLOSING = re.compile(r"^(?:\$\$|\$|\\\]|\\\)|\\end\{[A-Za-z*]+\})")


def worded_link(
    prev: _Chain, chain: _Chain, lines: Sequence[str], condition: bool = False
) -> tuple[str, str, int] | None:
    r"""The equation (left, right, line) ``chain`` follows from by the words before it, or None (module docstring):
    ``prev`` is the chain just before it in the notes, ``lines`` the notes' rows; ``condition``: the notes reached
    ``prev`` from a condition (:func:`known_condition`), so it is one though it sets nothing to zero."""
    whole = shown_zero(prev)
    if len(chain.members) < 2 or not chain.steps or chain.steps[0].relation != EQUALITY:
        return None
    if not whole and (len(chain.members) != 2 or len(chain.steps) != 1):
        return None
    if chain.defines is not None or chain.restates is not None or chain.after is not None:
        return None
    if len(prev.members) < 2 or not prev.steps or prev.steps[-1].relation != EQUALITY:
        return None
    if any(m.error or not m.latex.strip() for m in (*prev.members[-2:], *chain.members)):
        return None
    if prev.defines is not None or prev.restates is not None or _stated_value(prev):
        return None
    if not whole and not condition and not _sets_zero(prev):
        return None  # E₁ a claim, not an equation set to zero: a link from it says nothing of E₂ if E₁ is unchecked
    text = "\n".join(lines)
    found = formulas(text)
    before, after = _formula_of(found, prev.members[-1].line, prev.members[-1].latex), \
        _formula_of(found, chain.members[0].line, chain.members[0].latex)  # fmt: skip
    if before is None or after is None or after <= before:
        return None
    if not _CONNECTIVE.match(_gap(text, found[before : after + 1])):
        return None
    if whole:
        return prev.members[0].latex, prev.members[-1].latex, prev.members[-1].line
    return prev.members[-2].latex, prev.members[-1].latex, prev.members[-1].line


def _gap(text: str, run: Sequence[Formula]) -> str:
    r"""The words from the end of the first formula of ``run`` to the opening of its last, with a "where" clause
    right after the first taken out (``, where $m_j = \sum_i [y_i = j]$, and the labels are 0 or 1. Then``:
    ``Then``). The clause says what E₁'s names are; it is taken out only where it is a sentence's end of its own
    (the connective opens the next sentence: "where $c = 2$, so" joins E₂ to the clause) and every formula in
    it is inline (a display there is an equation of its own, which E₂ may follow from instead). With no formula
    between the two, the words as they are; with one outside such a clause, a text no connective matches."""
    pieces, end = [], run[0].start + len(run[0].body)
    for f in run[1:]:
        pieces.append(_CLOSING.sub("", text[end : f.opens].lstrip(), count=1))
        end = f.start + len(f.body)
    if len(run) == 2:
        return pieces[0]
    if any(f.display for f in run[1:-1]):
        return "$"
    masked = "F".join(pieces)  # each formula between: one placeholder, its delimiters gone
    clause = _WHERE.match(masked)
    return masked[clause.end() :] if clause is not None else "$"


def zero_when(first: _Chain, inline: _Chain, chain: _Chain, lines: Sequence[str]) -> tuple[str, str, int] | None:
    r"""The equation ``chain`` follows from where the notes write ``$$D = \dots,$$ so that $D = 0$ when $$E₂$$``:
    ``first`` a display whose first member writes a derivative, ``inline`` (the formula right after it) an inline
    formula setting a derivative to zero, the words "so that" (so, hence, thus, and) before it and "when" (if, iff,
    exactly when) after it. E₂ is the condition the derivative vanishes on: linked to the last member of ``first``
    set to 0 (its value), checked by documents.equivalent as any such link. None where any of that is missing."""
    if first.inline or not inline.inline or chain.inline or len(inline.members) != 2 or len(chain.members) != 2:
        return None
    if not first.steps or first.steps[-1].relation != EQUALITY or first.defines is not None:
        return None
    if not chain.steps or chain.steps[0].relation != EQUALITY or chain.defines is not None:
        return None
    if _ZERO.match(inline.members[1].latex) is None or not DERIVATIVE.search(inline.members[0].latex):
        return None
    if not DERIVATIVE.search(first.members[0].latex) or any(m.error for m in (*first.members[-1:], *chain.members)):
        return None
    if None not in (by := (_by(inline.members[0].latex), _by(first.members[0].latex))) and by[0] != by[1]:
        return None  # "$$\partial L/\partial w = …,$$ so that $\partial L/\partial b = 0$": another one (review65)
    text = "\n".join(lines)
    found = formulas(text)
    at = [_formula_of(found, c.members[0].line, c.members[0].latex) for c in (first, inline, chain)]
    if at[0] is None or at[1] is None or at[2] is None or at[1] != at[0] + 1 or at[2] != at[1] + 1:
        return None
    before, after = _gap(text, found[at[0] : at[1] + 1]), _gap(text, found[at[1] : at[2] + 1])
    if not _SO_THAT.match(before) or not _WHEN.match(after):
        return None
    return first.members[-1].latex, "0", first.members[-1].line


def shown_zero(chain: _Chain) -> bool:
    """Is the chain a run of three members or more joined by ``=``, the first written 0 and the last not
    (``0 = A = … = Z``; ``0 = A = 0`` sets A to zero, the link of its last two members)?"""
    return len(chain.members) >= 3 and _ZERO.match(chain.members[0].latex) is not None and \
        _ZERO.match(chain.members[-1].latex) is None and all(s.relation == EQUALITY for s in chain.steps)  # fmt: skip


def _sets_zero(chain: _Chain) -> bool:
    """Does the chain end with an equation one of whose members is written 0 (``… = 0``)?"""
    return len(chain.members) >= 2 and any(_ZERO.match(m.latex) for m in chain.members[-2:])


def known_condition(chain: _Chain, before: bool, lines: Sequence[str]) -> bool:
    r"""Is the chain's last equation a condition the notes solve, not a claim? It sets an expression to zero; or
    it is linked (``after``: by ⇒, by words, or as the derivative set to zero) to the chain just before it and
    ``before`` says that one is a condition, or its own link is to an equation set to zero; or the words right
    before its formula set something to zero ("Setting the gradient to zero gives $$…$$"). Decided on the notes'
    text alone (links are made before any chain is checked)."""
    if not chain.steps or chain.steps[-1].relation != EQUALITY:
        return False
    if _sets_zero(chain):
        return True
    if chain.after is not None and (before or any(_ZERO.match(side) for side in chain.after[:2])):
        return True
    words = _words_before(chain, lines)
    return words is not None and SET_TO_ZERO.search(words) is not None


def _words_before(chain: _Chain, lines: Sequence[str]) -> str | None:
    """The words between the formula before ``chain``'s and its own (whitespace made single spaces), or None
    where its formula is not found in the notes' text."""
    text = "\n".join(lines)
    found = formulas(text)
    at = _formula_of(found, chain.members[0].line, chain.members[0].latex)
    if at is None:
        return None
    start = found[at - 1].start + len(found[at - 1].body) if at > 0 else 0
    return " ".join(_CLOSING.sub("", text[start : found[at].opens].lstrip(), count=1).split())


def sets_zero_before(chain: _Chain, lines: Sequence[str]) -> bool:
    r"""Do the words of its own sentence right before the chain's formula set the formula before it to zero ("Setting it
    to zero: $…$", "Setting the derivative to zero gives $…$")? Then the formula is the equation that solves, not a
    claim of the prose (documents.equivalent links an inline one to the derivative set to zero, red69)."""
    words = _words_before(chain, lines)
    return words is not None and SET_TO_ZERO.search(re.split(r"[.!?](?:\s+|$)", words)[-1]) is not None


def opens_with_condition(chain: _Chain, lines: Sequence[str]) -> bool:
    r"""Is ``chain`` a run from 0 (:func:`shown_zero`) that the words right before it open as a condition ("At the
    minimum, $$0 = \nabla_w L = 2X^\top(Xw - y)$$", "Setting the gradient to zero, …")? Then its first link is that
    condition, which the notes impose rather than claim (documents.premises: a conclusion from the chain rests on
    its other links)."""
    if not shown_zero(chain):
        return False
    words = _words_before(chain, lines)
    if words is None:
        return False
    last = re.split(r"[.!?](?:\s+|$)", words)[-1]  # its own sentence: ". Setting the gradient to zero,"
    return SET_TO_ZERO.search(last) is not None or _AT_CONDITION.search(last) is not None


def _stated_value(chain: _Chain) -> bool:
    r"""Does the chain end with a value stated for one quantity: a number on one side (``3.5``, ``-2``, ``0.5``), and
    on the other a name, an entry or an applied quantity written alone (``\mathbb{E}[X]``, ``w_1``, ``f(2)``: no
    sign, ``+``, ``-``, ``\cdot`` or leading coefficient outside brackets)? The members are read as LaTeX text: the
    link is decided before they are parsed."""
    left, right = (m.latex.strip().rstrip(".,;").strip() for m in chain.members[-2:])
    for side, other in ((left, right), (right, left)):
        if _numeric(other) and _alone(side):
            return True
    return False


#: what a numeric literal may write besides digits: environments, fractions, rows and cells, spacing, delimiters
_LITERAL_MARKUP = re.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}|\\[dt]?frac|\\boxed|\\left|\\right|\\[,;:!]|\\\\|&")


def _numeric(side: str) -> bool:
    """Is ``side`` a number, or a vector or matrix of numbers (``-2``, ``\\frac{1}{2}``, a ``pmatrix`` of numbers)?"""
    rest = _LITERAL_MARKUP.sub(" ", side)
    return bool(re.search(r"\d", rest)) and re.search(r"[A-Za-z\\]", rest) is None
#: what makes a side more than one quantity outside brackets: a sign, a sum, a product sign
_OPERATOR = re.compile(r"[+\-]|\\cdot(?![A-Za-z])|\\times(?![A-Za-z])")


def _alone(side: str) -> bool:
    """Is ``side`` one quantity: no operator outside brackets and braces, no leading digit (``2w``)?"""
    if not side or side[0].isdigit():
        return False
    depth, outside = 0, []
    for ch in side:
        depth += ch in "([{"
        depth -= ch in ")]}"
        outside.append(ch if depth == 0 else " ")
    return _OPERATOR.search("".join(outside)) is None


def _formula_of(found: Sequence[Formula], line: int, latex: str) -> int | None:
    """The index of the one formula of the notes that runs over ``line`` and writes ``latex``, or None."""
    want = latex.strip()
    hits = [k for k, f in enumerate(found)
            if f.line <= line <= f.line + f.body.count("\n") and want and want in f.body]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


def _by(latex: str) -> str | None:
    r"""The variable a derivative as written is taken by: the last ``\partial`` name (``\partial L/\partial w``,
    ``\frac{\partial L}{\partial w}``) or ``\nabla``'s subscript; None where it writes none (``\nabla\ell``)."""
    found = re.findall(r"\\partial\s*\{?\s*(\\?[A-Za-z]+)", latex)
    if len(found) >= 2:
        return found[-1]
    m = re.search(r"\\nabla\s*_\s*\{?\s*(\\?[A-Za-z]+)", latex)
    return m.group(1) if m else None
