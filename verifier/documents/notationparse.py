r"""Parse a member's text with the document's notation: what the notes write is rewritten before the grammar reads it.

A member of a chain is LaTeX the grammar (:mod:`verifier.latex`) reads only after the notation this document
uses is made explicit: basis vectors ``e_i`` as columns, acronyms (``TP``) and table values (``V(s_1)``) as one
name, labels and layer letters (``w^3_{01}``), ``\partial_j`` shorthand, primed capitals the notes never define,
iterates ``x^{(t)}``, samples and their families, dot products of declared vectors — and the set of names that
are functions at this line (the notes' own definitions before it, or in the "where" sentence after its display;
a name the notes define as a value multiplies what follows it). :class:`_NotationParse` owns that
(``parse``, with a cache per text and options); it is a base of the document reader
(:class:`verifier.documents.reader._Reader`), whose state (lines, definitions, context, readings of notation)
it reads.
"""

from __future__ import annotations

import functools
import re

import sympy as sp

from verifier.documents.acronyms import as_acronyms
from verifier.documents.annotatedsamples import as_family_members, numbered_members
from verifier.documents.basisvectors import as_columns
from verifier.documents.boldlabels import as_labels
from verifier.documents.boldprimes import bold_primes, name_bold_primes
from verifier.documents.comparedproducts import self_inner_as_norm
from verifier.documents.context import Definition, Key
from verifier.documents.densitypoints import gaussian_text
from verifier.documents.directional import directional_derivatives
from verifier.documents.dotproducts import declared_scalars, dot_products
from verifier.documents.enotation import e_notation
from verifier.documents.gatelabels import as_gate_labels
from verifier.documents.gradiententry import gradient_entries
from verifier.documents.integralfunctions import integral_functions
from verifier.documents.labelled import relabel, written_bare
from verifier.documents.layerinstances import prose_before
from verifier.documents.layerletters import as_layers
from verifier.documents.listedcalls import listed_calls
from verifier.documents.minima import split_value_optimum
from verifier.documents.namede import as_power_of_e
from verifier.documents.numberednames import numbered_names, undecided_names
from verifier.documents.optimum import Optimum, split_optimum
from verifier.documents.ownbuiltins import OWN_SIGMA, UNSURE_SIGMA, as_own, own_sigma_at, unsure_sigma_at
from verifier.documents.ownspecial import special_readings
from verifier.documents.partials import expand_partials, implied_partials
from verifier.documents.partials import note as partial_note
from verifier.documents.plainsamples import as_plain_samples
from verifier.documents.primedcalls import primed_calls, values_here
from verifier.documents.primenames import (
    name_paired_primes,
    name_primes,
    paired_primes,
    quantity_primes,
    uncalled_defaults,
)
from verifier.documents.primetranspose import as_transposes, says_prime_transpose
from verifier.documents.probabilityheads import as_probabilities
from verifier.documents.quantityletters import self_multiplied
from verifier.documents.samplelabels import relabel_in_sums
from verifier.documents.samples import as_samples
from verifier.documents.selfapplied import applied_to_itself, scaled_numbers, spaced_scale, spaced_value
from verifier.documents.signnames import as_sign_names, sign_names
from verifier.documents.spreadcalls import scaled_spread
from verifier.documents.statedoptima import as_optimum_names
from verifier.documents.subgradients import as_gradients
from verifier.documents.tablevalues import as_table_names
from verifier.latex import LatexError, parse_latex
from verifier.latex.braces import split_top_level
from verifier.latex.functionals import Label
from verifier.latex.probability import written_conditional
from verifier.latex.vocabulary import DEFAULT_FUNCTIONS


