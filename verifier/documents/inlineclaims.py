r"""Which ``$…$`` formulas of the prose become chains to check, as a display's do.

:mod:`verifier.documents.claims` decides whether an inline equation states a value or only names,
bounds or assumes something; this mixin of the reader applies that decision to the notes: it joins the
prose's inline formulas into chains, keeps those that state a derivative or a differential (a claim
whatever their left member) or a value, and gives them steps like a display's. It is a base of
:class:`verifier.documents.reader._Reader`."""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.boundvalues import bound_then_equals
from verifier.documents.cases import inline_condition
from verifier.documents.claimedties import claimed_between
from verifier.documents.claimplace import before_claim
from verifier.documents.claims import condition_before, names_only, states_value, supposed_before, unwrapped
from verifier.documents.context import Definition, key_of
from verifier.documents.definitioncalls import CALL, call_text, head_name
from verifier.documents.differentials import differential_claim
from verifier.documents.hypotheticalvalues import CONSEQUENCE, hypothetical_consequence, hypothetical_premise
from verifier.documents.infer import KNOWN_FUNCTIONS
from verifier.documents.inferevidence import names_in
from verifier.documents.inlinearithmetic import arithmetic_claim
from verifier.documents.labelled import relabel
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.namedconstants import prose_named_letters
from verifier.documents.namedinline import named_segments
from verifier.documents.saididentity import said_after
from verifier.documents.sizedfamilies import is_sized_entry
from verifier.documents.stated import stated_values
from verifier.documents.statedoptima import as_optimum_names
from verifier.documents.tablevalues import as_table_names
from verifier.documents.valuedinline import defined_name_value
from verifier.documents.wordcases import case_in_words
from verifier.latex import EQUALITY, LatexError, join_chains
from verifier.latex.braces import split_top_level, without_braces
from verifier.latex.chains import Chain as LatexChain
from verifier.latex.roundedlinks import bound_then_rounds, rounds_to_number

#: what makes an inline formula a derivative: a claim whatever its left member


def _at_sign(text: str, k: int) -> bool:
    """A ``+`` or ``-`` at ``k`` that joins two terms (not a leading sign)."""
    return text[k] in "+-" and bool(text[:k].strip())


def _written_compound(latex: str) -> bool:
    r"""Is ``latex`` written as several terms or as a fraction (``x + 1 - 1``, ``\frac{(x + 1) - 1}{1}``), which
    no definition, case or range writes for the name it may parse to?"""
    text = latex.strip()
    return len(split_top_level(text, _at_sign)) > 1 or bool(re.match(r"-?\s*\\[dt]?frac\b", text))


# 1e-3, 5E{-4}: a number in the notation of code (review24c)
_SCIENTIFIC = re.compile(r"(?<![A-Za-z\\])[0-9.]+[eE](?:\{\s*[-+]?[0-9]+\s*\}|[-+]?[0-9])")
# P(y^* \le 0), \Pr(X > 1), \mathbb{P}(A): a probability of an event, whose relation the parser does not read
#: P(y^* \le 0), P(y = 1), \Pr(N = 0 \mid c): the probability of an event (a relation inside) names a quantity
_EVENT = re.compile(r"(?:P|\\Pr|\\mathbb\s*\{P\}|\\operatorname\s*\{P\})\s*(?:\\left\s*)?\(.*(?:\\[lg]eq?|<|>|=).*\)")
_DEFINING = re.compile(r"\b(?:let|define|denote|write)\s*$", re.IGNORECASE)  # "Let $h(x) = 2(x + 1) = …$"
_WHERE_END = re.compile(r"\bwhere\s*$", re.IGNORECASE)
DERIVATIVE = re.compile(
    r"\\partial|\\nabla|\\frac\s*\{\s*d|\bd\s*/\s*d[a-z]|'|\\prime"
    # dp/dz, dh_i/dw, \mathrm{d}u/\mathrm{d}t: the slashed derivative latex.rewrite reads as \frac{dp}{dz}
    r"|(?<![A-Za-z\\])(?:d|\\mathrm\s*\{\s*d\s*\})\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*/\s*(?:d|\\mathrm\s*\{\s*d\s*\})\s*\\?[A-Za-z]"
)


