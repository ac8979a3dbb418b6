r"""The notes' own definitions: what a chain, an inline formula or a named value defines, learned
for the lines after it.

A derivation's first line often defines rather than claims (``L = -\sum_i y_i \log \hat{y}_i``,
``f(x) := x^\top A x``, ``\sigma^2 = \frac1m \sum_i (x_i - \mu)^2``), prose defines inline ("with
$z = w^\top x$"), and backprop notes name an intermediate value mid-chain. This mixin of the reader
(:class:`verifier.documents.reader._Reader`) owns learning them: which equation is a definition, of
which name or function and with which parameters, and from which line it holds. How a definition is
then used (the scope of each line, definitions set aside where they cannot mean the same) stays with
the reader and :mod:`verifier.documents.scoping`. The definitions the prose states in inline formulas are
learned after the displays' by :mod:`verifier.documents.inlinedefinitions` (a mixin of the reader beside this one).
How a call on the left is read (``f(x)``, ``p(y; \lambda)``) is :mod:`verifier.documents.definitioncalls`', and
the tests on the parsed sides that tell a definition from a relation of indices are
:mod:`verifier.documents.definitionsides`'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.acronyms import as_acronyms
from verifier.documents.asymptotic import asymptotic
from verifier.documents.brackets import restore_bracket
from verifier.documents.claimedties import introduced_anew, names_given, stated_in_section
from verifier.documents.context import ContextError, Definition, Key, key_of, parse_definition
from verifier.documents.dangling import dangling_indices, named_entries
from verifier.documents.definitioncalls import CALL, DEFINED_CALL, SQUARED, call_text, head_name, word_head
from verifier.documents.definitionsides import (
    computes_a_value,
    indexed_pi,
    is_complement,
    kronecker_free,
    names_an_aggregate,
    through_other_labels,
    writes_greek,
    writes_quantities,
)
from verifier.documents.distributionnames import names_a_distribution
from verifier.documents.ellipsisarguments import ellipsis_arguments, one_run
from verifier.documents.entrydefined import entry_definition
from verifier.documents.entryrestated import family_restated
from verifier.documents.evaluatedat import at_own_constant, at_solution_point, evaluated_at_defined, worked_value
from verifier.documents.expectation import statistic_definition
from verifier.documents.familydivergence import divergence_head
from verifier.documents.fisher import information_named
from verifier.documents.fixedparams import dropped_aliases, fixed_parameters, names_a_quantity
from verifier.documents.iidjoint import joint_likelihoods
from verifier.documents.infer import KNOWN_FUNCTIONS, RESERVED, names_and_functions, names_in
from verifier.documents.labelled import relabel
from verifier.documents.labelledheads import defined_plain, derivative_of
from verifier.documents.layerletters import as_layers
from verifier.documents.logdefined import (
    distributed_before,
    exp_of,
    first_written,
    log_of_conditional,
    log_of_name,
    written_before,
)
from verifier.documents.members import _Chain
from verifier.documents.namede import names_e, names_error
from verifier.documents.ownbuiltins import as_own, own_sigma_at
from verifier.documents.primenames import name_paired_primes, primed_head
from verifier.documents.problemrecurrences import in_force
from verifier.documents.problemrecurrences import learn as learn_in_problem
from verifier.documents.recurrence import recurrence_of, same_rule
from verifier.documents.semicolon import after_semicolon
from verifier.documents.sizedfamilies import entry_definitions
from verifier.documents.subscriptparams import is_parameter, numbered_unwritten
from verifier.documents.substituted import lone_indices, parenthesised, substitution
from verifier.documents.throughrecurrence import through_another
from verifier.documents.tiednames import is_tie
from verifier.documents.tuplesums import tuple_sums
from verifier.documents.unreadrenewal import unread_renewal
from verifier.documents.updaterule import is_update_rule
from verifier.documents.upstream import named_value
from verifier.documents.variance import variance_head
from verifier.documents.writtenout import (
    call_defined,
    guessed_calls,
    has_opaque,
    opaque_over,
    unknown_calls,
    written_out,
)
from verifier.latex import DEFINITION, EQUALITY, LatexError
from verifier.latex.braces import without_braces
from verifier.latex.vocabulary import DEFAULT_FUNCTIONS, INDEX_LETTERS

# a name written bold is a vector or a matrix, never an index (\mathbf{r} = \mathbf{y} - X\mathbf{w}: a residual)
_BOLD = re.compile(r"\s*\\(?:mathbf|boldsymbol|bm|vec|mathbfit|pmb)\b")
#: the letters the parser reads as functions (``f(x)``, ``\ell(t, y)``) but which mean nothing of their own:
#: notes may name them mid-chain like any other letter (σ, softmax and ReLU keep their meaning)
_LETTERS = DEFAULT_FUNCTIONS - {"sigma", "softmax", "relu"}
# reserved names the notes may still define as functions: E(w) = … (an error, as in Bishop) — the
# expectation is written with brackets, E[x], and reads so whatever E(w) means
_DEFINABLE_CALLS = frozenset({"E"})
_BASE = re.compile(r"^\s*(\\?[A-Za-z]+)\s*_")  # E of E_n, \Sigma of \Sigma_C
#: an inline formula of the prose, ``$…$`` (not ``$$``): the reader, documents.stated
INLINE_MATH = re.compile(r"(?<![$\\])\$(?!\$)([^$]+?)(?<!\\)\$(?!\$)")


# a line that only opens a display: ``$$``, ``\[``, ``\begin{equation}`` (claimedties: the prose before it)
_DELIMITER = re.compile(r"\$\$|\\\[|\\begin\s*\{[A-Za-z]+\*?\}")


def same_kind(a: Definition, b: Definition) -> bool:
    """Two definitions of one letter that may restate each other: both functions or both not (a vector
    ``y`` and its entries ``y_i`` may; ``p(y; \\lambda)`` and ``p_{ij}`` are two meanings, not one)."""
    return a.is_function == b.is_function


class _Definitions:
    """Learning the notes' own definitions (a mixin of the reader: it uses the reader's state)."""

    @functools.cached_property
    def _named_entries(self) -> frozenset[tuple[str, str]]:
        """The entries the notes' prose writes alone (``$x_m$``): no free index in a definition (dangling)."""
        return named_entries(self.text)

    @functools.cached_property
    def _held_fixed_names(self) -> frozenset[str]:
        """The names the prose holds fixed ("$p(y|x)$ for fixed $\\theta$", documents.fixedparams): a conditional
        of such a parameter in a function's body is the notes' probability with it held, not opaque over it."""
        return frozenset(fixed_parameters(self.text, lambda src: self.parse(src, None, frozenset())))

    def _of_defined(self, right: sp.Basic, line: int) -> bool:
        r"""Whether ``right`` writes a name the notes define: ``r = y - t`` after ``y = x + v a`` names a
        residual (a quantity), though r is a letter that can be an index (``k = K + 1`` is a range)."""
        names = self.ctx.scope_at(line).names
        defined = {d.key[0] for d in self.note_definitions if d.line <= line}
        return any(n in defined or isinstance(names.get((n, ())), Definition) for n in names_in(right))

    def _of_arrays(self, name: str, right: sp.Basic) -> bool:
        r"""Does ``right`` write a name the notes annotate as a vector or matrix (``r = Au - b`` with ``A \in
        \mathbb{R}^{m\times k}``)? Such a formula is a vector or matrix itself, never an index or a range;
        not for a letter the notes use as a size (:meth:`_a_size`), whose meaning stays that one."""
        arrays = {k[0] for k, dims in self.annotations.shapes.items() if dims}
        return any(n in arrays for n in names_in(right)) and not self._a_size(name)

    def _a_size(self, name: str) -> bool:
        r"""Is ``name`` a size of the notes (``\sum_{i=1}^m``, ``\mathbb{R}^{m}``)? ``m = d + 1``: no quantity."""
        size = re.compile(r"(?:\\(?:sum|prod)\s*_\s*\{[^{}]*\}|\\mathbb\s*\{R\}|\\R(?![A-Za-z]))"
                          r"\s*\^\s*\{?[^{}$]*?(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])")
        return bool(size.search(self.text))

    def _learn_called(self, body: str, written: str, line: int, known: Callable[[str], bool]) -> None:
        r"""``p = g(z) = \max(0, z)``: the notes say what the function they call is, as well as the name
        (``known``: the functions known at ``line``, :meth:`_known_function`)."""
        found = call_defined(body, written)
        if found is None:
            return
        try:
            d = parse_definition(found[0], found[1], line)
        except ContextError:
            return
        if d.is_function and not known(d.key[0]):
            self.note_definitions.append(d)

    def _known_function(self, line: int) -> Callable[[str], bool]:
        """Is a function of this name one the reader knows, or one the notes (or a context) define by ``line``?"""
        defined = {d.key[0] for d in self.note_definitions if d.is_function and d.line <= line}
        defined |= {key[0] for key in self.ctx.scope_at(line + 1).names}
        # (the prose's inline "$g(w) = 4w - 2$" before the line too: inline formulas are learned after the displays,
        # and a display's v = u - \eta g(u) = … = 0.2 read g as unknown and v as the number 0.2; lead64)
        return lambda name: (name in KNOWN_FUNCTIONS or name in defined  # f, g, h: arbitrary until defined
                             or self._inline_function(name, line))

    def _point_free(self, name: str, right: sp.Basic, line: int) -> bool:
        r"""Is ``name = right`` an equation between functions: ``name`` a function the notes define (or a known
        one) and ``right`` writing, without its argument, a function the notes define before ``line`` (``\sigma
        = 1/g`` after ``g(x) = 1 + e^{-x}``)? Then it defines no quantity."""
        functions = {d.key[0] for d in self.note_definitions if d.is_function and d.params and d.line <= line}
        written = {name} | {s.name for s in right.free_symbols if isinstance(s, sp.Symbol)}
        functions |= {n for n in written - functions if self._inline_function(n, line)}
        if name not in functions and name not in KNOWN_FUNCTIONS:
            return False
        return any(s.name in functions for s in right.free_symbols if isinstance(s, sp.Symbol))

    def _learn_definition(self, chain: _Chain) -> None:
        r"""``L = -\sum_i y_i \log \hat{y}_i`` (a bare name, ``\hat{y}_i`` or ``f(x)`` on the left, not
        used on the right, not declared by a context): the notes define ``L`` here. The definition
        holds for the lines after it (an earlier line is never read differently), and the first
        step is reported as a definition instead of being checked against itself."""
        if chain.struck or len(chain.members) < 2:
            return
        if self._learn_named_value(chain):
            return
        tie = [m.latex for m in chain.members]
        if is_tie(tie) and names_given(tie, lambda n: self._given_before(n, chain.line)):
            return  # "Let $u_1 = 0.3$ …. Hence $$u_1 = u_2$$": a claim about them, no definition (claimedties)
        if stated_in_section(chain.members[0].latex, self.lines, chain.line, self._equal_stated, self._before_inline) \
                and not introduced_anew(self._lead_in(chain)):  # "Now let $s = a - b$" (alarm70)
            return  # "Let $a = 0.3$ and $b = 0.1$. … we find $a = 2b$": a claim about the stated a (claimedties)
        if chain.steps and chain.steps[0].relation not in (EQUALITY, DEFINITION):
            return  # L(w) \approx \frac{1}{N}\sum_i …: an approximation of L, not what L is (sound39)
        lhs, rhs = chain.members[0], chain.members[1]
        if lhs.error or not lhs.latex or rhs.error or not rhs.latex:
            return
        if asymptotic(rhs.latex, self.ctx.scope_at(chain.line), self.text, {d.key[0] for d in self.note_definitions}):
            return  # T(n) = O(n^2): an order of growth, no definition of T (documents.asymptotic; red62)
        if names_a_distribution(lhs.latex, rhs.latex):
            return  # P = Poisson(λ₁): P(k) is its pmf, not P·k (documents.distributionnames)
        if (head := divergence_head(lhs.latex)) is not None:
            lhs = replace(lhs, latex=head)  # KL(N(μ, σ²) ‖ N(0, 1)) = …: what a bare KL is (familydivergence)
        if (runs := ellipsis_arguments(lhs.latex, {})) is not None:
            if not one_run(self.text, lhs.latex):
                return  # f(x_1, …, x_n) := …, then f(x_1, …, x_m): two points, no f of the family x
            lhs = replace(lhs, latex=runs[0])  # L(θ_1, …, θ_n) = …: L of the family θ (documents.ellipsisarguments)
        if own_sigma_at(self.text, self.lines, chain.line) is not None:
            lhs = replace(lhs, latex=as_own(lhs.latex))  # σ(t) = 0.25t: the notes' own σ (documents.ownbuiltins)
        self.reading_line = chain.line
        body = rhs.latex
        density = log_of_conditional(lhs.latex)
        if density is not None and (written_before(self.text, density, lhs.line)
                                    or distributed_before(self.text, density, lhs.line)):  # fmt: skip
            density = None  # p(y_i|x_i) = … or y|x ~ N(…) before: the log-density is worked out, a claim
        if density is not None:
            lhs, body = replace(lhs, latex=density), exp_of(body)  # log q(x̃|x) = …: q is exp(…) (logdefined)
        elif (named_log := log_of_name(lhs.latex)) is not None and first_written(self.text, named_log, lhs.line):
            lhs, body = replace(lhs, latex=named_log), exp_of(body)  # log p_i = …: p_i is exp(…) (logdefined)
        try:
            left = self.parse(lhs.latex, None, frozenset())
        except LatexError:
            return
        if (weighted := tuple_sums(body, {})) is not None:
            body = weighted[0]  # L = \sum_{(u,i) \in S} …: weighted by S's membership (documents.tuplesums)
        try:
            right = self.parse(body, None, frozenset())
        except LatexError as exc:
            # L = -\sum_i a_i + b_i): the bracket the notes left out, read back in (documents.brackets)
            restored = restore_bracket(body, lambda s: self.parse(s, None, frozenset()), exc)
            if restored is None:
                if (renewal := unread_renewal(left, chain.line)) is not None:
                    self.unread_renewals.append(renewal)  # the old definition ends here (documents.unreadrenewal)
                return
            body, right = restored[0], restored[1]

        known = self._known_function(chain.line)

        def opaque(tree: sp.Basic) -> bool:  # p(y|x;θ) or sigm(u) with sigm defined nowhere (documents.writtenout)
            return has_opaque(tree) or unknown_calls(tree, known)

        later = [m.latex for m in chain.members[2:] if not m.error]
        guessed = {c for c in guessed_calls(body, later) if not known(c) and c in names_in(right)
                   and not any(d.key[0] == c for d in self.note_definitions)}  # fmt: skip
        if (opaque(right) or guessed) and (out := written_out(later, lambda s: self.parse(s, None, frozenset()),
                                                              opaque)):  # fmt: skip
            self._learn_called(body, out[0], chain.line, known)  # sigm(w^T x) = <formula>: so is sigm (writtenout)
            body, right = out  # ℓ(θ) = log p(y|x; θ) = <formula>: ℓ is the formula (documents.writtenout)
            if density is not None:  # log q(y|x) = log g(y|wx) = <formula>: q is exp(<formula>) (logdefined)
                body = exp_of(body)
                try:
                    right = self.parse(body, None, frozenset())
                except LatexError:
                    return
        if density is not None and has_opaque(right):
            return  # log p(y|x, w) = Σ_i log p(y_i|x_i, w): p(y_i|…) read as a name holds no w (logdefined)
        stated = statistic_definition(left, right, body, chain.line)  # Var(z) = 𝔼[z²] − 𝔼[z]² (expectation.py)
        if stated is not None:
            if stated.key not in self.ctx.scope_at(chain.line + 1).names:
                self._note_definition(chain, stated)
            else:
                self._restated_after(chain, stated.key)
            return
        head_text = call_text(relabel(lhs.latex, self.labels))  # f\left(x; \theta\right) → f(x, \theta)
        head_text = name_paired_primes(head_text, self.paired_primes)  # k(x, x') (documents.primenames)
        variance = variance_head(head_text, self.text, lhs.line)  # ℓ(μ, σ²) (documents.variance)
        if variance is not None:
            head_text = variance[0]
        call = DEFINED_CALL.fullmatch(head_text)
        if call is not None and (not isinstance(left, AppliedUndef) or variance is not None):  # J(θ): J·θ
            head = head_name(call)
            # I(θ) = … where the notes call I the Fisher information (documents.fisher)
            informed = head == "I" and information_named(self.text, lhs.line)
            if head in KNOWN_FUNCTIONS or (head in RESERVED and head not in _DEFINABLE_CALLS and not informed):
                return
            if derivative_of(head_text, KNOWN_FUNCTIONS | defined_plain(self.text, head_text)):
                return  # f^{(2)}(x) = … after f(x) = …: f's second derivative, not a labelled function (labelledheads)
            try:
                d = parse_definition(head_text, body, chain.line)
            except ContextError:
                return
            if fixed := after_semicolon(relabel(lhs.latex, self.labels)):
                d = replace(d, fixed=fixed)  # p(y; \eta): η may be left out later (documents.semicolon)
            declared = self.ctx.scope_at(chain.line + 1).names
            if d.is_function and dangling_indices(right, d.params, self._named_entries) and not self.einstein:
                return  # ξ(t, y) = -t_c \log y_c - …: a formula about one entry c, not what ξ(t, y) is
            if d.is_function and opaque_over(right, set(d.params) - self._held_fixed_names):
                return  # ℓ(w) = Σ_i log p(y_i|x_i, w): read as a name, p(…) holds no w (documents.writtenout)
            if d.is_function and d.key[0] not in names_in(right) and d.key not in declared:
                self._note_definition(chain, d)
                if variance is not None:
                    chain.notes.append(variance[1])
            elif d.is_function and d.key[0] not in names_in(right):
                self._restated_after(chain, d.key)
            return
        squared = SQUARED.fullmatch(lhs.latex.strip())
        if isinstance(left, sp.Pow) and left.exp == 2 and isinstance(left.base, sp.Symbol) and squared:
            # \sigma^2 = \frac{1}{m}\sum_i (x_i - \mu)^2: the notes define the variance, so σ is its root
            name = left.base.name
            if name in RESERVED or name in names_in(right) or (name, ()) in self.ctx.scope_at(chain.line + 1).names:
                return
            if not getattr(right, "free_symbols", True) and name != "sigma":
                return  # w^2 = 4: an equation with two roots, not w := √4 (redteam42); σ² = 4 is a variance
            if right.is_number and self._stated_before(name, chain.line):
                return  # "Let $x = 1.5$" … $$x^2 = 2.25$$: a claim about the stated x, no new x (misses42)
            try:
                d = parse_definition(squared.group(1), f"\\sqrt{{{body}}}", chain.line)
            except ContextError:
                return
            self._note_definition(chain, d)
            return
        if isinstance(left, AppliedUndef):
            if left.func.__name__ in KNOWN_FUNCTIONS or not all(is_parameter(a) for a in left.args):  # J(v_c, o)
                return
            if numbered_unwritten(left.args, right):
                return  # f(x_0) = 3: a value at a point; f(w_1, w_2) = w_1^2 + …: a function (subscriptparams)
            head = left.func.__name__
            if any(isinstance(a, sp.Indexed) for a in left.args) and any(
                d.key[0] == head and d.line < chain.line for d in self.note_definitions
            ):  # f(x_i) = … after the notes' f(x): f at an entry, checked by it (not f anew)
                return
        elif isinstance(left, sp.Symbol | sp.Indexed):
            head = left.name if isinstance(left, sp.Symbol) else str(left.base.label)
            if isinstance(left, sp.Symbol) and self._point_free(left.name, right, chain.line):
                return  # σ = 1/g after g(x) = 1 + e^{-x}: an equation between functions, no quantity σ
            # h_t = \tanh(w h_{t-1} + u x_t), x_{k+1} = x_k - … define h and x by a recurrence (unless
            # S_t := Σ… came first: S_t = S_{t-1} + t is then a claim); read by documents.recurrence. By
            # line, not by the order learned: displays are learned before the inline formulas, and a later
            # display (a special case, "without input $h_t = \tanh(w h_{t-1})$") is not the notes' recurrence
            rec_before = self.recurrences.get(head)
            if (head in names_in(right) and is_update_rule(lhs.latex, body)
                    and not any(d.key[0] == head and d.line < chain.line for d in self.note_definitions)):  # fmt: skip
                rec = recurrence_of(head, left, right, chain.line, f"{lhs.latex.strip()} = {body.strip()}")
                if rec is not None and learn_in_problem(self, head, rec):
                    rec = None  # Problem 2's own h_t = 3h_{t-1} after Problem 1's rule (problemrecurrences)
                # another rule for the same iterates (damped Newton after gradient descent, a special case):
                # which one a line after both follows is not said (documents.recurrence.chain_unfolding)
                # (the rule of this problem it follows: Problem 2's second rule is a rival of Problem 2's first, not
                # of Problem 1's, which it may restate: problemrecurrences, sound39)
                here = in_force(self, rec.line).get(head, rec_before) if rec is not None else None
                if rec is not None and here is not None and not same_rule(rec, here):
                    self.rival_recurrences.setdefault(head, []).append(max(rec, here, key=lambda r: r.line))
                if rec is not None and (rec_before is None or chain.line < rec_before.line):
                    self.recurrences[head] = rec
            if isinstance(left, sp.Indexed) and not all(isinstance(i, sp.Symbol | sp.Integer) for i in left.indices):
                return
        else:  # S(z)_i = \frac{e^{z_i}}{\sum_k e^{z_k}}: S defined by its entries (documents.entrydefined)
            if (d := entry_definition(lhs.latex, right, body, chain.line, self._taken(chain.line))) is not None:
                self._note_definition(chain, d)
            return
        itself = head in names_in(right) and not through_other_labels(left, right)
        # k(b, a) = k(a, b), f(x) = f(-x) after the notes' k, f: a symmetry, not a definition (its body calls
        # the head at its own parameters, in any order or form; every later call would recurse without
        # end); ξ(T, Y) = Σ_i ξ(t_i, y_i) calls it at other names: an overload, still learned
        params = set(left.args) if isinstance(left, AppliedUndef) else set()
        itself = itself or any(f.func.__name__ == head and any(a.free_symbols & params for a in f.args)
                               for f in right.atoms(AppliedUndef))  # fmt: skip
        # E(w, b) = …: an error function the notes call with its parameters (an expectation is E[…])
        definable = isinstance(left, AppliedUndef) and head in _DEFINABLE_CALLS
        named = names_e(left, right) or names_error(left, right, self.text)  # e = y - wx, E = ½Σ… (namede)
        if (head in RESERVED and not definable and not kronecker_free(left) and not names_an_aggregate(left, right)
                and not named and not indexed_pi(left)) or itself:
            return
        if not (right.free_symbols or right.atoms(sp.Indexed)):
            return  # "L = -\log(0.245)": a number worked out for an example, not a definition
        if isinstance(left, sp.Symbol) and not names_a_quantity(left, right) and (
            isinstance(right, sp.Symbol)
            or (left.name in INDEX_LETTERS and not computes_a_value(right) and not writes_greek(right)
                and not (writes_quantities(right) and not self._a_size(left.name))
                and not _BOLD.match(lhs.latex) and not is_complement(right)
                and not self._of_defined(right, chain.line) and not self._of_arrays(left.name, right))
        ):
            return  # "$i = j$", "i = 1", "k = K + 1": a case or a range, not a definition (p = softmax(s) is one)
        try:
            # z^1_1 = …: the name as reader.parse reads it (a layer label, documents.layerletters)
            named = as_layers(relabel(lhs.latex, self.labels), getattr(self, "layer_letters", {}))
            named = primed_head(lhs.latex, left) or named  # w' = w - ηg, w' read as a name (documents.primenames)
            named = as_acronyms(named, getattr(self, "acronyms", frozenset()))  # RSS, SS_{res}: one name (acronyms)
            d = parse_definition(word_head(head_text) if isinstance(left, AppliedUndef) else named, body, chain.line)
        except ContextError:
            return
        if d.is_function and (fixed := after_semicolon(relabel(lhs.latex, self.labels))):
            d = replace(d, fixed=fixed)  # p(y; \eta): η may be left out later (documents.semicolon)
        if d.is_function and dangling_indices(right, d.params, self._named_entries) and not self.einstein:
            return  # as above: a formula about one entry, not what the function is
        if d.is_function and opaque_over(right, set(d.params) - self._held_fixed_names):
            return  # as above: an opaque conditional of the parameter (not one the prose holds fixed)
        bounds = {str(b) for big in right.atoms(sp.Sum, sp.Product) for _, *ends in big.limits for b in ends}
        if d.index_params and set(d.index_params) & bounds:
            # \Sigma_C = \sum_{d=1}^{C} …: C is a size in the body, so \Sigma_C is one name, not a family
            d = Definition((d.key[0], d.index_params), body, line=chain.line)
        if d.key in self.ctx.scope_at(chain.line + 1).names:
            self._restated_after(chain, d.key)
            return  # the context says what it is
        if (rec := self.recurrences.get(d.key[0])) is not None and d.line < rec.line:
            del self.recurrences[d.key[0]]  # S_t := Σ… (inline) before S_t = S_{t-1} + t (a display): a claim
        self._note_definition(chain, d)
        if set(d.key[1]) & bounds and (base := _BASE.match(lhs.latex)) is not None:
            # E_n = \sum_{j=1}^n …, then E_{10}: the body at n = 10 (documents.sizedfamilies)
            end = max(m.line for m in chain.members)
            start = len("\n".join(self.text.split("\n")[:end]))
            for e in entry_definitions(d, base.group(1), right, self.text, start,
                                       lambda src: self.parse(src, None, frozenset())):  # fmt: skip
                if not any(x.key == e.key and x.line <= e.line for x in self.note_definitions):
                    self.note_definitions.append(e)
                    self.sized_entries[e.key] = e.line
        through_another(self, d)  # h_t = \tanh(a_t), a_t = w h_{t-1} + …: a recurrence (throughrecurrence)

    def _learn_named_functions(self, chain: _Chain) -> None:
        r"""``\hat{y} = \text{softmax}(v) = \psi(v)``: a name the notes never define, applied to plain
        parameters next to a member in those parameters, is *named* there — the step is the notes'
        definition of ``\psi`` (reported SKIPPED as such), and the lines after it read ``\psi(v_a)``
        by it. Only a step after the first (the first is :meth:`_learn_definition`'s) whose other
        member uses every parameter and no other undefined name; never a name a context declares or
        the notes define already. A one-link definition naming its value on the right (``x^2 + 3x =:
        k(x)``: no name on the left for :meth:`_learn_definition`) is read the same way (gaps61)."""
        named_right = (len(chain.members) == 2 and len(chain.steps) == 1 and chain.steps[0].relation == DEFINITION
                       and chain.defines is None)  # L := \ell(w) defined L: ℓ is not named by it  # fmt: skip
        if chain.struck or (len(chain.members) < 3 and not named_right):
            return
        declared = self.ctx.scope_at(chain.line + 1).names
        for step in chain.steps if named_right else chain.steps[1:]:
            if step.relation not in (EQUALITY, DEFINITION):  # \xi(t, z) \le B, \approx B: a bound names nothing
                continue
            for side, other in ((step.right, step.left), (step.left, step.right)):
                m, o = chain.members[side], chain.members[other]
                if m.error or o.error or not m.latex or not o.latex:
                    continue
                call = CALL.fullmatch(m.latex.strip())
                if call is None:
                    continue
                head = head_name(call)
                reserved = head in RESERVED and head not in _DEFINABLE_CALLS  # E(w): an error, as for the first link
                if head in KNOWN_FUNCTIONS or reserved or (head in DEFAULT_FUNCTIONS and head not in _LETTERS):
                    continue
                try:
                    d = parse_definition(m.latex, o.latex, chain.line)
                    body = self.parse(o.latex, None, frozenset())
                except (ContextError, LatexError):
                    continue
                earlier = any(e.key == d.key for e in self.note_definitions)
                if not d.is_function or not d.params or d.key in declared or earlier:
                    continue
                names = names_and_functions(body)
                # \prod_{c=1}^{C}: the index and its bound are not names the function depends on
                names -= {str(x) for big in body.atoms(sp.Sum, sp.Product) for lim in big.limits for x in lim}
                known = set(d.params) | KNOWN_FUNCTIONS | RESERVED | DEFAULT_FUNCTIONS | {k[0] for k in declared}
                known |= {e.key[0] for e in self.note_definitions}
                # \xi(t, z) = -\log \prod_c y_c^{t_c}: z reaches the body through the notes' y_c = \varsigma(z)_c
                if head in names or not set(d.params) <= self._reached(names, chain.line) or names - known:
                    continue
                self.note_definitions.append(d)
                chain.named.append((step.index, d.key))
                # -\log Q = \xi(t, z) = -\log \prod_c …: the links before the naming one read ξ by it too
                self.trailing[(d.key, d.line)] = (chain.line, max(mm.line for mm in chain.members))
                self.in_chain.add((d.key, d.line))
                return

    def _learn_substituted(self, chain: _Chain) -> None:
        r"""``… \frac{\partial}{\partial \theta_k} \hat{y}_i = … \frac{\partial}{\partial \theta_k}
        \frac{e^{\theta_i}}{\sum_m e^{\theta_m}}``: a name the notes never define, written out under a
        derivative by a later link (:mod:`verifier.documents.substituted`), is defined there: the step is
        reported as that definition, the chain's links and the lines after it read the name by it. Never a
        name defined (by a context, or by the notes before the chain, on its lines or in the "where" sentence
        after it, inline formulas included: learned after them) or one the formula itself uses."""
        if chain.struck or len(chain.members) < 3 or chain.named:
            return
        self.reading_line = chain.line  # its section's summation convention (einsteinscope)
        for step in chain.steps[1:]:
            if step.relation != EQUALITY:
                continue
            m, o = chain.members[step.left], chain.members[step.right]
            if m.error or o.error or not m.latex or not o.latex:
                continue
            found = substitution(m.latex, o.latex)
            if found is None:
                continue
            name, formula = found
            try:
                d = parse_definition(name, formula, chain.line)
                body = self.parse(formula, None, frozenset())
                wrapped = parenthesised(m.latex, o.latex)
                if wrapped is None or self.parse(wrapped, None, frozenset()) != self.parse(o.latex, None, frozenset()):
                    continue  # \frac{d}{dw} 2 y - w x: the formula is no unit of the member (it says no r = y - w x)
            except (ContextError, LatexError):
                continue
            head = d.key[0]
            declared = {k[0] for k in self.ctx.scope_at(chain.line + 1).names}
            defined = {e.key[0] for e in self.note_definitions if self._in_force_by(e, chain)}
            defined |= {c.defines[0] for c in [chain] if c.defines}
            if d.is_function or head in declared or head in defined or head in RESERVED or head in KNOWN_FUNCTIONS:
                continue
            if head in names_in(body) or not (body.free_symbols or body.atoms(sp.Indexed)):
                continue
            lone = lone_indices(body, d.index_params)
            if lone is None or (lone and not self.einstein):
                continue  # \frac{e^{\theta_i}}{e^{\theta_m}}: m summed in the denominator, as the notes say they sum
            d = replace(d, summed_inside=bool(lone))
            self.substituted.add((d.key, d.line))
            self.note_definitions.append(d)
            chain.named.append((step.index, d.key))
            self.trailing[(d.key, d.line)] = (chain.line, max(mm.line for mm in chain.members))
            self.in_chain.add((d.key, d.line))
            return

    def _in_force_by(self, d: Definition, chain: _Chain) -> bool:
        """Does the notes' definition ``d`` hold by the end of ``chain``: written before it or on its lines
        (a display or an inline formula), or in the "where" sentence after it?"""
        last = max(m.line for m in chain.members)
        back = self.trailing.get((d.key, d.line))
        return d.line <= last or (back is not None and back[0] <= last and chain.line <= back[1])

    def _reached(self, names: set[str], line: int) -> set[str]:
        """``names`` and the names their definitions in force at ``line`` (the context's, the notes' before
        it) use, transitively."""
        out, todo = set(names), list(names)
        declared = [e for e in self.ctx.scope_at(line).names.values() if isinstance(e, Definition)]
        while todo:
            name = todo.pop()
            for e in [*declared, *(d for d in self.note_definitions if d.line < line)]:
                if e.key[0] != name or not e.body or e.builtin:
                    continue
                try:
                    tree = self.parse(e.body, None, frozenset())
                except LatexError:
                    continue
                used = names_and_functions(tree)
                todo.extend(used - out)
                out |= used
        return out

    def _learn_named_value(self, chain: _Chain) -> bool:
        r"""``\partial L/\partial V = B^T \partial L/\partial C = \zeta_1 \in \mathbb{R}^{n\times h}``: the
        last member names the line's value for the lines after it (:func:`upstream.named_value`)."""
        if any(m.error for m in chain.members):
            return False
        self.reading_line = chain.line
        declared = self.ctx.scope_at(chain.line + 1).names
        earlier = {d.key for d in self.note_definitions if d.line <= chain.line}
        d = named_value([m.latex for m in chain.members], chain.line, lambda src: self.parse(src, None, frozenset()),
                        lambda key: key in declared or key in earlier)  # fmt: skip
        if d is None:
            return False
        self.note_definitions.append(d)
        chain.names = d.key
        return True

    def _stated_before(self, name: str, line: int) -> bool:
        """Do the notes state a number for the plain name ``name`` (a parsed name) before ``line``
        (documents.stated)?"""
        if (stated := self.__dict__.get("_stated_names")) is None:
            from verifier.documents.stated import stated_values  # (here: stated imports this module)

            stated = {}
            for written, _, at in stated_values(self.text):
                try:
                    key = key_of(self.parse(written, None, frozenset()))
                except LatexError:
                    continue
                if key is not None and not key[1]:
                    stated.setdefault(key[0], at)
            self.__dict__["_stated_names"] = stated
        return name in stated and stated[name] < line

    #: the text of an inline definition's line before it, while it is learned (documents.claimedties)
    _before_inline: str | None = None

    def _lead_in(self, chain: _Chain) -> str | None:
        """The prose right before ``chain``'s formula: an inline one's line up to it, a display's last prose line
        before it (blank lines and display delimiters skipped; None where a formula line comes first)."""
        if self._before_inline is not None:
            return self._before_inline
        first = min((m.line for m in chain.members if m.line), default=chain.line)
        for row in reversed(self.lines[max(0, first - 4) : first - 1]):
            text = row.strip()
            if not text or _DELIMITER.fullmatch(text):
                continue
            return None if "=" in text else text
        return None

    @functools.cached_property
    def _equal_stated(self) -> list[tuple[str, str, int]]:
        """The values the prose states with ``=`` (documents.stated), read once."""
        from verifier.documents.stated import stated_values  # (here: stated imports this module)

        return stated_values(self.text)

    def _given_before(self, name: str, line: int) -> bool:
        r"""Did the notes give ``name`` (as written) a number (documents.stated) or a definition by line ``line``
        (documents.claimedties)?"""
        from verifier.documents.stated import stated_values  # (here: stated imports this module)

        try:
            key = key_of(self.parse(name, None, frozenset()))
        except LatexError:
            return False
        if key is None:
            return False
        if any(d.key == key and d.line < line for d in self.note_definitions):  # (on its line: the tie's own)
            return True
        plain = without_braces(name)  # "Let $u_1 = x^2$": the inline ones are learned after the chains
        if any(at <= line and without_braces(lhs) == plain for at, lhs in self._inline_heads):
            return True
        for written, _, at in stated_values(self.text):
            if at > line:
                break
            try:
                if key_of(self.parse(written, None, frozenset())) == key:
                    return True
            except LatexError:
                continue
        return False

    def _taken(self, line: int) -> Callable[[str], bool]:
        """Is a function letter already known, defined by the notes before ``line`` or by a context?"""
        declared = {k[0] for k in self.ctx.scope_at(line + 1).names}
        defined = {d.key[0] for d in self.note_definitions if d.line < line}
        return lambda head: head in KNOWN_FUNCTIONS | RESERVED | DEFAULT_FUNCTIONS | declared | defined

    def _restated_after(self, chain: _Chain, key: Key) -> None:
        r"""The context declares ``key`` from the line after ``chain`` on, not on its lines: a context file's ``from
        line 8:`` restating the notes' definition on line 7 (``$$p_j = …$$``) for the lines after it. The line is
        still the notes' definition (reported so, counted apart from the claims); a section in effect from a
        line is no reading of the lines before it. It is not learned: from the next line the context's wins."""
        if key not in self.ctx.scope_at(max(m.line for m in chain.members)).names:
            chain.defines = key

    def _note_definition(self, chain: _Chain, d: Definition) -> None:
        """Learn ``d`` for the lines after ``chain``. ``L = …`` written again after the notes defined L
        is first a claim about that L (a derivation restating it in another form): it is checked,
        and only if it differs is it taken as a new meaning (see
        :func:`verifier.documents.restatements.restatement_results`)."""
        if d.is_function and len(set(d.params)) < len(d.params):
            return  # k(x_*, x_*) = \sigma_0^2: the function on its diagonal, a claim (not what k is)
        if d.is_function and self._at_defined_point(d, chain.line):
            return  # obj(w^*) = -G^2/(2(H+λ)) after w^* = …: the function's value there, a claim (evaluatedat)
        earlier = [e for e in self.note_definitions if e.key == d.key and e.line < chain.line and same_kind(e, d)]
        if d.is_function and earlier and len(earlier[-1].params) != len(d.params) and not d.fixed and \
                not earlier[-1].fixed and not earlier[-1].builtin:  # fmt: skip
            # H(p, q) after H(p): the same letter at another number of arguments, another function (lead64)
            arities = {len(d.params)}
            kept = []
            for e in reversed([x for o in earlier for x in (o, *o.overloads)]):
                if len(e.params) not in arities and not e.fixed and not e.builtin:
                    arities.add(len(e.params))
                    kept.append(replace(e, overloads=()))
            d, earlier = replace(d, overloads=tuple(kept)), []
        if not earlier and (family := family_restated(d, self.note_definitions)) is not None:
            earlier = [family]  # p_1 = … after p_i = …: a claim about the entry (documents.entryrestated)
        self.note_definitions.append(d)
        if earlier and chain.members and chain.members[0].line == chain.line:
            chain.restates = (earlier[-1].key, earlier[-1].line)
        else:
            chain.defines = d.key

    def _at_defined_point(self, d: Definition, line: int) -> bool:
        """Is ``d`` the notes' earlier function at points they define (documents.evaluatedat)?"""
        try:
            body = self.parse(d.body, None, frozenset())
        except LatexError:
            return False
        earlier = [e for e in self.note_definitions if e.line < line]
        return (evaluated_at_defined(d, body, earlier) or at_own_constant(d, earlier, self._definition_names)
                or worked_value(d, body)
                or at_solution_point(d, body, earlier, self._inline_function(d.key[0], line - 1)))

    def _definition_names(self, d: Definition) -> set[str]:
        r"""The names ``d``'s body writes (none where it cannot be read), with the constants of the notes' earlier
        functions it writes: ``\psi(r) = \frac{d\rho}{dr}`` holds the c of ``\rho(r) = \frac{c^2}{2}\log(…)``, so
        ``\psi(c) = c/2`` is ψ at that constant, not a new ψ of a parameter c (fresh39)."""
        out: set[str] = set()
        todo, seen = [d], {id(d)}
        while todo:
            e = todo.pop()
            try:
                names = names_in(self.parse(e.body, None, frozenset()))
            except LatexError:
                continue
            out |= names - (set(e.params) if e is not d else set())
            for f in self.note_definitions:
                if f.is_function and f.key[0] in names and f.line < d.line and id(f) not in seen:
                    seen.add(id(f))
                    todo.append(f)
        return out

    def _learn_dropped_parameters(self) -> None:
        r"""``P(t|z,\theta)`` read as the notes' ``P(t|z)`` where the prose holds θ fixed
        (:mod:`verifier.documents.fixedparams`)."""

        def parse(src: str) -> sp.Basic:
            return self.parse(src, None, frozenset())

        def known(key: Key) -> bool:
            return any(key in self.ctx.scope_at(d.line + 1).names for d in self.note_definitions)

        for alias in dropped_aliases(self.text, list(self.note_definitions), known, parse):
            self.note_definitions.append(alias.definition)
            self.dropped_notes[alias.definition.key] = alias.note
            self.held_fixed[alias.definition.key[0]] = set(alias.held)
        # p(y|X;w) as the product of the notes' p(y_i|X;w), the samples said independent (documents.iidjoint)
        for d, note in joint_likelihoods(self.text, list(self.note_definitions), known, parse):
            self.note_definitions.append(d)
            self.dropped_notes[d.key] = note
