r"""The other meanings of a chain: the scopes and re-read chains a FAILED step is re-checked under.

Issue 8, section 4: a step is FAILED only if every plausible reading fails. This module owns the
*catalogue* of those readings — the scopes a chain may be read in (the row reading of vectors,
scalars for shapes that clash, one-hot labels, probability-valued and positive quantities, the
other derivative layouts, symmetric matrices the prose states, an earlier meaning of a name) and
the chain re-read under a rewrite of its text (``\log`` over a whole product, σ applied entry by
entry). :mod:`verifier.documents.doubts` owns *when* a failing step is re-checked under them and
how the verdicts are judged. A mixin of :class:`verifier.documents.doubts._Doubts`, as its other
bases are: the readings need the document's text, parser and inference.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import sympy as sp

from verifier.documents.boundlesssums import SAME_RANGE_NOTE, boundless_indices, same_range_scope
from verifier.documents.capitalentries import entries_capitals
from verifier.documents.claimplace import claim_span
from verifier.documents.context import (
    Definition,
    DomainSpec,
    IndexRange,
    Scope,
    VarDecl,
)
from verifier.documents.covariances import covariance_names
from verifier.documents.definitionbounds import definition_bounds
from verifier.documents.deniedranges import left_for_general
from verifier.documents.dotproducts import (
    ENTRYWISE_NOTE,
    UNSAID_ENTRYWISE_NOTE,
    as_entrywise,
    entrywise_said,
    writes_dot,
)
from verifier.documents.droppedindex import NOTE as DROPPED_NOTE
from verifier.documents.droppedindex import dropped_vectors, in_sums, lost_going_forward
from verifier.documents.enotation import EULER_NOTE, euler_reading
from verifier.documents.finitedomains import as_values, finite_reading
from verifier.documents.generic import (
    direct_partials_scope,
)
from verifier.documents.gradientlayout import (
    gradient_by_matrix,
    says_gradient_layout,
    variables,
)
from verifier.documents.guessclues import subscripted_names
from verifier.documents.hadamardorder import NOTE as HADAMARD_NOTE
from verifier.documents.hadamardorder import left_to_right, writes_hadamard
from verifier.documents.headings import heading_level
from verifier.documents.heldinverse import held_inverse_scope
from verifier.documents.hot import hot_indices_named, one_hot_at
from verifier.documents.hypothetical import without_display_conditions
from verifier.documents.imaginaryunit import imaginary_reading, unit_note
from verifier.documents.impliedsums import SHAPE_ONLY as _SHAPE_ONLY
from verifier.documents.indexlabels import index_hot_reading
from verifier.documents.layout import MATRIX_NUMERATOR
from verifier.documents.logbase import BASE_NOTES, NEAR_LINES, bare_log, in_base, log_bases
from verifier.documents.logterms import log_over_its_term
from verifier.documents.members import _Chain, chain_trees, free_names, member_trees
from verifier.documents.operatorscope import BRACKET_NOTE, operator_on_its_bracket
from verifier.documents.orientation import (
    declared,
    is_row_reading,
    keeps_vectors,
    rows_differ,
)
from verifier.documents.orientation import row_note as row_note_of
from verifier.documents.outerproducts import NOTE as OUTER_NOTE
from verifier.documents.outerproducts import as_outer, writes_otimes
from verifier.documents.outsideindex import candidates_of, outside_scope, unsaid_note
from verifier.documents.pairindices import pair_families, paired_entries
from verifier.documents.peervectors import annotated_with_peer
from verifier.documents.plainsamples import (
    as_plain_samples,
    is_sample_note,
    plain_sample_letters,
    reached_bodies,
    sample_note,
)
from verifier.documents.prosefunctions import sigma_said_logistic
from verifier.documents.ranges import piecewise_variables, stated_ranges
from verifier.documents.readings import (
    LOG_NOTE,
    OPERATOR_NOTE,
    SUM_NOTE,
    log_of_product,
    logs_lead_their_terms,
    operator_over_the_rest,
    read_member,
    sum_over_the_rest,
)
from verifier.documents.rebuild import replaced
from verifier.documents.recurrence import chain_unfolding
from verifier.documents.reparam import bodies_reached
from verifier.documents.resolve import (
    ListMember,
)
from verifier.documents.restrictions import restricted_scopes
from verifier.documents.samples import data_matrix, with_called_bodies
from verifier.documents.selfapplied import CALL_NOTE, spaced_calls
from verifier.documents.signlabels import as_signs, sign_reading, signed_scope, signs_for, signs_kept
from verifier.documents.simplexprose import said_arbitrary, said_in_simplex
from verifier.documents.slashproducts import NOTE as SLASH_NOTE
from verifier.documents.slashproducts import slash_over_product
from verifier.documents.softlabels import said_many, said_soft
from verifier.documents.squareshapes import NOTE as SQUARE_NOTE
from verifier.documents.squareshapes import square_scope
from verifier.documents.stackedsamples import stated_note
from verifier.documents.sumstart import from_one_scope
from verifier.documents.sumstoone import (
    STOCHASTIC,
    described_one_hot,
    one_hot_positions,
    said_sums_to_one,
    summed_positions,
)
from verifier.documents.symmetricprose import (
    of_its_own_formula,
    sentence_before,
    split_at_inline,
    standing_after,
    symmetric_in,
    symmetric_scope,
    symmetrised,
    trailing_clause,
    worked_diag_in,
    writes_names,
)
from verifier.documents.symmetricsection import (
    definition_bodies,
    kept_after,
    symmetric_in_section,
    symmetric_later_in_section,
)
from verifier.documents.trigarguments import NOTE as TRIG_NOTE
from verifier.documents.trigarguments import QUOTIENT_NOTE, trig_over_product, trig_over_quotient
from verifier.documents.typos import scores_read_for_indices
from verifier.documents.unitsizes import NOTE as UNIT_NOTE
from verifier.documents.unitsizes import unit_scope
from verifier.documents.upstreamheld import UPSTREAM_NOTE, upstream_scope
from verifier.documents.writtenranges import sized_diagonal, written_range_scope
from verifier.latex import LatexError

_WRITTEN_SHAPE = ("annotated", "written in bold", "labels it", "transposed", "in a transposed sum", "a bilinear form",
                  "written out as",  # literals.py: w = \begin{bmatrix}…\end{bmatrix}
                  "weighted inner product",  # ⟨a, b⟩_W = aᵀWb (infer._weighted_inner)
                  "inside tr or det",  # tr(X), det(X): a matrix; as a scalar, ∂tr(AXB)/∂X = AB held
                  "inside a norm")  # ‖Wx‖: x a vector; as scalars, ∂‖Wx‖²/∂W = 2Wxx (for 2Wxxᵀ) held
DIRECT = "direct partials"  # the backprop reading (generic.direct_partials_scope)
_LABELS = frozenset({"y", "t"})  # vectors that ML notes use for (one-hot) labels
HOT_NOTE = "the labels y/t one-hot"  # the reading of every such label one-hot
_SIGMA_ENTRY = re.compile(r"\\sigma\s*_\s*\{?\s*[a-zA-Z]\s*\}?\s*(?:\(|\\left\s*\()")  # σ_i(x), σ_{j}(z)
_BARE_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])\s*(?!\s|\(|\\left|\\big|\\Big)")



def _shape_written(why: str) -> bool:
    """Whether an inferred name's shape is what the notes write (annotation, bold, transpose), not a guess."""
    return any(marker in why for marker in _WRITTEN_SHAPE)


