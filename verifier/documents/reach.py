r"""What a step reaches through the notes' definitions: the names, keys and free indices behind the names it writes.

A doubt about a failure (:mod:`verifier.documents.guesses`) asks whether a name on one side is connected to the
other through definitions (``\hat y = \sigma(z)``, ``z = w^\top x + b``), whether a definition uses an index as
a value (``p_j = e^j / \sum_i e^i``), which variables the notes define from the quantity differentiated, and
which free indices a function's body brings into a step. :class:`_Reach` answers those by walking the
definitions of the scope (bounded to 500 names); it is a base of ``_Guesses`` and reads the document's
``parse``, ``note_definitions`` and ``einstein``.
"""

from __future__ import annotations

from collections.abc import Collection

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.differentiatedindices import differentiated_free
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, free_names, step_trees
from verifier.documents.pairindices import pair_indices
from verifier.documents.typos import definition_indices
from verifier.latex import Component, LatexError
from verifier.latex.inverses import Inverse


class _Reach:
    """Reach through definitions (module docstring); a mixin of the document class."""

    def _index_as_number(self, names: set[str], scope: Scope) -> str | None:
        """The name (among ``names`` and what their definitions use) whose definition *in the notes*
        uses an index as a value (``p_j = e^j / \\sum_i e^i``, meant ``e^{o_j}``), or None."""
        for name in sorted(self._reach(names, scope)):
            entry = scope.names.get((name, ()))
            if not isinstance(entry, Definition) or entry not in self.note_definitions or not entry.body:
                continue
            try:
                tree = self.parse(entry.body, None, frozenset())
            except LatexError:
                continue
            indices = definition_indices(entry, tree)
            # q^k, e^{\lambda k}: the index a power of a parameter or multiplying one, on purpose (fresh53)
            if indices & _values_of(tree) & _bare_values(tree, indices):
                return display_key(entry.key)
        return None

    def _valued_in(self, variables: set[Key], reached: set[Key], scope: Scope) -> set[Key]:
        r"""The variables the notes define from names the differentiated quantity reaches: ``z = w^\top x + b``
        said after ``\hat y = \sigma(w^\top x + b)``. The derivative by z is taken where that value occurs
        (documents.differentiate), so the definitions connect z to the quantity as if it were written in
        it, and its other inputs (the label y) are co-inputs held fixed, not names that may hide a
        dependence on z."""
        out: set[Key] = set()
        for key in variables:
            if isinstance(scope.names.get(key), Definition):
                body = self._reach_keys({key}, scope) - {key}
                if body and body <= reached:
                    out.add(key)
        return out

    def _reach_keys(self, keys: set[Key], scope: Scope) -> set[Key]:
        """``keys`` and every key their definitions use, as :meth:`_reach` for names, but keeping ``z_2``
        (a name of its own, key ("z", ("2",))) apart from ``z``: a definition from z_2 says nothing of z_j."""
        out, todo = set(keys), list(keys)
        bare: set[Key] = set()  # as in _reach: a function a reached body writes unapplied reaches its parameters
        while todo and len(out) < 500:
            key = todo.pop()
            entry = scope.names.get(key) or (scope.names.get((key[0], ())) if not key[1] else None)
            family = scope.names.get((key[0], ())) if key[1] and entry is None else None
            if isinstance(family, Definition) and len(family.index_params) == len(key[1]):
                entry = family  # ŷ_1, an entry of ŷ defined entry-wise (ŷ_i = softmax(θ)_i)
            if isinstance(entry, Definition) and entry.body:
                try:
                    tree = self.parse(entry.body, None, frozenset())
                    written = written_keys(tree)
                    body = {k for k in written | defined_calls(tree, scope)
                            if k[0] not in entry.params or point_beside(scope, k)}
                except LatexError:
                    continue
                if key in bare and entry.is_function:
                    body |= {(p, ()) for p in entry.params}
                bare |= {k for k in written if not k[1] and k[0] not in entry.params}
                todo.extend(body - out)
                out |= body
        return out

    def _reach(self, names: set[str], scope: Scope, unapplied: Collection[str] = ()) -> set[str]:
        r"""``names`` and every name their definitions (the context's or the notes') use; ``unapplied``: those of
        ``names`` the step writes bare (``\partial L/\partial w`` of ``L(w, b)``: L at its own parameters, whose
        stated values then count, lead65)."""
        out, todo = set(names), list(names)
        # a name defined as a whole is reached through that definition; one defined only entry by entry
        # (z^{(2)}_1 := …, z^{(2)}_2 := …) through its entries' definitions
        by_base: dict[str, list[object]] = {}
        for key, e in scope.names.items():
            if key[1] and isinstance(scope.names.get((key[0], ())), Definition):
                continue
            by_base.setdefault(key[0], []).append(e)
        bare: set[str] = set(unapplied)  # the names a reached body writes unapplied (the f of L = \log(1 + e^{-f}))
        while todo and len(out) < 500:
            name = todo.pop()
            for entry in by_base.get(name, ()):
                if not (isinstance(entry, Definition) and entry.body):
                    continue
                try:
                    tree = self.parse(entry.body, None, frozenset())
                except LatexError:
                    continue
                # g(t) = f'(t): a body applying another function the notes define reaches that one's names
                called = {f.func.__name__ for f in tree.atoms(AppliedUndef)} & by_base.keys()
                body = (names_in(tree) | called) - set(entry.params)
                # t_0 beside the parameter t (y(t) = 1/(1 + e^{-r(t - t_0)})): a name of the notes it reaches
                body |= {k[0] for k in written_keys(tree) if k[0] in entry.params and point_beside(scope, k)}
                # f(h, r, t) = \sum_i h_i r_i t_i written bare in another body: that f is f at its own parameters,
                # the notes' h, r and t, which the step then reaches (their stated values count: fresh70)
                if name in bare and entry.is_function:
                    body |= set(entry.params)
                bare |= names_in(tree) - set(entry.params)
                todo.extend(body - out)
                out |= body
        return out

    def _step_reached(self, chain: _Chain, scope: Scope, k: int) -> set[str]:
        """The indices step ``k`` of ``chain`` has through the notes' definitions (:meth:`_reached_free`)."""
        return {n for t in step_trees(chain, k) if isinstance(t, sp.Basic) for n in self._reached_free(t, scope)}

    def _reached_free(self, tree: sp.Basic, scope: Scope) -> set[str]:
        r"""The free indices of the notes' function definitions ``tree`` reaches: ``d\ell/d\alpha`` after
        ``\ell(\alpha) = … \log x_m …`` (x_m a quantity the prose names, documents.dangling) writes m
        through ℓ, so m is on both sides of a step that writes it on the right. None where the notes sum
        repeated indices (a body's free-looking index may be summed there)."""
        out: set[str] = set()
        if self.einstein:
            return out
        written = names_in(tree)
        for name in self._reach(written, scope):
            entry = scope.names.get((name, ()))
            if not (isinstance(entry, Definition) and entry.is_function and entry.body) or entry.builtin:
                continue
            try:
                body = self.parse(entry.body, None, frozenset())
            except LatexError:
                continue
            # a family's own index (r_i(a, b) = a e^{b x_i} - y_i) reached through another body (S = ½ Σ_i r_i²)
            # is the index that body writes, bound or free there: not free of its own (fresh65)
            bound = frozenset(entry.params) | (frozenset() if name in written else frozenset(entry.index_params))
            out |= {i for x in body.atoms(sp.Indexed) for i in free_names(x, bound, bases=False)
                    if i in free_names(body, bound)}  # fmt: skip
        # ∂L/∂z_j after L = -\log p_y: the value definitions the derivative differentiates (differentiatedindices)
        out |= differentiated_free(tree, scope, self._reach, lambda b: self.parse(b, None, frozenset()))
        # 2(h - 2) after h = θ_w − θ_l: the pair the value definition is about (documents.pairindices)
        return out | pair_indices([tree], scope, lambda b: self.parse(b, None, frozenset()))[0]