class _NotationParse:
    """A member's text parsed with the document's notation (module docstring); a mixin of the reader."""

    #: letters read as plain samples while a failing chain is tried so (documents.plainsamples): x_i as x^{(i)}
    plain_samples: dict[str, str] = {}  # noqa: RUF012  (replaced, never mutated)
    #: "P" where the notes write P over a conditional or an event: P(c_1) is then a probability (probabilityheads)
    probability_heads: frozenset[str] = frozenset()

    def parse(self, src: str, prime_var: sp.Basic | None = None, nc: frozenset[str] | None = None) -> sp.Basic:
        r"""Parse with the document's options. Declared names do not commute (written order is
        kept); SymPy cannot compare such symbols, so ``\max(Z, 0)`` or ``Z > 0`` is parsed again
        with commuting symbols; the resolver then accepts a product of such factors only if every
        order of them gives the same value (see ``Resolver._unordered_product``)."""
        names = frozenset() if nc is None else nc
        # 1e-3: its power of ten, in every path that parses (a member, a definition's body): the tokenizer refuses
        # 1e-3 (latex.numberwriting), so a body read without it defined nothing (documents.enotation; gaps63)
        src = e_notation(src) or src
        src = as_probabilities(src, self.probability_heads)  # P(c_1) beside P(w \mid c_1) (documents.probabilityheads)
        src = as_optimum_names(src, self.stated_optima)  # \max_{a'} Q(s', a') = 5 stated (documents.statedoptima)
        # \arg\max_{w} F: the optimum of F over w (documents/optimum.py); \min_{w} F its value (documents/minima.py)
        optimum = split_optimum(src) or split_value_optimum(src)
        if optimum is not None:
            kind, variable, body = optimum
            variables = [self.parse(v, prime_var, nc) for v in split_top_level(variable, lambda s, k: s[k] == ",")]
            return Optimum(self.parse(body, prime_var, nc), Label(kind), *variables)
        written = src  # the member's own text: "I won't write the i index" is keyed by it (documents.samplelabels)
        own = own_sigma_at(self.text, self.lines, self.reading_line) if self.reading_line else None
        # σ(t) = 0.25t: the notes' own σ; "the logistic … σ(0)" in its reach: undecided (documents.ownbuiltins)
        src = as_own(src, unsure_sigma_at(self.lines, self.reading_line, own)) if own is not None else src
        # "the output of the sigmoid is $\sigma = 0.5$": σ's calls undecided there (documents.numberednames)
        unsure = own is None and bool(self.reading_line) and "sigma" in undecided_names(self.text, self.reading_line)
        src = as_own(src, True) if unsure else src
        src = as_columns(src, self.basis_letters) if self.basis_letters else src  # e_i: a column (basisvectors)
        src = gaussian_text(src, self.density_points)[0]  # \mathcal{N}(\mu, \sigma^2) at its point (densitypoints)
        src = as_acronyms(src, self.acronyms)  # TP: \\mathrm{TP} (documents.acronyms)
        src = as_table_names(src, self.table_calls)  # V(s_1): \\mathrm{Vs1} (documents.tablevalues)
        src = self._shorthand(relabel(src, self.labels) if self.labels else src)[0]
        src = gradient_entries(src)  # [\nabla_b]_k x: \partial x / \partial b_k (documents.gradiententry)
        src = directional_derivatives(src)  # \nabla f^\top v: (\nabla f)^\top v (documents.directional)
        src = as_gradients(src)  # \partial J(w), a subgradient: \nabla_w J(w) (documents.subgradients)
        src = self._primes(src)[0]  # Z'^T W z: a primed capital the notes never define (documents.primenames)
        src = self.iterates.member(src, self.reading_line, self._labelled_context())  # x^{(t)} a name (iterates)
        src = as_samples(src, self.sample_vectors)
        src = as_plain_samples(src, self.plain_samples) if self.plain_samples else src  # w^T x_i (plainsamples)
        src = as_family_members(src, self.families)  # x_i \in R^d: x_1 sample 1 (annotatedsamples)
        # ... whose numbered samples keep their written place in a product when the family does not commute
        # (W x_1 is no x_1 W: the label x^{(1)} would be parsed commuting, and moved first, before it is a sample)
        names |= {f"{m.group(1)}^({m.group(2)})" for m in re.finditer(r"\{([a-z])\^\{\((\d+)\)\}", src)
                  if m.group(1) in self.families and f"{m.group(1)}^()" in names}
        src = as_layers(src, self.layer_letters)  # w^3_{01} as w^{(3)}_{01} (documents.layerletters)
        src = as_labels(src, self.bold_labels)  # \pi^{(i)}_{\bm\theta}: a label, not an index (documents.boldlabels)
        src = as_gate_labels(src, self.gate_letters) if self.gate_letters else src  # w_f (documents.gatelabels)
        src = as_sign_names(src, sign_names(self.text))  # H P^- H^T: P⁻ the notes define (documents.signnames)
        src = dot_products(src, declared_scalars(self._context_names()))  # \mathbf{w} \cdot \mathbf{x} (dotproducts)
        # functions the notes define (J(\theta) = …) are applied on the lines after their definition only
        # … and the functions the "where" sentence after this display defines ("where $H(p) = …$")
        # … and those that open this line ("The softplus $\zeta(x) = …$ has $\zeta(x) - \zeta(-x) = x$")
        before = [d for d in self.note_definitions if d.line < self.reading_line
                  or ((b := self.trailing.get((d.key, d.line))) is not None and b[0] <= self.reading_line <= b[1])
                  or (d.line == self.reading_line and (d.key, d.line) in self.leading)]
        declared = self.ctx.functions_at(self.reading_line or None)
        defined = {d.key[0] for d in before if d.is_function}
        # a name the notes define as a value (h = \mathrm{ReLU}(W_1 x)) multiplies what follows it, as a
        # context's declaration does (h(\hat y - y)^\top); a context that declares a function wins
        values = {d.key[0] for d in before if not (d.is_function or d.builtin or d.key[1] or d.params)}
        named = self.annotations.named_letters.get("e")  # "Let $e$ be the error" before (namedconstants)
        if "e" in values or (named is not None and self.reading_line and named <= self.reading_line):
            src = as_power_of_e(src)  # e = y - wx or e named: e^2 its square, not exp(2) (namede)
        functions = (declared | defined) - ((values - defined) - (declared - DEFAULT_FUNCTIONS))
        functions -= self.quantities - defined - (declared - DEFAULT_FUNCTIONS)  # g_i(…): g_i times (…)
        functions -= self._numbered_at(defined, declared)  # "the noise level $\\sigma = 2$": σ(…) σ times (…)
        functions -= self_multiplied(src) | written_bare(src)  # g_i(\delta_{ij} - g_j), \hat y(1 - \hat y): products
        here = self.lines[self.reading_line - 1] if 0 < self.reading_line <= len(self.lines) else src
        functions -= applied_to_itself(src) | scaled_numbers(src, here)  # σ²(s + ε/σ), σ²(½ - ⅓) (selfapplied)
        functions -= spaced_scale(src)  # 1/σ - a/(σ\,(ν + r²)): the scale times the bracket (selfapplied)
        # "with weight $f$": f\,(wu + b - L)^2 the weight times the bracket (selfapplied)
        functions -= spaced_value(src, lambda: prose_before(self.text, self.reading_line) if self.reading_line else "")
        functions -= scaled_spread(src, here, self.text)  # σ²(y - μ) beside 𝒩(μ, τ² + σ²) (documents.spreadcalls)
        # p'(x) = u'(x)v(x) + …: a letter written primed before a bracket is a function (documents.primedcalls)
        context = {k[0] for k in self._context_names()}
        primed = primed_calls(self.text) - values - context - self.quantities
        # p(x, y) on this line: p a function, its p(x) a call (documents.listedcalls)
        primed |= (listed_calls(here) | listed_calls(src)) - values - context
        functions |= primed - values_here(here, src, frozenset(primed - functions))  # not u(1-u), w(x+1) = wx+w
        functions |= integral_functions(self.text) - values - self._shaped  # x\Phi(x) after \Phi(x) = \int^x: a call
        # (and not one where the notes annotate the letter: a definition by a readable \int_a^b makes no call either)
        functions -= integral_functions(self.text) & self._shaped
        # P(t=1|z) = σ(z) written before: a derivative of it reads that definition (verifier.latex.probability)
        functions |= {d.key[0] for d in before if written_conditional(d.key[0])}
        functions |= self._context_conditionals()  # f(x | θ) := θ^T x in a context: the same
        functions = special_readings(functions, before, self.lines, self.reading_line)  # Γ(t) = t² + 1 (ownspecial)
        functions |= {OWN_SIGMA, UNSURE_SIGMA} if own is not None or unsure else set()
        key = (src, prime_var, names, functions, written in self.sample_members)
        cached = self._parsed.get(key)
        if cached is not None:
            if isinstance(cached, LatexError):
                raise cached
            return cached
        try:
            tree = self._parse(src, prime_var, names, functions)
        except LatexError as exc:
            self._parsed[key] = exc
            raise
        tree = self._samples(written, tree, names)[0]  # "I won't write the i index" (documents.samplelabels)
        tree = numbered_members(tree, self.families, written, names)  # x_1: sample 1 (annotatedsamples)
        self._parsed[key] = tree
        return tree

    def _labelled_context(self) -> frozenset[str]:
        """The names the context declares with a label (``a^{(0)}_1``): families (documents.iterates)."""
        return frozenset(k[0].split("^")[0] for k in self._context_names() if "^(" in k[0])

    def _context_conditionals(self) -> frozenset[str]:
        r"""The quantities written with a bar (``f\big(\mathbf{x} ~|~ \bm{\theta}\big)``) that the context
        defines for this line: a derivative of one reads its definition (verifier.latex.probability)."""
        names = self._context_names().items()
        return frozenset(k[0] for k, e in names if isinstance(e, Definition) and written_conditional(k[0]))

    def _context_names(self) -> dict[Key, object]:
        """The names the context declares or defines for this line (computed once per line)."""
        line = self.reading_line or 1 << 30
        found = self._context_names_at.get(line)
        if found is None:
            found = self._context_names_at[line] = dict(self.ctx.scope_at(line).names)
        return found

    @functools.cached_property
    def paired_primes(self) -> frozenset[str]:
        """The letters the notes write primed beside themselves in a call (``k(x, x')``; primenames)."""
        return paired_primes(self.text)

    def _primes(self, src: str) -> tuple[str, list[str]]:
        """``src`` with its primed capitals that the notes and the context never define read as
        names of their own, and the readings (documents.primenames)."""
        if "'" not in src:
            return src, []
        defined = {d.key[0] for d in self.note_definitions} | set(self.ctx.functions_at(None))
        defined -= uncalled_defaults(self.text, DEFAULT_FUNCTIONS) - {d.key[0] for d in self.note_definitions}
        if says_prime_transpose(self.text):  # x'Ax where the notes say ' is the transpose (documents.primetranspose)
            functions = {d.key[0] for d in self.note_definitions if d.is_function} | set(self.ctx.functions_at(None))
            src = as_transposes(src, functions)  # h'(a) for the notes' h(a) = a^3: a derivative (review23b)
        defined |= {k[0] for k in self.ctx.scope_at(self.reading_line or 1 << 30).names}
        # k(x, x'): x' an input of its own; x'^2 - x^2: a second quantity, where primes are not said derivatives
        # … but not a letter the prose says depends on a variable ("$x$ depends on time $t$"): x' is dx/dt
        depends = {d.name for d in self.dependence}
        quantities = frozenset() if self.stated_primes else quantity_primes(self.text) - defined - depends
        src = name_paired_primes(src, self.paired_primes | quantities)
        functions = {d.key[0] for d in self.note_definitions if d.is_function}
        src = name_bold_primes(src, bold_primes(self.text) - functions - depends)  # ‖x − x'‖ (documents.boldprimes)
        return name_primes(src, defined)

    def _samples(self, src: str, tree: sp.Basic, nc: frozenset[str]) -> tuple[sp.Basic, list[str]]:
        """``tree`` (parsed from the member text ``src``) with the names whose sample index the prose
        says it drops labelled again inside the sums over it (documents.samplelabels), and the reading."""
        here = self.sample_members.get(src) if self.sample_members else None
        if here is None:  # only a member of a chain the sentence governs: never a definition's body
            return tree, []
        letter, names = here
        out, done = relabel_in_sums(tree, letter, names, nc)
        if not done:
            return tree, []
        shown = ", ".join(f"{n} as {n}^({letter})" for n in done)
        note = f"{shown} inside the sum over {letter}: the notes say they no longer write the index {letter}"
        self.sample_notes[src] = note
        return out, [note]

    def _numbered_at(self, defined: set[str] | None = None, declared: frozenset[str] | None = None) -> frozenset[str]:
        r"""The built-in names the prose gives a number in this section by this line, read as quantities here
        (documents.numberednames): not where the notes define them as functions or a context declares them."""
        if defined is None or declared is None:
            declared = self.ctx.functions_at(self.reading_line or None)
            defined = {d.key[0] for d in self.note_definitions if d.line < self.reading_line and d.is_function}
        found = numbered_names(self.text, self.lines, self.reading_line) if self.reading_line else frozenset()
        return frozenset(found - defined - (declared - DEFAULT_FUNCTIONS))

    def _quantities_at(self) -> frozenset[str]:
        """The quantity letters (documents.quantityletters) a name before ``(`` multiplies at this line."""
        if not self.quantities:
            return frozenset()
        declared = self.ctx.functions_at(self.reading_line or None)
        defined = {d.key[0] for d in self.note_definitions if d.line < self.reading_line and d.is_function}
        return frozenset(self.quantities - defined - (declared - DEFAULT_FUNCTIONS))

    def _shorthand(self, src: str) -> tuple[str, list[str]]:
        r"""``src`` with the shorthand ``\partial_j`` written out (documents.partials), and the readings:
        as the prose states it, else before a function the notes define with one parameter."""
        if "\\partial_" not in src:
            return src, []
        out, stated = expand_partials(src, self.partials, self.reading_line)
        if stated is not None:
            return out, [partial_note(stated)]
        defined = {d.key[0]: d.params for d in self.note_definitions if d.line < self.reading_line and d.is_function}
        return implied_partials(src, defined.get)

    @staticmethod
    def _parse(src: str, prime_var: sp.Basic | None, names: frozenset[str], functions: frozenset[str]) -> sp.Basic:
        try:
            return parse_latex(src, functions=functions, noncommutative=names, prime_var=prime_var)
        except LatexError as exc:
            if "comparable" not in exc.message and "comparison" not in exc.message:
                raise
            # (w^T w: its order lost in this reading, read as ||w||^2, documents.comparedproducts)
            return parse_latex(self_inner_as_norm(src), functions=functions, prime_var=prime_var)