#: said of a symmetry stated as the condition of another formula: the reading then only keeps the step from FAILED
#: (documents.doubts: "which the notes do not state")
OWN_FORMULA = "as the condition of the formula in its own sentence, which the notes do not state for this step"


class _Meanings:
    """The scopes and re-read chains of a failing chain (mixed into :class:`~verifier.documents.doubts._Doubts`)."""

    def _scopes(self, chain: _Chain, scope: Scope, rows: bool = True) -> list[tuple[str, Scope]]:
        """The meanings tried for the undeclared names, each a (note, scope); the literal one first
        (note ""): labels one-hot, positive, probabilities, the other derivative layouts, then the
        same under the row reading of the vectors (documents.orientation), and last the undeclared
        vectors and matrices as scalars."""
        scopes = self._meanings(chain, scope)
        rows_scope = self._row_scope(chain, scope) if rows else None  # only a shape clash asks for it
        if rows_scope is not None:
            flat = [x for x in scopes if x[0] == _SHAPE_ONLY]
            scopes = [x for x in scopes if x[0] != _SHAPE_ONLY]
            note = row_note_of(rows_scope)
            few = self._meanings(chain, rows_scope, few=True)
            # one-entry shapes are not crossed with the rows: they only refute, which doubts knows by their own note
            # (a row reading's "and every inferred size 1" rescued x^T x for x x^T; the square reading crossed so
            # still rescues, as before stop 50 — see docs/readings.md, lead50)
            scopes += [(" and ".join(x for x in (note, n) if x), sc) for n, sc in few
                       if n not in (_SHAPE_ONLY, UNIT_NOTE)]
            scopes += flat
        return scopes

    def _row_scope(self, chain: _Chain, scope: Scope) -> Scope | None:
        """The chain inferred again with its undeclared vectors as rows, or None where a context
        declares the orientation or no inferred shape changes (one per chain: it is asked twice)."""
        if declared(scope) is not None or not scope.inferred:
            return None
        cache: dict[tuple[int, int], Scope | None] | None = getattr(self, "_row_scopes", None)
        if cache is None:
            cache = {}
            self._row_scopes = cache
        key = (id(chain), id(scope))
        if key not in cache:
            rows = self._infer(chain, self.scope_of(chain), rows=True)
            for name, value in scope.conventions.items():  # generic functions, partials: as in the literal one
                rows.conventions.setdefault(name, value)
            cache[key] = rows if rows_differ(scope, rows) and keeps_vectors(scope, rows) else None
        return cache[key]

    def _said_one_hot(self, chain: _Chain, scope: Scope) -> bool:
        """Does the prose of ``chain``'s section call a label the chain reads one-hot ("With a one-hot label
        $\\mathbf{y}$", "$y$ is one-hot", "$y$ has a single entry equal to one": sumstoone.described_one_hot), and
        none of them soft or multi-hot?"""
        section = self._section_text(chain)
        labels = {k[0] for k, e in scope.names.items()
                  if k in scope.inferred and isinstance(e, VarDecl) and e.kind == "vector" and k[0] in _LABELS}
        said = any(one_hot_positions(section, n) or described_one_hot(section, n) for n in labels)
        return said and not any(said_soft(self.text, n) or said_many(section, n) for n in labels)

    def _meanings(self, chain: _Chain, scope: Scope, few: bool = False) -> list[tuple[str, Scope]]:
        """:meth:`_scopes` for one orientation of the vectors; ``few``: only one-hot labels and the
        layouts (the row reading is checked under a time bound: the meanings that matter most first)."""
        scopes: list[tuple[str, Scope]] = [("", scope)]
        trees = chain_trees(chain)
        direct = direct_partials_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))
        if direct is not None and not few:  # backprop notes: ∂y/∂μ is the partial of y's definition, σ held fixed
            scopes.append((DIRECT + " of the defined quantities (the others in the definition held fixed)",
                           direct))  # fmt: skip
        # Σ_k over the step's N (boundlesssums)
        if not few and (ranged := same_range_scope(scope, boundless_indices(trees))) is not None:
            scopes.append((SAME_RANGE_NOTE, ranged))
        if (written := written_range_scope(scope, trees)) is not None and (  # diag(a_i) beside Σ_{i=1}^{n-1} (gaps64)
                not sized_diagonal(self._section_text(chain))):  # "the $n \times n$ diagonal matrix" (redmid64 M4)
            scopes.append(written)
        if (held := upstream_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))) is not None:
            scopes.append((UPSTREAM_NOTE, held))  # ∂/∂V tr(GᵀAV) with G = ∂L/∂O given (documents.upstreamheld)
        if (inverse := held_inverse_scope(scope, self.note_definitions, trees, chain.line,
                                          lambda src: self.parse(src, None, frozenset()),
                                          self.lines)) is not None:  # fmt: skip
            scopes.append(inverse)  # C = 6ND, then "substituting D = C/(6N)": C held fixed (documents.heldinverse)
        if (("sigma", ()) not in scope.names and any(_SIGMA_ENTRY.search(m.latex) for m in chain.members)
                and not sigma_said_logistic(self.text, self.lines, chain.line)):  # "σ is the sigmoid" (redteam38)
            # σ_i(x): an entry of a vector function of x; many notes (and their σ(x) ∈ ℝ^N) mean softmax by σ
            softmax = scope.copy()
            softmax.names[("sigma", ())] = Definition(("sigma", ()), "", (), (), "softmax", True, 0)
            scopes.append(("σ as softmax (σ_i(x) is entry i of a vector function)", softmax))
        typo = scores_read_for_indices(scope, self.note_definitions, self.text, subscripted_names(self.annotations),
                                       lambda src: self.parse(src, None, frozenset()))  # fmt: skip
        if typo is not None and not few:  # p_j = e^j / Σ_i e^i, meant e^{o_j} (documents/typos.py)
            scopes.append(typo)
        inferred = [(k, e) for k, e in scope.names.items() if k in scope.inferred and isinstance(e, VarDecl)]
        labels = scope.copy()
        # labels the prose calls soft (a probability vector): in the simplex, never one-hot (softlabels.py)
        soft = {k[0] for k, e in inferred if e.kind == "vector" and k[0] in _LABELS and said_soft(self.text, k[0])}
        # labels the prose of the section says may have several ones, or counts: neither one-hot nor simplex
        section = self._section_text(chain)
        many = {k[0] for k, e in inferred if e.kind == "vector" and k[0] in _LABELS and said_many(section, k[0])}
        many |= signs_for(self.lines, max(m.line for m in chain.members))  # ±1: never one-hot
        many |= {k[0] for k, _ in inferred if k[0] in _LABELS and annotated_with_peer(self.text, k[0])}  # x, y ∈ ℝ^d
        many |= pair_families(trees, scope, lambda src: self.parse(src, None, frozenset()))  # ‖y_i − y_j‖: points
        if not self._said_one_hot(chain, scope):
            many |= paired_entries(trees)  # y_i y_j: a value of each sample, not a one-hot label (red64)
        for key, entry in inferred:
            if entry.kind == "vector" and key[0] in _LABELS and key[0] not in many:
                labels.names[key] = replace(entry, kind="simplex" if key[0] in soft else "onehot", domain=DomainSpec())
        label_note = "the labels y/t probability vectors, as the notes say" if soft else HOT_NOTE
        if labels.names != scope.names:
            scopes.append((label_note, labels))
            if typo is not None and not few and not soft:  # p_j = e^j/Σ e^i and y one-hot: ∂L/∂o = p - y needs both
                hot_typo = typo[1].copy()
                hot_typo.names.update({k: e for k, e in labels.names.items() if e is not scope.names.get(k)})
                scopes.append((f"{typo[0]} and {label_note}", hot_typo))
            free = {n for t in trees for n in free_names(t) if isinstance(scope.names.get((n, ())), IndexRange)}
            hot = None if soft else one_hot_at(scope, trees, free, hot_indices_named(self.text))  # y_w = 1 when w = o
            if hot is not None:
                scopes.append(hot)
                both = one_hot_at(typo[1], trees, free, hot_indices_named(self.text)) if typo and not few else None
                if both is not None:  # L = -Σ y_i log p_i with p_j = e^j/Σ e^i: ∂L/∂o_k needs both readings
                    scopes.append((f"{typo[0]} and {both[0]}", both[1]))
        # a vector the notes say sums to one ("uses $\sum_k p_k = 1$"): a probability vector (sumstoone)
        own = " = ".join(m.latex for m in chain.members)
        said = {k for k, e in inferred
                if e.kind == "vector" and k[0] not in _LABELS
                and (said_sums_to_one(self.text, k[0], own) or said_in_simplex(self.text, k[0]))
                and not said_arbitrary(section, k[0])}  # fmt: skip
        if said:
            simplex = scope.copy()
            simplex.names.update({k: replace(e, kind="simplex", domain=DomainSpec()) for k, e in inferred if k in said})
            names = ", ".join(sorted(k[0] for k in said))
            scopes.append((f"{names} a probability vector, as the notes say (its entries sum to one)", simplex))
        # a matrix whose rows (columns) the notes say sum to one ("$\\sum_c t_{nc} = 1$"): those probability vectors
        # … or calls one-hot ("$Y \in \{0,1\}^{n \times K}$ one-hot labels"): each row then sums to one
        summed = {k: (e, summed_positions(self.text, k[0], own) or one_hot_positions(self.text, k[0]))
                  for k, e in inferred if e.kind == "matrix"}  # fmt: skip
        axes = {k: (e, next(iter(a))) for k, (e, a) in summed.items() if len(a) == 1}
        if axes:
            rows = scope.copy()
            kinds = {along: kind for kind, along in STOCHASTIC.items()}
            rows.names.update({k: replace(e, kind=kinds[a], domain=DomainSpec()) for k, (e, a) in axes.items()})
            said_rows = ", ".join(f"the {'rows' if axes[k][1] == 1 else 'columns'} of {k[0]}" for k in sorted(axes))
            scopes.append((f"{said_rows} probability vectors, as the notes say (they sum to one)", rows))
        stated = self._stated_range(chain, scope)  # 0 < α < 1 (documents.ranges)
        if stated is not None:
            scopes.insert(1, stated)
        # "For $\lambda > 0$ and $a > 2$ the penalty is $$p_\lambda(\theta) = …$$": its parameters' bounds where the
        # chain uses it; never green by them (documents.definitionbounds)
        if not few and (bounds := definition_bounds(self, chain, scope))[0] and (
                inherited := stated_ranges(scope, bounds[0], f"before the definition of {bounds[1]}, "
                                           "which the notes do not state for this step")) is not None:  # fmt: skip
            scopes.append(inherited)
        outside = candidates_of(scope)  # t of q_t beside Σ_{m=1}^M q_m: outside 1..M (documents.outsideindex)
        if outside and not few:
            scopes.append((unsaid_note(outside), outside_scope(scope, outside, "a reading the notes do not state")))
        if not few and (start := from_one_scope(scope, self.text)) is not None:
            scopes.append(start)  # w_0 + Σ_{i=1}^n w_i x_i, then a line on v_{i,f}: i from 1 (documents.sumstart)
        flat = scope.copy()
        for key, entry in inferred:
            if entry.kind in ("vector", "matrix") and not _shape_written(scope.inferred.get(key, "")):
                flat.names[key] = VarDecl(key, "scalar", None, entry.domain)
        if not few:  # positive, in (0, 1): documents.restrictions says when they may rescue a step
            # z > 0 would hide the branch of max(αz, z) where a slip shows (documents.ranges)
            # a name the prose gives a range ("for $w < 0$") is not read positive against the prose
            ranged = {k[0] for k, e in stated[1].names.items() if e is not scope.names.get(k)} if stated else set()
            # … and so does W_1 of h = ReLU(W_1 x + b_1) when the chain reaches h (its branch is selected there)
            bodies = bodies_reached(trees, scope, lambda src: self.parse(src, None, frozenset()))
            scopes += restricted_scopes(scope, inferred, trees, piecewise_variables([*trees, *bodies]) | ranged)
        if "layout" not in scope.conventions:  # a layout the notes did not declare: try the other two
            # ∇ by a matrix is the gradient, shaped as the matrix: never numerator (documents.gradientlayout)
            said = self._said_symmetric(chain)
            nabla = gradient_by_matrix((m.latex for m in chain.members), scope, said[0] if said else ())
            # "(same shape as $W$)", "in denominator layout" just before the chain: not numerator either
            stated = says_gradient_layout(self._prose_before(chain)[1], variables(m.latex for m in chain.members))
            # a layout the notes state once, anywhere above ("We use the numerator layout throughout.")
            convention = self.layout_said(chain.line)
            if nabla or stated or convention == "denominator":
                layouts: tuple[str, ...] = ("denominator",)
            else:
                layouts = ("numerator",) if convention == "numerator" else (
                    "denominator", "numerator", MATRIX_NUMERATOR)  # δ a column, ∂L/∂W = xδᵀ (layout)
            for layout in layouts:
                other = scope.copy()
                other.conventions["layout"] = layout
                scopes.append((f"{layout} layout for derivatives", other))
            if labels.names != scope.names:  # ∂CE/∂θ = (ŷ - y)^T: a layout, and the sum of a one-hot label is 1
                for layout in layouts:
                    both = labels.copy()
                    both.conventions["layout"] = layout
                    scopes.append((f"{label_note} and {layout} layout for derivatives", both))
            for layout in layouts if axes else ():  # (Ŷ - Y)^T X / n: a layout, and rows of Y that sum to one
                both = rows.copy()
                both.conventions["layout"] = layout
                scopes.append((f"{said_rows} probability vectors and {layout} layout for derivatives", both))
        if flat.names != scope.names:
            scopes.append((_SHAPE_ONLY, flat))
        if (square := square_scope(scope)) is not None:  # (AB)^T = A^T B^T: only refutes (documents.squareshapes)
            scopes.append((SQUARE_NOTE, square))
        if (unit := unit_scope(scope)) is not None:  # ∇_w L = (ŷ - y): only refutes (documents.unitsizes)
            scopes.append((UNIT_NOTE, unit))
        return scopes

    def _alternatives(self, chain: _Chain, scope: Scope, rows: bool = True) -> Iterable[tuple[str, _Chain, Scope]]:
        """Other plausible readings, each a (note, chain, scope): rewritings of the members (``\\log``
        over a whole product) crossed with other meanings of the undeclared names (labels one-hot,
        positive, probabilities, scalars). Implied summation is tried by :meth:`_implied_sums`,
        which reads each step on its own (the indices a step sums depend on that step)."""

        def rewritten(fn: Callable[[sp.Basic], sp.Basic], applies: Callable[[str], bool],
                      base: _Chain = chain) -> _Chain | None:
            members, changed = [], False
            for m in base.members:
                if m.parsed is None or isinstance(m.parsed.tree, ListMember) or not applies(m.latex):
                    members.append(m)
                    continue
                tree = fn(m.parsed.tree)
                changed |= tree != m.parsed.tree
                members.append(replace(m, parsed=replace(m.parsed, tree=tree)))
            return replace(base, members=members) if changed else None

        chains: list[tuple[str, _Chain]] = [("", chain)]
        unfold = chain_unfolding(self, chain.line, chain_trees(chain), scope)  # h_t = tanh(w h_{t-1} + …)
        again = None
        if unfold is not None:
            again = rewritten(unfold.rewrite, lambda latex: True)
            if again is not None:
                chains.append((unfold.note, again))
        if any(_BARE_LOG.search(m.latex) for m in chain.members):
            logged = rewritten(log_of_product, logs_lead_their_terms)
            if logged is not None:
                chains.append((LOG_NOTE, logged))
            # … and after another factor of its term, where only the LaTeX says what follows it (documents.logterms)
            if any(log_over_its_term(m.latex) and not logs_lead_their_terms(m.latex) for m in chain.members):
                bracketed = self._reread(chain, scope, log_over_its_term)
                if bracketed is not None:
                    chains.append((LOG_NOTE, bracketed))
        # \cos m\theta read as \cos(m\theta) (documents.trigarguments)
        if (turned := self._reread(chain, scope, trig_over_product)) is not None:
            chains.append((TRIG_NOTE, turned))
        # \sin\pi/2 read as \sin(\pi/2): the other grouping of a bare argument's division (documents.trigarguments)
        if (halved := self._reread(chain, scope, trig_over_quotient)) is not None:
            chains.append((QUOTIENT_NOTE, halved))
        # e^{i\theta} = \cos\theta + i\sin\theta: a plain i that indexes nothing is the unit (documents.imaginaryunit)
        # not an interest rate i = 0.05, nor the notes' index letter (x_i, \sum_i: review62)
        # where another part counts or indexes with i, unsaid to be the unit: a reading not stated (never green; red63)
        if (unit := imaginary_reading([m.latex for m in chain.members])) is not None and (
            note := unit_note(self.text, self.lines, chain.line)
        ):
            written = dict(zip((m.latex for m in chain.members), unit, strict=True))
            if (imaginary := self._reread(chain, scope, lambda latex: written.get(latex))) is not None:
                chains.append((note, imaginary))
        # x^2/2\sigma^2 read as x^2/(2\sigma^2) (documents.slashproducts)
        if (divided := self._reread(chain, scope, slash_over_product)) is not None:
            chains.append((SLASH_NOTE, divided))
        # 2e-1 read as 2e − 1 with Euler's e where its power of ten fails: \int_0^1 2e^x dx = 2e-2, f(1) = 2e-1 of
        # f(x) = 2e^x - 1 (documents.enotation; review62, redlate62)
        if (eulers := self._reread(chain, scope, euler_reading)) is not None:
            chains.append((EULER_NOTE, eulers))
        # "with the rate $f$": f\,(0) also read as the call f(0) (documents.selfapplied)
        lead_in = functools.cache(lambda: self._prose_before(chain)[1])
        if (called := self._reread(chain, scope, lambda latex: spaced_calls(latex, lead_in))) is not None:
            chains.append((CALL_NOTE, called))
        if any(writes_otimes(m.latex) for m in chain.members):  # h ⊗ δ: a matrix (documents.outerproducts)
            outer = rewritten(as_outer, writes_otimes)
            if outer is not None:
                chains.append((OUTER_NOTE, outer))
        if any(writes_dot(m.latex) for m in chain.members):
            # a · b entry-wise: green where the notes show they mean it, else only not FAILED (documents.dotproducts)
            entrywise = rewritten(as_entrywise, writes_dot)
            if entrywise is not None:
                said = entrywise_said(self.text, [m.latex for m in chain.members])
                chains.append((ENTRYWISE_NOTE if said else UNSAID_ENTRYWISE_NOTE, entrywise))
        if any(writes_hadamard(m.latex) for m in chain.members):  # (a ∘ b) C (documents.hadamardorder)
            grouped = rewritten(left_to_right, writes_hadamard)
            if grouped is not None:
                chains.append((HADAMARD_NOTE, grouped))
        near = "\n".join(self.lines[max(chain.line - NEAR_LINES, 0) : chain.line + NEAR_LINES])
        for base in log_bases([m.latex for m in chain.members], chain_trees(chain), near):  # documents.logbase
            based = rewritten(lambda t, b=base: in_base(t, b), bare_log)  # type: ignore[misc]
            if based is not None:
                chains.append((BASE_NOTES[base], based))
        summed = self._reread(chain, scope, sum_over_the_rest)
        if summed is not None:
            chains.append((SUM_NOTE, summed))
        operated = self._reread(chain, scope, operator_over_the_rest)  # ∇_w ½‖Xw − y‖² + ½λ‖w‖²
        if operated is not None:
            chains.append((OPERATOR_NOTE, operated))
        if (bracketed := self._reread(chain, scope, operator_on_its_bracket)) is not None:  # d/dx(u) v
            chains.append((BRACKET_NOTE, bracketed))
        symmetric, sym = self._said_symmetric(chain), None
        symmetric_chains: list[_Chain] = []
        if symmetric:
            names, where = symmetric
            sym = rewritten(lambda t: symmetrised(t, names), lambda latex: True)
            if sym is None and any(isinstance(e, Definition) and writes_names({n}, [e.body])
                                   for e in scope.names.values() for n in names):  # fmt: skip
                sym = replace(chain)  # Ω = Σ^{-1} of a said Σ: the chain as written, its scope's Σ symmetric (red62)
            if sym is not None:
                chains.append((f"{', '.join(sorted(names))} symmetric, as the notes say ({where})", sym))
            if operated is not None:  # ∇_x ½xᵀAx − bᵀx = Ax − b "for a symmetric A": both readings at once
                both = rewritten(lambda t: symmetrised(t, names), lambda latex: True, operated)
                if both is not None:
                    chains.append((f"the derivative applied to every term after it and {', '.join(sorted(names))} "
                                   f"symmetric, as the notes say ({where})", both))
                    symmetric_chains.append(both)
        latexes = [m.latex for m in chain.members]
        # the labels as the chain writes them or as the definitions in its scope do (m = y w^T x): the reading
        # takes them as signs in both (signlabels.signed_scope)
        defined = latexes + [e.body for e in scope.names.values() if isinstance(e, Definition) and e.body]
        signs, signed_note = sign_reading(self.lines, max(m.line for m in chain.members), chain.line,
                                          lambda n: writes_names({n}, defined))  # fmt: skip
        if signs:
            chains.append((signed_note, rewritten(lambda t: as_signs(t, signs), lambda latex: True) or chain))
        # ‖w_{k+1}‖² = ‖w_k‖² + 2y_i w_kᵀx_i + ‖x_i‖² "since $y_i^2 = 1$": the perceptron's update unfolded, its
        # labels ±1 (neither reading alone makes it hold)
        unfolded_signs = f"{unfold.note} and {signed_note}" if unfold is not None and signs else None
        if unfolded_signs and again is not None and \
                (both := rewritten(lambda t: as_signs(t, signs), lambda latex: True, again)) is not None:  # fmt: skip
            chains.append((unfolded_signs, both))
        finite, finite_note = finite_reading(self.lines, max(m.line for m in chain.members),
                                             lambda n: writes_names({n}, latexes))  # y ∈ {0, 1} (finitedomains)
        if finite and (valued := rewritten(lambda t: as_values(t, finite), lambda latex: True)) is not None:
            chains.append((finite_note, valued))
        families = frozenset(k[0] for k, e in scope.names.items() if isinstance(e, Definition) and not k[1])
        # samples the notes call row vectors: the reading's x^{(i)} would be columns (trust18)
        families |= {f"{x}^()" for x in self.annotations.row_samples}
        parse = lambda src: self.parse(src, None, frozenset())  # noqa: E731
        data = data_matrix([with_called_bodies(member_trees(m.parsed), scope, parse) if m.parsed is not None else []
                            for m in chain.members], self.text, families)  # fmt: skip
        if data is not None:  # X the matrix of the samples x^{(i)} (documents.samples), as the prose says?
            data = (stated_note(data[0], data[1], self.text), data[1])  # (documents.stackedsamples)
            swapped = rewritten(lambda t: replaced(t, data[1]), lambda latex: True)
            if swapped is not None:
                chains.append((data[0], swapped))
        dropped = dropped_vectors(chain_trees(chain), scope)  # Σ_i t_i log σ(z) for σ(z_i) (droppedindex)
        dropped -= lost_going_forward((member_trees(m.parsed) for m in chain.members if m.parsed), dropped)
        if dropped and (entries := rewritten(lambda t: in_sums(t, dropped), lambda latex: True)) is not None:
            chains.append((DROPPED_NOTE, entries))
        scopes = self._scopes(chain, scope, rows)
        # a label the prose calls soft or multi-hot is never one-hot (red71; the section read only when asked)
        not_hot = lambda n: said_soft(self.text, n) or said_many(self._section_text(chain), n)  # noqa: E731
        if (hot_index := index_hot_reading(chain_trees(chain), scope, not_hot)) is not None:  # p - y of -\log p_y
            hot_note, swap, hot_scope = hot_index  # y the one-hot label where it is no index (documents.indexlabels)
            if (swapped := rewritten(swap, lambda latex: True)) is not None:
                yield hot_note, swapped, hot_scope(scope)
                for snote, sc in scopes:  # (p - y) x^T: the one-hot label in another layout
                    if snote.endswith(" layout for derivatives") and " and " not in snote:
                        yield f"{hot_note} and {snote}", swapped, hot_scope(sc)
        if (sampled := self._plain_samples(chain, scope)) is not None:  # w^T x_i: x_i a vector (plainsamples)
            yield sampled
            snote, schain, sscope = sampled
            with self.samples_read(snote):  # Σ_i a_i/s_i = A^T s^{-1} "where A has rows a_i^T": both readings
                sdata = data_matrix([with_called_bodies(member_trees(m.parsed), sscope, parse)
                                     if m.parsed is not None else [] for m in schain.members], self.text, families)
            if sdata is not None and (both := rewritten(lambda t: replaced(t, sdata[1]), lambda latex: True,
                                                        schain)) is not None:  # fmt: skip
                # "A has rows $a_i^\top$": the prose's samples read as the chain's are (stackedsamples)
                said = as_plain_samples(self.text, self._sample_letters[snote])
                both_note = f"{snote} and {stated_note(sdata[0], sdata[1], said)}"
                self._sample_letters[both_note] = self._sample_letters[snote]
                yield both_note, both, sscope
        for cnote, c in chains:
            for snote, sc in scopes:
                if cnote and snote == UNIT_NOTE:
                    continue  # a reading that only refutes the chain as written (unitsizes)
                if unfold is not None and cnote in (unfold.note, unfolded_signs) and (sc := unfold.scoped(sc)) is None:
                    continue  # (unfolded_signs is None where there is no such reading: never the plain chain's "")
                if finite and cnote == finite_note and not signs_kept(scope, sc, set(finite)):
                    continue  # a label read positive, in (0, 1) or one-hot has other values
                if signs and cnote in (signed_note, unfolded_signs) and not signs_kept(scope, sc, signs):
                    continue  # a label read positive, in (0, 1) or one-hot is no longer a sign (signlabels)
                if signs and cnote in (signed_note, unfolded_signs):
                    sc = signed_scope(sc, signs)  # the labels in its definitions are signs too
                if data is not None and cnote == data[0] and is_row_reading(snote):
                    continue  # X as the samples' family, then a 1×n row: not "x^(i) as row i of X" (review18c)
                if symmetric and (c is sym or any(c is b for b in symmetric_chains)):  # its definitions' As too
                    sc = symmetric_scope(sc, symmetric[0])
                if cnote or snote:
                    yield " and ".join(x for x in (cnote, snote) if x), c, sc

    def _said_symmetric(self, chain: _Chain) -> tuple[set[str], str] | None:
        """Names the prose just before ``chain`` calls symmetric ("and symmetric matrix $C$", "$A$ is
        symmetric", "$A = A^T$"): a hypothesis the notes state, under which a step may hold (∇ of a
        quadratic form is 2Cx only for a symmetric C). Only the prose of the few lines before the chain
        counts (before the display the chain is a row of), or the clause the display's sentence goes on
        with after it ("…, where $A$ is symmetric."): a symmetric matrix of another section says nothing
        here."""
        start, prose = self._prose_before(chain, display=True)
        trailing = ""
        if chain.inline:  # its own line up to the claim, and the clause it goes on with (not a later one)
            prose, trailing = split_at_inline(prose, chain)
        prose = without_display_conditions(prose)  # "$$…$$ which holds when $A$ is symmetric": that display's
        above = next((lv for row in reversed(self.lines[:start]) if (lv := heading_level(row)) is not None), None)
        said = symmetric_in(prose, above)  # "# Part one"'s statement ends at "# Part two" (review32a)
        if said and not kept_after(prose, said[1], said[0]):  # "From now on $A$ …" (documents.symmetricsection)
            said = None
        if said and chain.inline:  # "$…$ for symmetric $A$, and in general $…$": another claim's (review31a)
            cut = prose.rfind("\n") + 1
            span = claim_span(prose[cut:], chain)
            if span is not None and said[1] < cut + span[0] and left_for_general(prose, said[1], cut + span[0]):
                said = None
        if not said and chain.inline:  # "with $H = \operatorname{diag}(4, 1)$, so $\nabla L(w) = Hw$": that H's claim
            own = sentence_before(prose, len(prose), len(prose))
            said = worked_diag_in(own)
            said = (said[0], said[1] + len(prose) - len(own)) if said else None
        if not said and trailing:  # "Hence $\nabla f(x) = 2Ax$, where $A$ is symmetric."
            prose, said = trailing, symmetric_in(trailing)
            start = chain.line - 1
        if not said:  # "$$\nabla_x x^T A x = 2Ax,$$ where $A$ is symmetric.": the display's own sentence
            start, after = self.prose_after(chain)
            prose = trailing_clause(after, self.lines[start - 1] if 0 < start <= len(self.lines) else "")
            said = symmetric_in(prose) if prose else None
        if not said:  # stated earlier in the chain's section, not renewed since (documents.symmetricsection)
            first = min(m.line for m in chain.members) - 1
            own = [m.latex for m in chain.members]  # and the definitions they reach: L = D - W (fresh75)
            wide = symmetric_in_section(self.lines, first, own + definition_bodies(self.scope_of(chain), own))
            if wide:
                return wide[0], f"line {wide[1] + 1}"
            # "Throughout, $A$ is symmetric." below the chain in its section: a standing hypothesis (gaps64)
            last = max(m.line for m in chain.members) - 1
            wide = symmetric_later_in_section(self.lines, first, last, [m.latex for m in chain.members])
            if wide:
                return wide[0], f"line {wide[1] + 1}"
        if not said:  # \mathcal{N}(\mu, \Sigma) anywhere in the notes: a covariance (documents.covariances)
            upto = "\n".join(self.lines[: max(m.line for m in chain.members)])
            cov = {n for n in covariance_names(upto) if writes_names({n}, [m.latex for m in chain.members])}
            return (cov, "a normal distribution's covariance") if cov else None
        own_formula = of_its_own_formula(prose, said[1])  # "for symmetric $A$ this is $2Ax$. The Hessian …" (lead61)
        # "… which is $2Ax$ when $A$ is symmetric. From now on $A$ is symmetric.": the notes' own again (redlead70)
        again = standing_after(prose, said[1], said[0], above) if own_formula else None
        if again is not None:
            said, own_formula = (said[0], again), False
        where = f"line {start + 1 + prose[: said[1]].count(chr(10))}"
        if own_formula:
            where += f", {OWN_FORMULA}"
        # "with $D = \operatorname{diag}(d)$" around a step in w and D: the section's "symmetric edge weights
        # $w_{ij}$" still holds there too (fresh71's label propagation)
        latexes = [m.latex for m in chain.members]
        wide = symmetric_in_section(self.lines, min(m.line for m in chain.members) - 1, latexes)
        # "symmetric weights $w_{ij}$" before a chain in W: the matrix of those entries (documents.capitalentries)
        names = said[0] | entries_capitals(said[0], "\n".join(self.lines[: chain.line]), latexes)
        if wide and not wide[0] <= names:
            return names | wide[0], f"{where}; line {wide[1] + 1}"
        return names, where

    def _plain_samples(self, chain: _Chain, scope: Scope) -> tuple[str, _Chain, Scope] | None:
        r"""The chain re-read with its plain samples ``x_i`` of an inner product (``w^\top x_i``) as vectors, a
        family of the transposed name's length, and inferred again so (documents.plainsamples); None where the
        chain writes none, or only letters the notes annotate or declare."""
        annotated = {k[0] for k in self.annotations.shapes} | {k[0] for k in scope.names if k not in scope.inferred}
        own = [m.latex for m in chain.members if m.latex and not m.error]
        # L := … y_i(w^T x_i + b) …, then ∂L/∂w = w − Σ_i α_i y_i x_i: the inner product in a body it reaches (shapes63)
        bodies = reached_bodies(chain_trees(chain), scope, lambda src: self.parse(src, None, frozenset()))
        letters = plain_sample_letters(own, annotated, bodies)
        letters = {x: i for x, i in letters.items() if (x, ()) in scope.inferred}
        if not letters:
            return None
        note = sample_note(letters)
        with self.samples_read(note, letters):
            sampled = self._infer(chain, self.scope_of(chain), samples=frozenset(letters))
            # parsed again with the family's names not commuting: y_i w^T x_i keeps its written order
            reread = self._reread(chain, sampled, lambda src: src if as_plain_samples(src, letters) != src else None)
            if reread is None and any(as_plain_samples(b, letters) != b for b in bodies):
                reread = chain  # ∂L/∂b = −Σ_i α_i y_i: only L's body writes the samples, read so when resolved
            if reread is None:
                return None
        for name, value in scope.conventions.items():  # generic functions, partials: as in the literal one
            sampled.conventions.setdefault(name, value)
        return note, reread, sampled

    @functools.cached_property
    def _sample_letters(self) -> dict[str, dict[str, str]]:
        """The letters of each plain-sample reading (by its note) tried so far."""
        return {}

    @contextmanager
    def samples_read(self, note: str, letters: dict[str, str] | None = None) -> Iterator[None]:
        """Parse with the letters of the plain-sample reading ``note`` (or ``letters``) as samples, inside."""
        known = self._sample_letters
        if letters is not None:
            known[note] = letters
        saved = self.plain_samples
        self.plain_samples = known.get(note, {}) if is_sample_note(note) else saved
        try:
            yield
        finally:
            self.plain_samples = saved

    def _reread(self, chain: _Chain, scope: Scope, fn: Callable[[str], str | None]) -> _Chain | None:
        """``chain`` with the members ``fn`` writes differently parsed again (None when it changes none)."""
        nc = self.ctx.noncommutative(scope)
        prime_var = None
        variable = self.prime_variable(chain)[0]  # the prose's or the chain's own (documents.statedprimes)
        if variable:
            try:
                prime_var = self.parse(variable, None, nc)
            except LatexError:
                prime_var = None
        members, changed = [], False
        for m in chain.members:
            new = fn(m.latex) if m.parsed is not None and not isinstance(m.parsed.tree, ListMember) else None
            if new is None:
                members.append(m)
                continue
            try:
                parsed = read_member(new, lambda src: self.parse(src, prime_var, nc))
            except LatexError:
                members.append(m)
                continue
            members.append(replace(m, parsed=parsed))
            changed = True
        return replace(chain, members=members) if changed else None