def _values_of(tree: sp.Basic) -> set[str]:
    r"""Names of the symbols of ``tree`` used as values: outside subscripts (δ_{ij}'s too), sum limits and the
    conditions of a case (``\sum_{j \neq i}``'s ``Ne(i, j)``)."""
    if isinstance(tree, sp.Indexed | sp.KroneckerDelta):
        return set()
    if isinstance(tree, Component):  # softmax(θ)_i: the subscript of a function's value is not a value
        return _values_of(tree.args[0])
    if isinstance(tree, sp.Symbol):
        return {tree.name}
    if isinstance(tree, sp.Sum | sp.Product):
        return _values_of(tree.function)
    if isinstance(tree, sp.Piecewise):  # \sum_{j \neq i}: the condition compares indices, no value (fresh39)
        return set().union(*(_values_of(e) for e, _ in tree.args))
    out: set[str] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic):
            out |= _values_of(a)
    return out


def _bare_values(tree: sp.Basic, indices: set[str], attached: bool = False) -> set[str]:
    r"""The ``indices`` ``tree`` uses as values on their own: not multiplying another name (``\lambda k``) nor in
    the power of a base that writes one (``q^k``), which a family of distributions writes on purpose; ``e^j``,
    ``2j`` and ``\binom{n}{j}`` use j alone (a score's typo, ``e^j`` for ``e^{o_j}``, reads so)."""
    if isinstance(tree, sp.Indexed | sp.KroneckerDelta):
        return set()
    if isinstance(tree, sp.Symbol):
        return {tree.name} & indices if not attached else set()
    if isinstance(tree, Component):
        return _bare_values(tree.args[0], indices, attached)
    if isinstance(tree, sp.Sum | sp.Product):
        return _bare_values(tree.function, indices, attached)
    if isinstance(tree, sp.Piecewise):
        return set().union(*(_bare_values(e, indices, attached) for e, _ in tree.args))

    def named(node: sp.Basic) -> bool:  # a name other than the indices (λ, q)
        return any(isinstance(s, sp.Symbol) and s.name not in indices for s in node.free_symbols)

    def parameter(node: sp.Basic) -> bool:  # a factor that is a name (λ, 1/τ, λ²), not a sum or a quotient of them
        base = node.base if isinstance(node, sp.Pow) and node.exp.is_number else node
        return isinstance(base, sp.Symbol) and base.name not in indices

    if isinstance(tree, sp.Mul):
        with_name = attached or any(parameter(a) for a in tree.args if isinstance(a, sp.Basic))
        return set().union(*(_bare_values(a, indices, with_name) for a in tree.args if isinstance(a, sp.Basic)))
    if isinstance(tree, sp.Pow):
        powered = attached or named(tree.base)
        return _bare_values(tree.base, indices, attached) | _bare_values(tree.exp, indices, powered)
    out: set[str] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic):
            out |= _bare_values(a, indices, attached)
    return out


