r"""Derivatives in the notes: ``\partial F/\partial v``, ``\nabla_x f``, ``f'(g(x))``, and what they mean.

Split from :mod:`verifier.documents.resolve` because how a derivative is *read* is its own
question, separate from evaluating a tree: with respect to a declared variable the derivative is
taken directly (``D(f, x)`` for a whole member, witnessed by the engine); with respect to a
*defined* quantity (``\hat{y}_i``, a hidden layer ``h``) or an expression, ``F`` is evaluated with
that quantity replaced by fresh free variables (an *opaque layer*), differentiated, and the
quantity's value substituted afterwards — the partial derivative through an intermediate, as
taught. Under the direct-partials reading (backprop notes) the other defined names are held fixed.
A name the notes never define has an *unknown* derivative, never 0.

:class:`Differentiation` is a mixin of :class:`verifier.documents.resolve.Resolver`: it uses the
resolver's ``value``/``_lookup``/``_final`` and its scope, instance and opaque-layer stack.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import sympy as sp

from verifier.catalog import CatalogError, D
from verifier.documents.bars import evaluated_at
from verifier.documents.callgradients import called_gradient
from verifier.documents.context import Definition, IndexRange, Key, display_key, key_of
from verifier.documents.generic import DIRECT, PARTIALS, depends
from verifier.documents.infer import names_in
from verifier.documents.instances import LETTER_NAME
from verifier.documents.layout import differs, gradient_layout
from verifier.documents.operatorscope import CHAIN_NOTE, chain_factors
from verifier.documents.reparam import point_of
from verifier.documents.restated import RESTATED, restated_parameter
from verifier.documents.unmetintermediate import entangled, unknown_through
from verifier.documents.upstreamheld import UPSTREAM_NOTE, held_upstream
from verifier.documents.values import (
    IndexOutside,
    Ones,
    ResolveError,
    Value,
    diff_value,
    elementwise,
    free_symbols,
    is_matrix,
    norm,
    substitute,
)


@dataclass
class OpaqueLayer:
    """Names and expressions to treat as free variables while differentiating through them."""

    names: dict[Key, Value] = field(default_factory=dict)
    patterns: list[tuple[sp.Basic, Value]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    # values computed while this layer is the innermost one (family entries, definitions, arbitrary
    # functions): they depend on the layers in effect, so they live and die with the layer
    memo: dict[tuple[object, ...], Value] = field(default_factory=dict)
    # derivatives taken while this layer is the innermost one (see Differentiation._derivative)
    derivatives: dict[tuple[object, ...], Remembered] = field(default_factory=dict)
    #: for the layer of an enclosing derivative's variable (``∂/∂x_\ell`` with ``x := Az``): the symbols its
    #: actual value depends on (``z``), and its fresh ones; a derivative by one of the first of an
    #: expression holding the second would lose ``x``'s dependence on ``z`` (Differentiation._lost_dependence)
    actual_symbols: frozenset[sp.Symbol] = frozenset()
    fresh_symbols: frozenset[sp.Symbol] = frozenset()


@dataclass(frozen=True)
class Remembered:
    """A derivative already taken, with what taking it did besides its value: the readings it
    noted, the sizes it used and the opaque layers (by depth) whose names or patterns it met. A
    hit replays these, so the reported readings and sizes are those of computing it again."""

    value: Value
    readings: tuple[str, ...]
    sizes: frozenset[Key]
    used: tuple[frozenset[int], ...]


class Differentiation:
    """The resolver's derivative semantics (see the module docstring)."""

    def _gradient(self, node: sp.Basic, operator: str = "\\nabla", what: str = "gradient") -> tuple[sp.Basic, sp.Basic]:
        r"""(function, variable) of ``\nabla_x f``; ``\nabla g`` of a function the notes define with one
        parameter (``g(z) := f(Az)``) is the gradient with respect to that parameter (``operator`` and ``what``
        name the derivative in the notes: ``\nabla^2 g``, the Hessian, reads its variable here too)."""
        if len(node.args) == 2:
            return node.args[0], node.args[1]
        if len(node.args) == 1 and isinstance(node.args[0], sp.Symbol):
            entry = self.scope.names.get((node.args[0].name, ()))
            if isinstance(entry, Definition) and entry.is_function and len(entry.params) == 1:
                param = entry.params[0]
                self._note(f"{operator} {node.args[0].name} read as the {what} with respect to {param}, its parameter")
                return node.args[0], sp.Symbol(param)
            restated = self.scope.conventions.get(RESTATED + node.args[0].name)  # J(θ), then J = … (restated)
            if restated is not None and isinstance(entry, Definition):
                found = restated_parameter(restated, depends(self.scope, self.parse)(node.args[0].name), self.scope,
                                           self.parse)
                if found is not None:
                    param, at = found
                    self._note(f"{operator} {node.args[0].name} read as the {what} with respect to {param}, the "
                               f"parameter the notes write {node.args[0].name} with at line {at}")
                    return node.args[0], sp.Symbol(param)
            point = point_of(self.scope, node.args[0].name)  # f of g(z) := f(Az): at its point (documents.reparam)
            if point is not None:
                self._note(f"{operator} {node.args[0].name} read as the {what} with respect to {point}")
                return node.args[0], sp.Symbol(point)
        raise ResolveError("the variable of the gradient is not written (\\nabla_x f)")

    def _subs(self, node: sp.Subs, env: dict[str, Value]) -> Value:
        r"""``f'(g(x))`` → the derivative of ``f`` evaluated at ``g(x)``; the body is read as differentiated (a
        function written with its argument omitted is no constant there: ``\partial_\theta^2 \log p(x;\theta)``
        at θ = p was 0 with ``p(x;θ)`` read as the value ``p``, fresh75)."""
        bar = evaluated_at(self, node, env)  # type: ignore[arg-type]  # \left. … \right|_{x=0} (documents.bars)
        if bar is not None:
            return bar
        deriv, variables, points = node.args
        if len(variables) != 1 or not isinstance(deriv, sp.Derivative):
            raise ResolveError("substitution of several variables is not supported")
        (dummy,), (point,) = variables, points
        u = sp.Dummy("u", real=True)
        body = deriv.expr.xreplace({dummy: sp.Symbol("__u__")})
        was, self.differentiating = self.differentiating, True  # a derivative too (documents.omitted, fresh75)
        try:
            fu = self.value(body, {**env, "__u__": u})
        finally:
            self.differentiating = was
        count = sum(int(c) for _, c in deriv.variable_count)
        d = diff_value(fu, u, count)
        at = self.value(point, env)
        return elementwise(lambda p: substitute(d, {u: p}), at)

    # -- derivatives ------------------------------------------------------------------------
    def _independent(self, var: sp.Basic, env: dict[str, Value]) -> Value | None:
        """The value of ``var`` if it is (a block of) declared independent symbols."""
        try:
            v = norm(self.value(var, env))
        except ResolveError:
            return None
        syms = self.instance.symbols
        if isinstance(v, sp.Symbol) and v in syms:
            return v
        if is_matrix(v) and all(isinstance(e, sp.Symbol) and e in syms for e in v) and len(set(v)) == len(v):
            return v
        return None

    def _direct_derivative(self, node: sp.Basic) -> Value | None:
        """A whole-member derivative with respect to a declared variable, as ``D(f, x)``."""
        if isinstance(node, sp.Derivative):
            if len(node.variable_count) != 1 or node.variable_count[0][1] != 1:
                return None
            expr, var = node.expr, node.variable_count[0][0]
        elif called_gradient(node, self.scope):
            return None  # \nabla f(1, 0): the partials of f at the point (documents.callgradients)
        else:
            expr, var = self._gradient(node)
        self._known_dependence(expr, var)
        if self._frozen(expr, var) or held_upstream(self.scope, expr, var):
            return None  # the direct-partials or held-upstream reading: computed explicitly by _derivative
        wrt = self._independent(var, {})
        if wrt is None:
            return None
        f = self._final(self.value(expr, {}))
        # ∇_x f as the context says: the notes' layout, or the column (∂f/∂x)^T; by a matrix, shaped as it
        # (documents.layout)
        layout = self.layout if isinstance(node, sp.Derivative) else gradient_layout(self.layout, self.gradient, wrt)
        if differs(f, wrt, layout):  # the catalog's D has the catalog's layout: compute it explicitly
            return diff_value(f, wrt, 1, layout)
        try:
            return D(f, wrt)
        except CatalogError as exc:
            raise ResolveError(str(exc)) from None

    def _derivative(self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value]) -> Value:
        """``∂expr/∂pairs`` in ``env`` (:meth:`_derivative_remembered`), with the resolver marked as
        differentiating while it is taken: a derivative reached through a definition's body (``P`` with
        ``P_{qu} := \\partial^2 g/\\partial z_q \\partial z_u``, the member writes no derivative) is a
        derivative too, so a function written with its argument omitted is not read as a constant value
        inside it (documents.omitted: the Hessian of ``g(z) = f(Az)`` is not 0)."""
        was, self.differentiating = self.differentiating, True
        try:
            return self._derivative_remembered(expr, pairs, env)
        finally:
            self.differentiating = was

    def _derivative_remembered(
        self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value]
    ) -> Value:
        """``∂expr/∂pairs`` in ``env``, remembered while the innermost opaque layer lasts (or for the
        resolver's life when there is none), like the family entries and definitions of
        :meth:`Resolver._layer_memo`: a sum over indices (an implied sum through a backprop chain)
        meets the same derivative, ``∂J/∂\\hat{y}_a`` at a = 1, once per term of the other indices, and
        each time it rebuilt the definitions it goes through. The key holds everything besides the
        layers the value depends on (the expression, variables, bound names, the resolver's mode and
        nesting depths)."""
        seen = self._names_seen(expr, pairs)
        bound = tuple(sorted((k, v) for k, v in env.items() if k in seen))
        try:
            key = (expr, tuple(pairs), bound, *self._mode(), self._depth, self._generic_depth)
            hash(key)
        except TypeError:  # a bound value that cannot be hashed: computed every time
            return self._derivative_now(expr, pairs, env)
        memo = self._opaque[-1].derivatives if self._opaque else self._derivatives
        hit = memo.get(key)
        if hit is not None:
            for text in hit.readings:
                self._note(text)
            self.sizes_used |= hit.sizes
            for op, used in zip(self._opaque, hit.used, strict=True):
                op.used |= used
            return hit.value
        # every reading noted while taking it (also those already noted for this member: a hit may
        # come in another member, whose readings start empty), then merged as _note would have
        outer, self.readings = self.readings, []
        sizes, used = set(self.sizes_used), [set(op.used) for op in self._opaque]
        try:
            value = self._derivative_now(expr, pairs, env)
        finally:
            noted, self.readings = self.readings, outer
            for text in noted:
                self._note(text)
        memo[key] = Remembered(
            value,
            tuple(noted),
            frozenset(self.sizes_used - sizes),
            tuple(frozenset(op.used - before) for op, before in zip(self._opaque, used, strict=True)),
        )
        return value

    def _names_seen(self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]]) -> frozenset[str]:
        """The names a derivative's trees can read from the bound names ``env``: their symbols (an
        indexed name's base too), and those of the placeholders they use, which are read in the same
        ``env``. Definitions and called functions are read in environments of their own, so a term of
        a sum over ``b`` does not make ``∂J/∂\\hat{y}_a`` another derivative."""
        key = (expr, tuple(pairs))
        found = self._seen_names.get(key)
        if found is None:
            names: set[str] = set()
            todo = [expr, *(v for v, _ in pairs)]
            while todo:
                for s in todo.pop().atoms(sp.Symbol):
                    if s.name not in names:
                        names.add(s.name)
                        if s.name in self.placeholders:
                            todo.append(self.placeholders[s.name])
            found = self._seen_names[key] = frozenset(names)
        return found

    def _derivative_now(self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value]) -> Value:
        if len(pairs) != 1:
            if self._independent(pairs[0][0], env) is None and (through := self._mixed_through(expr, pairs, env)):
                return through[0]
            if any(self._independent(var, env) is None for var, _ in pairs[1:]):
                # ∂²ℓ/∂μ∂λ with λ := 1/σ² the notes' own: the partial by the last variable of the partial by
                # the others, each taken as a single partial is (where its value occurs: fresh54)
                return self._derivative(sp.Derivative(expr, *pairs[:-1], evaluate=False), pairs[-1:], env)
            inner = self._derivative(expr, pairs[:1], env)
            for var, count in pairs[1:]:
                wrt = self._independent(var, env)
                assert wrt is not None
                inner = diff_value(inner, wrt, int(count), self.layout)
            return inner
        var, count = pairs[0]
        count = int(count)
        split = chain_factors(expr, var) if count == 1 else None
        if split is not None:  # \frac{\partial}{\partial u} A \frac{\partial u}{\partial t} (documents.operatorscope)
            self._note(CHAIN_NOTE.format(var=short(var)))
            lead, tail = split
            return self._mul([sp.Derivative(lead, (var, 1), evaluate=False), *tail], env)
        self._known_dependence(expr, var)
        frozen = self._frozen(expr, var)
        if frozen:
            return self._direct_partial(expr, pairs, env, frozen)
        held = [] if self._no_freeze else held_upstream(self.scope, expr, var)  # G = ∂L/∂O (documents.upstreamheld)
        if held:
            return self._direct_partial(expr, pairs, env, held, f"{UPSTREAM_NOTE} ({', '.join(held)})")
        wrt = self._independent(var, env)
        if wrt is not None:
            f = self.value(expr, env)
            self._lost_dependence(f, wrt, var)
            return diff_value(f, wrt, count, self.layout)
        fresh, target, actual = self._opaque_for(var, env)
        op = self._opaque[-1]
        try:
            f = self.value(expr, env)
        finally:
            self._opaque.pop()
        if op.patterns and not op.used:  # the expression was never met: do not claim a zero derivative
            raise ResolveError(
                f"cannot differentiate with respect to {short(var)}: the expression does not depend on it "
                "through the context's definitions"
            )
        if not op.used and not op.patterns:
            # z := w^T x + b in the prose, \hat{y} := σ(w^T x + b) earlier: ŷ never names z, but z's value is
            # in it. That occurrence is the intermediate the notes differentiate through (∂ŷ/∂z = σ'(z))
            through = _through_value(f, actual, fresh)
            if through is not None and entangled(through, op.actual_symbols):
                # v := log σ² met in ½(σ² - 1 - log σ²): σ² still stands for itself, so how the expression
                # moves with v is unknown (not the -½ of holding σ fixed)
                raise ResolveError(unknown_through(short(var)))
            if through is not None:
                self._note(f"∂ by {short(var)} taken where its value occurs (the notes define it after using it)")
                f = through
            elif entangled(f, op.actual_symbols):
                raise ResolveError(unknown_through(short(var)))
        d = diff_value(f, target, count, self.layout)
        mapping = pair_up(fresh, actual)
        return substitute(d, mapping)

    def _lost_dependence(self, f: Value, wrt: Value, var: sp.Basic) -> None:
        r"""``\frac{\partial}{\partial x_\ell}\left(\frac{\partial x_\ell}{\partial z_i} \ldots\right)`` with
        ``x := Az``: inside the outer derivative ``x`` is held free, so the inner derivative by ``z`` would
        see none of ``x``'s dependence on ``z`` and give 0. The notes mean an operator product there
        (``\frac{\partial x_\ell}{\partial z_i}\frac{\partial}{\partial x_\ell}``), which is not read:
        a ResolveError rather than a wrong value."""
        syms = set(free_symbols(wrt))
        for op in self._opaque:
            if op.actual_symbols & syms and op.fresh_symbols & free_symbols(f):
                raise ResolveError(f"a derivative by {short(var)} inside a derivative by a quantity defined from it "
                                   "(an operator product?) is not read")  # fmt: skip

    def _mixed_through(
        self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value]
    ) -> tuple[Value] | None:
        r"""``\partial^2 f/\partial x_\ell \partial x_k`` with ``x`` a defined quantity (``x := Az``): every
        variable an entry of the same defined name, so one opaque layer holds it free, ``f`` is
        differentiated by each entry in turn, and ``x``'s value is substituted after (the mixed partial
        through an intermediate, as for one variable). None when the variables are not all of one name."""
        keys = [key_of(v) for v, _ in pairs]
        if any(k is None for k in keys) or any(isinstance(v, sp.Symbol) and v.name in self.placeholders
                                               for v, _ in pairs):  # fmt: skip
            return None
        base = keys[0][0]  # type: ignore[index]
        whole: Key = (base, ())
        if any(k[0] != base or (k[1] and k in self.scope.names) for k in keys) or whole not in self.scope.names:  # type: ignore[index]
            return None
        if not isinstance(self.scope.names.get(whole), Definition):
            return None
        fresh, _target, actual = self._opaque_for(sp.Symbol(base), env)
        op = self._opaque[-1]
        try:
            f = self.value(expr, env)
            targets = [self.entry(fresh, self._indices(v.indices, env), whole) if isinstance(v, sp.Indexed) else fresh
                       for v, _ in pairs]  # fmt: skip
        except IndexOutside as exc:  # ∂/∂h_{t-1} at t = 1 (documents.steps leaves the assignment out)
            raise exc.at([i for v, _ in pairs if isinstance(v, sp.Indexed) for i in v.indices]) from None
        finally:
            self._opaque.pop()
        if not op.used:
            return None
        d = f
        for target, (_v, count) in zip(targets, pairs, strict=True):
            d = diff_value(d, target, int(count), self.layout)
        return (substitute(d, pair_up(fresh, actual)),)

    def _frozen(self, expr: sp.Basic, var: sp.Basic) -> list[str]:
        """Under the direct-partials reading (``partials: direct``, backprop notes), the defined names
        held fixed in ``∂expr/∂var``: every defined name in ``expr`` (in the definition of ``expr`` when
        it is a defined name) other than ``var``. Empty when the reading is off, when ``var`` is not
        used there directly (then the derivative is total), or when nothing else is defined."""
        if self._no_freeze or self.scope.conventions.get(PARTIALS) != DIRECT:
            return []
        wrt = key_of(var)
        if wrt is None:
            return []
        head = key_of(expr)
        entry = self.scope.names.get((head[0], ())) if head is not None else None
        if isinstance(entry, Definition):
            if entry.builtin or not entry.body or (entry.is_function and not isinstance(expr, sp.Symbol)):
                return []
            # a function written bare (∂L/∂w for L(X, y, w)) is applied to the quantities its parameters
            # name: those the notes define (y := Xw + ε) are held fixed like the names of a plain body
            # (only those: an intermediate its body uses, z := y - Xw in J(w), stays a path to w)
            params = set() if entry.is_function else set(entry.params)
            names = names_in(self._def_tree(entry)) - params - set(entry.index_params)
        else:
            names = names_in(expr)
        if wrt[0] not in names:
            return []
        # a bare function's families that do not use the variable (x_i := X_{i,:}^T) are no path to hold
        # fixed: they stay read entry by entry (as a whole, a family of vectors has no value)
        bare = isinstance(entry, Definition) and entry.is_function

        def no_path(e: Definition) -> bool:
            return bare and bool(e.index_params) and wrt[0] not in names_in(self._def_tree(e))

        if isinstance(entry, Definition) and entry.is_function:
            names &= {*entry.params, wrt[0]}

        return sorted(
            n for n in names - {wrt[0]}
            if isinstance(e := self.scope.names.get((n, ())), Definition) and e.body and not e.is_function
            and not e.builtin and n not in self.generic and not no_path(e)
        )  # fmt: skip

    def _direct_partial(
        self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value], frozen: list[str],
        note: str = "",
    ) -> Value:
        """``∂y_{bh}/∂μ_{pq}`` with the other defined names of ``y`` (σ) held fixed, then given their values
        (``note``: the reading to report, when not the direct partial's)."""
        op = OpaqueLayer()
        mapping: dict[sp.Symbol, sp.Expr] = {}
        for name in frozen:
            actual = self._lookup((name, ()))
            if actual is None:
                return self._derivative_total(expr, pairs, env)
            actual = norm(actual)
            fresh = fresh_like(actual, name)
            op.names[(name, ())] = fresh
            mapping.update(pair_up(fresh, actual))
        self._note(note or f"∂ of a defined quantity read as the direct partial of its definition "
                   f"({', '.join(frozen)} held fixed), as in backpropagation")  # fmt: skip
        self._opaque.append(op)
        try:
            d = self._derivative_total(expr, pairs, env)
        finally:
            self._opaque.pop()
        return substitute(d, mapping)

    def _derivative_total(self, expr: sp.Basic, pairs: Sequence[tuple[sp.Basic, int]], env: dict[str, Value]) -> Value:
        saved, self._no_freeze = self._no_freeze, True
        try:
            return self._derivative(expr, pairs, env)
        finally:
            self._no_freeze = saved

    def _known_dependence(self, expr: sp.Basic, var: sp.Basic) -> None:
        """``∂L/∂z`` where the notes never define ``L``: an inferred free name does not depend on
        ``z``, but the author means a quantity that does. Its derivative is unknown, never 0."""
        if not self.scope.inferred:
            return
        head = key_of(expr)  # a bare name; f(x) with an arbitrary f is differentiated as the test function
        if head is None:
            return
        base = (head[0], ())
        if head[0] in self.generic:
            return  # read as an arbitrary function of what it is differentiated by
        inferred = head in self.scope.inferred or base in self.scope.inferred
        if not inferred:
            return
        if isinstance(self.scope.names.get(head), Definition) or isinstance(self.scope.names.get(base), Definition):
            return  # defined on this line or in the "where" sentence after it: reported as read, not undefined
        var_key = key_of(var)
        if var_key is not None and (var_key == head or var_key[0] == head[0]):
            return
        raise ResolveError(
            f"{display_key(head)} is not defined in the notes: its derivative with respect to {short(var)} is "
            "unknown (define it in a context)"
        )

    def _opaque_for(self, var: sp.Basic, env: dict[str, Value]) -> tuple[Value, Value, Value]:
        """Push an opaque layer for ``var``: (fresh block, the differentiation target, actual value)."""
        op = OpaqueLayer()
        if isinstance(var, sp.Symbol) and var.name in self.placeholders:
            pattern = self.placeholders[var.name]
            actual = norm(self.value(pattern, env))
            fresh = fresh_like(actual, "e")
            op.patterns.append((pattern, fresh))
            self._opaque.append(op)
            return fresh, fresh, actual
        key = key_of(var)
        if key is None:
            raise ResolveError(f"derivative with respect to {short(var)} is not supported")
        base, raw = key
        whole: Key | None = None
        rest: tuple[sp.Basic, ...] = ()
        if key in self.scope.names:
            whole = key
        elif isinstance(var, sp.Indexed):
            for cut in range(len(raw) - 1, -1, -1):
                if all(s.isdigit() for s in raw[:cut]) and (base, raw[:cut]) in self.scope.names:
                    whole, rest = (base, raw[:cut]), tuple(var.indices[cut:])
                    break
        if whole is None:
            raise ResolveError(f"{display_key(key)} is not declared or defined; cannot differentiate by it")
        if isinstance(self.scope.names.get(whole), IndexRange) and (base, (LETTER_NAME,)) in self.scope.names:
            whole = (base, (LETTER_NAME,))  # ∂/∂b_c: the vector b, though the letter b is also an index
        actual = norm(self._lookup(whole))
        if actual is None:
            raise ResolveError(f"{display_key(whole)} has no value")
        fresh = fresh_like(actual, display_key(whole))
        op.names[whole] = fresh
        op.actual_symbols = frozenset(free_symbols(actual))
        op.fresh_symbols = frozenset(free_symbols(fresh))
        self._opaque.append(op)
        if rest:
            try:
                target = self.entry(fresh, self._indices(rest, env), whole)
            except IndexOutside as exc:
                raise exc.at(rest) from None
        else:
            target = fresh
        return fresh, target, actual