class _InlineClaims:
    """The prose's inline formulas that are claims, as chains (mixed into the reader)."""

    inline: list
    lines: list[str]
    stated_optima: dict[str, str]
    table_calls: dict[tuple[str, str], str]
    labels: object
    reading_line: int

    def _inline_claims(self) -> list[_Chain]:
        r"""Chains of the prose's ``$…$`` formulas that state a derivative: "recall
        $\tanh'(u) = 1 - \tanh^2(u)$", "we get $\nabla_w J = \frac{1}{n} X^\top (\hat{y} - y)$". Those are
        claims as much as a display is. Other inline equations are not: ``$i = 1, \dots, n$``, ``$y = 1$``
        and ``$n = 100$`` state a range, a case or a value, and ``$z = w^\top x$`` a definition (learned
        by :meth:`_learn_inline_definitions`)."""
        out: list[_Chain] = []
        # "$e^3 \approx 20.086$": a rounding is a claim as an equation is (latex.roundedlinks)
        inline = [b for b in self.inline if not b.struck and ("=" in b.text or rounds_to_number(b.text)
                                                                  or bound_then_rounds(b.text))]
        # "bias $= −1/3$": the value of the word before it, a chain of its own (documents.namedinline)
        chains = [(c, named and k == 0) for run, named in named_segments(inline, self.lines)
                  for k, c in enumerate(join_chains(run))]  # fmt: skip
        for chain, named in chains:
            if (chain.dangling and not named) or len(chain.members) < 2:
                continue
            if self._hypothetical(chain):
                continue  # "If for instance we had $d = 7$, it would …": a supposed value (hypotheticalvalues)
            # the prime of a stated \max_{a'} Q(s', a') or Q(s', a') is no derivative's (statedoptima, tablevalues)
            named = as_table_names(as_optimum_names(chain.members[0].latex, self.stated_optima), self.table_calls)
            claim = DERIVATIVE.search(named) or differential_claim([m.latex for m in chain.members])
            known = claim or self._inline_value_claim(chain) or self._defining_chain(chain) or self._arithmetic(chain)
            where = not known and self._where_goes_on(chain)
            if not known and not where:
                continue  # $d\operatorname{tr}(AX) = …$ is a claim too (differentials)
            members = [_Member(m.latex, m.line) for m in chain.members][where:]  # a where clause's name: defined
            c = _Chain(members[0].line, members, [], None, False, ["an inline formula of the prose"],
                       derivative_variable=chain.derivative_variable, inline=True, place=chain.place)  # fmt: skip
            c.steps = [_Step(i + 1, i, i + 1, s.condition, members[i + 1].line, s.relation)
                       for i, s in enumerate(chain.steps[where:])]  # fmt: skip
            if (premise := self._supposed_before(chain)) is not None:  # "If we had $d = 7$, then $d + 1 = 8$ …"
                c.unchecked = CONSEQUENCE.format(premise=premise)  # reported, not checked (hypotheticalvalues)
            # "for $i \neq j$, $\partial p_i/\partial z_j = -p_i p_j$": the case before it (documents.cases)
            c.conditions = inline_condition(self._prose_before_inline(chain), " ".join(m.latex for m in members),
                                            members[0].line)
            out.append(c)
        return out

    def _dollar_span(self, chain: LatexChain) -> tuple[int, int] | None:
        """Where in the text the inline formula ``$…$`` of ``chain`` is (None for ``\\(…\\)`` or no place)."""
        line = chain.members[0].line
        if chain.place is None or not 0 < line <= len(self.lines):
            return None
        start = sum(len(row) + 1 for row in self.lines[: line - 1]) + chain.place.column
        end = sum(len(row) + 1 for row in self.lines[: chain.place.end_line - 1]) + chain.place.end_column
        return (start, end) if self.text[start : start + 1] == "$" else None

    def _hypothetical(self, chain: LatexChain) -> bool:
        """Is the formula the premise of a sentence that says what would happen (documents.hypotheticalvalues)?"""
        span = self._dollar_span(chain)
        return span is not None and hypothetical_premise(self.text, *span)

    def _supposed_before(self, chain: LatexChain) -> str | None:
        """The premise of a counterfactual the formula follows in its sentence (documents.hypotheticalvalues)."""
        span = self._dollar_span(chain)
        return None if span is None else hypothetical_consequence(self.text, *span)

    def _arithmetic(self, chain: LatexChain) -> bool:
        r"""``$0.05 \cdot 9{,}900 = 495$``: numbers alone, computed (documents.inlinearithmetic)."""
        self.reading_line = chain.members[0].line
        # e is Euler's number unless the notes name or define an e of their own (namedconstants, namede)
        own_e = "e" in prose_named_letters(self.text) or any(d.key[0] == "e" for d in self.note_definitions)
        return arithmetic_claim([m.latex for m in chain.members], lambda src: self.parse(src, None, frozenset()),
                                ("pi",) if own_e else ("pi", "e"))

    def _prose_before_inline(self, chain: LatexChain) -> str:
        """The prose of the formula's line before it (and the line above when it opens its line)."""
        line = chain.members[0].line
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        before = before_claim(text, chain) or ""  # at its own place: not another formula's alike (claimplace)
        if not before.strip() and line > 1:
            before = self.lines[line - 2] + " " + before
        return before

    def _defining_chain(self, chain: LatexChain) -> bool:
        r"""``$h(x) = 2(x + 1) = 2x + 2$``: a definition that goes on as a chain the prose states, like a
        display's (its first link is reported as the definition, the rest is checked). Silently dropped,
        a wrong second link (``= 2x + 1``) left the notes green. Not a condition ("if $a = b = c$"), not
        values set together ("$w = b = 0$"); a worked value is one (``$z = 0.5 \cdot 2 - 1 = 0$``)."""
        before = self._prose_before_inline(chain).rstrip().rstrip("$").rstrip()
        if len(chain.members) < 3 or (condition_before(before) and not _DEFINING.search(before)):
            return False  # "if $a = b = c$", "suppose …"; "Let $h(x) = …$" defines
        if case_in_words(before) is not None:
            return False  # "Under perfect balance $f_i = P_i = \frac1N$": that case's values (documents.wordcases)
        self.reading_line = chain.members[0].line
        try:
            last = self.parse(chain.members[-1].latex, None, frozenset())
        except LatexError:
            return False
        try:
            left = self.parse(chain.members[0].latex, None, frozenset())
        except LatexError:
            if not _EVENT.fullmatch(chain.members[0].latex.strip()):
                return False
            left = sp.Symbol("P")  # P(y^* \le 0): the probability of an event names a quantity (fresh33)
        call = CALL.fullmatch(call_text(relabel(unwrapped(chain.members[0].latex.strip()), self.labels)))
        named = isinstance(left, sp.Symbol | sp.Indexed) or call is not None or (
            isinstance(left, AppliedUndef) and all(isinstance(a, sp.Symbol) for a in left.args))
        # "$\hat y = f(x) = w^T x + b$": a middle member written as a definition's head names the quantity
        # too, and the last link defines it (against an earlier f a restatement, never FAILED)
        if named and last.is_number and not self._computes(chain):
            return False  # "$w = b = 0$": values set together, no computation to check
        if named and last.is_number and self._updates(left, chain):
            return False  # "$k = k + 1 = 2$": a program's update in the prose, no claim (review24c)
        # only a head right before the last member ends the chain in its definition: after "p = sigm(z) =
        # <formula>" a further "= <formula>" is a claim, as in a display (dropped, a wrong one stayed green)
        return named and not self._head_of_definition(chain.members[-2].latex)

    def _where_goes_on(self, chain: LatexChain) -> bool:
        r"""``…$$ where $d_i = h'(w x_i) = 1 - \tanh^2(w x_i)$``: a "where" clause after a display that names a quantity
        (its first link: the definitions learner's, documents.inlinedefinitions) and goes on computing it (a middle
        member that is no bare name). Its later links are claims, as after "Let"; "where" being a condition's cue,
        they were no step, and a wrong one left the notes green (red64). Not values set together (``a = b = 0``)."""
        before = self._prose_before_inline(chain).rstrip().rstrip("$").rstrip()
        if len(chain.members) < 3 or not _WHERE_END.search(before) or not self._computes(chain):
            return False
        if any(s.relation != EQUALITY for s in chain.steps[1:]):
            return False  # "where $\alpha = g(t)(1 - g(t)) > 0$": the sign is a remark on α (proseconditions)
        if case_in_words(before) is not None:
            return False
        self.reading_line = chain.members[0].line
        try:
            left = self.parse(chain.members[0].latex, None, frozenset())
        except LatexError:
            return False
        return isinstance(left, sp.Symbol | sp.Indexed) and not self._head_of_definition(chain.members[-2].latex)

    def _computes(self, chain: LatexChain) -> bool:
        r"""Does a middle member of ``chain`` compute rather than name (``$z = 0.5 \cdot 2 - 1 = 0$``,
        ``$a = \sigma(0) = 0.5$``: a worked value whose arithmetic the notes state, as a display's is
        checked; dropped, a wrong ``= 1`` left the notes green)? ``$w = b = 0$`` sets values together; one
        member that computes after names given the value together is enough (``$p_2 = p_3 = 1/9.389 \approx
        0.1065$``: dropped, a wrong rounding there had no step, fresh31)."""
        computes = False
        for m in chain.members[1:-1]:
            if _SCIENTIFIC.search(m.latex):
                return False  # "$\eta = 1e-3 = 0.001$": a value as code writes it (parsed, 1·e − 3), no computation
            try:
                tree = self.parse(m.latex, None, frozenset())
            except LatexError:
                return False
            if names_only(tree) and computes:
                return False  # "$a = 2 \cdot 3 = b = 6$": the computation goes on to a name, not a shared value
            computes = computes or not names_only(tree)
        return computes

    def _updates(self, left: sp.Basic, chain: LatexChain) -> bool:
        r"""Does the member after the head read the name the head sets (``$k = k + 1 = 2$``, ``$w = w -
        0.1 \cdot 2 = 0.8$``)? An update a program makes, written with ``=``: its first link is no identity
        (checked, ``k = k + 1`` was FAILED) and what follows is the new value, not a worked claim."""
        if not isinstance(left, sp.Symbol | sp.Indexed):
            return False
        try:
            after = self.parse(chain.members[1].latex, None, frozenset())
        except LatexError:
            return False
        return left in after.atoms(sp.Symbol, sp.Indexed)

    def _head_of_definition(self, latex: str) -> bool:
        r"""Is ``latex`` what a definition's left side writes, a function the registry does not know applied
        to plain names (``f(x)``, ``h_\theta(x)``; not ``\sigma(z)``, ``\log(x)``)?"""
        call = CALL.fullmatch(call_text(relabel(unwrapped(latex.strip()), self.labels)))
        if call is None or head_name(call) in KNOWN_FUNCTIONS:
            return False
        try:
            tree = self.parse(latex, None, frozenset())
        except LatexError:
            return False
        return not (isinstance(tree, sp.Function) and not isinstance(tree, AppliedUndef))  # \log(x): SymPy's

    def _inline_value_claim(self, chain: LatexChain) -> bool:
        r"""Does an inline formula without a derivative state a value to check (``$\zeta(x) - \zeta(-x)
        = x$``), rather than a definition, a case, a range or a condition (:mod:`.claims`)?"""
        line = chain.members[0].line
        before = self._prose_before_inline(chain).rstrip().rstrip("$").rstrip()
        if _WHERE_END.search(before) and self._defined_value(chain):
            return True  # "…, where $\psi(c) = c/2$": a value of the defined ψ at a constant, not a condition (ctx49)
        if self._defined_name_value(chain, before):
            return True  # "Define $v = p(1-p)$. With $p = 0.3$, $v = 0.21$": the defined v's value (valuedinline)
        if self._claimed_tie(chain, before):
            return True  # "Let $u = x^2 + 2x$ and $v = x(x + 2)$. Expanding, $u = v$.": a claim (claimedties, green71)
        if condition_before(before) or supposed_before(before):  # "with $…$", "Let $X$ have $…$" (sound40)
            return False
        from verifier.documents.stated import tuple_values  # (stated imports the reader's modules)

        if len(chain.members) == 2 and tuple_values(" = ".join(m.latex for m in chain.members)):
            return False  # "$(x_1, y_1) = (1, 2)$": the values of x_1 and y_1, as "$x_1 = 1$" states one (stated)
        self.reading_line = line
        if bound_then_equals([s.relation for s in chain.steps]):
            try:  # "$P(X \ge 1) \le \mathbb{E}[X]/1 = 0.2$": a bound names nothing (boundvalues); "$0 < \eta = 0.1$"
                return not names_only(self.parse(chain.members[1].latex, None, frozenset()))  # sets η: no claim
            except LatexError:
                return False
        try:
            left = self.parse(chain.members[0].latex, None, frozenset())
            right = self.parse(chain.members[1].latex, None, frozenset())
        except LatexError:
            return False  # an inline formula that cannot be read is not known to be a claim
        if isinstance(left, sp.Number) and len(split_top_level(chain.members[0].latex, _at_sign)) > 1:
            # "$\zeta(x) + \zeta(-x) = x$" before the line's definition of ζ is learned: read as ζx − ζx, a sum of
            # terms that collapses to a number is still a value stated, not a name's value ("$z^0 = x$" is one)
            return True
        if names_only(left) and _written_compound(chain.members[0].latex):
            # "$\frac{(x + 1) - 1}{1} = x$": written as terms or a fraction, it only parses to a name (fresh56)
            return True
        if is_sized_entry(left, self.sized_entries, line):
            return True  # $E_{10} \approx 9.56$ of $E_n = \sum_{j=1}^n …$: the body at n = 10 (sizedfamilies)
        names = {s.name for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)}
        if said_after(self.lines, chain, "", names, inline=True):
            return True  # "$N \cdot \frac{1}{N^2} = 1$, whatever $N$ is": said of every N (saididentity)
        call = CALL.fullmatch(call_text(relabel(unwrapped(chain.members[0].latex.strip()), self.labels)))
        head = head_name(call) if call is not None else None
        if isinstance(left, AppliedUndef) and all(isinstance(a, sp.Symbol) for a in left.args):
            head = left.func.__name__  # \mathrm{LSE}(\mathbf{z}): a function of names, as a definition writes
        elif isinstance(left, sp.Function) and any(isinstance(a, sp.Mul | sp.Add | sp.Pow) for a in left.args):
            head = None  # \mathrm{Var}(aX): the text's "parameter" aX is a product: no definition's head
        if head is not None and self._defined_value(chain):
            return True  # "Note $\psi(c) = c/2$", ψ defined above and not anew here: a value of it (ctx49)
        if isinstance(left, AppliedUndef) and left.args and self._defined_value(chain):
            return True  # "so $r(1) = \frac{1}{2}$", r defined in a display above: a value of it at a number (lead65)
        if self._defined_recursion(left, right, line, chain.members[0].latex):
            return True  # "the recursion $v_s = d_s + g v_{s+1}$" after the notes' v_s = Σ…: a claim about v (fresh72)
        return states_value(left, right, head is not None and head not in KNOWN_FUNCTIONS)

    def _claimed_tie(self, chain: LatexChain, before: str) -> bool:
        r"""Is ``chain`` ``$u = v$``, two names each defined by a formula in force before it, after words that claim it
        (documents.claimedties.claimed_between)?"""
        if len(chain.members) != 2:
            return False
        line = chain.members[0].line
        column = chain.place.column if chain.place is not None else None
        self.reading_line = line
        try:
            names = [self.parse(m.latex, None, frozenset()) for m in chain.members]
        except LatexError:
            return False

        def before_it(d: Definition) -> bool:  # above the formula, or before it on its line
            if d.line != line:
                return d.line < line
            at = self.midline.get((d.key, d.line))
            return column is not None and ((at is not None and at < column) or (d.key, d.line) in self.leading)

        def defined(name: object) -> bool:
            key = key_of(name) if isinstance(name, sp.Basic) else None
            return key is not None and any(d.key == key and not d.is_function and before_it(d)
                                           for d in self.note_definitions)  # fmt: skip

        if not claimed_between(before, names, defined):
            return False
        self.__dict__.setdefault("defined_values", set()).add((line, chain.members[0].latex))  # asked once learned
        return True

    def _defined_name_value(self, chain: LatexChain, before: str) -> bool:
        r"""Is ``chain`` a number stated for a name the notes define, where it is a claim ("Define $v = p(1-p)$. With
        $p = 0.3$, $v = 0.21$": documents.valuedinline)?"""
        line = chain.members[0].line
        column = chain.place.column if chain.place is not None else None
        if not any(not d.is_function and d.line <= line for d in self.note_definitions):
            return False
        self.reading_line = line
        stated: set[str] = set()
        for name, _, at in stated_values(self.text):
            try:
                if at <= line and (key := key_of(self.parse(name, None, frozenset()))) is not None:
                    stated.add(key[0])
            except LatexError:
                continue

        def on_line(d: Definition) -> bool:  # written before the formula on its line (reader.scope_for's midline)
            at = self.midline.get((d.key, d.line))
            return column is not None and ((at is not None and at <= column) or (d.key, d.line) in self.leading)

        def inputs(d: Definition) -> set[str] | None:
            try:
                names = names_in(self.parse(d.body, None, frozenset()))
            except LatexError:
                return None
            reached = self._reached(names, line + 1)
            defined = {e.key[0] for e in self.note_definitions if e.line <= line}
            return {n for n in reached if n not in defined and n != d.key[0]}

        if not defined_name_value([m.latex for m in chain.members], before, line, column, self.note_definitions,
                                  on_line, stated.__contains__, inputs, lambda src: self.parse(src, None, frozenset())):
            return False
        self.__dict__.setdefault("defined_values", set()).add((line, chain.members[0].latex))
        return True

    def _defined_value(self, chain: LatexChain) -> bool:
        r"""Is ``chain`` a defined function at letters none of which is its parameter, or at numbers, given a value
        other than 0 (``\psi(c) = c/2``, ``r(1) = 1/2``; ``g(x) = 0`` is an equation to solve), and not defined anew
        on its line?"""
        line = chain.members[0].line
        self.reading_line = line
        try:
            left = self.parse(chain.members[0].latex, None, frozenset())
            right = self.parse(chain.members[1].latex, None, frozenset())
        except LatexError:
            return False
        if not isinstance(left, AppliedUndef) or right == 0 or not (
                all(isinstance(a, sp.Symbol) for a in left.args) or all(a.is_number for a in left.args)):
            return False  # at letters (\psi(c)) or at numbers (r(1), where r is no function letter by itself: lead65)
        head = left.func.__name__
        params = {p for d in self.note_definitions if d.key == (head, ()) for p in d.params}
        letters = {a.name for a in left.args if isinstance(a, sp.Symbol)}
        if params & letters or not self._defined_before_not_here(head, line):
            return False
        if not letters and self._renewed_as_number(head, line):
            return False  # "Later the interest rate is $r = 0.05$ … $r(1) = 0.05$": r is a number now (redlead65)
        self.__dict__.setdefault("defined_values", set()).add((line, chain.members[0].latex))
        return True

    def _defined_recursion(self, left: sp.Basic, right: sp.Basic, line: int, latex: str) -> bool:
        r"""Is ``left = right`` a recursion about a family the notes define before ``line`` and not on it: an entry
        ``v_s`` on the left, the same family at another index on the right (``v_s = d_s + g\, v_{s+1}`` after
        ``v_s = \sum_{t=s}^n …``)? No definition (its body calls its own head), it states what the notes' v
        satisfies; a family first written so is the notes' recurrence, not this claim."""
        if not isinstance(left, sp.Indexed):
            return False
        base = left.base
        if not any(a.base == base and a != left for a in right.atoms(sp.Indexed)):
            return False
        mine = [d for d in self.note_definitions if d.key[0] == str(base.label)]
        if not any(d.line < line for d in mine) or any(d.line == line for d in mine):
            return False
        self.__dict__.setdefault("defined_values", set()).add((line, latex))  # asked again once learned (reader)
        return True

    def _renewed_as_number(self, head: str, line: int) -> bool:
        """Does the prose give ``head`` a number between its latest function definition before ``line`` and it?"""
        since = max((d.line for d in self.note_definitions if d.key == (head, ()) and d.is_function and d.line < line),
                    default=0)  # fmt: skip
        return any(since < at <= line and without_braces(name).strip().lstrip("\\") == head
                   for name, _, at in stated_values(self.text))  # fmt: skip

    def _defined_before_not_here(self, head: str, line: int) -> bool:
        """Do the notes define the function ``head`` before ``line`` and learn no definition of it on ``line``
        (the formula there writes it at a constant of the notes, documents.definitions)?"""
        mine = [d for d in self.note_definitions if d.key == (head, ()) and d.is_function]
        return any(d.line < line for d in mine) and not any(d.line == line for d in mine)
