"""The names of a chain inferred in its scope: :class:`_ChainInference` (``_infer``) adds an inferred entry for each
name a chain, and the notes' definitions it reaches, use but no context declares: its kind and shape from how the
notes write it (bold, annotated, subscripted, transposed, compared in a condition), read at the prose's stated
starts, primes and points, and a free index beside a sum over its family (documents.outsideindex).

A base of :class:`verifier.documents.reader._Reader`, which owns the chains and the declared scope this reads;
apart from it because the inference is one concept of its own, asked again under other readings
(documents.doubts, documents.weights, documents.meanings).
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.anew import shapes_at
from verifier.documents.annotations import bold_keys, key_of_text
from verifier.documents.argumentless import written_alone
from verifier.documents.basisvectors import as_identity
from verifier.documents.boldprimes import bold_primed_keys, bold_primes
from verifier.documents.callshapes import bare_bodies, bodies_at_arguments
from verifier.documents.constantscalars import ended_constants
from verifier.documents.context import (
    Definition,
    Key,
    Scope,
)
from verifier.documents.counts import count_capitals
from verifier.documents.docsubscripts import subscripted_for
from verifier.documents.doctransposes import transposed_for
from verifier.documents.indexletters import set_aside_indices
from verifier.documents.indices import REL_SPLIT
from verifier.documents.infer import (
    infer_scope,
    names_in,
)
from verifier.documents.largesizes import small_stand_ins
from verifier.documents.members import (
    _Chain,
    member_trees,
)
from verifier.documents.operand import with_operand
from verifier.documents.orientation import ROWS, declared, mark_rows
from verifier.documents.outsideindex import outside_candidates, outside_scope, recorded, said_inside, said_outside
from verifier.documents.parameterderivatives import read_at_parameters
from verifier.documents.parts import part_of
from verifier.documents.pointfree import pointwise
from verifier.documents.problemrecurrences import in_force
from verifier.documents.readings import (
    LIST_VAR,
    PLACEHOLDER,
    ParsedMember,
    read_member,
)
from verifier.documents.recurrencestart import stated_starts
from verifier.documents.sampleentries import sample_entries, slots_in_notes
from verifier.documents.samples import sample_rows
from verifier.documents.scoping import (
    Uses,
    entries_of_capitals,
    prefer_fitting,
    set_aside_by_use,
    uses_in,
)
from verifier.documents.semicolon import prefer_written
from verifier.documents.statedprimes import prime_variable_at
from verifier.latex import LatexError

_UNBRACED_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold|textbf|bf)\s*\\?[A-Za-z]")
_BOLD_GROUP = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold|vec|mathbb|textbf|bf)\s*\{[^{}]*\}")


def _plain_use(key: Key, text: str) -> bool:
    """Is ``key``'s name also written *without* bold in ``text``? (then bold is no evidence)."""
    base = key[0]
    rest = _BOLD_GROUP.sub(" ", text)
    pattern = (r"\\" + base if len(base) > 1 else r"(?<![\\A-Za-z])" + re.escape(base)) + r"(?![A-Za-z])"
    return re.search(pattern, rest) is not None


def _role_holds(at: int, introduced: list[int], line: int) -> bool:
    """Whether a scalar role given on line ``at`` holds on ``line``, where the prose introduces the name on
    the lines ``introduced``: the latest of them at or before ``line`` decides (else the first), the role
    winning a tie ("Let $T$ be the temperature")."""
    events = [(at, 1), *((ln, 0) for ln in introduced)]
    before = [e for e in events if e[0] <= line]
    chosen = max(before) if before else min(events, key=lambda e: (e[0], -e[1]))
    return chosen[1] == 1


