r"""A tie between names the notes already gave values or formulas: a claim about them, not a tie (sound44).

"Let $u_1 = 0.3$ and $u_2 = 0.5$. By symmetry we find $u_1 = u_2 = v$." was read as a tie (documents.tiednames):
u₁ := v and u₂ := v for the lines after it, so ``u_1 + u_2 = 2v`` was PROVED from the false tie and the tie itself
was only "defines u_1" (redteam43). Likewise after "Let $u_1 = x^2$ and $u_2 = 2x$" the tie's ``u_2 = v`` was PROVED
from the tie's own definition. A tie sets names only while they are free: where the notes stated a number for one of
its names, or defined it by a formula, before the tie ("we find", "by symmetry", "so", "hence": the words do not
matter), the tie says something about them. This module owns that reading:

* :func:`stated_in_section`: likewise ``a = 2b`` after "Let $a = 0.3$" in its section is no definition of a;
* :func:`introduced_anew`: not so where the prose introduces the formula with a renewing verb ("Suppose instead
  $s = 5$. Now let $s = a - b$": a definition anew, alarm70) — the name's meaning from there on;
* :func:`names_given`: the tie's names the notes gave a value or a formula before it — documents.definitions then
  learns no tie (each name keeps its meaning, the new name stays undeclared: steps on it are not green).
* :func:`claimed_between`: an inline ``$u = v$`` between two names the notes define by formulas, after words that
  claim it ("Expanding, $u = v$", "so", "hence", "we see that"), is a claim to check — not a tie, and not nothing
  (it was no step: a wrong v left the notes green; green71);
* :func:`judged_ties`: a link of such a tie between two names each stated with one number in the tie's section
  before it (written with ``=``; a value stated with ``\approx`` or two values of one name, a start value and an
  iterate, decide nothing) is judged at those numbers: FAILED where they differ by more than their roundings
  allow (each read as rounded to its last digit), PROVED where they are the same number, else left as it was. A
  link FAILED as an identity between names the notes gave formulas (``x^2 = 2x``) is SKIPPED: such a tie may be an
  equation the notes solve — but not after words of algebra that claim an identity ("Expanding,", "Simplifying,",
  "Multiplying out,": green71), which keep it FAILED.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction

from verifier.documents.members import _Chain
from verifier.documents.records import CheckedChain
from verifier.documents.tiednames import is_tie
from verifier.latex.braces import without_braces
from verifier.results import StepResult, Verdict

__all__ = ["claimed_between", "introduced_anew", "judged_ties", "names_given", "stated_in_section"]


def names_given(names: Sequence[str], given: Callable[[str], bool]) -> list[str]:
    r"""The names of a tie (as written) that ``given`` says the notes gave a value or a formula before it."""
    return [n for n in names if given(n)]


# the words right before a formula that give its name a meaning anew: "Now let", "Let instead", "we redefine", "From
# now on let", "Take instead", "Let now" (documents.renewednames' verbs; "By symmetry we find" is none of them)
_ANEW = re.compile(r"\b(?:(?:let|suppose|assume|take|set)(?:\s+(?:now|instead))?|redefine)(?:\s+that)?\s*\$*\s*$",
                   re.IGNORECASE)


def introduced_anew(before: str | None) -> bool:
    r"""Does the prose ``before`` a formula (its line up to it; for a display, the prose line before it) introduce
    the formula with a renewing verb ("Now let $s = a - b$")? Then the formula defines its name anew, whatever
    number the section stated for it before (alarm70: read as a claim about the stated s, the first definition went
    on being read and ``2 s = 2`` at s = a − b was FAILED)."""
    return before is not None and _ANEW.search(before) is not None


# words of algebra right before a formula: what follows is an identity they claim ("Expanding, $u = v$")
_ALGEBRA = (r"expanding|simplifying|multiplying\s+(?:it\s+|this\s+)?out|factori[sz]ing|rearranging|collecting\s+terms"
            r"|(?:by|with\s+some|after\s+some)\s+algebra|algebraically")
_IDENTITY = re.compile(rf"\b(?:{_ALGEBRA})\s*,?\s*(?:we\s+(?:see|find|get|have|obtain)\s+(?:that\s+)?)?$", re.I)
# words that claim what follows ("so", "hence", "we see that"), not words that set or suppose it ("setting", "if")
_CLAIMS = re.compile(rf"\b(?:{_ALGEBRA}|so|hence|thus|therefore|i\.e\.|indeed|clearly|"
                     r"we\s+(?:see|find|get|have|obtain|check|verify)(?:\s+that)?|(?:note|notice|observe)\s+that|"
                     r"it\s+follows\s+that|one\s+(?:checks|verifies|sees)\s+that)\s*,?\s*$", re.I)  # fmt: skip


def claimed_between(before: str, names: Sequence[object], defined: Callable[[object], bool]) -> bool:
    r"""Is an inline ``$A = B$`` of two names (``names``, parsed) each of which the notes define by a formula in
    force there (``defined``) a claim, by the words ``before`` it on its line ("Let $u = x^2 + 2x$ and $v = x(x +
    2)$. Expanding, $u = v$.")? Then it is checked with both definitions (documents.inlineclaims); a link that fails
    is FAILED only after words of algebra (:func:`judged_ties`)."""
    return len(names) == 2 and names[0] != names[1] and all(defined(n) for n in names) and \
        _CLAIMS.search(before) is not None  # fmt: skip


_PLAIN_NAME = re.compile(r"^(?:\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?$")


def stated_in_section(name: str, lines: Sequence[str], line: int, stated: Sequence[tuple[str, str, int]],
                      before: str | None = None) -> bool:  # fmt: skip
    r"""Is ``name`` (as written: a plain name) stated with a number (``stated``: documents.stated) on a line before
    ``line`` in its section, or on ``line`` itself in ``before`` (that line's text before the formula)? Then ``name =
    <formula>`` there ("Let $a = 0.3$ and $b = 0.1$. By symmetry $a = 2b$.") is a claim about the stated a, not a new
    definition of it: learned, ``a + b = 3b`` was PROVED from it and a later ``$$a = 2b$$`` "against the notes'
    definition" (sound44)."""
    if not _PLAIN_NAME.match(re.sub(r"\s+", "", name)):
        return False
    from verifier.documents.sizeorder import section_of  # (a light module; here to keep this one's imports few)

    first = section_of(list(lines), line)[0]
    plain = without_braces(name)
    for written, value, at in stated:
        if without_braces(written) != plain or not first <= at <= line:
            continue
        if at < line:
            return True
        if before is not None and re.search(re.escape(written.strip()) + r"\s*=\s*" + re.escape(value), before):
            return True
    return False


def _one_value(name: str, stated: Sequence[tuple[str, str, int]], rounded: set[str]) -> Fraction | None:
    """The one number ``stated`` for ``name`` (None where there is none, several, or one written as a rounding)."""
    if without_braces(name) in rounded:
        return None
    numbers = {Fraction(v) for n, v, _ in stated if without_braces(n) == without_braces(name) and _decimal(v)}
    return next(iter(numbers)) if len(numbers) == 1 else None


def _decimal(value: str) -> bool:
    return re.fullmatch(r"[-+]?\d*\.?\d+", value) is not None


def _half_unit(value: str) -> Fraction:
    places = len(value.partition(".")[2])
    return Fraction(1, 2 * 10**places)


def _written(name: str, stated: Sequence[tuple[str, str, int]]) -> tuple[str, int]:
    return next((v, at) for n, v, at in reversed(stated) if without_braces(n) == without_braces(name))


def judged_ties(
    chains: Sequence[_Chain], checked: list[CheckedChain | None],
    stated: Callable[[_Chain], list[tuple[str, str, int]]], rounded: set[str], lines: Sequence[str],
) -> list[CheckedChain | None]:  # fmt: skip
    """``checked`` with the links of ties between stated names judged at their numbers (module docstring);
    ``stated(chain)``: the values (name, number, line) stated in the chain's section up to its line; ``rounded``:
    the names (as written, braces and spaces out) stated with ``\\approx`` anywhere."""
    out = list(checked)
    for k, (chain, c) in enumerate(zip(chains, checked, strict=True)):
        if not isinstance(c, CheckedChain) or not is_tie([m.latex for m in chain.members]):
            continue
        if _SETS.search(_before(chain, lines)):
            continue  # "Now set $w_1 = w_2$": an assignment, not a claim about the values before it
        values = stated(chain)
        tied = {without_braces(m.latex) for m in chain.members}
        if _LATER.search(_before(chain, lines)) or any(
                _START.search(lines[at - 1])
                for n, _, at in values if without_braces(n) in tied and 0 < at <= len(lines)):
            # "Initialise $u_1 = 0.3$ …", "At convergence we find $u_1 = u_2$": values and tie of two times (sound46)
            out[k] = c.with_steps([r.skipped(_ANOTHER_TIME) if r.verdict is Verdict.FAILED else r
                                   for r in c.result.steps])  # fmt: skip
            continue
        links = {s.index: s for s in chain.steps}
        steps = list(c.result.steps)
        for i, r in enumerate(steps):
            link = links.get(r.index)
            if link is None or r.verdict not in (Verdict.SKIPPED, Verdict.FAILED):
                continue
            left, right = chain.members[link.left].latex, chain.members[link.right].latex
            a, b = _one_value(left, values, rounded), _one_value(right, values, rounded)
            if r.verdict is Verdict.FAILED:
                if (a is None or b is None) and _IDENTITY.search(_before(chain, lines).rstrip().rstrip("$")):
                    continue  # "Expanding, $u = v$": an identity claimed, which fails (green71)
                if a is None or b is None:  # "Let $u_1 = x^2$ and $u_2 = 2x$. … we find $u_1 = u_2 = v$"
                    steps[i] = r.skipped(_SOLVED)
                continue
            if a is None or b is None:
                continue
            (wa, la), (wb, lb) = _written(left, values), _written(right, values)
            said = f"the notes state ${left.strip()} = {wa}$ (line {la}) and ${right.strip()} = {wb}$ (line {lb})"
            if a == b:
                steps[i] = replace(r, verdict=Verdict.PROVED, counterexample=None, curve=None,
                                   message=f"at the values {said}: the tie holds there")  # fmt: skip
            elif abs(a - b) > _half_unit(wa) + _half_unit(wb):
                steps[i] = _failed(r, f"{said}: the tie between them is a claim, and {wa} is not {wb}")
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out


#: words that make a tie an assignment (a program's step) rather than a claim
_SETS = re.compile(r"\b(?:set|sets|setting|let|assign\w*|updat\w*|replac\w*|reset\w*|initiali[sz]\w*|cop(?:y|ies)|"
                   r"choos\w*|chose|take|taking|tie|tied|tying|instead|now|becomes?|overwrit\w*|redefin\w*)\b", re.I)


#: a tie said of a later state than the values stated, and values stated as a start (sound46)
_LATER = re.compile(r"\b(?:converge\w*|eventually|finally|in\s+the\s+limit|at\s+(?:the\s+)?(?:optimum|optimal\w*|"
                    r"equilibrium|end|solution|fixed\s+point|stationary\s+point|minimum|maximum|minimi[sz]er|"
                    r"maximi[sz]er)|after\s+(?:training|learning|optimi[sz]ation|fitting|\w+\s+(?:steps?|iterations?|"
                    r"epochs?|updates?)))\b", re.I)  # fmt: skip
_START = re.compile(r"\b(?:initiali[sz]\w*|initial(?:ly)?|at\s+the\s+start|to\s+start|start(?:ing)?\s+(?:at|from|"
                    r"with)|before\s+training)\b", re.I)  # fmt: skip
_ANOTHER_TIME = ("the values the notes state for these names are a start (or the tie is said of a later state): the "
                 "tie is not judged at them")


def _before(chain: _Chain, lines: Sequence[str]) -> str:
    """The prose before the chain's first member on its line (and the line above it where that is all)."""
    line = lines[chain.line - 1] if 0 < chain.line <= len(lines) else ""
    written = re.compile(r"\s*=\s*".join(re.escape(m.latex.strip()) for m in chain.members))
    found = written.search(line) if chain.inline else None
    cut = found.start() if found is not None else -1
    before = line[: cut] if cut >= 0 else ("" if not chain.inline else line)
    k = chain.line - 2
    while not before.strip() and k >= 0:
        before, k = lines[k], k - 1
    sentence = re.split(r"(?<=[.!?:])\s", before)[-1] if before.rstrip()[-1:] not in ".!?" else ""
    return sentence or before[-80:]


_SOLVED = ("a tie of names: it fails as an identity, but a tie of names the notes gave formulas may be an equation "
           "the notes solve (at a point they single out), so not called FAILED")


def _failed(r: StepResult, message: str) -> StepResult:
    return replace(r, verdict=Verdict.FAILED, counterexample=None, curve=None, message=message)
