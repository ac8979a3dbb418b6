r"""What the prose around a chain states for it: its section, the lines before its display, the ranges it says.

Notes state what a formula assumes in the words around it: "for any constant $c$" before it, "For $x > 0$," in
its sentence, "$$|x| = x$$ which holds when $x \ge 0$" after it, "except when $x > 0$", an annotation in its
section. :class:`_ChainProse` finds those words for one chain — its section's lines (from its heading), the few
lines before it or before the display it is a row of (``_prose_before``, ``_display_start``), the names they
quantify over (``_said_arbitrary``), and the ranges they state or deny for it (``_stated_range``,
``denied_range``: documents.ranges, documents.deniedranges) — for the doubts that read them
(:mod:`verifier.documents.guesses` and many post-passes). Apart from the doubts because finding a chain's
prose is a job of its own; a base of :class:`verifier.documents.guesses._Guesses`."""

from __future__ import annotations

import re

from verifier.documents.claimplace import claim_span
from verifier.documents.context import Scope
from verifier.documents.declaredbounds import declared_bounds
from verifier.documents.deniedranges import excepting_clause
from verifier.documents.headings import after_heading
from verifier.documents.hypothetical import partly_read, without_display_conditions
from verifier.documents.mathspans import display_at
from verifier.documents.members import _Chain
from verifier.documents.ranges import denied_ranges, earlier_memberships, scalar_ranges, stated_ranges
from verifier.documents.sentences import MARK_SPACE
from verifier.documents.symmetricprose import trailing_clause, writes_names
from verifier.documents.tiednames import in_tie_sentence
from verifier.latex.quantifiers import over_the_reals, quantified_prose

_DISPLAY_ROWS = 40  # how far up the rows of one display are searched for its opening $$

# "for any constant $c$", "for all $c \in \mathbb{R}$", "$c$ is arbitrary": a name the notes quantify over
_ARBITRARY = re.compile(
    r"\b(?:for|with)\s+(?:any|all|every|an?\s+arbitrary|arbitrary)\s+(?:[A-Za-z-]+\s+){0,3}"
    r"\$\s*\\?([A-Za-z]+)\s*(?:\\in\b[^$]*)?\$"
    r"|\$\s*\\?([A-Za-z]+)\s*\$\s+(?:is|be)\s+(?:any|an?\s+arbitrary|arbitrary)\b",
    re.I,
)

_HEADING = re.compile(r"\s*(?:#{1,6}\s|\\(?:sub)*section\*?\{|\\item\b|\*\*(?:Problem|Question|Exercise)\b)", re.I)


