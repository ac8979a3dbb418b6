r"""Recurrences: a family the notes define from its own previous entry.

Sequence-model notes define a state by a recurrence — ``$h_t = \tanh(w h_{t-1} + u x_t)$`` — and
then differentiate it: ``\frac{\partial h_t}{\partial h_{t-1}} = (1 - h_t^2)\,w``. Such a line is no
ordinary definition (the name is on both sides, and applying it to the bottom would need the
initial state the notes never write), so the definitions learner records it here instead
(:mod:`verifier.documents.definitions`). A step about ``h`` read with its entries as independent
values fails for no fault of the notes; this module gives the reading a careful reader makes:
the recurrence *unfolded* down to the lowest entry the chain writes. The entries at that floor
are free values (whatever the earlier states were), every entry above it is the recurrence's
body at its index, so ``h_t`` and ``h_{t-1}`` keep the relation the notes give them; a derivative
by the floor entry is the derivative through the intermediate states, as backprop through time
is taught. Where the chain writes ``h`` at one index only, the floor is the entry before it (the
recurrence applied once).

The reading is refused (None) where it could mislead: indices that are not a fixed offset of one
another (``h_t`` beside ``h_k``), a derivative by an entry above the floor, or an unfolding deeper
than :data:`MAX_DEPTH`. An identity that holds for every value of the floor entries holds for the
notes' states; one that fails there fails for an open set of them (the bodies are analytic), so a
failure of this reading is the notes' own — except for a derivative by another variable
(``\partial h_t/\partial u``), which may mean the direct partial (the floor held fixed, what this
reading computes) or the total one through every earlier state (not computed here):
:func:`decides` says which failures stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, IndexRange, Scope
from verifier.documents.generic import PREFIX as GENERIC_PREFIX
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, chain_trees, step_trees
from verifier.documents.problemrecurrences import in_force, in_problem
from verifier.documents.recurrenceworked import free_entries, worked_undecided
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

# scope.conventions key (+ a family's name): a chain that differentiates by a_t reads h_t := \tanh(a_t), not h's
# recurrence composed through a_t (set by documents.recurrencevariable; never unfolded here)
VARIABLE_PREFIX = "recurrence-variable:"

__all__ = [
    "MAX_DEPTH",
    "SPECIAL_CASE",
    "UNFOLDED",
    "VARIABLE_PREFIX",
    "Recurrence",
    "Unfolding",
    "agrees",
    "at_start",
    "bodies_agree",
    "chain_unfolding",
    "coupled",
    "decides",
    "floor_free",
    "floor_of",
    "independent_greens",
    "narrowed",
    "orders_entries",
    "recurrence_names",
    "recurrence_of",
    "same_rule",
    "special_case",
    "through_definitions",
    "unfolded",
    "unfolded_failures",
    "unfolding_touches",
]

UNFOLDED = "unfolded by the notes' recurrence"  # in the note of the reading, and of its failure
MAX_DEPTH = 6  # entries above the floor unfolded at most this deep (a chain writes a few steps back)


@dataclass(frozen=True)
class Recurrence:
    """``name_{param + shift} = body`` (line ``line``), the body parsed; ``text`` as the notes wrote it
    (``h_t = …``: shift 0; ``x_{k+1} = …``, an update rule: shift 1)."""

    name: str
    param: sp.Symbol
    body: sp.Basic
    line: int
    text: str
    shift: int = 0

    @property
    def note(self) -> str:
        return f"{self.name} {UNFOLDED} (line {self.line}: {self.text})"


def _entries(tree: sp.Basic, name: str) -> list[sp.Indexed]:
    return [a for a in tree.atoms(sp.Indexed) if str(a.base.label) == name and len(a.indices) == 1]


def _variables(tree: sp.Basic, name: str) -> list[sp.Basic]:
    """The entries of ``name`` that are variables of a derivative in ``tree``."""
    return [v.indices[0] for d in tree.atoms(sp.Derivative) for v, _ in d.variable_count
            if isinstance(v, sp.Indexed) and str(v.base.label) == name and len(v.indices) == 1]  # fmt: skip


def _other_variables(tree: sp.Basic, name: str) -> bool:
    r"""Whether ``tree`` differentiates an expression of more than its own variables by a variable that
    is not an entry of ``name`` (``\sigma'(z)``, a function's derivative, is not such a one)."""
    for d in tree.atoms(sp.Derivative):
        variables = {v for v, _ in d.variable_count}
        if d.expr.free_symbols <= variables:
            continue
        if any(not (isinstance(v, sp.Indexed) and str(v.base.label) == name) and not _at_the_top(v, d.expr, name)
               for v in variables):  # fmt: skip
            return True
    return False


def _at_the_top(variable: sp.Basic, expr: sp.Basic, name: str) -> bool:
    r"""Is ``variable`` an entry of another family at an index no lower than every entry of ``name`` that
    ``expr`` writes (``\partial h_t/\partial z_t``)? The earlier states are computed before it and do not
    depend on it, so the direct partial is the total derivative: a failure decides."""
    if not (isinstance(variable, sp.Indexed) and len(variable.indices) == 1):
        return False
    tops = [e.indices[0] for e in _entries(expr, name)]
    return bool(tops) and all((d := sp.simplify(variable.indices[0] - e)).is_integer and d.is_nonnegative
                              for e in tops)  # fmt: skip


def floor_of(trees: Iterable[sp.Basic], name: str, param: sp.Symbol | None = None) -> sp.Basic | None:
    r"""The index of the free entries when ``trees`` (a chain's members) are read with ``name``
    unfolded, or None where the reading is refused (see the module docstring). With ``param`` (the
    recurrence's own index letter), a chain that writes the family at another letter (``x_i`` after
    ``x_{k+1} = x_k - \eta g_k``: samples, not iterates) is refused too."""
    trees = list(trees)
    written = {e.indices[0] for t in trees for e in _entries(t, name)}
    if not written or (param is not None and any(e.free_symbols - {param} for e in written)):
        return None
    lowest = min(written, key=lambda e: sp.default_sort_key(e))
    offsets = [sp.simplify(e - lowest) for e in written]
    if not all(o.is_integer for o in offsets):
        return None  # h_t beside h_k: no fixed order between them
    lowest = next(e for e, o in zip(written, offsets, strict=True) if o == min(offsets))
    top = max(offsets) - min(offsets)
    floor = lowest if top > 0 else lowest - 1
    if top > MAX_DEPTH:
        return None
    variables = {v for t in trees for v in _variables(t, name)}
    if any(sp.simplify(v - floor) != 0 for v in variables):
        return None  # ∂h_t/∂h_{t-1} beside h_{t-2}: the variable is itself computed from the floor
    return floor


def unfolded(tree: sp.Basic, rec: Recurrence, floor: sp.Basic) -> sp.Basic:
    """``tree`` with every entry of the family above ``floor`` replaced by the recurrence's body at
    its index, again in what that brings in, down to the floor; the variables of derivatives stay."""
    if isinstance(tree, sp.Derivative):
        above = [v for v, _ in tree.variable_count if unfolded(v, rec, floor) != v]
        if above:  # f'(x_{k+1}) from a body: f' evaluated at the unfolded entry, not a derivative by it
            return unfolded(tree.subs({v: unfolded(v, rec, floor) for v in above}), rec, floor)
        return sp.Derivative(unfolded(tree.expr, rec, floor), *tree.variable_count, evaluate=False)
    if isinstance(tree, sp.Indexed) and str(tree.base.label) == rec.name and len(tree.indices) == 1:
        depth = sp.simplify(tree.indices[0] - floor)
        if depth.is_integer and depth.is_positive and depth <= MAX_DEPTH:
            return unfolded(rec.body.xreplace({rec.param: tree.indices[0] - rec.shift}), rec, floor)
        return tree
    if not tree.args or tree.is_Atom:
        return tree
    args = [unfolded(a, rec, floor) for a in tree.args]
    return tree.func(*args) if args != list(tree.args) else tree


def decides(trees: Iterable[sp.Basic], name: str) -> bool:
    """Whether a failure of the unfolded reading of a step whose members are ``trees`` is the notes'
    own: no derivative in it by another variable (which may mean the total derivative through
    every earlier state, not computed here)."""
    return not any(_other_variables(t, name) for t in trees)


def recurrence_of(name: str, left: sp.Basic, body: sp.Basic, line: int, text: str) -> Recurrence | None:
    """The recurrence ``left = body`` defines (``left`` one entry of ``name`` at an index letter, or at
    that letter plus a number: ``x_{k+1}``), or None."""
    if not (isinstance(left, sp.Indexed) and len(left.indices) == 1 and len(left.indices[0].free_symbols) == 1):
        return None
    (param,) = left.indices[0].free_symbols
    shift = sp.simplify(left.indices[0] - param)
    if not (isinstance(param, sp.Symbol) and shift.is_Integer):
        return None
    # an implicit update (backward Euler y_{n+1} = y_n + hλ y_{n+1}, a proximal step) writes the new
    # entry, or a later one, in its body: it relates them, it does not compute one from the earlier ones
    if any(not (sp.simplify(e.indices[0] - left.indices[0]).is_negative) for e in _entries(body, name)):
        return None
    return Recurrence(name, param, body, line, text, int(shift))


def same_rule(a: Recurrence, b: Recurrence) -> bool:
    """Whether ``a`` and ``b`` give the same entry of the same family the same body (a rule restated)."""
    at = sp.Dummy("index")
    one, two = a.body.xreplace({a.param: at - a.shift}), b.body.xreplace({b.param: at - b.shift})
    if a.name != b.name or one == two:
        return a.name == b.name
    difference = one - two
    if difference.has(sp.Derivative, AppliedUndef):
        return False
    try:
        return bool(sp.simplify(difference) == 0)
    except (TypeError, ValueError, AttributeError):
        return False


def _with_functions(body: sp.Basic, scope: Scope, parse: Callable[[str], sp.Basic]) -> sp.Basic:
    """``body`` with the calls of the notes' functions (``f(x_k)``, ``f'(x_k)``) replaced by their bodies."""
    reps: dict[sp.Basic, sp.Basic] = {}
    for call in body.atoms(AppliedUndef):
        e = scope.names.get((call.func.__name__, ()))
        if not (isinstance(e, Definition) and e.is_function and e.body and len(e.params) == len(call.args)):
            continue
        try:
            fb = parse(e.body)
        except LatexError:
            continue
        named = dict(zip(e.params, call.args, strict=True))
        reps[call] = fb.xreplace({s: named[str(s)] for s in fb.free_symbols if str(s) in named})
    if not reps:
        return body
    try:
        return body.xreplace(reps).doit()
    except (TypeError, ValueError, AttributeError):
        return body


def agrees(rec: Recurrence, other: Recurrence, scope: Scope, parse: Callable[[str], sp.Basic]) -> bool:
    r"""Whether ``other``, a rule the notes state later for the same family, gives what ``rec`` gives once
    the notes' functions are written out (``x_{k+1} = (1 - 2\eta) x_k`` after ``x_{k+1} = x_k - \eta
    f'(x_k)`` with ``f(x) = x^2``: the worked form of the rule, not another one). Damped Newton after
    gradient descent, or a special case ("without input, $h_t = \tanh(w h_{t-1})$"), does not: which
    rule a line after both follows is not said, and neither is unfolded there."""
    if same_rule(rec, other):
        return True
    one = replace(rec, body=_with_functions(rec.body, scope, parse))
    two = replace(other, body=_with_functions(other.body, scope, parse))
    return same_rule(one, two)


def narrowed(scope: Scope, floor: sp.Basic) -> Scope | None:
    r"""``scope`` with the range of the chain's index starting where the floor entry is one the
    notes have (``h_{t-1}`` with t from 1: t from 2), or None where that range is not a plain one. A
    numbered floor (``\bar\theta_1`` below a worked ``\bar\theta_2 = 4 + \frac{1}{2}(2 - 4)``) has no index
    to narrow: the scope as it is (refusing it left the worked entry a free value, and the step FAILED)."""
    if not floor.free_symbols:
        return scope
    if len(floor.free_symbols) != 1:
        return None
    (index,) = floor.free_symbols
    shift = sp.simplify(index - floor)
    entry = scope.names.get((str(index), ()))
    if not (isinstance(entry, IndexRange) and isinstance(entry.lo, int) and shift.is_integer and shift >= 0):
        return None
    lo = entry.lo + int(shift)
    if isinstance(entry.hi, int) and lo > entry.hi:
        return None
    out = scope.copy()
    out.names[(str(index), ())] = replace(entry, lo=lo)
    said = out.inferred.get((str(index), ()))
    if said is not None:
        out.inferred[(str(index), ())] = f"{said}, from {lo} here (the first index whose earlier state is written)"
    return out


@dataclass(frozen=True)
class Unfolding:
    """The reading of a chain with a family unfolded: its note, the rewriting of a member's tree,
    and the scope it is read in (the index starting where the floor entries exist)."""

    note: str
    rewrite: Callable[[sp.Basic], sp.Basic]
    scoped: Callable[[Scope], Scope | None]
    # the members with only the notes' definitions through the family written out (through_definitions)
    written: Callable[[sp.Basic], sp.Basic] = lambda t: t


def bodies_agree(trees: list[sp.Basic], name: str, floor: sp.Basic, scope: Scope,
                 parse: Callable[[str], sp.Basic], reached: set[str]) -> bool:  # fmt: skip
    """Whether the notes' definitions a chain reaches (``reached``, their names) mention the family
    only at the floor, where they use it: ``a_t := w h_{t-1} + u x_t`` used as ``a_t`` beside
    ``h_{t-1}``. The unfolding rewrites the chain's members, not those bodies, so one that writes
    an entry above the floor (``L_t := (h_t - y_t)^2``) would be read with that entry free while the
    chain's is computed — a reading the notes never make: refused."""
    written = {str(a.base.label) for t in trees for a in t.atoms(sp.Indexed)}
    for key, e in scope.names.items():
        if key[1] or key[0] == name or key[0] not in reached or not (isinstance(e, Definition) and e.body):
            continue
        try:
            body = parse(e.body)
        except LatexError:
            return False
        entries = _entries(body, name)
        if not entries:
            continue
        if len(e.index_params) != 1 or key[0] not in written:
            return False  # reached only through another definition, or not a family: no index to map
        param = next((s for s in body.free_symbols if str(s) == e.index_params[0]), sp.Symbol(e.index_params[0]))
        uses = [a.indices[0] for t in trees for a in t.atoms(sp.Indexed)
                if str(a.base.label) == key[0] and len(a.indices) == 1]  # fmt: skip
        if not uses or any(sp.simplify(x.indices[0].xreplace({param: u}) - floor) != 0 for u in uses for x in entries):
            return False
    return True


