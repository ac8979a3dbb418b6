"""Reading a document into chains: where each chain is, what its members mean, and its scope.

:class:`_Reader` owns everything that happens before a step is checked: the chains of each display
(with a left-hand side written in prose, nested equations, ``\\stackrel`` conditions), the
definitions the notes make (``f(x) := …``, "where $Ax = 0$"), the declared and inferred scope at
each line, and the parse of each member (parsed once: parsing is pure; the notation it rewrites first is
:mod:`verifier.documents.notationparse`'s). It is a base of :class:`verifier.documents.check._Document`."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.abbreviatedcalls import abbreviate_calls
from verifier.documents.acronyms import acronym_names
from verifier.documents.aliasvariables import set_aside_aliases
from verifier.documents.anew import introductions, renewals, set_aside_renewed, sites_of
from verifier.documents.annotatedsamples import families_of, family_note
from verifier.documents.annotations import key_of_text
from verifier.documents.argumentless import bare_in_notes
from verifier.documents.assumed import stated_assumptions
from verifier.documents.asymptotic import asymptotic
from verifier.documents.barecalls import Call, calls_in
from verifier.documents.barecalls import applied as bare_calls
from verifier.documents.basisvectors import basis_letters
from verifier.documents.boldlabels import label_note
from verifier.documents.boldlabels import quantities as bold_quantities
from verifier.documents.boundnumbers import bound_numbers
from verifier.documents.bracketindex import bracket_subscripts, index_letters
from verifier.documents.capitallabels import capital_labels
from verifier.documents.chaininference import _ChainInference
from verifier.documents.classmembers import class_members, set_aside_members
from verifier.documents.context import (
    Definition,
    DocumentContext,
    Key,
    Scope,
    display_key,
)
from verifier.documents.crossproducts import cross_product
from verifier.documents.definitions import INLINE_MATH, _Definitions
from verifier.documents.densitypoints import gaussian_text, points_of
from verifier.documents.dependence import Dependence, applied_in_prose, stated_dependence, until_heading
from verifier.documents.directional import note as directional_note
from verifier.documents.distributions import scalar_sites, statements_of
from verifier.documents.docsubscripts import subscript_lines
from verifier.documents.doctransposes import transposed_names
from verifier.documents.dotproducts import declared_scalars
from verifier.documents.dotproducts import note as dot_note
from verifier.documents.einsteinscope import EinsteinScope
from verifier.documents.enotation import NOTE as E_NOTE
from verifier.documents.enotation import e_notation
from verifier.documents.equivalent import link_equations, unlearn_solved
from verifier.documents.expectation import deterministic_names
from verifier.documents.familyparameters import parameter_labels
from verifier.documents.gatelabels import gate_letters, gate_note
from verifier.documents.generalfunctions import generalised, set_aside_generalised
from verifier.documents.generic import encode
from verifier.documents.gradiententry import note as gradient_note
from verifier.documents.hessianpoints import hessians_at_points
from verifier.documents.imaginaryunit import SAID_NOTE as SAID_UNIT
from verifier.documents.imaginaryunit import imaginary_reading, unit_reading
from verifier.documents.infer import (
    annotations_of,
)
from verifier.documents.inlineclaims import _InlineClaims
from verifier.documents.inlinedefinitions import _InlineDefinitions
from verifier.documents.inlinerestated import with_restatements
from verifier.documents.iterates import Iterates
from verifier.documents.iterates import note as iterate_note
from verifier.documents.labelled import function_labels, label_notes
from verifier.documents.layerletters import as_layers, labelled_letters, layer_note
from verifier.documents.layersubscripts import per_layer_names
from verifier.documents.leibnizprimes import leibniz_primes
from verifier.documents.lineconventions import line_conventions
from verifier.documents.macros import expand_document
from verifier.documents.members import (
    _Chain,
    _Member,
    _Step,
    member_text,
)
from verifier.documents.modelconditions import model_conditions
from verifier.documents.namedloss import named_loss
from verifier.documents.namesubscripts import quantity_subscripts
from verifier.documents.newtonpoints import newton_points
from verifier.documents.notationparse import _NotationParse
from verifier.documents.notedclaims import noted_claims
from verifier.documents.numberednames import reading_notes as numbered_notes
from verifier.documents.operand import with_operand
from verifier.documents.ownsubscripts import own_subscript_bases
from verifier.documents.parenmath import dollar_inline
from verifier.documents.partials import stated_partials
from verifier.documents.pointfree import pointwise
from verifier.documents.primednames import primed_variable
from verifier.documents.probabilityheads import probability_heads
from verifier.documents.problemrecurrences import in_force
from verifier.documents.proseconditions import _ProseConditions
from verifier.documents.prosefunctions import named_functions
from verifier.documents.quantityletters import quantity_letters, reading_notes, self_multiplied
from verifier.documents.readings import (
    read_member,
    split_nested_equation,
)
from verifier.documents.recurrence import Recurrence
from verifier.documents.recurrencevariable import set_aside_variables
from verifier.documents.reintroduced import set_aside_reintroduced
from verifier.documents.resolve import Instance, instantiate
from verifier.documents.restated import mark_restated
from verifier.documents.restatedvectors import set_aside_restated
from verifier.documents.roughafter import said_rough_after
from verifier.documents.roughapprox import said_expansion_only, said_rough
from verifier.documents.roundedapprox import rounded_approximations
from verifier.documents.samplelabels import SampleLabels
from verifier.documents.samplemean import sample_means
from verifier.documents.samples import sample_names, sample_note
from verifier.documents.scoping import (
    own_restatement,
    set_aside_cycles,
)
from verifier.documents.sizeorder import stated_orders
from verifier.documents.stated import displayed_values
from verifier.documents.statedconventions import StatedConventions
from verifier.documents.statedentries import stated_entries_at
from verifier.documents.statedlabels import stated_labels
from verifier.documents.statedmoments import moments_of
from verifier.documents.statedoptima import stated_optima
from verifier.documents.statedprimes import prime_dependence, prime_variable_at, stated_primes
from verifier.documents.subgradients import note as subgradient_note
from verifier.documents.substituted import superseded
from verifier.documents.tablevalues import table_calls
from verifier.documents.trailing import display_before
from verifier.documents.unreadrenewal import set_aside_unread
from verifier.documents.upstream import FORM
from verifier.documents.wordedreach import set_aside_worded
from verifier.engine import Settings
from verifier.latex import LatexError, MathBlock, join_chains
from verifier.results import StepResult, Verdict

STRUCK = "struck out by the author"

Progress = Callable[[str], None]


class _Reader(EinsteinScope, _InlineClaims, _Definitions, _InlineDefinitions, _ProseConditions, StatedConventions,
              _NotationParse, _ChainInference):
    """One document being checked: its text, context, and cached instances."""

    orientation_off = False  # True: each chain orients its families by its own subscripts (familyorientation)

    def __init__(
        self,
        path: str,
        text: str,
        blocks: list[MathBlock],
        ctx: DocumentContext,
        settings: Settings,
        progress: Progress | None,
        inline: Sequence[MathBlock] = (),
        prose: str | None = None,
    ) -> None:
        self.path = path
        self.inline = list(inline)
        # inline math too; ``prose``: expanded already with the macros of \input and macro files (sources.prose)
        if prose is None:
            prose = expand_document(text, tex_comments=path.lower().endswith(".tex"))
        self.source_text = text  # with its code blocks, which the prose blanks (documents.codecomputed)
        self.text = text = dollar_inline(prose)  # \( … \) read as $ … $ by the prose readings (documents.parenmath)
        self.lines = text.split("\n")
        self.blocks = blocks
        self.ctx = ctx
        self.settings = settings
        self.progress = progress
        self.stage: Callable[[str], None] = lambda stage: None  # the engine's stages (named in a TIMEOUT)
        self.spans = [(b.line, b.line + b.text.count("\n")) for b in blocks]
        self.starts = [s for s, _ in self.spans]
        self.functions = ctx.functions
        self._instances: dict[tuple[int, tuple[tuple[Key, int], ...]], Instance] = {}
        self.chain_lines: list[int] = []
        self.reading_line = 0  # the line of the chain being read (definitions before it apply)
        self._parsed: dict[tuple[object, ...], sp.Basic | LatexError] = {}  # parsing is pure: parse once
        self._context_names_at: dict[int, dict[Key, object]] = {}  # the context's names, by line
        # annotations, each with its line (documents.anew); x_i \in R^d: samples x_1, x_{ij} (annotatedsamples)
        self.families, self.annotations, self.sites = families_of(text, annotations_of(text), sites_of(text))
        self.iterates = Iterates(text, self.spans, blocks)  # x^{(t)} a name of its own (documents.iterates)
        self.density_points = points_of(text)  # p(y_i | …) = \mathcal{N}(μ, σ²): whose density (densitypoints)
        self.distributions = statements_of(text)  # ε ∼ N(0, σ²): a scalar from there, its moments (distributions)
        self.moments = moments_of(text)  # "$\mathbb{E}[X] = 2$": a hypothesis of the chains after it (statedmoments)
        self.sites = sorted([*self.sites, *scalar_sites(self.distributions, self.sites, key_of_text)],
                            key=lambda s: (s.line, str(s.key)))  # fmt: skip
        self.renewed = renewals(self.sites, introductions(text))
        self.generalised = generalised(text)  # "now let $g$ be any function" (documents.generalfunctions)
        self.members = class_members(text)  # "For symmetric positive definite $X$" (documents.classmembers)
        self.samples = SampleLabels(self.lines, [b.text for b in blocks])  # "I won't write the i index"
        self.sample_members: dict[str, tuple[str, frozenset[str]]] = {}  # member text -> (index, names)
        self.sample_notes: dict[str, str] = {}  # member text -> the reading its parse took
        self.partials = stated_partials(text)  # the shorthand \partial_j, where the prose states it
        # names the notes annotate as vectors or matrices (\Phi \in \mathbb{R}^{n \times m}, a design matrix): never
        # made calls by an integral-defined function of the same letter elsewhere (the probit's Φ; review30a)
        self._shaped = frozenset(k[0] for k, dims in self.annotations.shapes.items() if not k[1] and dims)
        self.quantities = quantity_letters(text)  # g_i y_i: g is a quantity, g_i(…) multiplies (quantityletters)
        self.labels = {lab for lab in function_labels(text) if lab[0] not in self.quantities}  # J_\lambda(\theta) = …
        parameters = parameter_labels(text, self.labels)  # S_1(3) of S_\lambda(x) = …: λ = 1 (familyparameters)
        self.labels = (self.labels - parameters) | parameters
        self.quantity_labels = quantity_subscripts(text)  # \delta_o = o - t: o labels delta (namesubscripts)
        self.labels |= self.quantity_labels
        self.stated_labels = stated_labels(text) - self.labels  # T_w = 100 beside T = 1100: one name (statedlabels)
        self.labels |= self.stated_labels
        self.capital_labels = capital_labels(text) - self.labels  # R_A, R_B: players, not entries (capitallabels)
        self.acronyms = acronym_names(text)  # TP, FP: one name each, not T times P (documents.acronyms)
        self.table_calls = table_calls(text)  # V(s_1) = 0.5: one name at those arguments (documents.tablevalues)
        self.probability_heads = probability_heads(text)  # P(c_1) beside P(w \mid c_1) (documents.probabilityheads)
        self.stated_optima = stated_optima(text)  # \max_{a'} Q(s', a') = 5: one number (documents.statedoptima)
        self.labels |= self.capital_labels
        self.sample_vectors = sample_names(text)  # \mathbf{x}_i, never \mathbf{x} alone: sample i (documents.samples)
        self.bold_labels = bold_quantities(text)  # \pi^{(i)}_{\bm\theta} as a quantity (documents.boldlabels)
        self.gate_letters = gate_letters(text)  # w_f beside f_t = σ(a_t): a gate's label (documents.gatelabels)
        self.layer_letters = labelled_letters(text)  # w^3_{01}: a layer label, document-wide (documents.layerletters)
        self.basis_letters = basis_letters(text)  # "$e_i$ the standard basis vector" (documents.basisvectors)
        self.note_definitions: list[Definition] = []  # learned from the chains, in document order
        self.unread_renewals: list[tuple[str, int]] = []  # a defined name written anew, not read (unreadrenewal)
        self.dropped_notes: dict[Key, str] = {}  # P(t|z,θ) read as P(t|z): the reading (documents.fixedparams)
        self.held_fixed: dict[str, set[str]] = {}  # P(t|z,θ) by name: the parameters it holds fixed (θ)
        #: (key, line) of a definition in a "where" sentence right after a display → that display's lines
        self.trailing: dict[tuple[Key, int], tuple[int, int]] = {}
        for d, at in named_functions(text):  # "the softmax function $\\varsigma$"
            self.note_definitions.append(d)
            if (span := display_before(text, at, self.spans)) is not None:  # "$$…$$ where $\\Phi$ is the …"
                self.trailing[(d.key, d.line)] = span
        self.worded = sample_means(text)  # "with the sample mean $\\bar x$" (documents.samplemean): its part only
        self.note_definitions += self.worded  # (documents.wordedreach)
        self.deterministic = deterministic_names(text)  # "a deterministic function $f(x)$" (documents.expectation)
        self.leading: set[tuple[Key, int]] = set()  # inline definitions that open their line
        self.midline: dict[tuple[Key, int], int] = {}  # other inline ones: the column just past them
        self.leading_at: dict[tuple[Key, int], int] = {}  # the column a leading one starts at (its own chain's)
        self.subscript_lines: dict[Key, list[int]] = {}  # the displays writing x_n (documents.docsubscripts)
        self.supposed: list[tuple[Definition, int]] = []  # "If $f = …$ then $…$": (definition, the then-line)
        #: "$r = y - Xw$ … Expanding, $r = Xw - y$" on one line: the first, for that line's chains (inlinerestated)
        self.restated_on_line: dict[int, list[Definition]] = {}
        # h_t = \tanh(w h_{t-1} + u x_t): families the notes define by a recurrence (documents.recurrence)
        self.recurrences: dict[str, Recurrence] = {}
        # h of h_t = \tanh(a_t), a_t = w h_{t-1} + …: the two definitions composed (documents.throughrecurrence)
        self.composed_through: dict[str, tuple[Definition, Definition]] = {}
        self.sized_entries: dict[Key, int] = {}  # E_{10} of E_n = Σ_{j=1}^n …: the family's line (sizedfamilies)
        self.rival_recurrences: dict[str, list[Recurrence]] = {}  # another rule for the same family, later
        self.problem_recurrences: dict[str, list[Recurrence]] = {}  # another problem's own rule (problemrecurrences)
        self.unfolded_failed: dict[tuple[int, int], StepResult] = {}  # by (chain, step): recurrence.unfolded_failures
        #: functions a chain names in a later link (``-\log Q = \xi(t,z) = …``): read by its earlier links
        #: too (their span is in ``trailing``; definitions._learn_named_functions)
        self.in_chain: set[tuple[Key, int]] = set()
        self.substituted: set[tuple[Key, int]] = set()  # names a later link writes out (documents.substituted)
        stated = stated_entries_at(text)  # "the $k$-th diagonal element of $W$ is …" (statedentries)
        self.stated_said = {e.definition: e.said for e in stated}  # how a step that uses one reports it
        for e in stated:
            self.note_definitions.append(e.definition)
            if (span := display_before(text, e.at, self.spans)) is not None:  # "where $M_{ij}$ denotes …"
                self.trailing[(e.definition.key, e.definition.line)] = span
        # "suppose $u$, $v$ depend on $\\beta$", and the vectors whose derivatives the prose names
        # (documents.dependence)
        self.dependence = stated_dependence(text) + [
            Dependence(v, x, e.definition.line, until_heading(text, e.definition.line))
            for e in stated if e.differentiated is not None for v, x in [e.differentiated]]
        self.assumptions = stated_assumptions(text)  # "assume that $x = Az$" (documents.assumed)
        self.model_conditions = model_conditions(text)  # x_t = …, \qquad \alpha_t^2 + \sigma_t^2 = 1 (modelconditions)
        self.stated_primes = stated_primes(text, self.spans)  # "where $x'$ denotes …" (documents.statedprimes)
        self.dependence += prime_dependence(text, self.spans)  # and x depends on that variable
        leibniz = leibniz_primes(text)  # y' after the section's \frac{dy}{dx} (documents.leibnizprimes)
        self.stated_primes += leibniz[0]
        self.dependence += leibniz[1]
        self.size_orders = stated_orders(text)  # "with $n < d$" (documents.sizeorder)
        self.dependence += applied_in_prose(text)  # "two functions $p(t)$ and $q(t)$" (documents.dependence)
        self.forms: list[tuple[Key, str, int]] = []  # a defined name restated through intermediates (upstream.FORM)
        self._cells = [(i + 1, int(m.group(1))) for i, ln in enumerate(self.lines)
                       if (m := re.fullmatch(r"<!-- cell (\d+) -->", ln))]  # fmt: skip

    # -- sources ----------------------------------------------------------------------------
    def where(self, line: int) -> str:
        if self._cells:
            k = bisect.bisect_right([ln for ln, _ in self._cells], line) - 1
            if k >= 0:
                marker, cell = self._cells[k]
                return f"{self.path}: cell {cell}, line {line - marker}"
        return f"{self.path}:{line}"

    # -- finding chains ---------------------------------------------------------------------
    def _expansion_only(self, chain: _Chain) -> bool:
        """Does the prose before ``chain`` only name an expansion, and the sentence after it say nothing rough?"""
        return said_expansion_only(chain, self.lines) and not said_rough_after(chain, self.lines)

    def _block_of(self, line: int) -> int:
        return max(bisect.bisect_right(self.starts, line) - 1, 0)

    def _prose(self, after_block: int | None, before_block: int) -> tuple[int, str]:
        """(first line, text) of the lines strictly between two blocks (outside any display)."""
        start = self.spans[after_block][1] + 1 if after_block is not None and after_block >= 0 else 1
        end = self.spans[before_block][0] - 1
        if end < start:
            return start, ""
        return start, "\n".join(self.lines[start - 1 : end])

    def _inline_lhs(self, first_line: int, prose: str) -> tuple[str, int] | None:
        """The last inline formula of ``prose`` that ends with ``=`` (not struck through)."""
        found = None
        for m in INLINE_MATH.finditer(prose):
            body = m.group(1).strip()
            before, after = prose[: m.start()], prose[m.end() :]
            if before.endswith("~~") and after.startswith("~~"):
                continue
            if body.endswith("=") and not body.endswith(":="):
                found = (body[:-1].strip(), first_line + prose[: m.start()].count("\n"))
        return found

    def chains(self) -> list[_Chain]:
        """The document's chains, split where prose introduces a new left-hand side."""
        out: list[_Chain] = []
        for chain in join_chains(self.blocks):
            members = [_Member(m.latex, m.line) for m in chain.members]
            conds: list[str | None] = [s.condition for s in chain.steps]
            rels = [s.relation for s in chain.steps]
            pieces: list[tuple[list[_Member], list[str | None], list[tuple[str, str]], bool]] = []
            current: list[_Member] = []
            current_conds: list[str | None] = []
            first_block = self._block_of(members[0].line)
            lead_conditions = self._case_conditions(first_block)
            dangling = chain.dangling
            for k, m in enumerate(members):
                if k and self._block_of(m.line) != self._block_of(members[k - 1].line):
                    b0, b1 = self._block_of(members[k - 1].line), self._block_of(m.line)
                    start, prose = self._prose(b0, b1)
                    lhs = self._inline_lhs(start, prose)
                    if lhs is not None:  # "Case 2: $\frac{\partial a}{\partial b} =$" starts a new chain
                        pieces.append((current, current_conds, lead_conditions, dangling))
                        current, current_conds = [], []
                        lead_conditions = self._case_conditions(b1)
                        dangling = True
                if current:
                    current_conds.append(conds[k - 1] if k - 1 < len(conds) else None)
                current.append(m)
            pieces.append((current, current_conds, lead_conditions, dangling))
            first = 0  # index in ``members`` of the piece's first member
            for n, (mems, cnds, case_conds, is_dangling) in enumerate(pieces):
                c = _Chain(mems[0].line, list(mems), [], chain.label if n == 0 else None, chain.struck,
                           list(chain.notes) if n == 0 else [], list(case_conds),
                           chain.derivative_variable, connected=chain.connected)  # fmt: skip
                step_conds = list(cnds)
                if is_dangling:
                    b = self._block_of(mems[0].line)
                    start, prose = self._prose(b - 1 if b > 0 else None, b)
                    lhs = self._inline_lhs(start, prose)
                    if lhs is not None:
                        c.members.insert(0, _Member(lhs[0], lhs[1]))
                        c.notes.append(f"left-hand side taken from the inline formula at line {lhs[1]}")
                    else:
                        why = "its left-hand side is not in display math"
                        c.members.insert(0, _Member("", mems[0].line, error=why))
                    step_conds.insert(0, None)
                    c.line = c.members[0].line
                step_rels = rels[first : first + len(mems) - 1]
                if is_dangling:
                    step_rels.insert(0, rels[first - 1] if first else chain.lead_relation)
                first += len(mems)
                c.steps = [_Step(i + 1, i, i + 1, step_conds[i], c.members[i + 1].line, step_rels[i])
                           for i in range(len(c.members) - 1)]  # fmt: skip
                if c.steps:
                    out.append(c)
        out = sorted(out + self._inline_claims(), key=lambda c: c.line)
        out = sorted(out + [n for c in out for n in noted_claims(c)], key=lambda c: c.line)  # documents.notedclaims
        bounds = bound_numbers(self.text, self.lines, lambda src: self.parse(src, None, frozenset()))
        out = sorted(out + bounds, key=lambda c: c.line)  # "$\\eta \\le F$ …, so $\\eta \\le 0.025$" (boundnumbers)
        abbreviate_calls(out, self.lines)  # "write σ for σ(z)": the bare σ is that call (abbreviatedcalls)
        newton_points(out, self.stated_said, self.lines, self.assumptions,  # H(x^{(i)}) at one iterate (newtonpoints)
                      lambda line: {k[0] for k in self.ctx.scope_at(line).names})
        hessians_at_points(out, self.stated_said, self.lines)  # H(x) of "H the Hessian of f": H at x (hessianpoints)
        rounded_approximations(out, lambda c: said_rough(c, self.lines) or said_rough_after(c, self.lines),
                               self._expansion_only)
        touched: set[tuple[int, int]] = set()  # (block, line) of display lines an earlier chain wrote on
        for c in out:
            known = len(self.note_definitions)
            self._learn_definition(c)
            if not c.inline:
                rows = {(self._block_of(m.line), m.line) for m in c.members}
                if len(rows) == 1 and not rows & touched and c.defines is not None and c.restates is None:
                    # $$f(x) = x^2, \quad f'(x) = 2x$$: a first definition that opens its display line holds
                    # for the chains after it on that line, as an inline one opening its prose line does.
                    # Not a definition anew: the chain itself is checked against the earlier one, and a
                    # definition holding on its own line would be checked against itself
                    self.leading.update((d.key, d.line) for d in self.note_definitions[known:] if d.key == c.defines)
                touched |= rows
            self._learn_named_functions(c)
            said = c.restates[0] if c.restates is not None else c.defines
            if said is not None and len(c.members) >= 3 and not c.members[-1].error:
                # B = softmax(W) = … = B_1 ⊙ B_4: how the notes compute B (documents.upstream FORM)
                self.forms.append((said, c.members[-1].latex, c.members[-1].line))
        if self.sized_entries or any(d.is_function or d.key[1] for d in self.note_definitions):
            # $E_{10} \approx 9.56$ after $$E_n = \sum_{j=1}^n …$$: a claim (sizedfamilies); "where $\psi(c) =
            # c/2$" after $$\psi(r) = …$$: a value of the defined ψ (inlineclaims._defined_before_not_here); "the
            # recursion $v_s = d_s + g v_{s+1}$" after $$v_s = \sum …$$: a claim about v (inlineclaims, fresh72)
            have = {(c.line, c.place) for c in out if c.inline}
            more = [c for c in self._inline_claims() if (c.line, c.place) not in have
                    and (self.sized_entries or (c.line, c.members[0].latex) in getattr(self, "defined_values", ()))]
            rounded_approximations(more, lambda c: said_rough(c, self.lines) or said_rough_after(c, self.lines),
                                   self._expansion_only)
            out = sorted(out + more, key=lambda c: c.line)
        # an inline formula learned as a definition (``$\text{Var}(z) = \mathbb{E}[z^2] - …$``) names
        # something, like the other inline definitions: it is not a step
        out = [c for c in out if not (c.inline and c.defines is not None and len(c.members) == 2)]
        link_equations(out, self._block_of, self.leading, self.lines)  # E₁ ⇔ E₂: E₂ follows from E₁ (equivalent)
        unlearn_solved(out, self.note_definitions)  # ⇔ w = (XᵀX)⁻¹Xᵀy: a solution, not w's definition (equivalent)
        learned = len(self.note_definitions)
        self._learn_inline_definitions()
        if any(d.is_function or (not d.key[1] and d.body) for d in self.note_definitions[learned:]):
            # "Let $f(x) = …$ … so $f(x^\star) = 2$": a value of a function the prose defined, now that the inline
            # definitions are learned (before, neither a step nor a definition: dropped silently; lead62); the values
            # of functions defined in displays were taken above, so only a new inline function asks the prose again
            have = {(c.line, c.place) for c in out if c.inline}
            valued = [c for c in self._inline_claims() if (c.line, c.place) not in have
                      and (c.line, c.members[0].latex) in getattr(self, "defined_values", ())]  # fmt: skip
            out = sorted(out + valued, key=lambda c: c.line)
        out = with_restatements(out, self.inline_restatements)  # "Expanding, $r = …$" again (inlinerestated)
        self._restating_inline(out)  # $k = …$ in the prose, then $$k = …$$: checked against it (definitions)
        self._learn_dropped_parameters()  # P(t|z,θ) for the notes' P(t|z), θ held fixed (documents.fixedparams)
        for c in out:  # after the inline definitions: a name the prose defines is no name to define there
            self._learn_substituted(c)
        trees = []
        lines: list[int] = []
        for c in out:
            self.reading_line = c.line
            for m in c.members:
                if m.latex and not m.error:
                    try:
                        trees.append(self.parse(m.latex, None, frozenset()))
                    except LatexError:
                        continue
                    lines.append(m.line)
        # a name a display gives a number (y = -2.4369, a forward pass's output) is a number: y_i in another
        # problem of the notes is no evidence that it is a vector (documents.stated)
        numbers = {name for name, _, _ in displayed_values((c.members[0].latex, c.members[1].latex, c.line)
                                                           for c in out if len(c.members) == 2)}  # fmt: skip
        kinds, self.subscript_lines = subscript_lines(zip(trees, lines, strict=True))  # x_n: its part (docsubscripts)
        per_layer = per_layer_names(trees)  # σ_l beside z^{(l+1)}: the σ of layer l (documents.layersubscripts)
        own = own_subscript_bases(trees, self.text)  # d_h = d/h: a name of its own, no entry h of d (ownsubscripts)
        subscripted = {k: v for k, v in kinds.items() if k[0] not in numbers and k not in per_layer and k[0] not in own}
        transposed = transposed_names(zip(trees, lines, strict=True), numbers)  # x^T in any display (doctransposes)
        self.annotations = replace(self.annotations, subscripted=subscripted, transposed=transposed)
        return out

    def scope_of(self, chain: _Chain) -> Scope:
        """:meth:`scope_for` ``chain``'s line, with the inline definitions written before it on that line."""
        first = chain.members[0].latex if chain.members else None
        scope = self.scope_for(chain.line, None if chain.place is None else chain.place.column, first)
        # \frac{d h_t}{d a_t} with a_t := w h_{t-1} + x_t: a_t is the derivative's variable (recurrencevariable)
        scope.set_aside.update(set_aside_variables(scope, [m.latex for m in chain.members if m.latex and not m.error],
                                                   in_force(self, chain.line),
                                                   self.composed_through, self.text, chain.line,
                                                   lambda b: self.parse(b, None, frozenset())))
        # \partial D/\partial \sigma_1 after the tie \sigma_1 = \sigma_2: σ₁ is the variable (aliasvariables)
        scope.set_aside.update(set_aside_aliases(scope, [m.latex for m in chain.members if m.latex and not m.error],
                                                 lambda b: self.parse(b, None, frozenset())))
        return scope

    def scope_for(self, line: int, column: int | None = None, first: str | None = None) -> Scope:
        """The context's names at ``line``, plus the notes' own definitions written before it (the
        latest of each name), less those that cannot mean here what they meant where they were
        written (:func:`~verifier.documents.scoping.set_aside_cycles`)."""
        scope = self.ctx.scope_at(line)
        line_conventions(self, scope, line)  # the layout, orders, dependence the prose states (lineconventions)
        declared = set(scope.names)
        for d in sorted(self.note_definitions, key=lambda d: d.line):  # inline ones are learned last
            if (d.key, d.line) in self.substituted and superseded(d, self.note_definitions, line):
                continue  # ŷ_i written out in 2.b, ŷ defined anew in 2.c (documents.substituted)
            d = self.iterates.definition(d, self._labelled_context())  # x^{(i)} = A z^{(i)} (documents.iterates)
            # defined in the "where" sentence after line's display (a name not already defined before it)
            back = self.trailing.get((d.key, d.line))
            back_here = back is not None and back[0] <= line <= back[1] and d.key not in scope.names
            after = column is not None and self.midline.get((d.key, d.line), column + 1) <= column  # mid-line
            # "Apply $f = g/h$, $f' = …$": for the formulas after it on the line, not its own chain (documents.scoping)
            mine = own_restatement(d, column, first, self.leading_at.get((d.key, d.line)), self.note_definitions)
            leading = d.line == line and (((d.key, d.line) in self.leading and not mine) or after)
            if (d.line < line or back_here or leading) and d.key not in declared:
                scope.names[d.key] = d
                if leading and not back_here:
                    scope.inferred[d.key] = (f"{display_key(d.key)}: the notes' definition earlier on this line "
                                             f"(line {d.line})")
                elif d.line >= line and (d.key, d.line) in self.in_chain:
                    scope.inferred[d.key] = (f"{display_key(d.key)}: the notes' definition in a later link of this "
                                             f"chain (line {d.line})")
                elif d.line >= line:
                    scope.inferred[d.key] = (f"{display_key(d.key)}: the notes' definition in the 'where' sentence "
                                             f"after this display (line {d.line})")
                elif d.key in self.dropped_notes:  # P(t|z,θ) as P(t|z), θ held fixed (documents.fixedparams)
                    scope.inferred[d.key] = self.dropped_notes[d.key]
                elif (said := self.stated_said.get(d)) is not None:  # a vector given by its entries (statedentries)
                    scope.inferred[d.key] = said
        for d in self.restated_on_line.get(line, ()):  # "$r = …$ … Expanding, $r = …$" on one line (inlinerestated)
            if d.key not in declared:
                scope.names[d.key] = d
                scope.inferred[d.key] = f"{display_key(d.key)}: the notes' definition earlier on line {line}"
        for d, then_line in self.supposed:  # "If $f(x) = g(h(x))$ then $f'(x) = …$" (documents.suppositions)
            if then_line == line and d.key not in declared:
                scope.names[d.key] = d
                scope.inferred[d.key] = f"{display_key(d.key)}: supposed by the 'if' part of this sentence"
        # a bare J in a part whose question names the loss J_{neg-sample} (documents.namedloss)
        if (named := named_loss(self.lines, line, self.note_definitions, declared)) is not None:
            if named[1] is None:  # either loss: neither reading is the notes' (documents.namedloss)
                scope.names.pop(named[0], None)
                scope.set_aside[named[0]] = named[2]
            else:
                scope.names[named[0]] = named[1]
                scope.inferred[named[0]] = named[2]
        # J(θ), then J = ⟨z, z⟩_W: ∇J by θ (documents.restated)
        mark_restated(scope, self.note_definitions, line, self.text)
        for key, latex, at in self.forms:
            if at < line and isinstance(scope.names.get(key), Definition):
                scope.conventions[FORM + encode(key)] = f"{at}:{latex}"
        saved, self.reading_line = self.reading_line, line
        try:
            scope.set_aside.update(
                set_aside_cycles(scope, self.note_definitions, lambda b: self.parse(b, None, frozenset()))
            )
            scope.set_aside.update(set_aside_renewed(scope, self.note_definitions, self.renewed, line,
                                                     lambda b: self.parse(b, None, frozenset())))
            scope.set_aside.update(set_aside_unread(scope, self.note_definitions, self.unread_renewals, line))
            # "Now let $g$ be any differentiable function": g(x) = x² is set aside (documents.generalfunctions)
            scope.set_aside.update(set_aside_generalised(scope, self.note_definitions, self.generalised, line))
            scope.set_aside.update(set_aside_members(scope, self.note_definitions, self.members, self.lines, line))
            scope.set_aside.update(set_aside_worded(scope, self.worded, self.lines, line))  # (documents.wordedreach)
            # "a coin with bias $q$" in another part than "Let $q = a + b$": not that q (documents.reintroduced)
            scope.set_aside.update(set_aside_reintroduced(scope, self.note_definitions, self.text, self.lines, line))
            # "for $p = (0.2, 0.8)$" after $p_i = 1/K$: that definition ends there (documents.restatedvectors)
            scope.set_aside.update(set_aside_restated(scope, self.text, line,
                                                      lambda b: self.parse(b, None, frozenset()), column))
        finally:
            self.reading_line = saved
        return scope

    @functools.cached_property
    def _bare_in_notes(self) -> frozenset[str]:
        """Names some display of the notes writes alone (documents.argumentless)."""
        members = [m.latex for c in self.chains() for m in c.members if m.latex]
        return bare_in_notes(members, lambda src: self.parse(src, None, frozenset()))

    def _written_calls(self) -> list[Call]:
        """The notes' calls of the registry's ML functions (documents.barecalls), found once."""
        found: list[Call] | None = getattr(self, "_calls", None)
        if found is None:
            found = calls_in(self.text)
            self._calls = found
        return found

    def prime_variable(self, chain: _Chain) -> tuple[str | None, str | None]:
        """The variable a prime differentiates by in ``chain`` (LaTeX): the one the prose states for its
        lines (documents.statedprimes), with the reading to report, else the chain's own (no reading)."""
        said = prime_variable_at(self.stated_primes, chain.line)
        if said is None:
            return chain.derivative_variable, None
        own = chain.derivative_variable
        if own and re.sub(r"[\s{}]", "", own) != re.sub(r"[\s{}]", "", said.variable):
            return None, None  # the chain differentiates by another variable: which one a prime means is unsure
        return said.variable, f"a prime read as the derivative by {said.variable}, as the prose says (line {said.line})"

    def _read(self, chain: _Chain, scope: Scope) -> None:
        """Parse every member (with the fallback readings); split nested equations ``s(a = b)``."""
        prime_var = None
        variable, prime_note = self.prime_variable(chain)  # "where $x'$ denotes …" (documents.statedprimes)
        if not variable and (named := primed_variable([m.latex for m in chain.members], scope)) is not None:
            variable, prime_note = named  # u' after "Let $u = x^2 e^{-x}$" (documents.primednames)
        if variable:
            try:
                prime_var = self.parse(variable, None, self.ctx.noncommutative(scope))
            except LatexError:
                prime_var = None

        nc = self.ctx.noncommutative(scope)

        def parse(src: str) -> sp.Basic:
            return self.parse(src, prime_var, nc)

        free = pointwise([m.latex for m in chain.members], self.text)  # σ' = σ(1 - σ) (documents.pointfree)
        # said the unit and given no value or range: the unit alone; given both, one more reading (meanings; redmid62)
        unit = unit_reading(self.text).alone and imaginary_reading([m.latex for m in chain.members])
        units = dict(zip((m.latex for m in chain.members), unit, strict=True)) if unit else {}
        self._govern_samples(chain)
        letters = index_letters(m.latex for m in chain.members)
        k = 0
        while k < len(chain.members):
            m = chain.members[k]
            if m.error and not m.latex:
                k += 1
                continue
            if m.unread:  # H(x_0) of a stated Hessian: not read as a product (documents.hessianpoints)
                m.parsed, m.error = None, f"cannot be read: {m.unread}"
                k += 1
                continue
            if why := asymptotic(m.latex, scope, self.text) or cross_product(m.latex, scope):  # O(n^2), u × v
                m.parsed, m.error = None, f"cannot be read: {why}"  # (documents.asymptotic, crossproducts)
                k += 1
                continue
            try:
                if free is not None and m.latex in free[0]:
                    m.parsed = read_member(free[0][m.latex], parse)
                    m.parsed.readings.append(free[1])
                elif (op := with_operand(m.latex, scope)) is not None:  # a bare ∂/∂v (documents.operand)
                    m.parsed = read_member(op[0], parse)
                    m.parsed.readings.append(op[1])
                else:
                    written = units.get(m.latex, m.latex)  # "where $i$ is the imaginary unit" (imaginaryunit)
                    src, bracket_note = bracket_subscripts(written, letters)  # [..]c (bracketindex)
                    m.parsed = read_member(src, parse)
                    if bracket_note:
                        m.parsed.readings.append(bracket_note)
                    if e_notation(written) is not None:  # 1e-3 read as its power of ten (notationparse): said
                        m.parsed.readings.append(E_NOTE)
                    if written != m.latex:
                        m.parsed.readings.append(SAID_UNIT)
                m.parsed.readings.extend(self._shorthand(m.latex)[1])  # \partial_j (documents.partials)
                m.parsed.readings.extend(gradient_note(m.latex))  # [\nabla_b]_k (documents.gradiententry)
                m.parsed.readings.extend(directional_note(m.latex))  # \nabla f^\top v (documents.directional)
                m.parsed.readings.extend(subgradient_note(m.latex))  # \partial J(w) (documents.subgradients)
                named, primes = self._primes(m.latex)
                m.parsed.readings.extend(primes)  # Z' as a name (documents.primenames)
                if prime_note and "'" in named:  # a derivative's prime, not Z' (a name)
                    m.parsed.readings.append(prime_note)
                if m.latex in self.sample_notes:  # x read as x^{(i)} (documents.samplelabels)
                    m.parsed.readings.append(self.sample_notes[m.latex])
                label_read = label_notes(m.latex, self.labels, self.quantity_labels, self.capital_labels,
                                         self.stated_labels)  # J_\lambda
                m.parsed.readings.extend(label_read)
                m.parsed.readings.extend(sample_note(m.latex, self.sample_vectors))  # \mathbf{x}_i (documents.samples)
                m.parsed.readings.extend(family_note(m.latex, self.families))  # x_i (annotatedsamples)
                m.parsed.readings.extend(layer_note(m.latex, self.layer_letters))  # w^3_{01} (documents.layerletters)
                iterated = self.iterates.member(m.latex, self.reading_line, self._labelled_context())
                m.parsed.readings.extend(iterate_note(m.latex, iterated))  # x^{(t)} a name (documents.iterates)
                m.parsed.readings.extend(label_note(m.latex, self.bold_labels))  # \pi_{\bm\theta} (boldlabels)
                m.parsed.readings.extend(gate_note(m.latex, self.gate_letters))  # w_f (gatelabels)
                m.parsed.readings.extend(dot_note(as_layers(m.latex, self.layer_letters),
                                                  declared_scalars(self._context_names())))  # w·x (dotproducts)
                m.parsed.readings.extend(reading_notes(m.latex, self._quantities_at() | self_multiplied(m.latex)))
                m.parsed.readings.extend(numbered_notes(m.latex, self._numbered_at()))  # σ = 2 (numberednames)
                m.parsed = bare_calls(m.parsed, m.line, self._written_calls(), parse)  # CE after CE(y, ŷ)
                m.parsed.readings.extend(gaussian_text(m.latex, self.density_points)[1])
            except LatexError as exc:
                nested = split_nested_equation(m.latex) if "relation '='" in exc.message else None
                if nested is not None:
                    a, b = (_Member(x, m.line) for x in nested)
                    chain.members[k : k + 1] = [a, b]
                    for s in chain.steps:  # m_k becomes a (as a right end) and b (as a left end)
                        s.left += s.left >= k
                        s.right += s.right > k
                    chain.steps.insert(k, _Step(0, k, k + 1, None, m.line))
                    for n, s in enumerate(chain.steps):
                        s.index = n + 1
                    chain.notes.append(f"the nested equation at line {m.line} is read as one more step")
                    continue
                m.error = f"cannot be read: {exc.message}"
            k += 1

    def _govern_samples(self, chain: _Chain) -> None:
        """"I won't write the i index": the chain's members are read with it (documents.samplelabels),
        from its inference on (the shapes of ``x^{(i)}`` are those of the relabelled members)."""
        here = self.samples.at(chain.line) if self.samples.spans else None
        if here is not None:
            self.sample_members.update((m.latex, here) for m in chain.members if m.latex)

    def _skipped(self, chain: _Chain, step: _Step, reason: str) -> StepResult:
        left, right = chain.members[step.left], chain.members[step.right]
        return StepResult(
            index=step.index,
            lhs=member_text(left),
            rhs=member_text(right),
            lhs_latex=left.latex,
            rhs_latex=right.latex,
            verdict=Verdict.SKIPPED,
            message=reason,
            source=self.where(step.line),
        )

    def instance(self, scope_id: object, scope: Scope, sizes: dict[Key, int]) -> Instance:
        key = (scope_id, tuple(sorted(sizes.items())))
        if key not in self._instances:
            self._instances[key] = instantiate(scope, sizes)
        return self._instances[key]