class _ChainProse:
    """The prose around a chain, and what it states for it (a mixin of the document being checked: it reads
    the document's ``text`` and ``lines`` and ``prose_after``)."""

    lines: list[str]  # the document's lines (verifier.documents.reader._Reader)
    text: str

    def _section_text(self, chain: _Chain) -> str:
        """The lines of ``chain``'s section up to its line (from its heading, 80 lines at most)."""
        start = chain.line - 1
        while start > 0 and chain.line - start < 80 and not _HEADING.match(self.lines[start - 1]):
            start -= 1
        return "\n".join(self.lines[start : chain.line])

    def _prose_before(self, chain: _Chain, display: bool = False) -> tuple[int, str]:
        r"""(index of its first line, text) of the few lines just before ``chain``: where notes state
        what a formula assumes ("for any constant $c$", "$A$ is symmetric") for it and not for others.
        With ``display``, the few lines before the ``$$`` display the chain is a later row of (a chain
        that starts at the ``\Rightarrow`` row of an ``array`` is under the hypothesis stated before
        the display as much as its first row), from the start of the paragraph they cut (a few lines
        more at most)."""
        line = self._display_start(chain) if display and not chain.inline else chain.line
        start = max(line - 8, 0)
        while display and start > 0 and self.lines[start - 1].strip() and line - start < 8 + _DISPLAY_ROWS // 8:
            start -= 1  # not from the middle of a sentence: its paragraph's start ("symmetric matrix\n$C,$")
        # an inline claim's own sentence counts too: "if $A$ is symmetric, $\nabla f(x) = 2Ax - b$"
        end = chain.line if chain.inline else line - 1
        return start, "\n".join(self.lines[start:end])

    def _display_start(self, chain: _Chain) -> int:
        r"""The line of the delimiter that opens the display ``chain`` is a row of (``$$``, ``\[``,
        ``\begin{align}``: documents.mathspans; a ``.tex`` file has no ``$$`` to look up for, lead49); its own line
        when it is in none, or when a blank line or more than ``_DISPLAY_ROWS`` rows stand between."""
        f = display_at(self.text, chain.line)
        if f is None or chain.line - f.line >= _DISPLAY_ROWS or any(
                not self.lines[k].strip() for k in range(f.line, chain.line - 1)):  # fmt: skip
            return chain.line
        return f.line

    def _said_arbitrary(self, chain: _Chain) -> set[str]:
        """Names the prose just before ``chain`` quantifies over ("for any constant $c$"): the step
        claims an identity in them, so one that appears on one side only hides nothing."""
        _, prose = self._prose_before(chain)
        return {m.group(1) or m.group(2) for m in _ARBITRARY.finditer(prose)
                if not in_tie_sentence(prose, m.start())}  # "tied, $w_1 = w_2 = w$, for every $w$" (tiednames)

    def _range_prose(self, chain: _Chain) -> tuple[int, str, tuple[int, int] | None]:
        """The prose in which ranges for ``chain`` are looked for (documents.ranges): its first line, the text
        (the chain's own quantifiers in it) and an inline claim's span in it."""
        start, section = after_heading(*self._prose_before(chain))  # a range of another section's (headings)
        prose = since_last_display(section)  # "For $x > 0$, $$…$$ For negative $x$, $$…$$": the first display's
        # "slope $\alpha \in (0, 1)$" before it: the parameter's set for the section (documents.ranges)
        earlier = section[: len(section) - len(prose)]
        # "a tube width $\varepsilon > 0$" at the top: the parameter's bound for the notes after it (declaredbounds)
        declared = declared_bounds("\n".join(self.lines[:start]) + "\n" + earlier, prose)
        prose = declared + earlier_memberships(earlier, prose) + prose
        if not chain.inline and (f := display_at(self.text, chain.line)) is not None and (
                self._display_start(chain) == f.line):  # fmt: skip
            # "For $x > 0$, $$\sqrt{x^2} = x$$": its own line before the display's delimiter
            prose += "\n" + self.text[self.text.rfind("\n", 0, f.opens) + 1 : f.opens]
        prose = without_display_conditions(prose)
        quantified = quantified_prose(chain.notes)  # \forall x > 0,\ … in the formula (verifier.latex.quantifiers)
        claim = self._claim_in(prose, chain) if chain.inline else None
        if claim is not None:  # "$f'(x) = 1$ for $x > 0$": its sentence's own range
            prose = prose[: claim[1]] + quantified + prose[claim[1] :]
        else:
            prose += quantified
        # the display's own condition ("… = x + 1 \qquad (x \neq 0)", a note of the chain): stated as prose is (sound23)
        prose += "".join(f"\n${c}$" for n in chain.notes if scalar_ranges(c := _LEAD.sub("", n.strip("() ,.;"))))
        return start, prose, claim

    def _claim_in(self, prose: str, chain: _Chain) -> tuple[int, int] | None:
        """The span of the inline claim ``chain`` in ``prose``, which ends with (a same-length rewriting of the
        end of) its line: at its own place there, not at a formula of the line written alike (claimplace)."""
        own = self.lines[chain.line - 1] if 0 < chain.line <= len(self.lines) else ""
        tail = len(prose) - (prose.rfind("\n") + 1)
        span = claim_span(own, chain, "last") if tail <= len(own) else None
        if span is None or span[1] is None or span[0] < len(own) - tail:
            return None
        base = len(prose) - len(own)
        return base + span[0], base + span[1]

    def _stated_range(self, chain: _Chain, scope: Scope, whole: bool = False) -> tuple[str, Scope] | None:
        """The ranges the prose just before ``chain`` states (documents.ranges), or, where it states none, the
        clause its display's sentence goes on with ("$$|x| = x$$ which holds when $x \\ge 0$", trust15). ``whole``: none
        where the display's own sentence states another condition on its names that is not read (review23e)."""
        start, prose, claim = self._range_prose(chain)
        reals = over_the_reals(chain.notes)  # \forall x \in \mathbb{R}: no prose range for x (review23a)
        stated = stated_ranges(scope, prose, f"lines {start + 1}-{chain.line}", claim, reals)
        if stated is None and not chain.inline:
            after_start, after = self.prose_after(chain)
            line = self.lines[after_start - 1] if 0 < after_start <= len(self.lines) else ""
            clause = trailing_clause(after, line)
            stated = stated_ranges(scope, clause, f"line {after_start + 1}", None, reals) if clause else None
        own = MARK_SPACE.split(prose.rstrip())[-1]  # "For $x > 0$ and even $n$,": review23e
        latexes = [m.latex for m in chain.members if m.latex]
        if whole and stated is not None and partly_read(own, lambda part: stated_ranges(scope, part, "") is not None,
                                              lambda name: writes_names({name}, latexes)):  # fmt: skip
            return None
        return stated

    def denied_range(self, chain: _Chain) -> tuple[list[str], str]:
        """The ranges the prose states for ``chain`` only to negate or except them ("except when $x > 0$",
        documents.deniedranges) on names the chain writes, and the lines they are on; ([], "") for none."""
        start, prose, claim = self._range_prose(chain)
        said = denied_ranges(prose, claim)
        where = f"lines {start + 1}-{chain.line}"
        if not said and not chain.inline:
            after_start, after = self.prose_after(chain)
            line = self.lines[after_start - 1] if 0 < after_start <= len(self.lines) else ""
            clause = trailing_clause(after, line) or excepting_clause(after, line)  # "$$…$$ except when $x < 0$."
            said, where = denied_ranges(clause), f"line {after_start + 1}"
        latexes = [m.latex for m in chain.members if m.latex]
        said = [f for f in said if any(writes_names({name.lstrip("\\")}, latexes) for name, _, _ in scalar_ranges(f))]
        return said, where if said else ""


