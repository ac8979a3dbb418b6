r"""Values stated with ``=`` that are no exact givens: of a name computed before, or called approximate in words.

documents.stated reads every inline ``$name = number$`` of the prose as a value the notes give, exact where
documents.exactdata calls it data. Two kinds of such statements give no exact value:

* a name the notes set equal to a formula before it, in its section, then state with a number derived from it
  ("Let $p = \sigma(1)$, so $p = 0.62$."): the number is a claim about the formula (here a wrong one: σ(1) =
  0.731), rounded at best. Read as a given, ``2p = 1.24`` was PROVED (sound45; redteam44 had stopped the same
  sentence written with ``\approx``, documents.approxvalues). :func:`computed_claims` keeps such a value as a given
  only where the formula, at the values stated before it, is that very number (``z = wx + b`` with w = 2, x = 1,
  b = 0.5, "so $z = 2.5$"), or that number rounded or truncated to the decimals written — then as a rounding
  (:func:`rounded_computations`: a step PROVED at it is PASSED "holds at the value written", and a worked number
  off it is judged at the value computed, documents.exactdata); another number, or a formula it cannot evaluate,
  leaves the value out of the values a chain is read at (the chain is SKIPPED, or read through the formula). The
  words right before it may give it as an input instead ("Suppose $p = 0.25$", "with $w = 0.5$", "Worked: $\tau =
  0.9$", and the later formulas of such a list: documents.codecomputed's cue words, the preposition of a worked
  case, a label): then it is a given. The statement itself is still a step of its own where the notes link it,
  checked as a claim (documents.solvedvalues).
* a value the sentence calls approximate ("the step size is about $\eta = 0.33$", "approximately", "roughly"):
  :func:`said_roughly` — the word right before the formula — makes it a rounding like ``\approx``
  (documents.approxvalues.rounded_names): a step PROVED at it is PASSED, a worked number far from every value it
  admits FAILED. The word must qualify the formula: "about ten steps; the rate is $\eta = 0.33$" leaves it exact, and
  "around" and "close to" are not read ("expanding around $w = 0$" names a point, exact), nor "about" but after a
  verb or preposition that gives a value ("is about", "of about": not "expanding about $x = 1$").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.definitions import INLINE_MATH
from verifier.documents.precision import agrees

__all__ = ["applied_builtins", "computed_claims", "defining_formula", "rounded_computations", "said_roughly",
           "sentence_before", "statements", "value_readings"]

# an adverb of approximation right before the formula ("about $\eta = 0.33$", "approximately equal to $")
_ROUGHLY = re.compile(r"(?:\b(?:is|are|was|were|be|been|of|equals?|becomes?|gives?|yields?|takes?|to|at|by|with|has"
                      r"|have|just)\s+about|\b(?:approximately|approx\.|roughly|nearly|circa|almost))"
                      r"(?:\s+(?:equal|equals)(?:\s+to)?)?\s*$", re.I)  # fmt: skip
# words that give the value as an input or a case, at most three words before the formula (or before the list of
# formulas it ends: "with $w = 2$, $x = 1$ and $b = 0$"), a label opening a worked example ("Numbers: $"), or none
# (the formula opens its sentence or a list item: "1. $u = 0.5$: …")
_GIVEN = re.compile(r"(?:\b(?:given|suppose|assume|assuming|let|take|set|choose|fix|pick|say|consider|if|when|for"
                    r"|with|at|where|here|from|e\.g\.|such\s+as|example|instance|initiali[sz]e|initially|start"
                    r"|starting)\b(?:\s+[A-Za-z]+){0,3}|\b(?:numbers|worked|example|data|setup|values)\s*[:.)}*]*)"
                    r"[\s,:]*$|^[\s(*\-]*(?:\d+[.)]|[a-z]\))?[\s*]*$", re.I)  # fmt: skip
# one formula of a list, at the end of the words before the next ("$h = 1$, ", "$a = 0.2$ and ")
_ITEM = re.compile(r"\$[^$]*\$(?:\s|[,;]|\band\b)*$")
# one or two words that name the next formula of a list ("bandwidth $h = 1$, query point $x = 1$"); not words that
# derive it ("so", "gives", "we have", "is" …: what follows them is a claim)
_LABEL = re.compile(r"(?:(?!(?:so|thus|hence|therefore|then|gives?|giving|gets?|have|has|is|are|was|were|equals?"
                    r"|yields?|obtains?|obtained|finds?|found|becomes?|hold|holds|means?|makes?)\b)[A-Za-z]+\s+){1,2}$",
                    re.I)  # fmt: skip
# words of a cue that point back at the case just computed ("for this input", "here", "with these numbers", "at this
# point"): the formula after them states the value of that case, a claim about the formula computed (sound46)
_BACK = re.compile(r"\b(?:this|these|those|same|above|here|current)\b", re.I)
# a verb after such words that still gives a new input ("Here we take $p = 0.62$", "For this input set $x = 1$")
_CHOSEN = re.compile(r"\b(?:take|set|choose|pick|fix|let|suppose|assume|consider|use)\b", re.I)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\bvs)[.!?](?:\s|$)")  # not "i.e. ", "e.g. "
_SPACE = re.compile(r"[{}\s]|\\[,;:!]")


def _same(a: str, b: str) -> bool:
    return _SPACE.sub("", a) == _SPACE.sub("", b)


def statements(text: str, name: str, number: str, line: int) -> list[int]:
    """The offsets in ``text`` of the inline formulas on ``line`` (1-based) that state ``name = number``."""
    from verifier.documents.stated import split_commas

    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return []
    start = sum(len(x) + 1 for x in lines[: line - 1])
    out = []
    for m in INLINE_MATH.finditer(lines[line - 1]):
        for piece in split_commas(m.group(1)):
            parts = piece.split("=")
            if len(parts) >= 2 and _same(parts[-1].rstrip(".,;"), number) and any(_same(p, name) for p in parts[:-1]):
                out.append(start + m.start())
                break
    if not out and "$" not in lines[line - 1].replace("$$", "") and \
            re.search(re.escape(name) + r"\s*=\s*" + re.escape(number), lines[line - 1].replace(" ", "")):
        out.append(start)  # a display's line (``$$p = 0.62$$``, documents.stated.displayed_values)
    return out


def sentence_before(text: str, at: int) -> str:
    """The words of the sentence before offset ``at`` (a ``$`` opening a formula), on its own line — or, for a
    display's line, in the lines of prose right before it (its lead-in)."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if start == at:  # a display: its lead-in, back to a blank line
        lead = text[:at].rstrip("\n").split("\n")
        kept: list[str] = []
        for row in reversed(lead):
            if not row.strip() or row.lstrip().startswith("#"):
                break
            kept.insert(0, row)
        before = " ".join(kept).rstrip().removesuffix("$$").removesuffix("\\[").rstrip() + " "
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    return before[ends[-1] if ends else 0 :]


