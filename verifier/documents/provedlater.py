r"""A claim the notes announce and prove further down: "it remains to prove that $E[y] = a'(\eta)$, which we do next".

Notes state what they set out to show before they show it: "The missing piece is to prove that $h(x) = E[y] =
a'(\eta)$, which we'll do next", then a derivation, then "Thus we can conclude that $E[y] = a'(\eta)$". The
announced formula is read where it is written, before the facts the proof uses (a density normalised "for any
$\eta$" two lines below it, documents.densities), and is SKIPPED there ("does not follow from linearity of
expectation alone"), while the same formula written again as the proof's conclusion is PROVED. The announcement
is the claim the conclusion checks: this module gives it that verdict (:func:`on_proved_later`, a post-pass over
the checked chains of a document), said with the line of the proof.

A SKIPPED step is read so where all of these hold:

* the prose right before its formula ends with "prove that", "show that", "verify that", "establish that",
  "demonstrate that" (or "proof that"): the formula is the object of the announcement, not a fact the notes
  recall or a definition (a step SKIPPED as one — "defines …", "a definition", "names the value" — never is);
* a proof of it (below) comes later in the same section (no heading between the two lines), PROVED or PASSED;
* no name the step writes is defined anew between the two lines, by the notes or by the context: the two formulas
  mean the same thing (a name first defined between them, "Let $u = …$" after "we show that $$u = v$$", is the
  one the announcement refers to);
* the proof holds as written, not only in a case: its green (or that of a step after the announcement it cites,
  "follows from the equation before it, line N") rests on no reading that restricts the names (a range "as the
  prose states", "under the hypothesis", "A symmetric, as the notes say", "the literal reading fails"). The
  announcement is general; "For $x \ge 0$ we have $$\sqrt{x^2} = x$$" below "it remains to show that
  $\sqrt{x^2} = x$" proves a case of it, not it (mend64, on redmid64's M1). A fact the notes state between the
  two ("$\int p(y)dy = 1$ as the notes state") is no case and does not set the proof aside.

The proof is a later step that writes the same two members (white space and a closing comma or full stop aside;
in either order), or a later chain every link of which is green and that runs from one member to the other
("$$u = x^2 + 2x + 1 - x^2 = 2x + 1 = v$$").

Only ever green, and only with the later step's verdict: an announcement whose proof ends FAILED or SKIPPED keeps
its own verdict and reason (never FAILED here: the notes may announce a claim they then correct).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.claimplace import claim_span
from verifier.documents.context import Definition
from verifier.documents.headings import heading_level
from verifier.documents.hypotheses import UNDER
from verifier.documents.mathspans import display_at
from verifier.documents.members import _Chain, free_names
from verifier.documents.ranges import AS_STATED
from verifier.documents.records import CheckedChain
from verifier.documents.sentences import last_sentence
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["announces_claim", "lead_in", "on_proved_later"]

# "… is to prove that", "we want to show that", "it remains to verify that" (and "to proof that", a slip for it),
# at the very end of the prose before the formula: the formula is what the words announce
_ANNOUNCE = re.compile(r"\b(?:prove|proof|show|verify|establish|demonstrate)\s+that\s*$", re.I)
_DEFINITION = ("defines ", "a definition", "names the value")
_GREEN = (Verdict.PROVED, Verdict.PASSED)
# the words a green says when it holds only under a reading that restricts its names (a case of the claim)
_IN_A_CASE = (AS_STATED, UNDER, "as the notes say", "the literal reading fails", "holds when read with")
_CITED = re.compile(r"\blines? (\d+)")
_REASON = "the claim the notes set out to prove here ('… {cue}'): they prove it at line {line}, where it is {verdict}"


def announces_claim(lead: str) -> str | None:
    """The words of ``lead`` (the prose just before a formula) that announce the formula as a claim to be proved
    ("prove that"), or None."""
    m = _ANNOUNCE.search(last_sentence(lead.rstrip()))
    return None if m is None else m.group(0).strip()


def lead_in(doc: Any, chain: _Chain) -> str:
    """The prose just before ``chain``'s formula in ``doc`` (a documents.chainprose reader): an inline formula's
    own line up to it, after the lines before; the lines before a display and the words before its delimiter on
    its own line."""
    if not chain.inline:
        prose = str(doc._prose_before(chain, display=True)[1])
        f = display_at(doc.text, chain.line)
        if f is not None and doc._display_start(chain) == f.line:  # "i.e., show that $$…$$": its own line before it
            prose += "\n" + doc.text[doc.text.rfind("\n", 0, f.opens) + 1 : f.opens]
        return prose
    prose = str(doc._prose_before(chain)[1])
    own = doc.lines[chain.line - 1] if 0 < chain.line <= len(doc.lines) else ""
    span = claim_span(own, chain)
    if span is None or not prose.endswith(own):
        return ""
    return prose[: len(prose) - len(own)] + own[: span[0]]


def on_proved_later(
    chains: Sequence[_Chain],
    checked: list[CheckedChain],
    lead: Callable[[_Chain], str],
    lines: Sequence[str],
    parse: Callable[[str], object],
    defined: Sequence[tuple[str, int]],
    scope_at: Callable[[int], Any],
) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``) with each SKIPPED step the notes announce as a claim and
    prove further down given the verdict of that proof (module docstring). ``lead(chain)``: the prose just before
    the chain's formula; ``lines``: the document's lines; ``defined``: the notes' definitions (name, line);
    ``scope_at(line)``: the context in force at a line."""
    if len(chains) != len(checked):
        return checked
    later = [(chain, c) for chain, c in zip(chains, checked, strict=True) if isinstance(c, CheckedChain)]
    out = list(checked)
    for k, (chain, c) in enumerate(zip(chains, checked, strict=True)):
        if not isinstance(c, CheckedChain) or not any(_open(s) for s in c.result.steps):
            continue
        cue = announces_claim(lead(chain))
        if cue is None:
            continue
        steps = list(c.result.steps)
        for n, s in enumerate(steps):
            if not _open(s):
                continue
            found = _proof_of(s, chain.line, later, lines)
            if found is None or _redefined(s, chain.line, found[0], parse, defined, scope_at):
                continue
            at, verdict, said = found
            why = _REASON.format(cue=cue, line=at, verdict=verdict.value)
            steps[n] = replace(s, verdict=verdict, counterexample=None, curve=None,
                               message="; ".join(x for x in (why, said) if x))  # fmt: skip
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out


