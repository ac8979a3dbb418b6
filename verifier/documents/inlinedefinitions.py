r"""The notes' definitions stated in the prose's inline formulas: which ``$…$`` defines, and where it holds.

"If we define $\Sigma_C = \sum_{d=1}^C e^{z_d}$ so that …": a name defined in an inline formula of the prose holds
from that line on, like a display's (:meth:`_InlineDefinitions._learn_inline_definitions`), once the formula is
seen to define: not a solution the prose gives (documents.solvedprose), a supposition of an if-then sentence
(documents.suppositions), a value at a case (documents.casevalues, wordcases), a rejected formula, a point, a
function at a fixed parameter. Where on its line it holds is kept (leading, trailing, mid-line), an inline
formula that restates an earlier one becomes a claim against it (documents.inlinerestated), and a display that
restates an inline definition is checked against it (``_restating_inline``). The inline calls of the prose tell
a point-free equation between functions (``_inline_function``). Apart from :mod:`verifier.documents.definitions`
(the display chains' definitions, learned first) because reading the prose's formulas is a job of its own; a
mixin of :class:`verifier.documents.reader._Reader` beside :class:`~verifier.documents.definitions._Definitions`,
whose ``_learn_definition`` it calls."""

from __future__ import annotations

import functools
import re

from verifier.documents.casevalues import case_reading
from verifier.documents.claimedties import names_given
from verifier.documents.claims import fixes_parameter, solved_before
from verifier.documents.context import Definition, Key, key_of
from verifier.documents.definitions import INLINE_MATH, same_kind
from verifier.documents.derivednames import derived_name_chain, number_matrix
from verifier.documents.excludedpoints import excludes_a_point
from verifier.documents.functionvalues import AT_A_POINT, value_at_a_point
from verifier.documents.hypotheticalvalues import hypothetical_premise
from verifier.documents.inlinerestated import restating_chain, same_line_prior
from verifier.documents.members import _Chain, _Member, _Step, cut_tail
from verifier.documents.proseparts import piece_starts
from verifier.documents.rejected import rejected_inline
from verifier.documents.sameline import opens_its_line
from verifier.documents.satisfiedfunctions import defines_by_satisfying
from verifier.documents.signtail import without_sign_tail
from verifier.documents.solvedat import names_a_point
from verifier.documents.solvedprose import solved_chain, solved_in_prose
from verifier.documents.solvedsystem import solved_system
from verifier.documents.suppositions import supposes, then_formula
from verifier.documents.tiednames import is_tie, names_in_the_middle, states_each
from verifier.documents.trailing import display_before, inline_claim_before
from verifier.documents.unreadrenewal import unread_renewal
from verifier.documents.wherefunctions import states_case
from verifier.documents.wordcases import case_in_words
from verifier.documents.wordedvalues import worded_chain
from verifier.documents.wordnamed import named_in_words, unchecked_reason
from verifier.documents.writtenout import joined_inline
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals
from verifier.latex.chains import spaced_equations
from verifier.latex.document import Place
from verifier.latex.relations import DEFINITION_COMMANDS, NAMED_ON_RIGHT

_IMPLIES = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow|Leftrightarrow|iff|therefore)(?![A-Za-z])")
_SPACED_END = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))+$")
# a definition's sign (sound59): "Let $g(x) := x^2 + 1$", "$g(x) \coloneqq …$"; and its other spellings (gaps61):
# ``\triangleq``, ``\defeq``, ``\stackrel{\text{def}}{=}``, ``\overset{\mathrm{def}}{=}`` (latex.relations' vocabulary)
_COLON_EQUALS = re.compile(
    rf":=(?!=)|\\(?:{'|'.join(sorted(DEFINITION_COMMANDS - NAMED_ON_RIGHT))})(?![A-Za-z])"
    r"|\\(?:stackrel|overset)\s*\{\s*(?:\\(?:text|textrm|mathrm|rm)\s*\{\s*def\.?\s*\}|def)\s*\}\s*\{\s*=\s*\}"
)
# the same sign turned round, the name on its right (gaps61): "$x^2 + 1 =: g(x)$", ``\eqqcolon``
_EQUALS_COLON = re.compile(rf"(?<![:<>!=\\])=:(?![=:])|\\(?:{'|'.join(sorted(NAMED_ON_RIGHT))})(?![A-Za-z])")
# ``\equiv``: a definition only where a name (a call of plain parameters) stands alone on its left
_EQUIV = re.compile(r"\\equiv(?![A-Za-z])")
# a congruence's modulus: ``k \equiv 1 \pmod{2}``, ``(\text{mod } n)``
_MODULO = re.compile(r"\\(?:pmod|bmod|mod|pod)(?![A-Za-z])|\bmod\b")
_HEAD = re.compile(r"\s*(\\?[A-Za-z]+)")
# a name alone: a letter or command, a subscript, the parameters of a call (``g(x)``, ``\ell_i(w, b)``)
_NAME_ALONE = re.compile(
    r"\s*\\?[A-Za-z]+\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
    r"(?:(?:\\left\s*)?\(\s*\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*\s*(?:\\right\s*)?\)\s*)?"
)