def short(node: object, limit: int = 60) -> str:
    """A tree as text for a message, cut to ``limit`` characters."""
    text = str(node)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_COUNTER = itertools.count()


def fresh_like(v: Value, label: str) -> Value:
    """Fresh real symbols with the shape of ``v`` (free variables for a derivative through ``v``)."""
    tag = "".join(c for c in label if c.isalnum()) or "v"
    n = next(_COUNTER)
    if is_matrix(v):
        # SymPy hands the entry's row and column over as SymPy integers: named from Python ints, the same
        # digits without SymPy's printer at every entry of every derivative through a matrix
        return sp.ImmutableMatrix(v.rows, v.cols, lambda i, j: sp.Dummy(f"{tag}{n}_{int(i)}{int(j)}", real=True))
    if isinstance(v, Ones | D):
        raise ResolveError(f"cannot differentiate through {label}")
    return sp.Dummy(f"{tag}{n}", real=True)


def pair_up(fresh: Value, actual: Value) -> dict[sp.Symbol, sp.Expr]:
    if is_matrix(fresh):
        if not is_matrix(actual) or actual.shape != fresh.shape:
            raise ResolveError("the shape of an intermediate changed while differentiating through it")
        return dict(zip(list(fresh), list(actual), strict=True))
    return {fresh: actual}


def _through_value(f: Value, actual: Value, fresh: Value) -> Value | None:
    """``f`` with each compound entry of ``actual`` (a sum, product, function: never a bare symbol,
    which would replace every use of a variable) replaced by the matching entry of ``fresh``; None
    when no entry occurs in ``f`` or one is atomic."""
    pairs = pair_up(fresh, actual)
    if not pairs or any(v.is_Atom for v in pairs.values()):
        return None
    mapping = {v: k for k, v in pairs.items()}
    # subs, not xreplace: σ's value holds exp(-(w^T x + b)), the sum negated and distributed
    replaced = f.subs(mapping, simultaneous=True) if isinstance(f, sp.Basic) else f
    return replaced if replaced != f else None