class _Reader(Protocol):
    """What :func:`chain_unfolding` asks of the document checker."""

    recurrences: dict[str, Recurrence]
    rival_recurrences: dict[str, list[Recurrence]]
    text: str

    def parse(self, src: str, prime_var: sp.Basic | None = None, nc: frozenset[str] | None = None) -> sp.Basic: ...

    def _reach(self, names: set[str], scope: Scope) -> set[str]: ...


def chain_unfolding(doc: _Reader, line: int, trees: list[sp.Basic], scope: Scope) -> Unfolding | None:
    """The reading of the chain at ``line`` (members ``trees``) with a family the notes defined by a
    recurrence on an earlier line unfolded: the first such family whose unfolding is not refused
    (:func:`floor_of`, and the definitions the chain reaches agree with it: :func:`bodies_agree`)."""
    from verifier.documents.coupledworked import worked_jointly  # it builds on this module
    from verifier.documents.recurrencestart import stated_start  # it reads the prose (stated → definitions → here)

    # not the definition itself, nor a family the notes give another rule before this line (which applies?)
    parse = lambda src: doc.parse(src, None, frozenset())  # noqa: E731
    recs = {n: rec for n, rec in in_force(doc, line).items()
            if rec.line < line and VARIABLE_PREFIX + n not in scope.conventions  # (recurrencevariable)
            and all(agrees(rec, r, scope, parse) for r in doc.rival_recurrences.get(n, ())
                    if r.line < line and in_problem(doc, r.line, line))}  # fmt: skip
    if not recs:
        return None
    reached = doc._reach(set().union(*(names_in(t) for t in trees)), scope)
    every = {n for n, rec in in_force(doc, line).items() if rec.line < line}
    for name, rec in recs.items():
        if coupled(rec, every):  # x_{k+1} = x_k - \eta v_{k+1}, v by its own rule from x_k: v would be read free
            if (joint := worked_jointly(name, recs, trees, doc.text, line, parse)) is not None:
                return joint  # … unless both are unfolded to the starts the notes state (coupledworked)
            continue
        through = through_definitions(trees, name, scope, parse)
        # e_{k+1} of e_k := x_k - \sqrt{a}: an entry of x the recurrence computes (through_definitions)
        read = trees if through is None else [through(t) for t in trees]
        reached_here = reached if through is None else doc._reach(set().union(*(names_in(t) for t in read)), scope)
        floor = floor_of(read, name, rec.param)
        if floor is None:
            continue
        # what the bodies bring in counts too: g_{k+1} of x_{k+2} = x_{k+1} - \eta g_{k+1}, with the notes'
        # g_k := 2x_k, would be read with x_{k+1} free while the chain's is computed (x_{k+2} = (1-2\eta)^2 x_k
        # was FAILED)
        note, start = rec.note, stated_start(doc.text, line, name, floor, MAX_DEPTH, parse)
        if start is not None and not _differentiates_at(read, rec, sp.Integer(start[0])):
            # "with $v_0 = 0$": down to the start the prose states, at its value (recurrencestart)
            floor, note = sp.Integer(start[0]), f"{rec.note} from {name}_{start[0]} = {start[1]} (stated in the notes)"
        else:
            start = None
        opened = [unfolded(t, rec, floor) for t in read]
        brought = doc._reach(set().union(*(names_in(t) for t in opened)), scope)
        if bodies_agree(opened, name, floor, scope, parse, reached_here | brought):
            return Unfolding(note, lambda t, rec=rec, floor=floor, start=start, through=through: at_start(
                                 unfolded(through(t) if through is not None else t, rec, floor), rec.name, start),
                             lambda sc, floor=floor, name=name, read=read: floor_free(narrowed(sc, floor), name, read,
                                                                                      floor),
                             through or (lambda t: t))  # fmt: skip
    return None