def _colon_as_equals(body: str) -> str:
    r"""``g(x) := x^2 + 1`` (or ``\coloneqq``, ``\triangleq``, ``\stackrel{\text{def}}{=}``, …) as ``g(x) = x^2 + 1``:
    an inline definition written with its own sign is a definition as one written with ``=`` is (sound59; a display's
    ``:=`` was read already, the prose's was cut at ``=`` only and so never learned). ``x^2 + 1 =: g(x)`` (or
    ``\eqqcolon``) names its right side: ``g(x) = x^2 + 1``; ``g(x) \equiv x^2 + 1`` defines only where a name stands
    alone on the left (``\sin^2 x + \cos^2 x \equiv 1`` names nothing) (gaps61). Only the first relation of the
    formula, at the top level, and not where the defined name is written on the other side: ``a := a + 0.1`` updates
    a in place (documents.renewednames)."""
    signs = [m for m in (_COLON_EQUALS.search(body), _EQUALS_COLON.search(body), _EQUIV.search(body)) if m]
    if not signs:
        return body
    m = min(signs, key=lambda s: s.start())
    if len(split_top_equals(body[: m.start()])) > 1:
        return body
    lhs, rhs = body[: m.start()], body[m.end() :]
    if lhs.count("{") != lhs.count("}") or lhs.count("(") != lhs.count(")") or not lhs.strip() or not rhs.strip():
        return body  # inside a group: \sum_{i := 1}
    if m.re is _EQUALS_COLON:
        lhs, rhs = rhs, lhs  # the name is on the right of =:
    if m.re is not _COLON_EQUALS and _NAME_ALONE.fullmatch(lhs) is None:
        return body  # \sin^2 x + \cos^2 x \equiv 1: a statement, not a name defined
    if m.re is _EQUIV and _MODULO.search(rhs):
        return body  # k \equiv 1 \pmod 2: a congruence
    head = _HEAD.match(lhs)
    if head is None or re.search(r"(?<![A-Za-z\\])" + re.escape(head.group(1)) + r"(?![A-Za-z])", rhs):
        return body  # a := a + 0.1: an update, not a definition
    return f"{lhs}={rhs}"


def _other_formulas(line: str, own: int) -> bool:
    """Does ``line`` write more equations (not rejected ones: documents.rejected) than the ``own`` of an
    if-then sentence (its then-formula, and its if-part when on the same line)?"""
    return sum("=" in f.group(1) and not rejected_inline(line[max(0, f.start() - 40) : f.start()], line[f.end() :])
               for f in INLINE_MATH.finditer(line)) > own  # fmt: skip


