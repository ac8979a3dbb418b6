r"""A FAILED step that holds in the special case the notes set: ``f'(x) = \sigma(x)(1 + x(1-\sigma(x)))``
after "swish is $f(x) = x\sigma(\beta x)$; SiLU is the case $\beta = 1$".

Notes define a family by a parameter and then write a member of the family: "SiLU is the case
$\beta = 1$" … "for SiLU this is $f'(x) = …$", or "For $\beta = 1$:" right before the display. Read
with β arbitrary, the step fails; read in the case the notes set, it holds. A reader cannot tell which
the author meant, so such a step is no FAILED: it is SKIPPED, saying in which case it holds
(:func:`at_special_cases`). Only parameters the step does not write (reached through the notes'
definitions, those of the functions it calls included) and only values the notes say the step is
about are tried (:func:`_case_values`): those of the sentence leading in to the chain ("For
$\beta = 1$:"), those of a case the chain's paragraph opens with and goes on in ("For $b = 1$ the rule is ….
Then …, and the growth rate is $$…$$", fresh67's Kelly note: :func:`_paragraph_case`), and a case the notes
name ("SiLU is the case $\beta = 1$") where the prose just before the chain names that member ("For SiLU this
is …"). A value stated elsewhere ("with
$\lambda = 0$ we recover least squares", "in the case $\lambda = 0$ …", "for $\lambda = 0$ the penalty
vanishes, but here it does not. For every $\lambda > 0$:"), a case the prose denies ("we do not
restrict to the case $\beta = 1$") or one named for another function further up excuses nothing: a
step that dropped the parameter stays FAILED (review23g).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.claimplace import before_claim
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain
from verifier.documents.numberpoints import called_names
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import DISPLAY_OPENER, SINGLE_DOLLARS
from verifier.documents.stated import WHERE, stated_values, value_hypotheses
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope

__all__ = ["at_special_cases", "lead_in"]

# "SiLU is the case $\beta = 1$", "the plain softplus is the special case $k = 1$": the member (up to two
# words after the last punctuation or formula) and the case's formula
# (a name starts where its run of letters starts: tried at every letter of a long run it was quadratic; redteam36)
_NAMED = re.compile(r"((?<![A-Za-z])[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)"
                    r"\s+(?:is|are|corresponds\s+to|reduces\s+to)\s+(?:the|a)\s+(?:special\s+)?case\s*\$([^$]+)\$")
_NOT_A_MEMBER = frozenset({"this", "that", "which", "it", "what", "there", "here", "also", "then", "not"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# where a sentence ends: the lead-in of a chain is what follows the last of them
# not sentences.WORD_STOP: a blank line of spaces and tabs only (one line break), or a display's `$$`
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|\$\$")
_LABEL = "a case the notes set"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\$\$")
# a sentence opening with a case: "For $b = 1$", "With $\beta = 1$,", "In the case $k = 2$" (and, further on in
# the paragraph, another sentence opening so: the case changes there)
_OPENING_CASE = re.compile(r"(?:^|(?<=[.!?])\s)\s*(?:For|With|When|If|In\s+the\s+(?:special\s+)?case)\s+\$([^$]+)\$")
# words that leave the case for the general one
_TURNED = re.compile(
    r"\b(?:but|however|in\s+general|general(?:ly)?|otherwise|for\s+(?:every|all|any)|arbitrary)\b", re.IGNORECASE
)


def step_writes(doc: _Document, chain: _Chain, k: int) -> tuple[set[str], set[str]] | None:
    """(names the step writes, functions it calls), or None when a member cannot be read."""
    st = chain.steps[k]
    names: set[str] = set()
    calls: set[str] = set()
    for i in (st.left, st.right):
        try:
            tree = doc.parse_plain(chain.members[i].latex)
        except LatexError:
            return None
        names |= names_in(tree)
        calls |= called_names(tree)
    return names, calls


def lead_in(doc: _Document, chain: _Chain) -> tuple[int, str, str]:
    """(index of the first line of, text of) the prose just before ``chain``, and its last sentence: the
    one leading in to the chain (for an inline chain, its own line up to the formula)."""
    first, prose = doc._prose_before(chain)
    if chain.inline and chain.members:  # up to the claim at its own place in its line (claimplace)
        cut = prose.rfind("\n") + 1
        before = before_claim(prose[cut:], chain, "last")
        prose = prose[:cut] + before if before is not None else prose
    elif not chain.inline:  # "When $c = 0$ the derivative is" and then ``$$`` on a line of its own: the display's
        prose = DISPLAY_OPENER.sub("", prose)  # opening ends no sentence (red63)
    ends = list(_SENTENCE_END.finditer(prose.rstrip().rstrip(".:;,")))
    return first, prose, prose[ends[-1].end() :] if ends else prose


def _member(words: str) -> str | None:
    """The member a case names ("SiLU", "plain softplus"), or None for "this is the case …"."""
    words = _ARTICLE.sub("", words.strip())
    return None if not words or words.split()[0].lower() in _NOT_A_MEMBER else words


def _case_values(doc: _Document, chain: _Chain) -> list[tuple[str, str, int]]:
    """The values the notes say the step is about: those of the sentence leading in to ``chain``, and
    those of a case named before it whose member the prose just before the chain names."""
    first, prose, lead = lead_in(doc, chain)
    offset = first + prose[: len(prose) - len(lead)].count("\n") if lead else first
    near = [(n, v, offset + line) for n, v, line in stated_values(lead)]
    valued = [m.end() for m in SINGLE_DOLLARS.finditer(lead) if "=" in m.group(1)]
    if valued and _TURNED.search(lead[valued[-1] :]):  # "For $\beta = 1$ …, but for a general $\beta$": (red63)
        near = []  # the sentence leaves its case for the general one before the display
    near += _paragraph_case(first, prose, lead)
    cases = []
    starts = [0]  # where each line of the notes starts
    for ln in doc.lines:
        starts.append(starts[-1] + len(ln) + 1)
    for m in _NAMED.finditer(doc.text):
        line = doc.text.count("\n", 0, m.start(2)) + 1
        member = _member(m.group(1))
        if line >= chain.line or member is None:
            continue
        after = prose[max(m.end() - starts[min(first, len(starts) - 1)], 0) :]  # named again, after the case
        if re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, member.split())) + r"(?![\w-])", after, re.I):
            cases += [(n, v, line) for n, v, _ in stated_values(f"${m.group(2)}$")]
    return cases + near


def _paragraph_case(first: int, prose: str, lead: str) -> list[tuple[str, str, int]]:
    r"""The values of the case the paragraph of the chain opens with ("For $b = 1$ the rule is …. Then …, and the
    growth rate is"), where the sentences after it go on in that case: none turns away from it ("but", "in
    general", "for every …") or opens another case. The lead-in sentence's own values are :func:`_case_values`'."""
    start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(prose)), default=0)
    paragraph = prose[start : len(prose) - len(lead)]
    m = _OPENING_CASE.match(paragraph)
    if m is None or _TURNED.search(prose[start:]) or _OPENING_CASE.search(paragraph, m.end()):
        return []
    line = first + prose.count("\n", 0, start + m.start(1))
    return [(n, v, line) for n, v, _ in stated_values(f"${m.group(1)}$")]


def at_special_cases(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that holds in a special case the notes set SKIPPED (module docstring)."""
    if chain.hypotheses or not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    values = _case_values(doc, chain)
    if not values:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.FAILED:
            continue
        seen = step_writes(doc, chain, k)
        if seen is None:
            continue
        names, calls = seen
        through = doc._reach(names | calls, scope) - names
        # not WHERE's label: values stated for a worked example apply to its worked links only (steps)
        hypotheses = [(h, where.replace(WHERE, _LABEL)) for h, where in
                      value_hypotheses(values, through, doc.parse_plain)]  # fmt: skip
        if not hypotheses:
            continue
        st = chain.steps[k]
        alt = replace(chain, hypotheses=hypotheses)
        try:
            found = _Checker(doc, alt, scope, {st.index}, frozenset({st.index})).run()[k]
        except ResolveError:
            continue
        if found.verdict in (Verdict.PROVED, Verdict.PASSED):
            said = "; ".join(f"{h}{where.removeprefix(_LABEL)}" for h, where in hypotheses)
            out[k] = r.skipped(f"holds in the special case the notes set ({said}), fails for general values: "
                               "which one the step means is not said")  # fmt: skip
    return out