def unfolding_touches(doc: _Reader, chain: _Chain, trees: Iterable[sp.Basic], scope: Scope) -> bool:
    r"""Whether the unfolded reading of ``chain`` (:func:`chain_unfolding`) changes a step whose members are
    ``trees`` (beyond writing out the definitions through the family): a link that writes the family only at
    the floor (``\frac{1}{2}(x_k + a/x_k) - \sqrt{a} = …`` after ``e_{k+1} = …``) is read as written either way,
    so no special case of the recurrence can rescue its failure.
    True where there is no unfolding to ask (the callers' doubt as before)."""
    unfold = chain_unfolding(doc, chain.line, chain_trees(chain), scope)
    return unfold is None or any(unfold.rewrite(t) != unfold.written(t) for t in trees)


def through_definitions(trees: list[sp.Basic], name: str, scope: Scope,
                         parse: Callable[[str], sp.Basic]) -> Callable[[sp.Basic], sp.Basic] | None:
    r"""The rewriting that writes out, in a chain's members, the notes' definitions of other families
    from the recurrence's family ``name`` at their own index (Newton's error ``e_k := x_k - \sqrt{a}``): a
    step about ``e_{k+1}`` is then about ``x_{k+1}``, which the recurrence computes, not a free value beside
    ``x_k`` (the right ``e_{k+1} = e_k^2 / (2x_k)`` FAILED). None where the chain writes no such family. Only
    the resolver's own substitution, done before the unfolding so that it sees the entries brought in; a
    definition with parameters, several indices or no entry of ``name`` is left to the resolver as before."""
    subs: dict[str, tuple[sp.Symbol, sp.Basic]] = {}
    written = {str(a.base.label) for t in trees for a in t.atoms(sp.Indexed) if len(a.indices) == 1}
    for key, e in scope.names.items():
        if (key[1] or key[0] == name or key[0] not in written or not isinstance(e, Definition) or not e.body
                or e.params or len(e.index_params) != 1):
            continue
        try:
            body = parse(e.body)
        except LatexError:
            continue
        if not _entries(body, name):
            continue
        param = next((s for s in body.free_symbols if str(s) == e.index_params[0]), sp.Symbol(e.index_params[0]))
        if any(param in x.indices[0].free_symbols for x in _entries(body, key[0])):
            continue  # itself a recurrence: not a plain definition
        subs[key[0]] = (param, body)
    if not subs or any(str(v.base.label) in subs for t in trees for d in t.atoms(sp.Derivative)
                       for v, _ in d.variable_count if isinstance(v, sp.Indexed)):  # fmt: skip
        return None  # \partial e_{k+1} / \partial e_k: a derivative by the entry, not by what it is

    def rewrite(tree: sp.Basic) -> sp.Basic:
        entries = {a: subs[str(a.base.label)] for a in tree.atoms(sp.Indexed)
                   if str(a.base.label) in subs and len(a.indices) == 1}  # fmt: skip
        return tree.xreplace({a: body.xreplace({param: a.indices[0]}) for a, (param, body) in entries.items()})

    return rewrite