def _cues(text: str, at: int) -> list[str]:
    """The words before offset ``at`` that give the formula there as an input: the cue right before it, or before
    the list of formulas (each named by a word or two) it ends (module docstring); empty where none does."""
    current = sentence_before(text, at)
    found = [current]
    for _ in range(16):
        current = _LABEL.sub("", current)
        found.append(current)
        if (m := _ITEM.search(current)) is None:
            break
        current = current[: m.start()]
        found.append(current)
    return [m.group(0) for x in found if (m := _GIVEN.search(x)) is not None]


def _given(text: str, at: int) -> str | None:
    """How the words before offset ``at`` give the formula there as a new input (:func:`_cues`): "words" where a cue
    says so, "bare" where the formula only opens its sentence or list item ("- $p = 0.5$"), None where they do not
    or point back at the case just computed ("For this input, $p = …$", "Here $p = …$": :data:`_BACK`)."""
    cues = _cues(text, at)
    # the cue nearest the formula decides (a list's label stripped after it: "Here $p = …$" leaves "" behind)
    if not cues or ((m := _BACK.search(cues[0])) is not None and not _CHOSEN.search(cues[0], m.end())):
        return None
    return "words" if re.search(r"[A-Za-z]", cues[0]) else "bare"


def defining_formula(text: str, at: int, name: str) -> str | None:
    """The formula (as written) the text before offset ``at``, in its section, last sets ``name`` equal to (the
    member right after ``name =``, up to the next ``=`` or the end of its formula); None where there is none."""
    from verifier.documents.sizeorder import section_of

    lines = text.split("\n")
    first = section_of(lines, text.count("\n", 0, at) + 1)[0]
    start = sum(len(x) + 1 for x in lines[: first - 1])
    head = re.escape(name) + (r"(?![A-Za-z])" if name.startswith("\\") else r"(?![A-Za-z0-9_'])")
    lead = r"(?<![A-Za-z\\_^])" if not name.startswith("\\") else r"(?<![A-Za-z_^])"
    # up to the next "=" or the formula's end: "$", or LaTeX's "\]", "\)", "\end{…}" (lead49: not the next "$")
    found = list(re.finditer(lead + head + r"\s*=(?!=)((?:[^=$\\]|\\(?!\]|\)|end\b))*)", text[start:at]))
    formula = found[-1].group(1).strip().rstrip(".,;").strip() if found else ""
    return formula or None