class _ChainInference:
    """The inference of a chain's undeclared names (module docstring). Mixed into the document reader, whose
    chains, lines, definitions and parse it reads."""

    def _infer(self, chain: _Chain, scope: Scope, rows: bool = False, matrices: frozenset[Key] = frozenset(),
               samples: frozenset[str] = frozenset()) -> Scope:
        """Add an inferred entry for every name the chain (and the definitions it reaches) uses;
        ``rows``: undeclared vectors as rows (verifier.documents.orientation), as a context may declare;
        ``matrices``: capitals read as matrices, as if bold (documents.weights); ``samples``: letters whose
        ``x^{(i)}`` are vectors (documents.plainsamples)."""
        plain: list[str] = [m.latex for m in chain.members if m.latex and not m.error]
        if chain.after is not None:  # the equation a ⇔ link follows from is read in this scope (steps._follows)
            plain += [src for src in chain.after[:2] if src.strip()]
        # w_1 after "from $w_0 = 0$": the family indexed from 0 (documents.recurrencestart)
        plain += stated_starts(plain, self._prose_values, chain.line, self.recurrences, self.lines)
        if (free := pointwise(plain, self.text)) is not None:  # σ' = σ(1 - σ) read at u (documents.pointfree)
            plain = [free[0].get(src, src) for src in plain]
        plain = [op[0] if (op := with_operand(src, scope)) else src for src in plain]  # documents.operand
        said = self.prime_variable(chain)[1] and prime_variable_at(self.stated_primes, chain.line)
        by: sp.Basic | None = None  # the variable the prose says primes differentiate by (statedprimes)
        if said and any("'" in self._primes(src)[0] for src in plain):
            plain.append(said.variable)
            try:
                by = self.parse(said.variable, None, frozenset())
            except LatexError:
                by = None
        names: set[str] = set()
        parsed: list[ParsedMember] = []
        for src in plain:
            try:
                names |= set().union(
                    *(names_in(t) for t in member_trees(read_member(src, lambda x: self.parse(x, by, frozenset()))))
                )
            except LatexError:
                continue
        names = {n for n in names if not n.startswith((PLACEHOLDER, LIST_VAR))}
        nc = frozenset(names)
        for src in plain:
            try:
                parsed.append(read_member(src, lambda x: self.parse(x, by, nc)))
            except LatexError:
                continue
        trees: list[tuple[sp.Basic, frozenset[str]]] = [(t, frozenset()) for p in parsed for t in member_trees(p)]
        own = [t for t, _ in trees]
        written = set().union(*(names_in(t) for t, _ in trees)) if trees else set()
        # h_t = \tanh(w h_{t-1} + u x_t): u and x are the names h is read with, unfolded (documents.recurrence)
        trees += [(rec.body, frozenset()) for n, rec in in_force(self, chain.line).items()
                  if n in written and rec.line <= chain.line]
        uses = self._uses([t for t, _ in trees], scope)
        matrices_of_notes = frozenset(k for k, dims in self.annotations.shapes.items() if len(dims) == 2)
        sample_rows(uses, scope, self.annotations.bold, matrices_of_notes, self.text)  # x_i: row i of X (samples)
        sample_entries(uses, scope, own + uses.bodies, self.annotations.row_samples,  # x_i: the vector of x_ij
                       slots_in_notes(self.text))
        scope.set_aside.update(set_aside_by_use(scope, self.note_definitions, uses))
        # x_\ell on a line after \ell := a log-likelihood: an index here (documents.indexletters)
        scope.set_aside.update(set_aside_indices(scope, self.note_definitions, [t for t, _ in trees]))
        scope.set_aside.update(
            prefer_fitting(scope, self.note_definitions, uses, lambda b: self.parse(b, None, frozenset()), chain.line)
        )
        scope.set_aside.update(prefer_written(scope, self.note_definitions, uses))  # p(y; η) or p(y; λ) (semicolon)
        capitals = entries_of_capitals(scope, uses)
        seen: set[Key] = set()
        defined: dict[Key, tuple[sp.Basic, frozenset[str]]] = {}
        bodies: dict[Key, sp.Basic] = {}
        k = 0
        while k < len(trees) and k < 200:
            tree, _ = trees[k]
            k += 1
            keys = [(n, ()) for n in names_in(tree)] + [
                (str(x.base.label), tuple(str(i) for i in x.indices)) for x in tree.atoms(sp.Indexed)
            ] + [(f.func.__name__, ()) for f in tree.atoms(AppliedUndef)]  # J(θ) := CE(y, ŷ): y is read too
            # ŷ written whole, defined entry-wise (ŷ_i = …): its body (and i's range) is read too
            bare = {key[0] for key in keys if not key[1]}
            keys += [k for k, e in scope.names.items() if k[0] in bare and isinstance(e, Definition) and e.index_params]
            # the definitions the tree reaches, read in the order the notes write them: the keys come from
            # sets of names, whose order moves with the hash seed, and the order the bodies are read in decides
            # which inferred size gets which default (neylon 480: "at n₂=2" in one run, "n₃=3" in the next)
            reached: dict[Key, Definition] = {}
            for key in keys:
                if isinstance(entry := scope.names.get(key), Definition) and not entry.builtin:
                    reached.setdefault(entry.key, entry)
            for entry in sorted(reached.values(), key=lambda e: (e.line, e.key)):
                if entry.key not in seen:
                    seen.add(entry.key)
                    try:
                        body = self.parse(
                            entry.body, None, nc | frozenset(names_in(self.parse(entry.body, None, frozenset())))
                        )
                    except LatexError:
                        continue
                    trees.append((body, frozenset(entry.params)))
                    bodies[entry.key] = body
                    if entry.is_function and entry.key[0] in uses.bare:
                        # J alone means J(θ) at the θ of the line: its parameters are read there too
                        trees.extend((sp.Symbol(p), frozenset()) for p in entry.params)
                    if not entry.params and not entry.index_params and not entry.is_function:
                        defined[entry.key] = (body, frozenset())
        trees += bodies_at_arguments(trees, scope, bodies) + bare_bodies(bodies, scope, set(uses.bare))
        # f(x) under 𝔼 where the notes write f alone elsewhere: the value f (documents.argumentless)
        trees += [(s, frozenset()) for s in written_alone([t for t, _ in trees], scope, lambda: self._bare_in_notes)]
        internal = frozenset(n for t, _ in trees for n in names_in(t) if n.startswith((PLACEHOLDER, LIST_VAR)))
        text = " ".join(plain)
        bold = frozenset(k for k in bold_keys(text) if not _plain_use(k, text)) | matrices
        bold |= bold_primed_keys(text, bold_primes(self.text))  # \mathbf{x}' beside \mathbf{x} (documents.boldprimes)
        bold |= {(x.upper(), ()) for x in self.annotations.sample_rows}  # X of "row i of X is x^{(i)}": a matrix
        # k_j bold in the notes, in a body the chain reaches (samples); not where the chain writes k plain (review23g)
        unbraced = _UNBRACED_BOLD.sub(" ", text)  # \mathbf v_j is bold too
        bold |= {(x.lstrip("\\"), ()) for x in self.sample_vectors if not _plain_use((x.lstrip("\\"), ()), unbraced)}
        last = max([chain.line, *(m.line for m in chain.members)])
        transposed = transposed_for(self.annotations.transposed, own, text, self.lines, chain.line)
        subscripted = subscripted_for(self.annotations.subscripted, self.subscript_lines, self.lines, chain.line, own,
                                      text)
        ann = replace(self.annotations, bold=bold, shapes={**self.annotations.shapes, **shapes_at(self.sites, last)},
                      transposed=transposed, subscripted=subscripted,  # x^T, x_n elsewhere: its part, or not a number
                      named_letters={k: v for k, v in self.annotations.named_letters.items() if v <= chain.line},
                      orientations={} if self.orientation_off else self.orientations_at(chain.line),
                      vector_samples=self.annotations.vector_samples | samples)
        # "temperature $T$" and "Let $T$ be the transition matrix": the latest of them at or before the line
        # says what T is there (the first of them before it), the role only where it is that (documents.scalarroles)
        ended = {k for k, at in ann.role_lines.items() if not _role_holds(at, self.renewed.get(k, []), last)}
        ended |= ended_constants(self.text, self.lines, ann.roles, last, key_of_text)  # its part (constantscalars)
        if ended:
            ann = replace(ann, shapes={k: v for k, v in ann.shapes.items() if k not in ended or v != ()},
                          roles={k: v for k, v in ann.roles.items() if k not in ended})
        defined = {key: (body, internal) for key, (body, _) in defined.items()}
        rows = rows or declared(scope) == ROWS
        inferred = infer_scope(scope, [(t, b | internal) for t, b in trees], ann, defined, self._compared(chain), rows)
        out = small_stand_ins(inferred.scope, [t for t, _ in trees])
        as_identity(out)  # the basis vectors' matrix is the identity (documents.basisvectors)
        count_capitals(out)  # H beside an index h: the number of its values (documents.counts)
        if rows:
            mark_rows(out, inferred.row_products)
        for key, reading in capitals.items():
            # the family is the matrix's own entries, not a second guess: one reading, under the capital
            entry = out.names[key]
            inferred = isinstance(entry, Definition) and key[0][:1].isupper()  # a_ij of the notes' A: A stays
            family = out.inferred.pop((entry.body, ()), None) if inferred else None
            out.inferred[key] = f"{reading}; {family}" if family else reading
        for key, why in out.set_aside.items():
            if key in out.inferred:
                out.inferred[key] = f"{out.inferred[key]}; {why}"
        return self._outside(chain, out, own, [t for t, _ in trees])

    def _outside(self, chain: _Chain, scope: Scope, own: list[sp.Basic], trees: list[sp.Basic]) -> Scope:
        """A free index written beside a sum over its family (documents.outsideindex): outside the sum
        where the chain's part says so (the only reading), else kept for the other readings (doubts)."""
        cands = outside_candidates(trees, own, scope)
        if not cands:
            return scope
        start = part_of(self.lines, chain.line)[0]
        prose = "\n".join(self.lines[start - 1 : chain.line - 1])
        inside = said_inside(prose, cands)  # t \in \{1, …, M\}: the notes' index is among the sum's
        cands = [c for c in cands if c not in inside]
        said = said_outside(prose, cands) if cands else None
        if said is not None:
            scope = outside_scope(scope, said[0], f"as the notes say: '{said[1]}'")
            cands = [c for c in cands if c not in said[0]]
        recorded(scope, cands)
        return scope

    def _compared(self, chain: _Chain) -> list[set[str]]:
        """The names each condition of the chain relates (``if i = j``, a case, a stackrel condition)."""
        texts = [c for c, _ in chain.conditions] + [s.condition for s in chain.steps if s.condition]
        out = []
        for text in texts:
            parts = REL_SPLIT.split(text)
            if len(parts) < 3:
                continue
            names: set[str] = set()
            for side in parts[0::2]:
                try:
                    tree = self.parse(side, None, frozenset())
                except LatexError:
                    continue
                names |= {s.name for s in tree.free_symbols if isinstance(s, sp.Symbol)}
            out.append(names)
        return out

    def _uses(self, trees: list[sp.Basic], scope: Scope) -> Uses:
        """How the chain, and the definitions it reaches, write each name."""
        uses = uses_in(trees)
        seen: set[Key] = set()
        todo = list(uses.keys)
        while todo:
            key = todo.pop()
            entry = scope.names.get(key)
            if key in seen or not isinstance(entry, Definition) or entry.builtin or not entry.body:
                continue
            seen.add(key)
            try:
                body = self.parse(entry.body, None, frozenset())
            except LatexError:
                continue
            before = set(uses.keys)
            body = read_at_parameters(body, entry.params, scope)  # ψ(r) = dρ/dr calls ρ (parameterderivatives)
            uses.add(body, (*entry.params, *entry.index_params), own=key[0])
            uses.bodies.append(body)
            todo.extend(uses.keys - before)
        return uses