def _differentiates_at(trees: Iterable[sp.Basic], rec: Recurrence, low: sp.Basic) -> bool:
    """Do ``trees``, unfolded down to the entry at ``low``, differentiate by that entry (Newton's ``f'(x_k)``
    unfolded to ``f'(x_0)``)? Its value cannot stand for a variable: the start is not taken then."""
    return any(isinstance(v, sp.Indexed) and str(v.base.label) == rec.name and v.indices == (low,)
               for t in trees for d in unfolded(t, rec, low).atoms(sp.Derivative)
               for v, _ in d.variable_count)  # fmt: skip


def at_start(tree: sp.Basic, name: str, start: tuple[int, sp.Basic] | None) -> sp.Basic:
    """``tree`` with the entry of ``name`` at the stated start (its index, its value) replaced by that value."""
    if start is None:
        return tree
    entries = {a: start[1] for a in tree.atoms(sp.Indexed)
               if str(a.base.label) == name and len(a.indices) == 1 and a.indices[0] == start[0]}  # fmt: skip
    return tree.xreplace(entries) if entries else tree


def coupled(rec: Recurrence, names: Iterable[str]) -> bool:
    r"""Whether ``rec``'s body writes an entry of another family the notes define by a recurrence
    (momentum: ``x_{k+1} = x_k - \eta v_{k+1}`` beside ``v_{k+1} = \beta v_k + f'(x_k)``). Only one family
    is unfolded, so the other's entries would be read as free values though they are computed from the
    same states: ``\partial x_{k+1}/\partial x_k = 1`` was PROVED (it is ``1 - \eta f''(x_k)``)."""
    return any(str(a.base.label) in set(names) - {rec.name} for a in rec.body.atoms(sp.Indexed))