def written_keys(tree: sp.Basic) -> set[Key]:
    """The names written in ``tree`` as keys (``z_2`` is ("z", ("2",)), ``z_j`` is ("z", ())), without
    the bare letter of an indexed name: ``z_2`` alone does not write ``z``."""
    out: set[Key] = set()
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, sp.Indexed):
            raw = tuple(str(i) for i in node.indices)
            out.add((str(node.base.label), raw if all(r.isdigit() for r in raw) else ()))
            todo.extend(i for i in node.indices if not i.is_Integer)
        elif isinstance(node, sp.Symbol):
            out.add((node.name, ()))
        else:
            if isinstance(node, Inverse):  # σ^{-1}(x - μ): σ, also where it is a quantity (documents.inverses)
                out.add((str(node.args[0]), ()))
            if isinstance(node, AppliedUndef):  # J(θ) with J defined by the notes: its body is reached too
                out.add((node.func.__name__, ()))
            todo.extend(node.args)
    return out


def defined_calls(tree: sp.Basic, scope: Scope) -> set[Key]:
    r"""The functions ``tree`` applies that the notes or a context define (``J(\theta)`` with
    ``J(\theta) = \frac12\|X\theta - y\|^2``): a side reaches what their bodies use, as it does
    through a defined name."""
    return {key for f in tree.atoms(AppliedUndef)
            if isinstance(scope.names.get(key := (f.func.__name__, ())), Definition)}  # fmt: skip


def point_beside(scope: Scope, key: Key) -> bool:
    r"""Is ``key`` (``x_0``, written in the body of a function of x) a name of its own, the point beside a scalar
    parameter (``T(x) = f(x_0) + f'(x_0)(x - x_0)``)? The notes know it as a number and x is no vector or matrix:
    the resolver reads it so where the argument is a number (documents.resolve, lead55)."""
    own, letter = scope.names.get(key), scope.names.get((key[0], ()))
    return bool(key[1]) and isinstance(own, VarDecl) and own.kind == "scalar" and not (
        isinstance(letter, VarDecl) and letter.kind in ("vector", "matrix"))