_LEAD = re.compile(r"^(?:\\text\s*\{\s*(?:for|if|when)\s*\}|for|if|when)\s*")  # a display's "\text{for } x \neq 0"


_DISPLAY_END = re.compile(r"\$\$|\\\]|\\end\s*\{[A-Za-z*]+\}")


def since_last_display(prose: str) -> str:
    """``prose`` from the end of the last display in it, where the sentence after that display starts anew (a
    capital letter): a range stated before that display is its hypothesis, not this one's (trust15). Where the
    prose after it goes on ("and hence"), or there is none (two displays in a row), all of ``prose``."""
    ends = list(_DISPLAY_END.finditer(prose))
    if not ends:
        return prose
    between = prose[ends[-1].end() :].lstrip(" \t\n.,;:")
    # "but otherwise", "and in general", "while for the other values": the sentence goes on to other values
    return prose[ends[-1].end() :] if between[:1].isupper() or _CONTRAST.search(between) else prose


#: words after a display that turn from the range before it to other values (review23e)
_CONTRAST = re.compile(
    r"\b(?:otherwise|but|while|whereas|however|general(?:ly)?|other|else|elsewhere|contrast|unlike|except|"
    r"arbitrary|instead)\b", re.IGNORECASE)  # not "negative", "all": "… on the negative side" restates the range