def floor_free(scope: Scope | None, name: str, trees: Iterable[sp.Basic], floor: sp.Basic | None) -> Scope | None:
    r"""``scope`` with the family ``name`` no unknown function of the chain's variables: unfolded, its
    floor entries are free values (whatever the earlier states were), not a function of ``x`` whose
    derivative by ``x_t`` would add a path the recurrence does not have (:mod:`verifier.documents.generic`).
    Only where every derivative of ``trees`` is by an entry of ``name`` or by an entry of another family
    above ``floor``: the floor entries depend on ``x_{t-1}`` and on the weights (``\partial h_t/\partial
    x_{t-1} = 0`` and the truncated ``\partial h_t/\partial u`` were PROVED with them free)."""
    key = GENERIC_PREFIX + name
    if scope is None or key not in scope.conventions or floor is None or not _above_floor(trees, name, floor):
        return scope
    out = scope.copy()
    del out.conventions[key]
    return out


def _above_floor(trees: Iterable[sp.Basic], name: str, floor: sp.Basic) -> bool:
    """Is every variable ``trees`` differentiate by (a function's own derivative aside) an entry of
    ``name`` or a one-index entry of another family at an index above ``floor``?"""
    for tree in trees:
        for d in tree.atoms(sp.Derivative):
            variables = {v for v, _ in d.variable_count}
            if d.expr.free_symbols <= variables:
                continue
            for v in variables:
                if isinstance(v, sp.Indexed) and str(v.base.label) == name:
                    continue
                if not (isinstance(v, sp.Indexed) and len(v.indices) == 1):
                    return False
                gap = sp.simplify(v.indices[0] - floor)
                if not (gap.is_integer and gap.is_positive):
                    return False
    return True