def applied_builtins(tree: sp.Expr) -> sp.Expr:
    """``tree`` with each call of a function the documents know by name (σ, ReLU, softplus …) applied."""
    from verifier.documents.functions import FUNCTIONS

    return tree.replace(lambda e: isinstance(e, AppliedUndef) and e.func.__name__ in FUNCTIONS,
                        lambda e: FUNCTIONS[e.func.__name__](*e.args))  # fmt: skip


def _value(text: str, at: int, name: str, number: str, givens: Sequence[tuple[str, str, int]],
           parse: Callable[[str], sp.Basic]) -> str | None:  # fmt: skip
    """"exact" where the formula the text last sets ``name`` equal to before offset ``at`` (:func:`defining_formula`)
    is ``number`` at the values ``givens`` states on its line or before, "rounded" where ``number`` is that value
    rounded or truncated to its decimals, "off" where it is another number; None where it cannot be evaluated."""
    formula = defining_formula(text, at, name)
    if formula is None:
        return None
    line = text.count("\n", 0, at) + 1
    try:
        tree = parse(formula)
        values = {}
        for given, value, where in givens:
            if where <= line and isinstance(symbol := parse(given), sp.Symbol):
                values[symbol] = sp.Rational(value)
        if not isinstance(tree, sp.Expr):
            return None
        tree = applied_builtins(tree.xreplace(values)).doit()
        if tree.free_symbols or not tree.is_number:
            return None
        if abs(sp.N(tree - sp.Rational(number), 40)) < sp.Float(10) ** -30:
            return "exact"
        places = len(number.partition(".")[2])
        return "rounded" if places and agrees(float(sp.N(tree, 30)), float(number), places) else "off"
    except Exception:  # noqa: BLE001 - a formula the grammar or SymPy refuses is simply not evaluated
        return None


def value_readings(values: Sequence[tuple[str, str, int]], text: str,
                   parse: Callable[[str], sp.Basic]) -> list[tuple[tuple[str, str, int], str | None]]:  # fmt: skip
    """Each of ``values`` with how it is read: "given", "exact", "rounded" (kept) or None (a claim, left out)."""
    from verifier.documents.approxvalues import computed_before

    out: list[tuple[tuple[str, str, int], str | None]] = []
    for name, number, line in values:
        kept = [v for v, how in out if how is not None]
        found: set[str | None] = set()
        for at in statements(text, name, number, line):
            if not computed_before(text, at, name) or (cue := _given(text, at)) == "words":
                continue  # a given: no claim about a formula computed before
            value = _value(text, at, name, number, kept, parse)
            # a formula that only opens its list item or sentence ("- $p = 0.62$" after "Let $p = σ(1)$") says no
            # new case starts: an input only where the formula cannot be evaluated (lead46: read as an input it
            # made ``2p = 1.24`` PROVED at σ(1) = 0.731; the formula's own value, exact or rounded, is read as such)
            if cue == "bare" and value is None:
                continue
            found.add(value if value != "off" else None)
        out.append(((name, number, line), "given" if not found else (found.pop() if len(found) == 1 else None)))
    return out


def computed_claims(values: Sequence[tuple[str, str, int]], text: str,
                    parse: Callable[[str], sp.Basic]) -> list[tuple[str, str, int]]:  # fmt: skip
    """``values`` (name, number, line) without those that state a number for a name computed before, unless given
    in words, or the formula's value exactly or rounded to the decimals written (module docstring)."""
    return [v for v, how in value_readings(values, text, parse) if how is not None]


def rounded_computations(text: str) -> frozenset[tuple[str, str, int]]:
    """The values (name, number, line) the prose states with ``=`` that are the rounded value of the formula the
    notes computed the name by (kept as roundings: a step PROVED at one is PASSED, documents.approxvalues). The
    values displayed on a line of their own are read with the chains (documents.check._ready), not here."""
    return _rounded(text)


@functools.lru_cache(maxsize=8)
def _rounded(text: str) -> frozenset[tuple[str, str, int]]:
    from verifier.documents.restatedvalues import restated_roundings
    from verifier.documents.stated import stated_values
    from verifier.latex import parse_latex

    values = stated_values(text)
    # "Take $p = 0.73$. The model gives $p = \sigma(1)$": the number a rounding of the formula after it too
    return frozenset(v for v, how in value_readings(values, text, parse_latex) if how == "rounded") | \
        restated_roundings(values, text, parse_latex)


def said_roughly(text: str, name: str, number: str, line: int) -> bool:
    """Does the sentence on ``line`` call the value ``name = number`` it states approximate (module docstring)?"""
    return any(_ROUGHLY.search(sentence_before(text, at)) for at in statements(text, name, number, line))
