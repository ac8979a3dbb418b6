r"""What a function application in the notes means: the resolver's calls.

``\sigma(z)``, ``\operatorname{softmax}(o)_j``, a function the notes define (``J(\theta) :=
\frac12\|X\theta - y\|^2``, applied entry by entry only where its body allows it), ``\nabla_x f``,
``\nabla^2_x f``, ``\partial f/\partial X^\top``, and a function of a whole vector written on one
entry of it (``\psi(v_a)``). A mixin of :class:`verifier.documents.resolve.Resolver` (the state is the
resolver's own); one meaning per built-in name, from :mod:`verifier.documents.functions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D
from verifier.documents.callgradients import gradient_of_call, hessian_of_call
from verifier.documents.context import (
    Definition,
    VarDecl,
    display_key,
)
from verifier.documents.differentiate import short as _short
from verifier.documents.entrydefined import entry_defined_value
from verifier.documents.entrywiseprime import entrywise_hadamard
from verifier.documents.functions import TWO_ARGUMENTS
from verifier.documents.generic import (
    MAX_ARGUMENTS,
    smooth,
)
from verifier.documents.infer import names_in
from verifier.documents.inversevariable import by_inverse
from verifier.documents.kronecker import VEC, stacked
from verifier.documents.layout import MIXED, differs, gradient_layout
from verifier.documents.omitted import bracketed_factor, omitted_argument
from verifier.documents.operatorscope import constant_tail, tail_note
from verifier.documents.parameterderivatives import read_at_parameters
from verifier.documents.prosefunctions import reading as prose_reading
from verifier.documents.removablepoints import removable_value
from verifier.documents.rowsoftmax import COLUMNS as SOFTMAX_COLUMNS
from verifier.documents.semicolon import filled
from verifier.documents.spreadnames import SPREAD
from verifier.documents.subscriptparams import bound_body, parameter_tree, summed_parameter
from verifier.documents.values import (
    BUILTIN_FUNCTIONS,
    Eye,
    Ones,
    ResolveError,
    Value,
    builtin,
    elementwise,
    free_symbols,
    is_matrix,
    norm,
    test_function,
)
from verifier.walker import atoms_of

__all__ = ["Calls", "entry_indices"]


def entry_indices(tree: sp.Basic) -> set[str]:
    r"""The letters written as indices of the entries in ``tree`` (``i`` of ``\operatorname{diag}(\mu_i(1-\mu_i))``):
    the index a diagonal matrix over a range binds (:meth:`Calls._diag_over_range`, documents.members.free_names)."""
    return {str(i) for sub in atoms_of([tree], (sp.Indexed,)) for i in sub.indices if isinstance(i, sp.Symbol)}


class Calls:
    """The function applications of :class:`~verifier.documents.resolve.Resolver` (a mixin)."""

    # -- functions --------------------------------------------------------------------------
    def _call(self, node: AppliedUndef, env: dict[str, Value]) -> Value:
        name = node.func.__name__
        if name == "transpose":
            (arg,) = node.args
            v = self.value(arg, env)
            if isinstance(v, Ones):
                return Ones(not v.transposed, v.scale)
            if isinstance(v, Eye):
                return v
            return norm(v.T) if is_matrix(v) else v
        if name == "hessian":  # \nabla^2_x f (notation helper: verifier.documents.operators.hessian)
            if (at := hessian_of_call(self, node, env)) is not None:  # \nabla^2 f(x, y) (documents.callgradients)
                return at
            if len(node.args) != 2:  # \nabla^2 g of a function of one parameter: by that parameter, as \nabla g
                node = node.func(*self._hessian_variable(node))
            f, var = node.args
            wrt = self._independent(var, env)
            if wrt is None:
                raise ResolveError(f"a Hessian with respect to {_short(var)} is not supported")
            try:
                return _operators()["hessian"](self._derivative(f, ((var, 1),), env), wrt)
            except ResolveError as literal:
                return self._hessian_of_lead(node, wrt, env, literal)
        if name == "bytranspose":
            return self._by_transpose(node, env)
        if name == "byinverse":  # \partial f / \partial \Sigma^{-1} (documents.inversevariable)
            return by_inverse(self, node, env)
        if name == "vec" and len(node.args) == 1:  # the columns stacked, or the rows (documents.kronecker)
            return stacked(self.value(node.args[0], env), self.scope.conventions.get(VEC) == "rows")
        if name == "grad":
            if (at := gradient_of_call(self, node, env)) is not None:  # \nabla f(1, 0) (documents.callgradients)
                return at
            f, var = self._gradient(node)
            d = self._derivative(f, ((var, 1),), env)
            # ∇_x f of a scalar f as a column where the context says so, ∇_A f shaped as A in every layout
            # (documents.layout.gradient_layout)
            if self.layout == "numerator" and isinstance(d, sp.MatrixBase):
                wrt = self.value(var, env)
                column = isinstance(wrt, sp.MatrixBase) and gradient_layout(self.layout, self.gradient, wrt) == MIXED
                if column and ((d.rows == 1 and wrt.shape == (d.cols, 1))  # a row for a column x
                               or (min(wrt.shape) > 1 and d.shape == (wrt.cols, wrt.rows))):  # (∂f/∂A)^T
                    return sp.ImmutableMatrix(d.T)
            return d
        if name == "hadamard":  # u ∘ σ'(t): σ' taken entry by entry (documents.entrywiseprime)
            entrywise = entrywise_hadamard(self, node, env)  # type: ignore[arg-type]
            if entrywise is not None:
                return entrywise
        over = None
        if name == "diag" and len(node.args) == 1:
            from verifier.documents.operators import diag_over_index  # late: operators imports this module

            over = diag_over_index(node.args[0])  # diag(μ_i(1 - μ_i)): the matrix over i, not a number
        try:
            args = [self.value(a, env) for a in node.args]
        except ResolveError:
            if over is not None:  # the index left free inside (no implied sum makes it a number): say why
                return self._diag_over_range(node.args[0], env, over)
            raise
        if over is not None and not is_matrix(args[0]):
            return self._diag_over_range(node.args[0], env, over)
        if name == "diag" and len(args) == 1 and (jacobian := _entrywise_jacobian(node.args[0], args[0])) is not None:
            self._note("diag(σ'(z)) of an entry-wise function: the diagonal matrix of its derivatives")
            return jacobian  # diag(σ'(z)): σ'(z) of a vector read as its diagonal Jacobian, that matrix (fresh15)
        if (factor := bracketed_factor(self, node, args)) is not None:  # \eta_{\max}(W + 1) (documents.omitted)
            return factor
        try:
            return self.apply(name, args, env, written=tuple(node.args))
        except ResolveError as literal:
            entry = self._output_entry(node, args, env)
            if entry is None:
                raise literal from None
            return entry

    def _diag_over_range(self, arg: sp.Basic, env: dict[str, Value], why: str) -> Value:
        r"""``\operatorname{diag}(\mu_i(1-\mu_i))``: the diagonal matrix whose k-th entry is the argument at i = k,
        over the range the step's scope gives the free index (a sum over it in the chain, a declared range); the
        reason ``why`` where there is none, or the argument is no number at each entry (lead63)."""
        free = {i for i in entry_indices(arg) if i not in env}
        if len(free) != 1:
            raise ResolveError(why)
        (index,) = free
        try:
            lo, hi = self._index_range(index)
            entries = [self.value(arg, {**env, index: sp.Integer(k)}) for k in range(lo, hi + 1)]
        except ResolveError:
            raise ResolveError(why) from None
        if not entries or any(is_matrix(e) for e in entries):
            raise ResolveError(why)
        self._note(f"diag over the index {index} ({lo}..{hi}): the diagonal matrix of the argument's entries")
        return sp.ImmutableMatrix(sp.diag(*entries))

    def _hessian_variable(self, node: AppliedUndef) -> tuple[sp.Basic, sp.Basic]:
        r"""(function, variable) of ``\nabla^2 g`` written without its variable: read as the variable of
        ``\nabla g`` (:meth:`~verifier.documents.differentiate.Differentiation._gradient`: the one parameter of a
        function the notes define, the one they write it with), and nothing else."""
        try:
            return self._gradient(node, "\\nabla^2", "Hessian")
        except ResolveError:
            raise ResolveError("the variable of the Hessian is not written (\\nabla^2_x f)") from None

    def _hessian_of_lead(self, node: AppliedUndef, wrt: Value, env: dict[str, Value], literal: ResolveError) -> Value:
        r"""``\mathbf{w}^\top \nabla^2_\theta R\, \mathbf{w}`` when the Hessian of the whole argument
        ``R\mathbf{w}`` cannot be taken: the trailing factors that do not depend on the variable are the
        product's (documents.operatorscope.constant_tail); else the literal reading's error."""
        var = free_symbols(wrt)

        def depends(factor: sp.Basic) -> bool:
            try:
                return bool(free_symbols(self.value(factor, env)) & var)
            except ResolveError:
                return True

        split = constant_tail(node.args[0], depends)
        if split is None:
            raise literal
        lead, tail = split
        value = self._mul([node.func(lead, node.args[1]), *tail], env)
        self._note(tail_note(r"\nabla^2", _short(node.args[1]), tail))
        return value

    def _output_entry(self, node: AppliedUndef, args: list[Value], env: dict[str, Value]) -> Value | None:
        r"""``\psi(v_a)``, ``\text{softmax}(z_j)`` for ``softmax(z)_j``: a function of a whole vector
        written on one entry of it, which it cannot take (a softmax of a scalar). The notes mean the
        entry's place in the function's output, the only meaning the formula has; reported with the step."""
        (arg,) = node.args if len(node.args) == 1 else (None,)
        if not isinstance(arg, sp.Indexed) or len(arg.indices) != 1 or is_matrix(args[0]):
            return None
        try:
            whole = self.value(sp.Symbol(str(arg.base.label)), env)
        except ResolveError:
            return None  # softmax(z_2), z_2 a name of its own and no z: the literal reading's error says why
        if not is_matrix(whole) or 1 not in whole.shape or list(whole).count(args[0]) != 1:
            return None
        out = self.apply(node.func.__name__, [whole], env)
        if not is_matrix(out) or out.shape != whole.shape:
            return None
        name = node.func.__name__
        self._note(f"{name}({display_key((str(arg.base.label), (str(arg.indices[0]),)))}) read as entry "
                   f"{arg.indices[0]} of {name} of the whole vector (it takes a vector)")  # fmt: skip
        return list(out)[list(whole).index(args[0])]

    def _by_transpose(self, node: AppliedUndef, env: dict[str, Value]) -> Value:
        r"""``\frac{\partial f}{\partial X^\top}`` (``bytranspose(Derivative(f, X))``): the derivative by the
        entries of Xᵀ — for a scalar f the transpose of ∂f/∂X in the layout the step is read in (the
        transposed variable transposes the layout), for a vector f by a vector x the Jacobian ∂f_i/∂x_j
        (the textbook ∂f/∂xᵀ, which the transposed variable fixes whatever the layout)."""
        (deriv,) = node.args
        if not isinstance(deriv, sp.Derivative) or len(deriv.variable_count) != 1:
            raise ResolveError("a derivative by a transposed variable must be a first derivative")
        ((var, _count),) = deriv.variable_count
        f, wrt = norm(self.value(deriv.expr, env)), norm(self.value(var, env))
        d = norm(self.value(deriv, env))
        if not is_matrix(d):
            return d
        if not is_matrix(f) or f.shape == (1, 1):
            return norm(d.T)  # in either layout, transposing the variable transposes the layout of ∂f/∂X
        if 1 in f.shape and is_matrix(wrt) and 1 in wrt.shape:
            return norm(d.T) if differs(f, wrt, self.layout) else d  # the catalog's Jacobian (documents.layout)
        raise ResolveError("a derivative of a matrix by a transposed variable is not supported")

    def apply(
        self, name: str, args: list[Value], env: dict[str, Value], written: tuple[sp.Basic, ...] | None = None
    ) -> Value:
        """Call a function by name: the document's definitions first, then the built-ins (``written``: the
        arguments as the notes write them, where the caller has them: documents.omitted)."""
        entry = self.scope.names.get((name, ()))
        if isinstance(entry, Definition) and (entry.is_function or entry.builtin):
            return self._call_definition(entry, args, env)
        if isinstance(entry, VarDecl) and entry.kind == "function":
            undefined = (name, ()) in self.scope.inferred
            if undefined and is_matrix(args[0]) and name not in self._calls_on:
                raise ResolveError(f"{name} is not defined in the notes: what {name} of a vector means is unknown")
            if undefined and (len(args) != 1 or is_matrix(args[0])):
                # J(\theta), \ell(X, y, w): a scalar function of everything it is applied to, arbitrary
                # (verifier.documents.generic); a step that says what it is cannot fail (doubts)
                flat: list[sp.Expr] = []
                for a in args:
                    if isinstance(a, Ones | D):
                        raise ResolveError(f"{name} is not defined in the notes and is applied to {_short(a)}")
                    flat.extend(list(a) if is_matrix(a) else [a])
                if len(flat) > MAX_ARGUMENTS:
                    raise ResolveError(f"{name} is not defined in the notes and has too many inputs ({len(flat)}) to "
                                       "be read as an arbitrary function")  # fmt: skip
                self._note(f"{name} (not defined in the notes) read as an arbitrary smooth scalar function of "
                           "its arguments")  # fmt: skip
                return smooth(name, 0, flat)
            if len(args) != 1:
                raise ResolveError(f"{name} is declared as a function of one argument")
            if undefined and self._other_undefined(name):
                # u(x)/v(x) with u, v the notes never define: one test function for both would make u = v
                # and prove (u'v - uv')/v for the quotient rule; each arbitrary function its own (generic.smooth)
                return elementwise(lambda u: smooth(name, 0, [u]), args[0])
            return elementwise(test_function, args[0])
        if name in BUILTIN_FUNCTIONS:
            if (said := self.scope.conventions.get(SPREAD + name)) is not None:  # documents.spreadnames
                raise ResolveError(f"the prose calls {name} {said}: {name}(…) is not read as the built-in {name}")
            if name == "softmax" and self.scope.conventions.get(SOFTMAX_COLUMNS):  # documents.rowsoftmax
                return builtin("softmax_columns", args)
            return builtin(name, args)
        operator = _operators().get(name)
        if operator is not None:
            return norm(operator(*args))
        if isinstance(entry, VarDecl) and (name, ()) in self.scope.inferred:
            return omitted_argument(self, name, args, written)  # f(x) where the notes also write f alone
        raise ResolveError(f"function {name} is not defined (define it in a ```verify block)")

    def _other_undefined(self, name: str) -> bool:
        """Does the scope hold an undefined (inferred) function besides ``name``?"""
        return any(k[0] != name and not k[1] and isinstance(e := self.scope.names.get(k), VarDecl)
                   and e.kind == "function" for k in self.scope.inferred)  # fmt: skip

    def _bare_argument(self, d: Definition, param: str) -> Value:
        r"""The value of ``param`` in scope for a function used bare; a parameter its body never writes
        (``D_{KL}(p\|q) := \frac12(\sigma^2 + \mu^2 - 1 - \log\sigma^2)`` with p = 𝒩(μ, σ²)) only says what
        the function is of, and a value the notes give it that cannot be read does not matter."""
        try:
            return self.value(parameter_tree(param, self.parse), {})
        except ResolveError:
            if param in names_in(self._def_tree(d)):
                raise
            return sp.Dummy(param)

    def _call_definition(self, d: Definition, args: list[Value], env: dict[str, Value]) -> Value:
        """The value of the notes' function ``d`` at ``args``. A definition whose body calls it again, directly
        or through others (``f(x) := g(x) + 1``, ``g(x) := f(x) - 1``), gives no value: its value would be
        sought without end (a RecursionError, reported as an internal error), so it is refused with the cycle
        named (gaps62)."""
        calling = self._defining
        if d.key in calling:
            cycle = [display_key(k) for k in calling[calling.index(d.key) :]]
            through = f" (through {', '.join(cycle[1:])})" if len(cycle) > 1 else ""
            raise ResolveError(
                f"{cycle[0]} is defined in terms of itself{through}: the notes give it no value "
                "to check against (define it without itself, or give it a closed form)"
            )
        self._defining = (*calling, d.key)
        try:
            return self._call_defined(d, args, env)
        finally:
            self._defining = calling

    def _call_defined(self, d: Definition, args: list[Value], env: dict[str, Value]) -> Value:
        if d.builtin:
            if d.builtin not in BUILTIN_FUNCTIONS:
                raise ResolveError(f"unknown built-in {d.builtin}")
            arity = 2 if d.builtin in TWO_ARGUMENTS else 1  # B(a, b) (documents.betaconvention)
            if len(args) != arity:
                took = "two arguments" if arity == 2 else "one argument"
                raise ResolveError(f"{display_key(d.key)} := {d.builtin} takes {took}")
            if (said := prose_reading(d)) is not None:
                self._note(said)  # "the softmax function $\\varsigma$" (documents.prosefunctions)
            return builtin(d.builtin, list(args))
        if len(args) < len(d.params) and d.fixed:
            args = filled(self, d, args, env) or args  # p(y) for p(y; \eta) (documents.semicolon)
        if len(args) != len(d.params) and (entries := _entries_called(self._def_tree(d), d.params, args)) is not None:
            tree, at = entries  # f(2, 1) of f(x) = ½(x_1² + 4x_2²): f at x = (2, 1) (misses43)
            self._note(f"{display_key(d.key)}({', '.join(map(str, args))}) read as {display_key(d.key)} at "
                       f"{d.params[0]} = ({', '.join(map(str, args))}): its body writes only that vector's entries")
            return self.value(tree, {**env, **at})
        if len(args) != len(d.params):
            if (other := next((o for o in d.overloads if len(o.params) == len(args)), None)) is not None:
                return self._call_defined(other, args, env)  # H(p) beside H(p, q) (definitions; lead64)
            raise ResolveError(f"{display_key(d.key)} takes {len(d.params)} argument(s), got {len(args)}")
        if d.index_params:  # S(z)_i = …: the vector of its entries (documents.entrydefined)
            return entry_defined_value(self, d, args, self._def_tree(d), self.value)
        if (summed := summed_parameter(self._def_tree(d), d.params)) is not None:
            raise ResolveError(f"{display_key(d.key)}'s parameter {summed} is also an entry its body sums over")
        tree = bound_body(self._def_tree(d), d.params)  # J(v_c, o): v_c an entry in the body (subscriptparams)
        tree = read_at_parameters(tree, d.params, self.scope)  # φ(t) = Φ'(t) called at wx: Φ' at wx,
        # ψ(r) = dρ/dr: ρ at the parameter (parameterderivatives)
        # the parameters the body writes bare: only beside those is x_0 a point of its own (resolve._point_beside)
        from verifier.documents.members import free_names  # members reads resolve, which this mixin serves

        bare = frozenset(free_names(tree, bases=False) & set(d.params))
        outer, self._bare_params = getattr(self, "_bare_params", frozenset()), bare
        try:
            return self._call_body(d, tree, args, env)
        finally:
            self._bare_params = outer

    def _call_body(self, d: Definition, tree: sp.Basic, args: list[Value], env: dict[str, Value]) -> Value:
        """The value of ``d``'s body ``tree`` (bound and read at its parameters) at ``args``: entry-wise on a vector
        where the body is a scalar function, as a whole where it is not (:meth:`_call_definition`)."""
        vector_params = _indexed_params(tree, d.params)
        used = names_in(tree)
        # L(w, b) := -y \log \hat{y} - …: parameters the body never writes only say what L depends on
        # (through the notes' definitions); a vector there does not make L an entry-wise function
        if any(is_matrix(a) for p, a in zip(d.params, args, strict=True) if p in used) and not vector_params:
            # a scalar function applied to a vector/matrix: entry-wise
            def one(*xs: sp.Expr) -> sp.Expr:
                return self.value(tree, dict(zip(d.params, xs, strict=True)))

            omitted = dict(self.omitted)
            try:
                entries = elementwise(one, *args)
            except ResolveError as entrywise:
                self.omitted = omitted  # f(x_1) of the failed entry-wise attempt says nothing of f(x) (omitted.py)
                # J(\theta) := \frac12\|X\theta - y\|^2: entry by entry the body is not even defined
                # (X\theta_k - y), so the notes mean the function of the whole vector
                try:
                    whole = self.value(tree, dict(zip(d.params, args, strict=True)))
                except ResolveError:
                    raise entrywise from None
                self._note(f"{display_key(d.key)} applied to its vector argument as a whole (its body is not "
                           "entry-wise)")  # fmt: skip
                return whole
            # J(\theta) := \frac12\|X\theta - y\|^2 (a norm of a matrix is defined, so entry by entry
            # did not raise) or q(u) := u^\top u: a body that turns the whole vector into a scalar is
            # a loss of that vector, not a function applied to each entry (σ(u), u^2 stay entry-wise:
            # applied to the whole vector they give a vector or raise)
            seen = len(self.readings)
            try:
                whole = self.value(tree, dict(zip(d.params, args, strict=True)))
            except ResolveError:
                whole = None
            if whole is not None and not is_matrix(whole) and is_matrix(entries):
                self._note(f"{display_key(d.key)} applied to its vector argument as a whole (its body makes "
                           "the vector a scalar)")  # fmt: skip
                return whole
            del self.readings[seen:]
            return entries
        got = self.value(tree, dict(zip(d.params, args, strict=True)))
        limit = removable_value(got, d.params, args, lambda k, x: self.value(tree, {
            **dict(zip(d.params, args, strict=True)), d.params[k]: x}), display_key(d.key))
        if limit is not None:  # w(0) of w(r) = sin(r)/r: the limit there (documents.removablepoints)
            self._note(limit[1])
            return limit[0]
        return got


def _operators() -> dict[str, Callable[..., Value]]:
    """The notation markers' meanings (norm, hadamard, tr, …), owned by verifier.documents.operators
    when that module is present (imported late: it imports this module)."""
    try:
        from verifier.documents import operators  # type: ignore[attr-defined]
    except ImportError:
        return {}
    return dict(getattr(operators, "OPERATORS", {}))



def _indexed_params(tree: sp.Basic, params: Sequence[str]) -> bool:
    """Does a function body use a parameter as a vector (``z_i``, ``z^T``, a sum over it)?"""
    names = set(params)
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Indexed) and str(sub.base.label) in names:
            return True
        if isinstance(sub, AppliedUndef) and sub.func.__name__ in ("transpose", "softmax", "ce", "CE"):
            if any(isinstance(a, sp.Symbol) and a.name in names for a in sub.args):
                return True
    return False


def _entrywise_jacobian(arg: sp.Basic, value: Value) -> Value | None:
    r"""``\operatorname{diag}(\sigma'(\mathbf z))``: the argument is the derivative of a one-argument function
    at its own variable, whose value (its Jacobian) is a square matrix with zeros off the diagonal — an
    entry-wise function's. The notes mean the diagonal matrix of ``σ'(z_i)``: that matrix. Anything else
    (a full Jacobian, a matrix written by the notes) stays with :func:`~verifier.documents.operators.diag`."""
    if not (isinstance(arg, sp.Derivative) and len(arg.variable_count) == 1 and arg.variable_count[0][1] == 1):
        return None
    call, var = arg.expr, arg.variable_count[0][0]
    if not (isinstance(call, sp.Function) and call.args == (var,)):
        return None
    if not (is_matrix(value) and value.rows == value.cols and value.rows > 1):
        return None
    off = [value[i, j] for i in range(value.rows) for j in range(value.cols) if i != j]
    return value if all(sp.simplify(e) == 0 for e in off) else None


def _entries_called(tree: sp.Basic, params: Sequence[str],
                    args: Sequence[Value]) -> tuple[sp.Basic, dict[str, Value]] | None:  # fmt: skip
    r"""``tree`` (a function's body) with its one parameter's entries ``x_1 … x_k`` as new names, and those names'
    values ``args`` (k scalars), where the body writes that parameter only through exactly those entries; else None:
    ``f(2, 1)`` of ``f(x) = \frac12(x_1^2 + 4x_2^2)`` is f at x = (2, 1)."""
    if len(params) != 1 or len(args) < 2 or any(is_matrix(a) for a in args):
        return None
    entries = [a for a in tree.atoms(sp.Indexed) if str(a.base.label) == params[0]]
    if not entries or any(len(a.indices) != 1 or not a.indices[0].is_Integer for a in entries):
        return None
    if sorted({int(a.indices[0]) for a in entries}) != list(range(1, len(args) + 1)):
        return None
    names = {a: sp.Symbol(f"{params[0]}__entry{int(a.indices[0])}") for a in entries}
    out = tree.xreplace(names)
    if params[0] in {s.name for s in out.free_symbols}:
        return None  # the parameter written whole too (‖x‖²): not a function of those entries alone
    return out, {names[a].name: args[int(a.indices[0]) - 1] for a in entries}