def unfolded_failures(out: list[StepResult], failures: dict[tuple[str, int], StepResult],
                      recs: dict[str, Recurrence], chain: _Chain,
                      decided: dict[tuple[int, int], StepResult]) -> None:  # fmt: skip
    """Where a step still FAILED was read with a recurrence unfolded (alone, no other reading beside
    it) and failed so too, that failure is its verdict, said so — when it decides (:func:`decides`).
    ``failures``: each reading's failure per (note, step); ``decided``: where the failures that decide
    are kept, by (chain, step index), for the doubts that come after (guesses._doubt)."""
    trees = chain_trees(chain)
    for (note, k), r in failures.items():
        # the reading's note is the recurrence's, or it with the start the notes state (recurrencestart)
        rec = next((e for e in recs.values() if note == e.note or note.startswith(f"{e.note} from ")), None)
        if rec is not None and not any(str(a.base.label) == rec.name for t in step_trees(chain, k)
                                       for a in t.atoms(sp.Indexed)):  # fmt: skip
            continue  # a link of numbers after s_2 = …: its own failure stands, not the unfolding's (fresh35)
        if rec is not None and out[k].verdict is Verdict.FAILED and (
                undecided := worked_undecided(rec, floor_of(trees, rec.name, rec.param), r, trees)) is not None:
            out[k] = undecided  # \bar\theta_2 = 4 + \frac{1}{2}(2 - 4): a worked entry (recurrenceworked)
        elif rec is not None and out[k].verdict is Verdict.FAILED and decides(step_trees(chain, k), rec.name):
            out[k] = replace(r, message=f"fails when read with {note}; {r.message}")
            decided[id(chain), chain.steps[k].index] = out[k]
    # a worked entry read as a free value, its unfolding not read (recurrenceworked)
    floors = {n: floor_of(trees, n, rec.param) for n, rec in recs.items() if rec.line < chain.line}
    free_entries(out, recs, floors, lambda k: (id(chain), chain.steps[k].index) in decided, trees,
                 lambda k: step_trees(chain, k))


