r"""An inline formula that writes a name the notes already define: a claim about it, unless the prose says
it defines the name anew.

``define the residual $r = y - Xw$`` … "Expanding, $r = Xw - y$, and so $$\nabla J = X^T r$$": the second
inline equation was learned as r's definition from its line on (an inline formula defining a name is
learned, documents.definitions), never checked, and the gradient after it was PROVED with the flipped r.
A display written twice is checked against the first (documents.restatements) and the lines after a
disagreeing renewal are not green (documents.disagreeing); an inline one now is too. This module owns which
inline formulas are such restatements (:func:`restating_chain`: the notes define the name before, with
another formula, and the prose just before it does not announce a new definition — "let", "define", "now
set", "redefine", "instead", "new", …, nor states a case: "when", "if") and the chain it becomes (inline,
``restates`` the earlier definition; its definition stays learned, as a display's does, so a renewal after a
heading keeps its new meaning). A formula written exactly as the earlier one restates nothing new: no chain.

On the definition's own line ("the residual $r = y - Xw$ … Expanding, $r = Xw - y$, and so", column18) the
rewriting restates the definition written before it there (:func:`same_line_prior`): no definition holds on
its own line for the lines' chains, so the reader keeps that first one for the line's chains
(``restated_on_line``, reader.scope_for), and the restatement is checked against it like one a line later.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from verifier.documents.context import Definition, Key
from verifier.documents.headings import heading_level
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.sentences import SENTENCE_END_OR_DISPLAY
from verifier.latex.document import Place

__all__ = ["announces_anew", "restating_chain", "same_line_prior", "with_restatements"]

# the words that say an inline formula gives the name a (new) meaning rather than rewriting it, or supposes one
# for a case ("When $z_j = \sigma(s_j)$", after "When $z_j = s_j$": a case of the notes, not a claim about z), or
# opens another part of the notes in prose ("Section 2, one point: $y = f + \epsilon$")
_ANEW = re.compile(
    r"\b(?:let|define[sd]?|defining|denote[sd]?|redefine[sd]?|now|new|instead|set|consider|suppose|call(?:ed)?|"
    r"assume|another|different|alternative(?:ly)?|when|whenever|if|case|section|part|problem|exercise|question)\b",
    re.IGNORECASE,
)
# another case announced in the clause right before the formula: "For the Poisson,", "For a Gaussian,", "In the second
# model," (a named family, capitalised; an ordinal or "other"; a noun of cases) — gaps65. "For the gradient," names a
# quantity, not a case: a restatement after it is still checked against the first
_CASE = re.compile(
    r"\b(?:[Ff]or|[Ii]n|[Uu]nder)\s+(?:the|a|an)\s+(?:(?:first|second|third|other|next|last|latter|former)\s+[a-z-]+"
    r"|[A-Z][a-z]+(?:[\s-]+[A-Za-z]+)?|[a-z-]+\s+(?:case|model|distribution|family|example|setting))\s*,\s*$"
)
_SPACE = re.compile(r"\s+")


def announces_anew(before: str) -> bool:
    """Does the prose just before an inline formula (``before``: the end of its sentence so far) say it
    defines its name ("Now let", "we redefine", "define instead"), or that another case starts ("For the Poisson,")?"""
    sentence = SENTENCE_END_OR_DISPLAY.split(before)[-1]
    return _ANEW.search(sentence[-120:]) is not None or _CASE.search(sentence[-120:]) is not None


def same_line_prior(new: list[Definition], on_line: dict[tuple[Key, int], Definition],
                    same_kind: Callable[[Definition, Definition], bool]) -> Definition | None:  # fmt: skip
    """The definition an earlier inline formula of the same line gave the name one of ``new`` (what an inline
    formula just defined) defines, of the same kind (``on_line``: by key and line, the first of each); None
    where it is the line's first. ``on_line`` learns ``new``."""
    prior = None
    for d in new:
        first = on_line.setdefault((d.key, d.line), d)
        if prior is None and first is not d and same_kind(first, d):
            prior = first
    return prior


def restating_chain(chain: _Chain, earlier: list[Definition], before: str, place: Place | None = None,
                    lines: Sequence[str] = ()) -> _Chain | None:  # fmt: skip
    """The chain to check for the inline formula ``chain`` (a stand-in the notes' definitions were learned
    from, its ``restates`` set where it writes a name defined before) when it restates that definition
    with another formula and ``before`` (the prose just before it) does not announce a new meaning, nor a
    heading of the notes' ``lines`` between the two opens another part ("## 3. Variance stabilisation":
    $g(x) = \\sqrt{x}$ after the log-odds g of part 1, fresh33); None otherwise. ``place``: where the formula
    is written in its line (documents.claimplace)."""
    if chain.restates is None or len(chain.members) < 2 or announces_anew(before):
        return None
    key, line = chain.restates
    first = next((d for d in earlier if d.key == key and d.line == line), None)
    if first is None or _SPACE.sub("", first.body or "") == _SPACE.sub("", chain.members[1].latex):
        return None
    if any(heading_level(row) is not None for row in lines[first.line : chain.line - 1]):
        return None
    members = [_Member(m.latex, chain.line) for m in chain.members]
    steps = [_Step(i + 1, i, i + 1, None, chain.line) for i in range(len(members) - 1)]
    return _Chain(chain.line, members, steps, None, False, ["an inline formula of the prose"], inline=True,
                  restates=chain.restates, place=place)  # fmt: skip


def with_restatements(chains: list[_Chain], restating: list[_Chain]) -> list[_Chain]:
    """``chains`` with the inline restatements ``restating`` among them, in line order; not one the chains
    already hold (an inline formula made a claim chain already: the same line and left member). A value solved
    from a system (documents.solvedsystem) replaces the claim chain of its formula: that chain read the notes' table
    calls (``V(s_1)``) as products, the system's chain reads them as the quantities they are."""
    solved = {(c.line, c.place) for c in restating if c.system and c.place is not None}
    chains = [c for c in chains if not (c.inline and (c.line, c.place) in solved)]
    have = {(c.line, c.members[0].latex.strip()) for c in chains if c.members}
    extra = [c for c in restating if (c.line, c.members[0].latex.strip()) not in have]
    return sorted(chains + extra, key=lambda c: c.line) if extra else chains