class _InlineDefinitions:
    """Learning the definitions the prose states inline (a mixin of the reader: it uses the reader's state)."""

    @functools.cached_property
    def _inline_calls(self) -> list[tuple[int, str]]:
        r"""The inline formulas of the prose whose left side is a call (``$g(x) = 1 + e^{-x}$``): each its line
        and that left side."""
        out, line, at = [], 1, 0
        for m in INLINE_MATH.finditer(self.text):
            line, at = line + self.text.count("\n", at, m.start()), m.start()
            parts = split_top_equals(m.group(1))
            if len(parts) >= 2 and parts[0].rstrip().endswith(")"):
                out.append((line, parts[0]))
        return out

    @functools.cached_property
    def _inline_heads(self) -> list[tuple[int, str]]:
        r"""The inline formulas of the prose that set a member to another (``$u_1 = x^2$``, not ``$u_1 = u_2 = v$``
        itself: a tie sets none of its names here): each its line and left side."""
        out, line, at = [], 1, 0
        for m in INLINE_MATH.finditer(self.text):
            line, at = line + self.text.count("\n", at, m.start()), m.start()
            parts = split_top_equals(m.group(1))
            if len(parts) >= 2 and not is_tie(parts):
                out.append((line, parts[0]))
        return out

    def _inline_function(self, name: str, line: int) -> bool:
        r"""Does an inline formula of the prose before ``line`` define ``name`` as a function (``$g(x) = 1 +
        e^{-x}$``)? The prose's inline definitions are learned after the displays (reader), so a display's
        point-free equation does not find them among the notes' definitions yet."""
        head = re.compile(r"\s*\\?" + re.escape(name) + r"\s*(?:\\left\s*)?\(")
        return any(at <= line and head.match(lhs) for at, lhs in self._inline_calls)

    def _defined_function(self, name: str, line: int) -> bool:
        """Have the notes defined ``name`` (LaTeX) as a function before ``line``?"""
        try:
            key = key_of(self.parse(name, None, frozenset()))
        except LatexError:
            return False
        return key is not None and any(d.key == key and (d.params or d.is_function) and d.line < line
                                       for d in self.note_definitions)

    def _function_params(self, name: str, line: int) -> tuple[str, ...] | None:
        """The parameters of the latest function the notes defined by ``name`` (LaTeX) before ``line``, None where
        they define none."""
        try:
            key = key_of(self.parse(name, None, frozenset()))
        except LatexError:
            return None
        found = [d for d in self.note_definitions if d.key == key and d.params and d.line < line]
        return found[-1].params if key is not None and found else None

    def _restating_inline(self, chains: list[_Chain]) -> None:
        r"""A display chain that defines a name the prose defined before it in an inline formula
        (``The kernel is $k(a, b) = …$`` then ``$$k(a, b) = …$$``) restates it, as a display written twice
        does (:meth:`_note_definition`): displays are learned before inline formulas, so it was taken as
        the first definition and never checked, and the lines after it built on a wrong formula
        silently. It is now checked against the prose's (``restatements.restatement_results``)."""
        for c in chains:
            if c.defines is None or c.restates is not None or c.inline:
                continue
            own = [d for d in self.note_definitions if d.key == c.defines and d.line == c.line]
            earlier = [e.line for e in self.note_definitions if e.key == c.defines and e.line < c.line
                       and own and same_kind(e, own[0])  # (not H(p) of H(p, q): another arity, lead64)
                       and not any(len(o.params) == len(e.params) for o in own[0].overloads)]  # fmt: skip
            if earlier and c.members and c.members[0].line == c.line:
                c.restates, c.defines = (c.defines, max(earlier)), None
                self.leading.discard((c.restates[0], c.line))

    def _solved_in_prose(self, m: re.Match[str], whole: str) -> bool:
        """Make the chain of a solution the prose gives (``2w - 6 = 0 \\Rightarrow w = 3`` inline, or "…, so $w^* =
        3$"); is the formula only that solution (nothing else to learn from it)?"""
        prose = self.text[max(0, m.start() - 300) : m.start()]
        system: tuple[tuple[str, str], ...] = ()
        if (together := solved_system(prose, whole)) is not None:  # "Solving $A$ and $B$ gives" (solvedsystem)
            (left, right), *rest = together[2]
            solved, system = (together[0], together[1], left, right, together[3]), tuple(rest)
        elif (solved := solved_in_prose(prose, whole, self.text, m.start())) is None:
            return False
        line = self.text.count("\n", 0, m.end()) + 1
        before = self.text.count("\n", 0, m.start() - solved[4]) + 1 if solved[4] else line
        starts = self.text.rfind("\n", 0, m.start()) + 1
        place = Place(m.start() - starts, line, m.end() - (self.text.rfind("\n", 0, m.end()) + 1))
        self.inline_restatements.append(solved_chain(line, before, solved, place, system))
        return solved[4] > 0

    def _at_case(self, m: re.Match[str], lhs: str, rhs: str, line: int) -> bool:
        """Is the inline formula ``m`` a value at a case its sentence sets (checked there, not learned) or the
        case itself (documents.casevalues)?"""
        starts = self.text.rfind("\n", 0, m.start()) + 1
        place = Place(m.start() - starts, self.text.count("\n", 0, m.end()) + 1,
                      m.end() - (self.text.rfind("\n", 0, m.end()) + 1))  # fmt: skip
        read = case_reading(self.text[max(0, m.start() - 300) : m.start()], lhs, rhs, line, self.note_definitions,
                            lambda src: self.parse(src, None, frozenset()), place, self.text)  # fmt: skip
        if isinstance(read, _Chain):
            self.inline_restatements.append(read)
        return read is not False

    def _renewed_in_pieces(self, formula: str, line: int) -> None:
        """A piece of a function the prose defines in pieces (documents.proseparts) learns nothing, but it ends
        an earlier definition of its name: the notes' name is another function from ``line`` on (red72)."""
        parts = split_top_equals(formula.strip())
        try:
            left = self.parse(parts[0].strip(), None, frozenset()) if len(parts) > 1 else None
        except LatexError:
            return
        if left is not None and (renewal := unread_renewal(left, line)) is not None:
            self.unread_renewals.append(renewal)  # the old definition ends here (documents.unreadrenewal)

    def _learn_inline_definitions(self) -> None:
        r"""``If we define $\Sigma_C = \sum_{d=1}^C e^{z_d}$ so that $y_c = e^{z_c} / \Sigma_C$``: a name
        defined in an inline formula of the prose holds from that line on, like a display one."""
        defining: list[tuple[int, int]] = []  # the inline formulas that defined something
        self.inline_restatements: list[_Chain] = []
        on_line: dict[tuple[Key, int], Definition] = {}  # the first inline definition of each name on each line
        joined = joined_inline(self.text, list(INLINE_MATH.finditer(self.text)))
        # "$a(s) = s^3, \qquad b(s) = 3s^2$": two definitions side by side, each its own (latex.chains)
        pieces = piece_starts(self.text)  # "$h(r) = …$ for …, $h(r) = …$ otherwise": no piece alone (proseparts)
        for m, whole in [(m, one) for m, w in joined for one in spaced_equations(w)]:
            if m.start() in pieces:
                self._renewed_in_pieces(whole, self.text.count("\n", 0, m.start()) + 1)
                continue
            if self._solved_in_prose(m, whole):
                continue  # "…, so $w^* = 3$": a solution, checked in the equation it solves (documents.solvedprose)
            here = self.text.count("\n", 0, m.start()) + 1
            if (worded := worded_chain(self.text, m.start(), m.end(), whole,
                                       lambda name, at=here: self._function_params(name, at))) is not None:
                self.inline_restatements.append(worded)  # "the derivative is $-0.5$": ℓ'(0) = -0.5 (wordedvalues)
                continue
            body = cut_tail(whole.strip())  # $ℓ = \log p(y|x) =$ $…$: one formula (documents.writtenout)
            body = without_sign_tail(body)  # $g = Ax - b \neq 0$: a remark on g's value (documents.signtail)
            # $f(x) = x^2 e^x \Rightarrow f'(x) = …$: the definition is before the arrow, the claim after it
            body = _SPACED_END.sub("", _IMPLIES.split(body, maxsplit=1)[0])
            parts = split_top_equals(_colon_as_equals(body))
            if len(parts) < 2:
                continue
            # "$\hat{y}_i = \operatorname{softmax}(\theta)_i = \frac{…}{…}$": like a display chain, the first
            # two members define the name (the rest is a chain the prose states, not a definition)
            lhs, rhs = parts[0].strip(), cut_tail(parts[1])
            if not lhs or not rhs:
                continue
            later = [_Member(cut_tail(p), 0) for p in parts[2:]]
            if fixes_parameter(self.text[max(0, m.start() - 200) : m.start()], lhs):
                continue  # "With $y = 1$, $\ell(y, p) = -\log p$": the function at a case, not its definition
            if solved_before(self.text[max(0, m.start() - 240) : m.start()]) and not defines_by_satisfying(
                    self.text[max(0, m.start() - 240) : m.start()], lhs, rhs):  # "The map satisfies $h(z) = …$"
                continue  # "The fixed points solve $g(x) = x$": an equation, not g anew (documents.claims)
            then_line = None  # "If $f(x) = g(h(x))$ then $f'(x) = …$": defines for the then-part only
            if supposes(self.text[max(0, m.start() - 20) : m.start()]):
                if (opens := then_formula(self.text[m.end() : m.end() + 60])) is None:
                    continue  # "If $z = x \cdot w$, …": the sentence's supposition (documents.suppositions)
                then_line = self.text.count("\n", 0, m.end() + opens) + 1
                if _other_formulas(self.text.split("\n")[then_line - 1],
                                   1 + (self.text.count("\n", 0, m.start()) + 1 == then_line)):  # fmt: skip
                    continue  # "If $f = x^2$ then $f' = 2x$. Our $f = x^3$, so $f' = 3x^2$": which formula is the then?
            if rejected_inline(self.text[max(0, m.start() - 40) : m.start()], self.text[m.end() : m.end() + 60]):
                continue  # "The loss is $L = …$, not $L = …$": the rejected one defines nothing (documents.rejected)
            if names_a_point(self.text[max(0, m.start() - 60) : m.start()], lhs):
                continue  # "which vanishes at $w = z - \lambda$": a solution, not a definition (documents.solvedat)
            if excludes_a_point(self.text[max(0, m.start() - 60) : m.start()]):
                continue  # "Away from $\hat y_i = y_i$, …": the point left out (documents.excludedpoints)
            if states_case(self.text[m.end() : m.end() + 80]) and display_before(self.text, m.start(), self.spans):
                continue  # "$$…$$ where $y_i = z_i$ at the optimum": a case of the display (wherefunctions)
            if case_in_words(self.text[max(0, m.start() - 200) : m.start()]) is not None:
                continue  # "Under perfect balance $f_i = \frac1N$": a value in that case only (documents.wordcases)
            line = self.text.count("\n", 0, m.start()) + 1
            if value_at_a_point(self.text[max(0, m.start() - 300) : m.start()], lhs,
                                lambda name, at=line: self._defined_function(name, at)):
                self.inline_restatements.append(_Chain(  # reported, not checked (functionvalues, sound54)
                    line, [_Member(lhs, line), _Member(rhs, line), *later],
                    [_Step(k + 1, k, k + 1, None, line) for k in range(1 + len(later))], None, False,
                    ["an inline formula of the prose"], inline=True, unchecked=AT_A_POINT.format(lhs=lhs.strip()),
                    place=Place(m.start() - (self.text.rfind("\n", 0, m.start()) + 1), line,
                                m.end() - (self.text.rfind("\n", 0, m.end()) + 1))))
                continue  # "At $|r| = c$ both pieces give $\rho = c^2/6$": ρ's value there (functionvalues)
            if not later and self._at_case(m, lhs, rhs, line):
                continue  # "At $u = 0$ …, $\rho_t = \rho_{\min}$": a claim at the case (documents.casevalues)
            fake = _Chain(line, [_Member(lhs, line), _Member(rhs, line), *later], [])
            known = len(self.note_definitions)
            self._before_inline = self.text[self.text.rfind("\n", 0, m.start()) + 1 : m.start()]  # (claimedties)
            tie = [lhs, rhs, *(x.latex for x in later)]
            if later and is_tie(tie) and names_given(tie, lambda n, at=line: self._given_before(n, at)):
                pass  # "Let $u_1 = 0.3$ …. By symmetry $u_1 = u_2 = v$": a claim about them (claimedties)
            elif later and is_tie(tie):  # $w_1 = w_2 = w$: each is w (tiednames)
                for name in [lhs, rhs, *(x.latex for x in later[:-1])]:
                    self._learn_definition(_Chain(line, [_Member(name, line), _Member(later[-1].latex, line)], []))
            elif later and states_each(tie):  # $m_0 = v_0 = 0$: each is 0, as $m_0 = 0$, $v_0 = 0$ (tiednames)
                for name in tie[:-1]:
                    self._learn_definition(_Chain(line, [_Member(name, line), _Member(tie[-1], line)], []))
            else:
                self._learn_definition(fake)
                if len(self.note_definitions) > known and not later and (words := named_in_words(
                        self.text[max(0, m.start() - 600) : m.start()], lhs)) is not None:
                    self.inline_restatements.append(_Chain(  # "Then $v = …$" of "$v$ for the variance" (wordnamed)
                        line, [_Member(lhs, line), _Member(rhs, line)], [_Step(1, 0, 1, None, line)], None, False,
                        ["an inline formula of the prose"], inline=True, unchecked=unchecked_reason(lhs, words),
                        place=Place(m.start() - (self.text.rfind("\n", 0, m.start()) + 1), line,
                                    m.end() - (self.text.rfind("\n", 0, m.end()) + 1))))
                if names_in_the_middle(tie) and not self._given_before(rhs, line):  # "$\hat\mu = \bar x = …$": x̄ too
                    self._learn_definition(_Chain(line, [_Member(rhs, line), *later], []))
            self._before_inline = None
            if then_line is not None:  # not among the notes' definitions: the sentence's own (reader.scope_for)
                self.supposed.extend((d, then_line) for d in self.note_definitions[known:])
                del self.note_definitions[known:]
                continue
            span = display_before(self.text, m.start(), self.spans)  # "where $B_1 = …$" after a display
            span = span or inline_claim_before(self.text, m.start())  # "$…$ with $z = …$" (trailing)
            if span is not None:
                self.trailing.update({(d.key, d.line): span for d in self.note_definitions[known:]})
            if opens_its_line(self.text, m.start(), defining):  # "Apply $f = g/h$, $f' = …$" (documents.sameline)
                self.leading.update((d.key, d.line) for d in self.note_definitions[known:])
                start = m.start() - (self.text.rfind("\n", 0, m.start()) + 1)  # where its own chain is: not for it
                self.leading_at.update({(d.key, d.line): start for d in self.note_definitions[known:]})
            elif "\n" not in self.text[m.start() : m.end()]:  # "…, $A = B$. With $z = Wx$, $C = D$": after it
                end = m.end() - (self.text.rfind("\n", 0, m.end()) + 1)
                self.midline.update({(d.key, d.line): end for d in self.note_definitions[known:]})
            if len(self.note_definitions) > known:
                defining.append(m.span())
            # "Expanding, $r = Xw - y$" after $r = y - Xw$: a claim about r, checked against the first, which holds
            # on its own line (not the new one) (documents.inlinerestated); the first written on this line too
            prior = same_line_prior(self.note_definitions[known:], on_line, same_kind)
            if prior is not None and fake.restates is None and fake.defines == prior.key:
                fake.restates = (prior.key, prior.line)
            starts = self.text.rfind("\n", 0, m.start()) + 1
            place = Place(m.start() - starts, self.text.count("\n", 0, m.end()) + 1,
                          m.end() - (self.text.rfind("\n", 0, m.end()) + 1))  # where on its line (claimplace)
            before = self.text[max(0, m.start() - 200) : m.start()]
            if hypothetical_premise(self.text, m.start(), m.end()):
                pass  # "If for instance we had $d = 7$, it would …": a supposed value, no claim (hypotheticalvalues)
            elif (again := restating_chain(fake, self.note_definitions, before, place, self.lines)):
                self.inline_restatements.append(again)
                for key in {again.restates[0]} | {d.key for d in self.note_definitions[known:]}:  # p_1 of p_i too
                    self.leading.discard((key, line))
                    self.midline.pop((key, line), None)
                if prior is not None and again.restates == (prior.key, prior.line):  # for the line's chains
                    self.restated_on_line.setdefault(line, []).append(prior)
            elif not later and fake.restates is None and ((new := self.note_definitions[known:]) or _a_lone_letter(
                    rhs, lhs, self.note_definitions[:known]) or number_matrix(rhs)) and not any(
                    d.key == n.key for n in new for d in self.note_definitions[:known]) and (
                    named := derived_name_chain(lhs, rhs, before, self.lines, line, self.note_definitions[:known],
                                                place)):
                self.inline_restatements.append(named)  # "that is $H = …$" of ℓ(w): its Hessian (derivednames)


def _a_lone_letter(rhs: str, lhs: str, definitions: list[Definition]) -> bool:
    """Is ``rhs`` one letter (``g = x``, no definition learned: a tie of names) and ``lhs`` a letter no definition
    before it names? Then a word naming a derivative still makes it a claim (documents.derivednames; red71)."""
    name = re.fullmatch(r"\s*([A-Za-z])\s*", lhs)
    return bool(re.fullmatch(r"\s*[A-Za-z]\s*", rhs)) and name is not None and not any(
        d.key[0] == name.group(1) for d in definitions)