# the prose between the recurrence and a step names a special case of it: a constant gradient, no input,
# a converged state ("for a constant gradient, unrolling twice gives …")
_SPECIAL = re.compile(
    r"\b(?:constant|equal|zero|vanish\w*|without|steady|converge\w*|fixed\s+point|assum\w*|suppos\w*|if|"
    r"special\s+case|same|stationary|identical)\b",
    re.IGNORECASE,
)

SPECIAL_CASE = ("a special case the prose states ({word}) may be meant: read with {note} it fails, but the "
                "unfolded reading cannot take that case into account")


def special_case(lines: Sequence[str], rec: Recurrence, first: int, last: int) -> str | None:
    r"""The word by which the prose after the recurrence and before a step (``lines``, 1-based lines
    ``first``..``last``; on the recurrence's own line only what follows its last ``$``) names a special
    case of it ("for a constant gradient", "without input"), or None. A step that holds only there
    (``m_t = \beta^2 m_{t-2} + (1-\beta^2) g_t`` for constant g) fails when the recurrence is unfolded
    in general, so that failure does not decide."""
    texts = []
    for n in range(max(first, rec.line), last + 1):
        if 1 <= n <= len(lines):
            text = lines[n - 1]
            texts.append(text.rsplit("$", 1)[-1] if n == rec.line else text)
    m = _SPECIAL.search(" ".join(texts))
    return m.group(0) if m else None