def _open(s: StepResult) -> bool:
    """Is ``s`` a SKIPPED claim (not a definition the checker set aside as one)?"""
    return s.verdict is Verdict.SKIPPED and not (s.message or "").startswith(_DEFINITION)


def _key(lhs: str, rhs: str) -> frozenset[str]:
    """The two members of a step, as written, white space and a closing punctuation aside (in either order)."""
    return frozenset(_plain(m) for m in (lhs, rhs))


def _plain(member: str) -> str:
    """A member as written, white space and a closing punctuation aside."""
    return re.sub(r"\s+|\\[,;!]", "", member).rstrip(",.")


def _linked(steps: Sequence[StepResult]) -> bool:
    r"""Does each step start where the one before it ends (``a = b``, ``b = c``): a chain from its first member to
    its last? Two green equations side by side (``\sqrt{x^2} = |x|``, ``2x - x = x``) prove nothing of their ends."""
    return all(_plain(s.rhs_latex) == _plain(t.lhs_latex) for s, t in pairwise(steps))


def _proof_of(
    s: StepResult, line: int, later: Sequence[tuple[_Chain, CheckedChain]], lines: Sequence[str]
) -> tuple[int, Verdict, str] | None:
    """(line, verdict, what it says) of the first proof after ``line``, in its section, of the members of ``s``: a
    green step that writes them, or a chain of green links that runs from one to the other; one that holds only in
    a case (:func:`_in_a_case`) is no proof of the claim as announced."""
    want = _key(s.lhs_latex, s.rhs_latex)
    said: dict[int, list[str]] = {}  # the messages of the steps after the announcement, by line
    for chain, c in later:
        if chain.line > line:
            for t, at in zip(c.result.steps, c.step_lines, strict=True):
                said.setdefault(at, []).append(t.message)
    for chain, c in later:
        if chain.line <= line:
            continue
        if any(heading_level(row) is not None for row in lines[line : chain.line - 1]):
            return None  # another section: its letters may mean other things
        steps = c.result.steps
        for t, at in zip(steps, c.step_lines, strict=True):
            if t.verdict in _GREEN and _key(t.lhs_latex, t.rhs_latex) == want:
                if _in_a_case([t.message], line, at, said):
                    break
                return at, t.verdict, t.message
        else:
            if len(steps) > 1 and all(t.verdict in _GREEN for t in steps) and _linked(steps) and (
                    _key(steps[0].lhs_latex, steps[-1].rhs_latex) == want) and (
                    not _in_a_case([t.message for t in steps], line, chain.line, said)):  # fmt: skip
                verdict = Verdict.PROVED if all(t.verdict is Verdict.PROVED for t in steps) else Verdict.PASSED
                return chain.line, verdict, f"its chain runs from one member to the other, every link {verdict.value}"
    return None


def _in_a_case(messages: Sequence[str], start: int, end: int, said: dict[int, list[str]]) -> bool:
    """Does a green with ``messages`` hold only under a reading that restricts its names (a range the prose
    states, a hypothesis, a property "as the notes say": the literal reading fails), it or a step it cites by
    line after the announcement at ``start`` and up to ``end`` (``said``: the messages by line)?"""
    todo, seen = list(messages), set()
    while todo:
        message = todo.pop()
        if any(cue in message for cue in _IN_A_CASE):
            return True
        for m in _CITED.finditer(message):
            n = int(m.group(1))
            if start < n <= end and n not in seen:
                seen.add(n)
                todo.extend(said.get(n, ()))
    return False


def _names(s: StepResult, parse: Callable[[str], object]) -> set[str] | None:
    """The names (symbols and functions) the members of ``s`` write; None where one does not parse."""
    out: set[str] = set()
    for src in (s.lhs_latex, s.rhs_latex):
        try:
            tree = parse(src)
        except LatexError:
            return None
        if not isinstance(tree, sp.Basic):
            return None
        out |= free_names(tree) | {type(f).__name__ for f in tree.atoms(AppliedUndef)}
    return out


def _redefined(
    s: StepResult,
    start: int,
    end: int,
    parse: Callable[[str], object],
    defined: Sequence[tuple[str, int]],
    scope_at: Callable[[int], Any],
) -> bool:
    """Is a name of ``s`` defined anew between lines ``start`` and ``end`` (by the notes or their context), or
    can its names not be read? Then the two formulas need not mean the same."""
    names = _names(s, parse)
    if names is None:
        return True
    held = {name for name, at in defined if name in names and at <= start}  # in force where the claim is written
    if any(name in held and start < at <= end for name, at in defined):
        return True
    before, after = scope_at(start), scope_at(end)
    return any(isinstance(v, Definition) and k[0] in names and after.names.get(k) != v for k, v in before.names.items())
