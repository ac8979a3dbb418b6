r"""What the prose around a display says its steps hold under: the reader's prose conditions.

A chain's steps may hold only under what the notes say beside it — "where $A x = 0$" after the display,
"assume that $x = Az$" before it, "Case 1: $r = i$" or a paragraph that is only an index case before a
display, "$$ … $$ for $i \neq j$." after it. This mixin of :class:`verifier.documents.reader._Reader`
owns finding those words (the hypotheses are then read by the checker: documents.hypotheses, cases,
constants). It was part of reader.py, which had grown past 1,000 lines; moved as it was.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.documents.assumed import assumed_for
from verifier.documents.cases import lead_condition, trail_condition
from verifier.documents.constants import constant_condition
from verifier.documents.distinctlabels import distinct_condition
from verifier.documents.headings import after_heading
from verifier.documents.members import _Chain, cut_tail
from verifier.documents.modelconditions import conditions_for
from verifier.documents.prosewords import WORD_START, other_languages
from verifier.documents.wherebefore import about_display, where_before
from verifier.documents.wherefunctions import defines_family, defines_function
from verifier.documents.wheresentence import goes_on
from verifier.latex.braces import split_top_equals

__all__ = ["_ProseConditions", "subscript_in"]

# "where (a) uses $…$": a labelled step's justification (``\overset{(a)}{=}``), as a textbook writes it (fresh69)
# It names a quantity there (``\bar x = \frac1n\sum_i x_i``) or states a fact the step relies on (``a + b = ab``):
# only the first is a hypothesis — a false fact in the step's own names would make a wrong step green under it
# (redmid63 M6); so the formula must open with a lone name (:data:`_LONE_NAME`)
_JUSTIFIED = r"(?:\s+\(\w{1,3}\)\s+(?:uses|used|follows\s+from|is\s+by|holds\s+by|is\s+since|applies))?"
_LABEL = re.compile(r"\(\w{1,3}\)")
_LONE_NAME = re.compile(r"^\s*(?:\\[A-Za-z]+\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\s\\?[A-Za-z](?![A-Za-z]))|\\?[A-Za-z]+)"
                        r"(?:\s*_\s*(?:\{[^{}]*\}|\w))?\s*(?:=|:=)")
# "…,$$ using that $m = m_0 + m_1$." (asis69): the fact the display's sentence goes on to use; like a labelled
# justification it is a hypothesis only where it names a quantity (:data:`_LONE_NAME`); lower case: the sentence
# goes on
_USING = r"(?-i:using)\s+(?:the\s+fact\s+)?that"
# … and the words notes in other languages write there ("wobei", "où", "donde", "onde", "其中": documents.prosewords)
_WHERE = re.compile(r"(?:\b(?:where" + _JUSTIFIED + r"|(?<!\ba )(?<!\bany )(?<!\beach )given|provided|assuming|"
                    + _USING + r")\s+|"
                    + WORD_START + r"(?:"
                    + other_languages("where", "given") + r")\s*)\$([^$]+)\$", re.I)  # fmt: skip
# "where $\alpha = g(t)(1 - g(t)) > 0$": the equation names α; the sign after it is a remark, not part of it
# "…, which vanishes at $k = \sqrt{n}$, where …": the "where" names what holds at that point, not a hypothesis
_AT_POINT = re.compile(r"\bat\s+\$[^$]+\$\s*,?\s*$")
_SIGN_TAIL = re.compile(r"\s*(?:>|<|\\geq?|\\leq?|\\geqslant|\\leqslant)\s*[-+]?\s*[0-9.]+\s*[,.;]?\s*$")


_CASE = re.compile(r"\bcase\s*\d*\s*[:.)]?\s*\$([^$]+)\$", re.I)
# "SiLU is the case $\beta = 1$": a member of a family named (a parameter at a number), no condition on
# what follows; "… is the case $i = j$" stays one (an index against an index)
_NAMED_CASE = re.compile(r"\b(?:is|are|corresponds\s+to|reduces\s+to|recovers)\s+(?:the|a)\s+(?:special\s+)?$", re.I)
_AT_NUMBER = re.compile(r"^\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*=\s*-?\d+(?:\.\d+)?\s*$")


def _where_hypothesis(written: str, line: int, chain: _Chain, after: str = "") -> list[tuple[str, str]]:
    """The hypothesis a "where $…$" at ``line`` states for ``chain``: an equation (its sign remark cut), not a
    function's or a family's definition (documents.wherefunctions; ``after``: the prose after the clause)."""
    body = _SIGN_TAIL.sub("", cut_tail(written.strip()))
    sides = split_top_equals(body)
    if len(sides) == 2 and not defines_function(sides[0], chain.members) and not defines_family(*sides, after):
        return [(body, f"'where ${body}$' at line {line}")]
    return []


def subscript_in(name: str, text: str) -> bool:
    """Is ``name`` written as a subscript in ``text`` (``q_a``, ``x_{a,b}``): an index of the notes?"""
    word = re.escape(name) + r"(?![A-Za-z])"
    return re.search(r"_\s*(?:" + word + r"|\{[^{}]*(?<![A-Za-z\\])" + word + r"[^{}]*\})", text) is not None


class _ProseConditions:
    """The prose conditions of a chain (a mixin of the reader: it uses its ``lines``, ``spans``, ``blocks``,
    ``text``, ``assumptions``, ``parse``, ``_block_of`` and ``_prose``)."""

    lines: list[str]
    spans: list[tuple[int, int]]
    blocks: list[Any]
    text: str
    assumptions: Any
    model_conditions: Any

    def prose_after(self, chain: _Chain) -> tuple[int, str]:
        """(index of its first line, text) of the two lines right after the display ``chain`` is in: where
        its sentence goes on ("where $A x = 0$", "where $A$ is symmetric"); ``(0, "")`` for an inline
        claim (the sentence after it is about something else)."""
        if chain.inline:
            return 0, ""
        last = max(m.line for m in chain.members)
        block = self._block_of(last)
        end = self.spans[block][1] if block < len(self.spans) else last
        return end, "\n".join(self.lines[end : end + 2])

    def _where(self, chain: _Chain) -> list[tuple[str, str]]:
        """``… where $A x = 0$`` in the prose right after a chain: a hypothesis of its steps."""
        end, after = self.prose_after(chain)
        out = []
        for m in _WHERE.finditer(after):
            if not goes_on(after[: m.start()]):
                continue  # "Least squares is the case where $\\lambda = 0$.": a new sentence, not the display's
            opening = m.group(0)[: m.start(1) - m.start()]
            if (_LABEL.search(opening) or opening.startswith("using")) and not _LONE_NAME.match(m.group(1)):
                continue  # "where (a) uses $a + b = ab$": a fact the step relies on, no name it defines
            if _AT_POINT.search(after[: m.start()]):
                continue  # "vanishes at $k = \\sqrt{n}$, where $M = 2\\sqrt{n}$": what holds there (misses43)
            out += _where_hypothesis(m.group(1), end + 1 + after[: m.start()].count("\n"), chain, after[m.end() :])
        return out + self._where_before(chain) + self._assumed(chain)

    def _where_before(self, chain: _Chain) -> list[tuple[str, str]]:
        """``…, where $\\hat s^2 = b$,`` ending the prose right before the display (documents.wherebefore)."""
        if chain.inline or not self.blocks:
            return []
        block = self._block_of(min(m.line for m in chain.members))
        start, prose = self._prose(block - 1 if block > 0 else None, block)
        members = [m.latex for m in chain.members if not m.error]
        parse = lambda src: self.parse(src, None, frozenset())  # noqa: E731
        return [h for written, line in where_before(prose, start) for h in _where_hypothesis(written, line, chain)
                if about_display(h[0], members, self._quantity_bodies(chain.line), parse)]  # not f's x (fresh47)

    def _quantity_bodies(self, line: int) -> Any:
        """name → the bodies of the notes' definitions before ``line`` of that name as a quantity (no function)."""
        from verifier.documents.context import Definition

        declared = [e for e in self.ctx.scope_at(line).names.values() if isinstance(e, Definition)]  # type: ignore[attr-defined]
        defs = [d for d in [*declared, *(d for d in getattr(self, "note_definitions", ()) if d.line < line)]
                if d.body and not d.is_function]
        return lambda name: [d.body for d in defs if d.key[0] == name]

    def _assumed(self, chain: _Chain) -> list[tuple[str, str]]:
        """"assume that $x = Az$" in the prose before the chain (documents.assumed)."""
        members = [m.latex for m in chain.members if not m.error]
        parse = lambda x: self.parse(x, None, frozenset())  # noqa: E731
        # … and "$$x_t = …, \qquad \alpha_t^2 + \sigma_t^2 = 1$$": a model's condition (documents.modelconditions)
        return assumed_for(self.assumptions, chain.line, members, parse) + conditions_for(
            self.model_conditions, chain.line, members, parse)

    def _case_conditions(self, block: int) -> list[tuple[str, str]]:
        """ "Case 1: $r = i$" in the prose just before ``block``, or a paragraph that is only an
        index case (:func:`verifier.documents.cases.lead_condition`) or calls an entry constant
        (:func:`verifier.documents.constants.constant_condition`)."""
        start, prose = after_heading(*self._prose(block - 1 if block > 0 else None, block))  # (headings)
        out = []
        for m in _CASE.finditer(prose):
            body = m.group(1).strip()
            named = _AT_NUMBER.match(body) and _NAMED_CASE.search(prose[max(m.start() - 40, 0) : m.start()])
            named = named and not subscript_in(body.split("=")[0].strip(), self.text)  # i = 1: an index (review23g)
            if body.endswith("=") or named:
                continue
            line = start + prose[: m.start()].count("\n")
            out.append((body, f"'{m.group(0).strip()}' at line {line}"))
        display = self.blocks[block].text
        # "$i \neq j$" alone (cases.py), or "$e^{o_k}$ is a constant" before ∂/∂o_j (constants.py)
        out = out or lead_condition(prose, start, display) or constant_condition(prose, start, display)
        # "For $\mu_r = 3$ and $\mu_g = 1$": entries given different values are different (distinctlabels)
        out = out or distinct_condition(self.text, self.spans[block][0], display)
        if not out and block + 1 < len(self.blocks):  # "$$ … $$ for $i \neq j$." (cases.trail_condition)
            after_start, after = self._prose(block, block + 1)
            out = trail_condition(after, after_start, display)
        return out