def recurrence_names(trees: Iterable[sp.Basic], recs: Iterable[Recurrence]) -> set[str]:
    """What the recurrences ``recs`` relate in a step whose members are ``trees``, once unfolded: the
    names of their bodies and the indices the step writes their families at. A doubt that such a
    name is on one side only, or may depend on the variable, is answered by the recurrence."""
    trees = list(trees)
    out: set[str] = set()
    for rec in recs:
        out |= {str(s) for s in rec.body.free_symbols} | {str(a.base.label) for a in rec.body.atoms(sp.Indexed)}
        out |= {f.func.__name__ for f in rec.body.atoms(AppliedUndef)}  # f of w_t - η f'(w_t): what f's body uses
        out |= {str(s) for t in trees for e in _entries(t, rec.name) for s in e.indices[0].free_symbols}
    return out


INDEPENDENT = ("holds only with the entries of {name} read as independent values; the notes define {name} by a "
               "recurrence (line {line}: {text}), under which they are not")


def independent_greens(doc: _Reader, line: int, steps: list[StepResult], trees_of: Callable[[int], list[sp.Basic]],
                       scope: Scope) -> list[StepResult]:  # fmt: skip
    r"""A green step not read with the recurrence unfolded, with a derivative by an entry of a family
    the notes define by a recurrence, of an expression that writes (or whose definitions write)
    another entry of it: ``\partial h_t / \partial h_{t-1} = 0`` holds only with the entries read as
    independent values, which the recurrence denies. Algebra without such a derivative holds for
    every value of the entries, so for the notes' states too, and stays green."""
    recs = {n: rec for n, rec in in_force(doc, line).items() if rec.line < line}
    if not recs:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED) or UNFOLDED in (r.message or ""):
            continue
        trees = trees_of(k)
        reached = doc._reach(set().union(*(names_in(t) for t in trees)), scope) if trees else set()
        for d in (d for t in trees for d in t.atoms(sp.Derivative)):
            for name, rec in recs.items():
                by = [v for v, _ in d.variable_count if isinstance(v, sp.Indexed) and str(v.base.label) == name]
                if not by:
                    continue
                index = by[0].indices[0]
                others = any(sp.simplify(e.indices[0] - index) != 0 for e in _entries(d.expr, name))
                parse = lambda src: doc.parse(src, None, frozenset())  # noqa: E731
                if others or not bodies_agree([d.expr], name, index, scope, parse, reached):
                    why = INDEPENDENT.format(name=name, line=rec.line, text=rec.text)
                    out[k] = replace(r, verdict=Verdict.SKIPPED, counterexample=None,
                                     message="; ".join(x for x in (why, r.message) if x))  # fmt: skip
    return out


def orders_entries(trees: Iterable[sp.Basic], rec: Recurrence) -> bool:
    """Whether a step whose members are ``trees`` rests on the entries of ``rec``'s family being
    independent values: it writes them at two indices of the recurrence's letter (``h_t`` and
    ``h_{t-1}``), or differentiates by one. An identity in one entry alone (``x_k - 1 = …``) holds for
    the notes' states if it holds for every value, and fails on an open set of them if it fails; an
    entry at another letter (``x_i``) is another quantity."""
    trees = list(trees)
    entries = {e.indices[0] for t in trees for e in _entries(t, rec.name) if e.indices[0].free_symbols <= {rec.param}}
    return len(entries) > 1 or bool(entries and any(_variables(t, rec.name) for t in trees))
