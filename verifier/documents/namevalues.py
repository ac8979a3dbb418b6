r"""What a name means at one instance: the resolver's lookups.

A name of the notes is a declared variable (its value at the instance's sizes), a size, an index (free
here: no value), a definition (its body read with the resolver, remembered per opaque layer and mode),
a family used bare (the vector of its entries over the declared ranges) or one entry of it, or an
undefined name the chain differentiates (an arbitrary smooth function, :mod:`verifier.documents.generic`).
The walk of a tree is :class:`verifier.documents.resolve.Resolver`'s; this mixin (the state is the
resolver's own) answers what each name it meets stands for, and reads a definition's body once
(its implied sums, its sum over every term after it, the symmetric and ±1 readings' names).
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy as sp

from verifier.catalog import D
from verifier.documents.context import (
    Definition,
    Dim,
    IndexRange,
    Key,
    Size,
    VarDecl,
    display_key,
)
from verifier.documents.generic import MAX_ARGUMENTS, smooth, top_key
from verifier.documents.instances import dim_value, size_of
from verifier.documents.numberedentries import defined_entries
from verifier.documents.optimum import bound_parameters
from verifier.documents.restsums import summed_body
from verifier.documents.signlabels import signed_in
from verifier.documents.symmetricprose import symmetrised_in
from verifier.documents.values import (
    DimensionError,
    Ones,
    ResolveError,
    Value,
    is_matrix,
    norm,
)
from verifier.latex import LatexError

__all__ = ["NameValues"]


class NameValues:
    """The name lookups of :class:`~verifier.documents.resolve.Resolver` (a mixin)."""

    # -- lookup -----------------------------------------------------------------------------
    def _lookup(self, key: Key) -> Value | None:
        """Value of a name (opaque overrides first), or None if the name is unknown."""
        for op in reversed(self._opaque):
            if key in op.names:
                op.used.add(0)
                return op.names[key]
        if not key[1] and key[0] in self.generic and self._generic_on:
            return self._generic_value(key[0])
        entry = self.scope.names.get(key)
        if entry is None:
            return None
        if isinstance(entry, VarDecl):
            if entry.kind == "function":
                raise ResolveError(f"{display_key(key)} is a function; call it with an argument")
            self.sizes_used |= self.instance.size_deps.get(key, frozenset())
            if key in self.instance.too_large:
                raise ResolveError(self.instance.too_large[key])
            if (whole := defined_entries(self.scope, key, self.instance.variables[key].value, self._lookup)):
                self._note(whole[1])  # z = [z_0, z_1, z_2] after z_0 := 1, z_1 := … (documents.numberedentries)
                return whole[0]
            return self.instance.variables[key].value
        if isinstance(entry, Size):
            self.sizes_used.add(key)
            return sp.Integer(self.instance.sizes[key])
        if isinstance(entry, IndexRange):
            raise ResolveError(f"index {display_key(key)} is free here but has no value")
        if isinstance(entry, Definition):
            return self._definition_value(entry)
        return None

    def _definition_value(self, d: Definition) -> Value:
        if d.builtin or d.is_function:
            if d.params:
                # used bare (``\partial L / \partial w`` after ``L(y, y^*) := …``): its parameters are the
                # names in scope (a parameter is a plain name: ``y^*`` is the name ystar, not a product)
                return self._call_definition(d, [self._bare_argument(d, p) for p in d.params], {})
            raise ResolveError(f"{display_key(d.key)} is a function; call it with an argument")
        if d.index_params:
            if d.key in self._whole_open:  # f_t = σ(a_t), a_t = w_f x_t: f's entries need f (a cycle)
                raise ResolveError(f"family {display_key(d.key)} is needed to compute its own entries (a cycle)")
            self._whole_open.add(d.key)
            try:
                return self._whole_family(d)
            finally:
                self._whole_open.discard(d.key)
        return self._plain_definition(d)

    def _whole_family(self, d: Definition) -> Value:
        """A family used bare: the vector (a matrix for two indices) of its entries over the declared ranges."""
        # the whole family as a vector (a matrix for two indices) over the declared ranges
        if len(d.index_params) > 2:
            raise ResolveError(f"family {display_key(d.key)} has several indices; use its entries")
        ranges = [self._index_range(p) for p in d.index_params]
        if len(ranges) == 1:
            (lo, hi), (lo2, hi2) = ranges[0], (1, 1)
        else:
            (lo, hi), (lo2, hi2) = ranges
        rows = [
            [self._family_entry(d, [k] if len(ranges) == 1 else [k, m]) for m in range(lo2, hi2 + 1)]
            for k in range(lo, hi + 1)
        ]
        if any(is_matrix(e) for row in rows for e in row):
            raise ResolveError(f"the entries of family {display_key(d.key)} are not scalars")
        return norm(sp.ImmutableMatrix(rows))

    def _plain_definition(self, d: Definition) -> Value:
        cacheable = not self._opaque
        ckey = (d.key, self.differentiating)  # f(x) is the value f only outside a derivative (documents.omitted)
        if cacheable and ckey in self._cache:
            return self._cache[ckey]
        memo, mkey = self._layer_memo(), ("definition", d.key, *self._mode())
        if not cacheable and mkey in memo:
            return memo[mkey]
        open_key = (id(memo), mkey, tuple(sorted(self.bound_params)))  # d needed while computing d: a cycle
        if self._depth > 40 or open_key in self._plain_open:
            raise ResolveError(f"definitions nested too deeply at {display_key(d.key)} (a cycle?)")
        self._depth += 1
        self._plain_open.add(open_key)
        try:
            value = self.value(self._def_tree(d), bound_parameters(self, d.key[0]))
        finally:
            self._depth -= 1
            self._plain_open.discard(open_key)
        if cacheable:
            self._cache[ckey] = value
        else:
            memo[mkey] = value
        return value

    def _mode(self) -> tuple[object, ...]:
        """What besides the layers a remembered value depends on: the flags that change between
        members or inside one (``differentiating``), and the index assignment (``indices._holds``)."""
        return (self._generic_on, self._no_freeze, frozenset(self._calls_on), tuple(sorted(self.indices.items())),
                self.differentiating)

    def _layer_memo(self) -> dict[tuple[object, ...], Value]:
        r"""Where values computed now are remembered: the innermost opaque layer's memo (its values hold
        only while it is in effect), else the resolver's. A family entry such as ``\mu_{bh}`` is met
        once per term of every sum over it; computing it once per layer keeps a backprop chain linear
        in its sums instead of multiplying them."""
        return self._opaque[-1].memo if self._opaque else self._memo

    def _generic_value(self, name: str) -> Value:
        """An undefined name the chain differentiates: an arbitrary smooth function of the quantities
        :mod:`verifier.documents.generic` chose, at their current values (through opaque layers, so
        its derivatives through intermediates are total)."""
        cacheable = not self._opaque  # through an opaque layer its arguments are other values
        if cacheable and name in self._generic_cache:
            return self._generic_cache[name]
        memo, mkey = self._layer_memo(), ("generic", name, *self._mode())
        if not cacheable and mkey in memo:
            return memo[mkey]
        if self._generic_depth > 4:
            raise ResolveError(f"{name} is read as a function of itself")
        self._generic_depth += 1
        try:
            try:
                args = self._generic_arguments(name, self.generic[name])
            except DimensionError as exc:
                near = self.generic_near.get(name)
                if not near:
                    raise
                # a quantity the notes define downstream (Z = Y_1 + Y_2) cannot be formed at these sizes
                # (the notes' example holds only when they agree): read the loss as a function of what
                # the chain differentiates it by, and say so
                args = self._generic_arguments(name, near)
                self._note(f"{name} read as a function of {', '.join(display_key(top_key(t)) for t in near)} "
                           f"alone: {', '.join(display_key(top_key(t)) for t in self.generic[name])} cannot be "
                           f"formed at the sizes checked ({exc})")  # fmt: skip
        finally:
            self._generic_depth -= 1
        if len(args) > MAX_ARGUMENTS:
            raise ResolveError(f"{name} is not defined in the notes and depends on too many entries ({len(args)}) "
                               "to be read as an arbitrary function")  # fmt: skip
        # the reading is reported with the step through the name's inferred note (generic.annotate)
        variable = self.instance.variables.get((name, ()))
        shape = variable.value if variable is not None else sp.Integer(0)
        if is_matrix(shape):
            cols = shape.cols
            value: Value = norm(sp.ImmutableMatrix(shape.rows, cols, lambda i, j: smooth(name, 1 + i * cols + j, args)))
        else:
            value = smooth(name, 0, args)
        if cacheable:
            self._generic_cache[name] = value
        else:
            memo[mkey] = value
        return value

    def _generic_arguments(self, name: str, tops: Sequence[str]) -> list[sp.Expr]:
        """The entries of the quantities ``tops`` (:func:`generic.encode`) an arbitrary ``name`` takes."""
        args: list[sp.Expr] = []
        for top in tops:
            v = self._lookup(top_key(top))
            if v is None:
                raise ResolveError(f"{name} is read as a function of {top}, which has no value here")
            v = norm(v)
            if isinstance(v, Ones | D):
                raise ResolveError(f"{name} is read as a function of {top}, which is not a plain value")
            args.extend(list(v) if is_matrix(v) else [v])
        return args

    def _def_tree(self, d: Definition) -> sp.Basic:
        # (one letter at several arities is several functions: H(p) beside H(p, q), documents.calls; lead64)
        entry = self.scope.names.get(d.key)
        at = (d.key, len(d.params)) if isinstance(entry, Definition) and entry.overloads else d.key
        if at not in self._defs:
            try:
                self._defs[at] = self.parse(d.body)
            except LatexError as exc:
                raise ResolveError(
                    f"the definition of {display_key(d.key)} (context line {d.line}) cannot be read: {exc.message}"
                ) from None
            if (summed := summed_body(d.body, self._defs[at], self.parse)) is not None:
                self._defs[at] = summed  # ℓ = \sum_i y_i \log h_i + (1 - y_i)\log(1 - h_i) (restsums)
                self._note(f"the definition of {display_key(d.key)}: its sum over every term after it")
            if not d.params:
                self._defs[at] = self._implied_sums(d, self._defs[at])
            self._defs[at] = symmetrised_in(self.scope, self._defs[at])  # the symmetric reading's names
            self._defs[at] = signed_in(self.scope, self._defs[at])  # the ±1 reading's labels (signlabels)
        return self._defs[at]

    def _implied_sums(self, d: Definition, tree: sp.Basic) -> sp.Basic:
        """``J = -y_i \\log \\hat{y}_i``: a name without an index defined by a body whose index repeats
        can only mean the sum over that index (the literal reading leaves the index free, which no
        value of J can be); so can an entry's body that repeats an index other than the entry's own
        (``v_b = \\frac{1}{H} \\mathbf{1}_h \\mu_{bh}^2`` sums over h). The reading is reported with the step."""
        from verifier.documents.substituted import implied_sums  # readings (which it uses) imports this module

        def is_index(name: str) -> bool:
            return isinstance(self.scope.names.get((name, ())), IndexRange)

        declared = self.scope.conventions.get("summation") == "einstein"
        summed, why = implied_sums(d, tree, is_index, declared)  # v_b = 1_h mu_{bh}^2: b is v's own index
        if why:
            self._note(f"the definition of {display_key(d.key)} {why} (implied summation)")
        return summed

    def _family_entry(self, d: Definition, indices: Sequence[int]) -> Value:
        if len(indices) != len(d.index_params):
            raise ResolveError(f"{display_key(d.key)} takes {len(d.index_params)} index(es)")
        memo = self._layer_memo()
        mkey = ("entry", d.key, tuple(indices), *self._mode())
        if mkey not in memo:
            env = {**bound_parameters(self, d.key[0]),
                   **{p: sp.Integer(k) for p, k in zip(d.index_params, indices, strict=True)}}
            if self._depth > 40:  # a_t = 2b_t, b_t = a_{t-1} + 1: each entry asks for the one before, no base
                raise ResolveError(f"entries of {display_key(d.key)} nested too deeply (a recurrence without a base?)")
            self._depth += 1
            try:
                memo[mkey] = self.value(self._def_tree(d), env)
            finally:
                self._depth -= 1
        return memo[mkey]

    def _index_range(self, name: str) -> tuple[int, int]:
        entry = self.scope.names.get((name, ()))
        if not isinstance(entry, IndexRange):
            raise ResolveError(f"the range of index {name} is not declared (add '{name}: index 1..K')")
        lo, hi = (self._dim(d) for d in (entry.lo, entry.hi))
        return lo, hi

    def _dim(self, dim: Dim) -> int:
        if not isinstance(dim, int):
            self.sizes_used.add(size_of(dim))
        return dim_value(dim, self.instance.sizes)
