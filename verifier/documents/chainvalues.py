r"""The values the notes state for one chain: its worked links' hypotheses, and the moments and independence it reaches.

A worked step (``\partial L/\partial y = y - y^* = -3.437``) is checked at the values the prose, the tables and
the earlier displays state (documents.stated, statedvectors, approxvalues): which of them hold in the chain's
section and are not renewed, restated or changed in code since (valuescope, renewednames, restatedvalues,
codeupdates), the one stated last of a name stated more than once (latestvalues), those a part of an exercise
recalls (namedparts), and the values stated elsewhere that reach it (kept for valuescope's post-pass). A chain
that writes 𝔼 takes the distributions, moments and independence the notes state as hypotheses
(documents.distributions, statedmoments, independence). A mixin of :class:`verifier.documents.chaincheck._Document`
(it uses the document's text, lines, parser and what its reader found), apart from the chain's check
(:mod:`verifier.documents.chaincheck`) because reading what the notes state is a job of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sympy as sp

from verifier.documents.annotations import key_of_text
from verifier.documents.approxvalues import approx_values
from verifier.documents.codeupdates import changed_since
from verifier.documents.context import (
    Definition,
    Key,
    Scope,
    VarDecl,
    display_key,
    key_of,
)
from verifier.documents.datasums import on_stated_data
from verifier.documents.distributions import hypotheses_for, paragraph_start, reached_names, written_powers
from verifier.documents.expectation import has_functionals
from verifier.documents.independence import independence_hypotheses, independent_pairs
from verifier.documents.independentstatistics import read_statistics
from verifier.documents.infer import names_in
from verifier.documents.latestvalues import latest_values, renewed_as_number, same_value
from verifier.documents.members import _Chain
from verifier.documents.namedparts import named_part, read_at_part, said_in_part
from verifier.documents.noisemodel import noise_models
from verifier.documents.numberednames import applied_in
from verifier.documents.numberpoints import called_names, evaluated_at_numbers, substituted_numbers
from verifier.documents.onesidedvectors import one_sided_vectors, said_general
from verifier.documents.recurrencestart import every_entry, recurrence_inputs
from verifier.documents.renewednames import renewals, still_stated, updated
from verifier.documents.restatedvalues import stale_values
from verifier.documents.roundedgivens import computed_claims
from verifier.documents.stated import computed_result, every_stated, stated_values, value_hypotheses, worked
from verifier.documents.statedmoments import moment_hypotheses
from verifier.documents.statedoptima import as_optimum_names, optima_shown
from verifier.documents.statedvectors import (
    matrix_worked,
    prose_vectors,
    vector_hypotheses,
    worked_vector,
)
from verifier.documents.tablevalues import as_table_names
from verifier.documents.valuescope import values_in_scope
from verifier.documents.workedexpressions import worked_expression
from verifier.latex import LatexError
from verifier.latex.braces import without_braces
from verifier.latex.functionals import Statistic


@dataclass(frozen=True)
class ValuesRead:
    """The values stated for a chain (``values``: its hypotheses), and the bookkeeping its check needs later:
    the other values of a name stated more than once (``others``) or undecided among (``undecided``), and the
    values stated elsewhere that reach it (``foreign``; None where no worked link was read, and nothing is kept)."""

    values: list[tuple[str, str]]
    others: list[Any] = field(default_factory=list)
    undecided: list[Any] = field(default_factory=list)
    foreign: list[tuple[str, str]] | None = None


def _scalar_or_undeclared(scope: Scope, key: Key) -> bool:
    """Is ``key`` declared a scalar in ``scope``, or not declared at all (inferred from the notes)?"""
    found = scope.names.get(key)
    return found is None or (isinstance(found, VarDecl) and found.kind == "scalar")


class _StatedValues:
    """What the notes state for a chain (a mixin of the document being checked, first among its bases)."""

    @cached_property
    def _prose_values(self) -> list[tuple[str, str, int]]:
        """Values the prose and tables state (documents.stated), read once per document."""
        text = as_optimum_names(self.text, self.stated_optima)  # \max_{a'} Q(s', a') = 5 (documents.statedoptima)
        values = stated_values(as_table_names(text, self.table_calls))  # V(s_1) = 0.5 (documents.tablevalues)
        values = computed_claims(values, self.text, self.parse_plain)  # p = σ(1), so p = 0.62: no given (roundedgivens)
        return values + approx_values(self.text)  # $\eta \approx 0.1$, a rounded value (documents.approxvalues)

    def tie_values(self, chain: _Chain) -> list[tuple[str, str, int]]:
        """The values written with ``=`` that hold in ``chain``'s section up to its line (documents.claimedties)."""
        shown = getattr(self, "display_lines", self.chain_lines)
        held = values_in_scope(self._equal_values, self.text, chain.line, chain.line, shown)
        ends = self._line_ends
        return [v for v in self._held(held, chain.line) if v[2] <= chain.line  # not updated since (renewednames)
                and not updated(self.text, v[0], ends[v[2]], ends[min(chain.line, len(ends) - 1)])]

    @cached_property
    def _line_ends(self) -> list[int]:
        """The offset after each line of the text (``[0]`` first), once per document, not once per chain."""
        ends = [0]
        for row in self.text.split("\n"):
            ends.append(ends[-1] + len(row) + 1)
        return ends

    @cached_property
    def _equal_values(self) -> list[tuple[str, str, int]]:
        return stated_values(self.text)

    @cached_property
    def rounded_names(self) -> set[str]:
        """The names the prose states with ``\\approx`` (braces and spaces out: documents.claimedties)."""
        return {without_braces(v[0]) for v in approx_values(self.text)}

    @cached_property
    def _prose_vectors(self) -> list[tuple[str, str, int]]:
        r"""Vectors the prose states inline ("for $x = (1, 2)^\top$"), read once per document."""
        return prose_vectors(self.text, self.parse_plain)

    @cached_property
    def _renewals(self) -> list[Any]:
        """Sentences giving names a new meaning ("let $X$ be … instead"): a number stated before one no longer
        holds for the name (documents.renewednames), read once per document."""
        return renewals(self.text)

    @cached_property
    def _whole_renewals(self) -> list[Any]:
        """:attr:`_renewals` with sentences not cut at a decimal point ("Suppose instead $d = 1.5$."), for
        documents.renewedvalues, read once per document."""
        return renewals(self.text, decimals=True)

    def _held(self, values: list[tuple[str, str, int]], line: int) -> list[tuple[str, str, int]]:
        """``values`` (name, number, line) with those of a name the prose renewed before ``line`` left out."""
        shown = {rf"\mathrm{{{k}}}": v for k, v in optima_shown(self.stated_optima, self.text).items()}
        # a sentence holding a decimal read whole too, where its words say the value is new ("the new parameter
        # is $\theta - 0.1 g = 0.3$": fresh79); one that only takes a value ("A small step like $\eta = 0.1$ is
        # slow. We take $\eta = 0.5$") leaves the earlier value another reading (redlead65, latestvalues)
        found = [*self._renewals, *(r for r in self._whole_renewals if r.worded)]
        held = still_stated(values, found, self.text, line, shown)  # the Q of \mathrm{maxapQspap}
        givens = [*self._prose_values, *getattr(self, "displayed", ())]  # p = 0.62, then p = σ(1) (restatedvalues)
        stale = stale_values(held, self.text, line, givens, self.parse_plain)
        held = [v for v in held if v not in stale] if stale else held
        return changed_since(held, line, self.text, self.source_text, self.path)  # w = 3 in code (codeupdates)

    def _stated_values(self, chain: _Chain, scope: Any) -> list[tuple[str, str]]:
        """The hypotheses of ``chain``'s worked links, with what the chain check needs later kept by line: the
        other values of a name stated twice (latestvalues.with_other_values) and the values stated elsewhere
        (valuescope)."""
        read = self.values_read(chain, scope)
        if read.foreign is not None:
            self.__dict__.setdefault("other_values", {})[chain.line] = (read.others, read.undecided)
            self.__dict__.setdefault("foreign_values", {})[chain.line] = read.foreign
        return read.values

    def values_read(self, chain: _Chain, scope: Any, force: bool = False) -> ValuesRead:
        """The values stated for ``chain`` (nothing kept on the document: documents.statedintegers reads them
        again). ``force``: read as a worked chain whatever its members (an exact number's links)."""
        stated = self._prose_values + [v for v in getattr(self, "displayed", ()) if v[2] < chain.line]
        if chain.inline and len(chain.members) == 2:  # "… gives $w = 2.5$" (solvedprose), "$v = 0.21$" (valuedinline):
            own = chain.members[0].latex.strip()  # never read at its own value (redteam42)
            stated = [v for v in stated if not (v[2] == chain.line and v[0].strip() == own)]
        vectors = self._prose_vectors + [v for v in getattr(self, "displayed_vectors", ())
                                         if v[2] < chain.line]  # documents.statedvectors  # fmt: skip
        # a name the chain's own line (a table's row: "z = (1, -1): z^T A z = 3") states anew: undecided (sound45)
        # (not the chain's own worked result, $$g = (1, 0) + (0, 1) = (1, 1)$$ after "$g = (1, 1)$": a check read at
        # the stated g, an update demoted by given_anew; redlead66)
        own_result = (chain.members[0].latex.strip(), chain.members[-1].latex.strip())
        anew = {v[0] for v in getattr(self, "displayed_vectors", ())
                if v[2] == chain.line and (v[0].strip(), v[1].strip()) != own_result}
        vectors = [v for v in vectors if v[0] not in anew]
        # a vector stated after the chain for a name the prose gave a number before it ("with $x = -2$", then a later
        # example's "$x = (-1, -2)$"): the number is the value in force here, the vector a later example's (lead63)
        before = {without_braces(v[0]) for v in stated if v[2] <= chain.line}
        vectors = [v for v in vectors if v[2] <= chain.line or without_braces(v[0]) not in before]
        # a link with a worked number: an identity link of the chain (∂L/∂y = y − y^*) is not read at the
        # values (they would make it a special case of the chain): only the worked links are
        # (steps._Checker._worked_links)
        if not (stated or vectors):
            return ValuesRead([])
        links = [(chain.members[s.left].latex, chain.members[s.right].latex) for s in chain.steps]
        # μ_1 = \frac{x_1 + x_2}{2} = (\tfrac12, 0): after the link that defines the chain's head, one link of data
        data_links = links[1:] if chain.defines is not None and len(links) == 2 else links
        last = max([chain.line, *(m.line for m in chain.members)])  # its own section's values (valuescope)
        shown = getattr(self, "display_lines", self.chain_lines)  # an inline result cuts off no values
        if not force and not any(
                worked(texts)
                or any(worked_vector(t, self.parse_plain) or worked_expression(t, self.parse_plain) for t in texts)
                or evaluated_at_numbers(texts, self.parse_plain)  # f(2) = ½(2 - 3)² (documents.numberpoints)
                or substituted_numbers(texts, self.parse_plain,  # ∂ℓ/∂w = (½ - 1)·2 (documents.numberpoints)
                                       [v[1] for v in vectors])
                or applied_in(texts, self.text, chain.line)  # σ(x + 1) after "$\sigma = 2$" (numberednames)
                or matrix_worked(texts, vectors, self.parse_plain)  # A^T A = [[10, 14], …] (statedvectors)
                or (len(data_links) == 1 and on_stated_data(texts, [v[0] for v in stated], [v[0] for v in vectors],
                                                            self.parse_plain))  # p_1 + p_2 + p_3 = 1 (datasums)
                for texts in links):  # fmt: skip
            vectors = [v for v in self._held(values_in_scope(vectors, self.text, chain.line, last, shown), chain.line)
                       if not self._defined_here(v[0], scope) and not said_general(self.text, v[0], v[2], chain.line)]
            vectors, others, undecided = latest_values(vectors, chain.line, last, self.lines)  # w updated (lead66)
            return ValuesRead(one_sided_vectors(links, vectors, self.parse_plain,  # (∇f)^T v, v = (2, 1)
                                                lambda names: self._reach(names, scope)),  # (onesidedvectors)
                              others, undecided, [] if others or undecided else None)  # fmt: skip
        # a worked result the context or the notes define by a formula (y := the network's output) is
        # computed from that formula here, not taken at the number a display wrote for it
        raw = stated
        stated = [v for v in self._held(values_in_scope(stated, self.text, chain.line, last, shown), chain.line)
                  if not self._defined_here(v[0], scope)]  # not of a name renewed since (documents.renewednames)
        vectors = [v for v in self._held(values_in_scope(vectors, self.text, chain.line, last, shown), chain.line)
                   if not self._defined_here(v[0], scope)
                   and not said_general(self.text, v[0], v[2], chain.line)]  # "for arbitrary $A$" (sound46)
        # a vector stated again ("Start from $w = (0, 0)$", then $$w = (0, 0) + (-1)(2, 1) = (-2, -1)$$): the one stated
        # last before the chain, the others tried, as for numbers (latestvalues; lead66)
        vectors, vector_others, vector_undecided = latest_values(vectors, chain.line, last, self.lines)
        trees = []
        for m in chain.members:  # the members are parsed when checked: read here only to see what they use
            try:
                trees.append(self.parse(m.latex, None, frozenset()))
            except LatexError:
                continue
        # "$g_t = 1$" for every t of the rule that reads it: each entry the worked iterate reads (recurrencestart)
        stated += every_entry(stated, getattr(self, "recurrences", {}), trees, chain.line)
        written = set().union(*(names_in(t) | called_names(t) for t in trees)) if trees else set()
        # f(2) reaches the names of f's body (documents.numberpoints); ∂L/∂w of L(w, b), L bare: L at w and b too
        bare = set().union(*(names_in(t) for t in trees)) if trees else set()
        reached = self._reach(written, scope, bare)
        # … at values stated for w and b after L(w, b) is defined, or in the paragraph that defines it ("the label
        # $y^* = 1$. We use a square loss $$L(y, y^*) = …$$", dalby 221); one stated in an earlier paragraph is
        # another model's ("A first model uses $w = 1$." then "The loss is $L(w, b) = …$": redlead65)
        since = {p: paragraph_start(self.text, d.line) for d in self.note_definitions
                 if d.is_function and d.key[0] in bare and d.line < chain.line for p in d.params}  # fmt: skip
        if since:  # (a value a display computed before, the forward pass's y = -2.4369, is the notes' own: kept)
            shown_values = set(getattr(self, "displayed", ()))
            stated = [v for v in stated if v in shown_values
                      or v[2] >= since.get(without_braces(v[0]).strip().lstrip("\\"), 0)]  # fmt: skip
        # w_1 of an update rule w_{t+1} = w_t - \eta f'(w_t): the rule's inputs, η's stated value too (recurrencestart)
        if through := recurrence_inputs(getattr(self, "recurrences", {}), trees, chain.line) - reached:
            reached = self._reach(reached | through, scope)
        # a name stated with several values: the one stated last before the chain, the others tried (latestvalues)
        entries = {str(e.base.label) for t in trees if isinstance(t, sp.Basic) for e in t.atoms(sp.Indexed)}
        stated = renewed_as_number(stated, chain.line, self.parse_plain, entries)  # r_1 = 1, later r = 1 (lead64)
        stated, others, undecided = latest_values(stated, chain.line, last, self.lines)
        if (part := named_part(self.text, chain.line, last)) is not None:  # "Recall from (a) that …" (namedparts)
            in_scope_at = lambda at: [v for v in self._held(values_in_scope(raw, self.text, at, at, shown), at)  # noqa: E731
                                      if not self._defined_here(v[0], scope)]  # fmt: skip
            stated, others, undecided = read_at_part(part, (stated, others, undecided),
                                                     [v for v in raw if v[2] <= chain.line], in_scope_at, self.lines)
        others = [v for v in others if value_hypotheses([v], reached, self.parse_plain)]
        undecided = [v for v in undecided if value_hypotheses([v], reached, self.parse_plain)]
        others += [v for v in vector_others if vector_hypotheses([v], reached, self.parse_plain)]
        undecided += [v for v in vector_undecided if vector_hypotheses([v], reached, self.parse_plain)]
        values = said_in_part(value_hypotheses(stated, reached, self.parse_plain, chain.line), part, stated)
        # (not the step's own claim about a defined name: "$E_3 = 2.8$" of a family E_n, misses43)
        elsewhere = [v for v in self._prose_values if v[2] != chain.line or not self._defined_here(v[0], scope)]
        foreign = value_hypotheses(elsewhere, reached, self.parse_plain, chain.line)  # valuescope
        own = {v[0].split("=")[0] for v in values}
        foreign = [h for h in foreign if h[0].split("=")[0] not in own]
        numbered = {display_key(k) for t in trees if isinstance(t, sp.Basic) for e in t.atoms(sp.Indexed)
                    if (k := key_of(e)) is not None}
        return ValuesRead(values + vector_hypotheses(vectors, reached, self.parse_plain, numbered),  # W_1 (misses44)
                          others, undecided, foreign)

    def parse_plain(self, text: str) -> Any:
        """A member or a name as written, parsed with no declared context (what it uses, its literal)."""
        return self.parse(text, None, frozenset())

    def given_anew(self, chain: _Chain) -> str | None:
        r"""Why the first link of ``$$w = (0, 0) + (-1)(2, 1) = (-2, -1)$$`` is no claim, after "Start from
        $w = (0, 0)$": the display gives w a new value (a perceptron's or gradient descent's update written with
        the name itself), its later links compute that value and the lines after it read w at it
        (documents.stated.computed_result); None for any other chain (a name the notes never gave a value before:
        its first link is read as written)."""
        if chain.inline or not computed_result([m.latex for m in chain.members], self.parse_plain):
            return None
        name = chain.members[0].latex.strip()
        earlier = [v for v in every_stated(self) if v[0].strip() == name and v[2] < chain.line]
        if not earlier:
            return None
        old = max(earlier, key=lambda v: v[2])
        new = chain.members[-1].latex.strip()
        if same_value(old[1], new):
            return None  # b = 1 - 0.5 \cdot 2 = 1 after "b = 1": no new value, a claim read as written (redlead66)
        return (f"gives {name} a new value, {new} (it was {old[1].strip()} on line {old[2]}): an update, not a "
                f"claim that the two are equal; the links after it compute the value, and the lines after it read "
                f"{name} at it")

    def _defined_here(self, name: str, scope: Any) -> bool:
        try:
            key = key_of(self.parse(name, None, frozenset()))
        except LatexError:
            return False
        return key is not None and isinstance(getattr(scope, "names", {}).get(key), Definition)

    @cached_property
    def independent(self) -> bool:
        """Do the notes state some pair of names independent (documents.independence)?"""
        return bool(independent_pairs(self.text))

    def _stated_moments(self, chain: _Chain, scope: Scope) -> None:
        r"""``\epsilon \sim \mathcal{N}(0, \sigma^2)`` stated before the chain: its mean and second
        moment are hypotheses of a chain that writes 𝔼 and reaches ε (documents.distributions)."""
        if not (self.distributions or self.moments or self.independent) or chain.hypotheses:
            return  # a context's "given:" (or the notes' "where") says what the chain assumes: it wins
        trees = [m.parsed.tree for m in chain.members if m.parsed is not None and isinstance(m.parsed.tree, sp.Basic)]
        names = reached_names(trees, scope, lambda src: self.parse(src, None, frozenset()))
        # Var(y) of a noise model y = wx + b + ε (or Var(ε)): ε's stated variance, only there (lead64: added to every
        # chain writing a variance, its elimination failed where nothing reduces to Var(ε): mlcourse's Var(f̂))
        # (not where the notes define Var themselves, Var(z) = 𝔼[z²] − 𝔼[z]²: their formula reads the moments)
        spread = [a for t in trees for n in t.atoms(Statistic) if n.args[0].name == "Var" for a in n.args[1:2]
                  if not isinstance(scope.names.get(("Var", ())), Definition)]
        models = {k: m for k, m in noise_models(self, scope).items() if m.said} if spread else {}
        targets = set(models) | {m.noise for m in models.values()}
        spread = [a for a in spread if (k := key_of(a)) is not None and k[0] in targets]
        variances = frozenset(reached_names(spread, scope, lambda src: self.parse(src, None, frozenset())))
        chain.hypotheses.extend(hypotheses_for(self.distributions, chain.line, names, has_functionals(trees),
                                               key_of_text, written_powers(trees), variances))  # fmt: skip
        # "$\mathbb{E}[X] = 2$" stated in the prose (documents.statedmoments)
        kept = {(m.moment, m.value, m.line) for m in self.moments}
        kept = set(self._held(sorted(kept, key=lambda v: v[2]), chain.line))
        moments = [m for m in self.moments if (m.moment, m.value, m.line) in kept]  # documents.renewednames
        chain.hypotheses.extend(moment_hypotheses(moments, chain.line, names, has_functionals(trees), key_of_text,
                                                  lambda k: _scalar_or_undeclared(scope, k), self.text))
        # "$X$ and $Y$ are independent": 𝔼[XY] = 𝔼[X]𝔼[Y] (documents.independence)
        independent = independence_hypotheses(self.text, chain.line, names, has_functionals(trees), key_of_text,
                                              lambda k: _scalar_or_undeclared(scope, k))
        chain.hypotheses.extend(independent)
        if independent:  # Var(U + V) of independent U, V: Var and Cov by their definitions (independentstatistics)
            read_statistics(scope.names, " ".join(m.latex for m in chain.members if m.latex))
