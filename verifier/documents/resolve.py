r"""Parsed LaTeX (a neutral SymPy tree) → values over declared variables, at concrete sizes.

The parser records *what was written*; this module decides *what it means* in one document
at one size: ``x`` is the declared 1×3 row vector, ``W_1`` the declared 3×2 matrix, ``\hat{y}_i``
entry ``i`` of the defined softmax, ``\sum_{j=1}^{K}`` a sum of ``K = 3`` terms, ``\sigma`` the
logistic function unless the document says otherwise. The result is what the engine checks:
a SymPy scalar, an ``ImmutableMatrix``, or ``D(f, x)`` for a derivative (kept unevaluated so the
engine witnesses it numerically from ``f``, independently of SymPy's ``diff``).

Semantics (documented in docs/documents.md):

* A 1×1 matrix is a scalar. Products keep the written order (names are parsed non-commuting);
  scalars commute. A product that does not conform is read, in this order, with a row·column
  pair as a scalar (``\sigma(a)\{1-\sigma(a)\}^T``), or with an entry-wise product of two
  same-shaped factors; each such reading is reported. Otherwise it is a dimension error, which
  makes the step FAILED (the written expression has no meaning at those shapes).
* Functions of one scalar (``exp``, ``\log``, ``\tanh``, ``\sigma``, ReLU, user functions whose
  body does not index their parameter) apply entry-wise; softmax acts on a vector (row-wise on a
  matrix); ``CE(y, \hat{y}) = -\sum_k y_k \log \hat{y}_k``.
* ``\partial F / \partial v``: if ``v`` is (an entry of) a declared variable, the derivative is
  taken directly; if ``v`` is a *defined* quantity (``\hat{y}_i``, a hidden layer ``h``) or an
  expression, ``F`` is evaluated with ``v`` as a free variable, differentiated, and ``v``'s value
  substituted afterwards — the partial derivative through an intermediate, as taught. Layout:
  scalar by vector/matrix has the shape of the variable; vector by vector is the numerator-layout
  Jacobian.

Function applications (built-ins, the notes' defined functions, ``\nabla``, ``\nabla^2``) are
:mod:`verifier.documents.calls`; derivatives :mod:`verifier.documents.differentiate`; what a name stands for
(a declared variable, a size, a definition, a family, an arbitrary function) :mod:`verifier.documents.namevalues`:
mixins of :class:`Resolver`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D
from verifier.documents.arithmetic import _Arithmetic
from verifier.documents.calls import Calls
from verifier.documents.comparedproducts import compared_terms
from verifier.documents.context import (
    Definition,
    IndexRange,
    Key,
    Scope,
    Size,
    VarDecl,
    display_key,
    text_of,
)
from verifier.documents.datalength import data_range
from verifier.documents.definedreach import reaches_generic
from verifier.documents.definiteintegrals import definite_value
from verifier.documents.differentiate import Differentiation, OpaqueLayer, Remembered
from verifier.documents.differentiate import short as _short
from verifier.documents.eventvalues import event_value
from verifier.documents.expectation import (
    Functionals,
    differentiated_functional,
    functional_value,
    reached_functionals,
)
from verifier.documents.extrema import extremum_value
from verifier.documents.generic import (
    differentiated_calls,
    differentiates,
    generic_names,
    near_names,
)
from verifier.documents.infiniteseries import SERIES_NOTE, infinite_bound, infinite_series
from verifier.documents.instances import (
    LETTER_NAME,
    SLICE_PREFIX,
    Instance,
    base_of,
    dim_value,
    instantiate,
)
from verifier.documents.integrals import integral_value, leibniz
from verifier.documents.inverses import inverse_value
from verifier.documents.layout import MIXED
from verifier.documents.namevalues import NameValues
from verifier.documents.omitted import differentiates_anything
from verifier.documents.onesproducts import lone_ones, sum_terms
from verifier.documents.optimum import Optimum, optimum_value
from verifier.documents.persample import at_sample, conditional_at_sample
from verifier.documents.sizedidentity import sized_identity
from verifier.documents.squares import (
    DETERMINANT,
    EXPONENTIAL,
    determinant_of,
    is_square,
    one_matrix_name,
)
from verifier.documents.underexpectation import NOT_UNDER, parameters_of, under_expectation
from verifier.documents.values import (
    MAX_TERMS,
    RELATIONS,
    UNDECLARED,
    DimensionError,
    Eye,
    IndexOutside,
    ListMember,
    Ones,
    ResolveError,
    Undeclared,
    Value,
    as_int,
    broadcast_entry,
    broadcast_shape,
    elementwise,
    entry_of,
    entry_position,
    free_symbols,
    is_matrix,
    norm,
    shape_of_value,
    shape_text,
)
from verifier.documents.writtenentrywise import writes_entrywise
from verifier.latex import Component
from verifier.latex.extrema import Extremum
from verifier.latex.functionals import Expectation, Integral, Statistic
from verifier.latex.inverses import Inverse
from verifier.latex.vocabulary import ALL

__all__ = [
    "DimensionError",
    "Instance",
    "ListMember",
    "Ones",
    "ResolveError",
    "Resolver",
    "Value",
    "dim_value",
    "free_symbols",
    "instantiate",
    "shape_of_value",
    "shape_text",
]

# ---------------------------------------------------------------------------------------------
# The resolver


class Resolver(NameValues, Calls, Differentiation, _Arithmetic):
    """Evaluates neutral trees of one chain at one instance (sizes) and one index assignment."""

    def __init__(
        self,
        scope: Scope,
        instance: Instance,
        indices: dict[str, int],
        *,
        parse: Callable[[str], sp.Basic],
        placeholders: dict[str, sp.Basic] | None = None,
    ) -> None:
        self.scope = scope
        self.instance = instance
        self.indices = dict(indices)
        #: every name looked up among the indices, with what it found (None: not an index here), since
        #: creation: a value resolved again where the indices agree on these is the same (steps._Checker)
        self.index_reads: dict[str, int | None] = {}
        self.parse = parse  # LaTeX → neutral tree with the document's parsing options
        self.placeholders = placeholders or {}  # \partial (E) rewritten to a name → E
        self.readings: list[str] = []
        self.sizes_used: set[Key] = set()
        self._defs: dict[Key | tuple[Key, int], sp.Basic] = {}
        self._cache: dict[tuple[Key, bool], Value] = {}  # by name, and whether inside a derivative
        self._memo: dict[tuple[object, ...], Value] = {}  # as OpaqueLayer.memo, with no opaque layer
        self._opaque: list[OpaqueLayer] = []
        self.bound_params: dict[str, Value] = {}  # variables of the optima being read (documents.optimum)
        self._depth = 0
        self._whole_open: set[Key] = set()  # families being computed whole (a cycle guard)
        self._plain_open: set[tuple[object, ...]] = set()  # definitions being computed (a cycle guard)
        self.layout = scope.conventions.get("layout", MIXED)
        self.gradient = scope.conventions.get("gradient", "layout")  # ∇ as the layout or a column (documents.layout)
        # undefined names the chain differentiates: arbitrary smooth functions (verifier.documents.generic)
        self.generic = generic_names(scope)
        self.generic_near = near_names(scope)
        self._generic_depth = 0
        self._generic_cache: dict[str, Value] = {}
        self._generic_on = False
        self._calls_on: set[str] = set()
        self._no_freeze = False
        self.functionals = Functionals()  # 𝔼[…] and Var(…) atoms (verifier.documents.expectation)
        self._compared: frozenset[sp.Basic] = frozenset()  # terms of a comparison's sides (comparedproducts)
        self._subscript = 0  # > 0 while an index position (subscript, \delta, condition) is evaluated
        self._bare_params: frozenset[str] = frozenset()  # the parameters the body being called writes bare (lead55)
        self._defining: tuple[Key, ...] = ()  # the definitions whose bodies are being read (calls._call_definition)
        #: letters that are indices and also name a vector (b_b), and how each key's entries are read
        self._letter_names = frozenset(k[0] for k in scope.names if k[1] == (LETTER_NAME,))
        # the entries the notes define one by one (h_1 = \tanh(a_1)), by name: a family's body at a bound index reads
        # them (h_{t-1} of a_2); see _defined_entry
        self._numbered = frozenset(k[0] for k, e in scope.names.items()
                                   if len(k[1]) == 1 and k[1][0].isdigit() and isinstance(e, Definition))
        self._entry_modes: dict[Key, tuple[tuple[int, int], str | None, str]] = {}
        self._derivatives: dict[tuple[object, ...], Remembered] = {}  # see Differentiation._derivative
        self._seen_names: dict[tuple[object, ...], frozenset[str]] = {}
        #: names applied although written alone (f for f(x)): their one argument (documents.omitted)
        self.omitted: dict[str, tuple[Value, ...]] = {}
        self.differentiating = False  # does the member being read write a derivative?
        self.chain_differentiates = False  # does any member of the chain (documents.omitted)?
        self.entrywise_written = False  # does the member being read write ⊙ (documents.writtenentrywise)?
        self.hypotheses_text = ""  # the chain's hypotheses, as written (documents.underexpectation)
        self.parameters: dict[sp.Symbol, str] = {}  # the names a member differentiates under 𝔼 by (underexpectation)

    # -- entry points -----------------------------------------------------------------------
    def member(self, tree: sp.Basic | ListMember) -> Value:
        """The value of a whole chain member; a top-level derivative becomes ``D(f, x)``."""
        # an undefined name the chain differentiates is a function only in members that differentiate
        # it: elsewhere its values are arbitrary numbers, as plain variables are (and far cheaper)
        self._generic_on = bool(self.generic) and (differentiates(tree, set(self.generic), self.scope)
                                                   or reaches_generic(tree, self.generic, self.scope, self._def_tree))
        self._calls_on = differentiated_calls(tree)  # undefined functions of vectors read as arbitrary ones
        self.differentiating = differentiates_anything(tree)
        self.entrywise_written = writes_entrywise(tree)  # documents.writtenentrywise
        if isinstance(tree, ListMember):
            return self._list(tree)
        tree = leibniz(self, tree)  # a derivative written on an integral moved inside it
        if differentiated_functional(self, tree):
            return self._under_expectation(tree)  # documents.underexpectation, or refused
        return self._derivative_member(tree)

    def _derivative_member(self, tree: sp.Basic) -> Value:
        if isinstance(tree, sp.Derivative) and (at := self._prime_at_point(tree)) is not None:
            tree = at  # y'(t_0) beside y(t)'s t_0: y' at the point
        if isinstance(tree, sp.Derivative) or (isinstance(tree, AppliedUndef) and tree.func.__name__ == "grad"):
            direct = self._direct_derivative(tree)
            if direct is not None:
                return direct
        return self._final(self.value(tree, {}))

    def _under_expectation(self, tree: sp.Basic) -> Value:
        """A member differentiating an expectation or statistic, read under 𝔼 by a parameter no atom depends on."""
        fixed = parameters_of(self, tree, reached_functionals(self, tree))
        if fixed is None:
            raise ResolveError(NOT_UNDER)
        outer = self.parameters, self.functionals.touched
        self.parameters, self.functionals.touched = {**outer[0], **fixed}, []
        try:
            value = self._derivative_member(tree)
            touched = self.functionals.touched
        finally:
            self.parameters, self.functionals.touched = outer
            if outer[1] is not None:
                outer[1].extend(touched)
        # one derivative of a scalar that writes the variable: ∇_θ 𝔼[R] with θ nowhere inside is 0 only where the
        # distribution does not depend on θ, and no note differentiates it then (it does where it does)
        if (not under_expectation(self, touched, fixed) or not isinstance(value, D)
                or not isinstance(value.wrt, sp.Symbol) or not isinstance(value.f, sp.Expr)
                or value.wrt not in value.f.free_symbols):
            raise ResolveError(NOT_UNDER)
        self._note(next(iter(fixed.values())))
        return sp.diff(value.f, value.wrt)  # atoms free of the variable: exact (the gap of a failure is read)

    def condition(self, tree: sp.Basic) -> bool | None:
        """A condition on indices: True/False when decidable, None if it is not about indices."""
        self._subscript += 1
        try:
            value = self.value(tree, {})
        finally:
            self._subscript -= 1
        if value is sp.true or value is True:
            return True
        if value is sp.false or value is False:
            return False
        return None

    def _final(self, v: Value) -> Value:
        if isinstance(v, Ones):
            v = lone_ones(v)  # sized by the member it is equated with, else refused (documents.onesproducts)
        if isinstance(v, Eye):
            raise ResolveError("the identity matrix I alone: its size cannot be inferred")
        v = norm(v)
        if is_matrix(v) and any(isinstance(e, sp.MatrixBase) for e in v):
            # (h(x^{(i)}) - y^{(i)}) x^{(i)} with x^{(i)} read as a number and a vector at once: entries
            # that are themselves arrays have no meaning to compare
            raise ResolveError("an entry of this member is itself a vector or matrix (the shapes inferred do not fit)")
        extra = free_symbols(v) - self.instance.symbols - self.functionals.symbols
        if extra:
            names = ", ".join(sorted(str(s) for s in extra))
            raise ResolveError(f"symbols {names} have no declared meaning")
        return v

    # -- the walk ---------------------------------------------------------------------------
    def value(self, node: sp.Basic, env: dict[str, Value]) -> Value:
        for op in reversed(self._opaque):
            for k, (pattern, fresh) in enumerate(op.patterns):
                if node == pattern:
                    op.used.add(k + 1)
                    return fresh
        try:
            return self._value(node, env)
        except (ResolveError, RecursionError):
            raise
        except (TypeError, ValueError, AttributeError, IndexError, KeyError, sp.ShapeError, NotImplementedError) as exc:
            raise ResolveError(f"cannot evaluate {_short(node)}: {type(exc).__name__}: {exc}") from exc

    def _value(self, node: sp.Basic, env: dict[str, Value]) -> Value:
        # oo, -oo and nan are Numbers; I is an upright i (\mathrm{i}, latex.tokenizer)
        if isinstance(node, sp.Number | sp.NumberSymbol) or node in (sp.zoo, sp.I):
            return node
        if isinstance(node, sp.logic.boolalg.BooleanAtom):
            return node
        if isinstance(node, sp.Symbol):
            return self._symbol(node, env)
        if isinstance(node, sp.Indexed):
            try:
                return self._indexed(node, env)
            except IndexOutside as exc:  # x_{k+1} at k = n: the formula does not apply there (documents.steps)
                raise exc.at(node.indices) from None
        if isinstance(node, sp.Add):
            return self._add(sum_terms(node.args, lambda a: self.value(a, env)))  # 1 b^T + XW (onesproducts)
        if isinstance(node, sp.Mul):  # a term compared with a number: an inner product (documents.comparedproducts)
            return self._mul(node.args, env, compared=node in self._compared)
        if isinstance(node, sp.Pow):
            return self._pow(self.value(node.base, env), self.value(node.exp, env), node.base)
        if isinstance(node, sp.Sum | sp.Product):
            return self._bigop(node, env)
        if isinstance(node, sp.Derivative):
            if (at := self._prime_at_point(node)) is not None:
                return self._subs(at, env)
            return self._derivative(node.expr, node.variable_count, env)
        if isinstance(node, sp.Subs):
            return self._subs(node, env)
        if isinstance(node, sp.Piecewise):
            return self._piecewise(node, env)
        if isinstance(node, RELATIONS):
            with self._comparing(node.args):
                return self._relation(node, env)
        if isinstance(node, sp.And | sp.Or | sp.Not):
            parts = [self.value(a, env) for a in node.args]
            return node.func(*parts)
        if isinstance(node, sp.KroneckerDelta):
            a, b = self._indices(node.args, env, strict=False)
            return sp.KroneckerDelta(a, b)
        if isinstance(node, sp.MatrixBase):
            entries = [self.value(e, env) for e in node]
            if any(is_matrix(e) for e in entries):
                raise ResolveError("matrices with matrix entries (block matrices) are not supported")
            return norm(sp.ImmutableMatrix(node.rows, node.cols, entries))
        if isinstance(node, Integral):
            return integral_value(self, node, env)
        if isinstance(node, sp.Integral):  # \int_a^b (documents.definiteintegrals)
            return definite_value(self, node, env)
        if isinstance(node, Expectation | Statistic):
            return functional_value(self, node, env)
        if isinstance(node, Optimum):
            return optimum_value(self, node, env)
        if isinstance(node, Inverse | Extremum):  # f^{-1}(y), \max_j z_j (documents.inverses, documents.extrema)
            return (inverse_value if isinstance(node, Inverse) else extremum_value)(self, node, env)
        if isinstance(node, Component) and ALL in node.args[1:]:
            return self._slice(node, env)
        if isinstance(node, Component):
            inner = self.value(node.args[0], env)
            idx = [as_int(i, "an index") for i in self._indices(node.args[1:], env, strict=False)]
            return entry_of(inner, idx, lambda: _short(node.args[0]))  # printed for a message only
        if isinstance(node, AppliedUndef):
            return self._call(node, env)
        if isinstance(node, sp.Function | sp.Max | sp.Min):  # exp, log, tanh, Max, Abs, ...
            with self._comparing(node.args if isinstance(node, sp.Max | sp.Min) else ()):
                args = [self.value(a, env) for a in node.args]
            if isinstance(node, sp.Abs) and is_square(args[0]):
                self._note(DETERMINANT)  # |A| (documents/squares.py)
                return determinant_of(args[0])
            if isinstance(node, sp.exp) and is_square(args[0]) and one_matrix_name(node.args[0]):
                self._note(EXPONENTIAL)  # e^A: entry-wise, or the matrix exponential? (documents/squares.py)
            if any(isinstance(a, Ones) for a in args):
                raise ResolveError(f"{node.func.__name__} of a vector of ones of unknown length")
            return elementwise(node.func, *args)
        raise ResolveError(f"cannot give a meaning to {_short(node)} ({type(node).__name__})")

    def _symbol(self, node: sp.Symbol, env: dict[str, Value]) -> Value:
        name = node.name
        if name in env and not self._letter_name_bound(name, env):
            return env[name]
        if name not in self.index_reads:
            self.index_reads[name] = self.indices.get(name)
        if not self._subscript and name in self._letter_names and name in self.indices:
            return self._lookup((name, (LETTER_NAME,)))  # [h W + b]_b: the b in the bracket is the vector
        if name in self.indices:
            return sp.Integer(self.indices[name])
        if name in self.placeholders:
            return self.value(self.placeholders[name], env)
        pi_k = name == "pi" and getattr(self.scope.names.get((name, ())), "index_params", ())  # definitions.indexed_pi
        found = None if pi_k else self._lookup((name, ()))  # π_k := N_k/N: π alone is still the number
        if found is not None:
            return found
        if name == "e":
            return sp.E
        if name == "pi":
            return sp.pi
        if name == "ones":
            return Ones()
        if name == "I":
            self._note("I read as the identity matrix (its size from the matrices beside it)")
            return Eye()
        if name == "zeros":  # \mathbf{0}: the number 0, the zeros of its neighbours' shape (documents.zeros)
            return sp.Integer(0)
        for suffix, pick in (("__lo", 0), ("__hi", 1)):
            if name.endswith(suffix):
                index = name[: -len(suffix)]
                return sp.Integer(self._index_range(index)[pick])
        if (event := event_value(self, name, env)) is not None:  # P(y=1|z) after P(y=k|z) := … (k an index)
            return event
        raise Undeclared(f"{name}{UNDECLARED}")

    def _slice(self, node: Component, env: dict[str, Value]) -> Value:
        """``w_{:,j}``: column j of the matrix w, as a column vector; ``W_{i,:}``: row i, as a row."""
        inner = self.value(node.args[0], env)
        if len(node.args) != 3 or not is_matrix(inner):
            raise ResolveError(f"the slice {_short(node)} needs a matrix and two index positions")
        column = node.args[1] == ALL
        (k,) = [as_int(i, "an index") for i in self._indices([node.args[2 if column else 1]], env, strict=False)]
        count = inner.cols if column else inner.rows
        pos = entry_position(k, 1, count, lambda: _short(node.args[0]))  # printed for a message only
        return norm(inner.col(pos) if column else inner.row(pos))

    def _letter_name_bound(self, name: str, env: dict[str, Value]) -> bool:
        """Is ``name`` bound in ``env`` to an index value while the same letter also names a vector
        (``v_b = h_i W_{ib} + b_b``: in the body of v's entry b, ``b_b`` is entry b of the vector b, not
        an entry of the number b)? In subscript mode the letter is the index."""
        return (not self._subscript and name in self._letter_names and isinstance(env[name], sp.Integer)
                and (name, (LETTER_NAME,)) in self.scope.names)

    def _prime_at_point(self, node: sp.Derivative) -> sp.Subs | None:
        r"""``y'(t_0)`` of ``y(t) = 1/(1 + e^{-r(t - t_0)})``: the derivative of y at the point t_0, not of y(t_0) by
        t_0 (the body writes t_0 too, so that derivative is 0). Read so only where the variable is the point beside
        the function's parameter (:meth:`_point_beside`): ``\frac{d}{dt_0}`` of such a call is written by no one.
        So is a plain name the body writes beside its parameter: ``h'(K)`` of ``h(x) = x^n/(K^n + x^n)``."""
        if len(node.variable_count) != 1 or not isinstance(call := node.expr, AppliedUndef) or len(call.args) != 1:
            return None
        var, count = node.variable_count[0]
        d = self.scope.names.get((call.func.__name__, ()))
        if not (isinstance(d, Definition) and len(d.params) == 1 and call.args[0] == var):
            return None
        if isinstance(var, sp.Indexed):
            if text_of(var.base.label) != d.params[0] or var not in self._def_tree(d).atoms(sp.Indexed):
                return None
        # h'(K) of h(x) = x^n/(K^n + x^n): a constant of the body, not the parameter, is the point (fresh56)
        elif not (isinstance(var, sp.Symbol) and text_of(var) != d.params[0] and var in self._def_tree(d).free_symbols):
            return None
        u = sp.Dummy("u")
        return sp.Subs(sp.Derivative(call.func(u), (u, count)), u, var)

    def _point_beside(self, base: str, raw: tuple[str, ...], env: dict[str, Value]) -> bool:
        r"""Is ``x_0`` in a body whose parameter x is bound to a number the notes' own name ``x_0``? A point beside a
        scalar parameter — ``T(x) = f(x_0) + f'(x_0)(x - x_0)``, ``y(t) = 1/(1 + e^{-r(t - t_0)})`` — is no entry of
        a number (every line reaching such a function was SKIPPED "x is a scalar here; it has no entry 0"; lead55).
        A vector argument keeps the entry reading (``w_0 + \sum_k w_k x_k``), and so does a body that never writes
        the parameter bare (``f(x) = x_1^2 + 4x_2^2``: its entries, fresh28's Armijo note FAILED without this)."""
        value = env[base]
        return (base in self._bare_params and not is_matrix(value) and not isinstance(value, Ones)
                and (base, raw) in self._names_known())

    def _indexed(self, node: sp.Indexed, env: dict[str, Value]) -> Value:
        base = text_of(node.base.label)
        raw = tuple(text_of(i) for i in node.indices)
        whole = self.scope.names.get((base, raw))  # \mathbf{w}_0 \in R^d beside the parameter w: its own vector
        if base in env and not self._letter_name_bound(base, env) and not (isinstance(whole, VarDecl) and whole.dims) \
                and not self._point_beside(base, raw, env):
            # a parameter named as a name of the notes is indexed as the notes index it (w_0 + Σ_k w_k x_k: x from 0)
            first = base_of(self.scope, (base, ())) if (base, ()) in self.scope.names else (1, 1)
            return entry_of(env[base], self._indices(node.indices, env), base, first)
        cond = conditional_at_sample(base) if len(raw) == 1 else None  # P(t_i=1|z_i): P(t=1|z) at sample i
        if cond is not None and isinstance(stated := self.scope.names.get((cond, ())), Definition):
            got = at_sample(self, stated, node.indices[0], env, cond)
            if got is not None:
                return got
        # literal names first: W_1, D_x, x_0; then a literal prefix (Z_{3ik} = entry (i, k) of Z_3)
        for cut in range(len(raw), 0, -1):
            if cut < len(raw) and not all(s.isdigit() for s in raw[:cut]):
                continue
            found = self._lookup((base, raw[:cut])) if (base, raw[:cut]) in self._names_known() else None
            if found is not None:
                if cut == len(raw):
                    return found
                rest = self._indices(node.indices[cut:], env)
                return entry_of(found, rest, display_key((base, raw[:cut])))
        if base in self._numbered and (defined := self._defined_entry(node, base, raw, env)) is not None:
            return defined
        if base == "ones" and len(node.indices) == 1 and (base, ()) not in self.scope.names:
            sub = node.indices[0]
            if isinstance(sub, sp.Symbol) and isinstance(self.scope.names.get((sub.name, ())), Size):
                n = self._dim((sub.name, ()))
                self._note(f"\\mathbf{{1}}_{sub.name} read as a vector of {sub.name} ones")
                return norm(sp.ImmutableMatrix.ones(n, 1))
            self._indices(node.indices, env)  # an entry of a vector of ones (Einstein style): 1
            return sp.Integer(1)
        if (eye := sized_identity(self, base, node.indices)) is not None:  # I_d (documents.sizedidentity)
            return eye
        entry = self.scope.names.get((base, ()))
        if base in self._letter_names and isinstance(entry, IndexRange):
            # b_b: the vector b (the letter b is also an index, as its subscript here)
            named = self._lookup((base, (LETTER_NAME,)))
            return self.entry(named, self._indices(node.indices, env), (base, (LETTER_NAME,)))
        opaque_hit = any((base, ()) in op.names for op in self._opaque)
        if isinstance(entry, Definition) and entry.index_params and not opaque_hit:
            return self._family_entry(entry, self._indices(node.indices, env))
        found = self._lookup((base, ()))
        if found is None:
            if base == "delta" and len(node.indices) == 2:
                a, b = self._indices(node.indices, env)
                return sp.Integer(int(a == b))
            raise Undeclared(f"{display_key((base, raw))} is not declared (declare {base} in a ```verify block)")
        if len(raw) == 1 and isinstance(entry, Definition) and not is_matrix(found):
            got = at_sample(self, entry, node.indices[0], env, base)  # y = σ(z), then y_i: σ(z_i)
            if got is not None:
                return got
        return self.entry(found, self._indices(node.indices, env), (base, ()))

    def _defined_entry(self, node: sp.Indexed, base: str, raw: tuple[str, ...], env: dict[str, Value]) -> Value | None:
        r"""The entry the notes define one by one that ``node`` names at the indices a definition's body binds:
        ``h_{t-1}`` of ``a_t = W h_{t-1} + U x_t`` read at t = 2 is the ``h_1`` the notes define as ``\tanh(a_1)``,
        as where ``h_1`` is written (a worked RNN step ``\tanh(a_2) = \tanh(W h_1 + U x_2)`` read h_1 two ways and
        was FAILED: gaps68, alarm69). Only an offset of an index the body binds (``env``: h_{t-1}, not the y_j of
        a sum, which read the corpus's softmax steps otherwise), never the chain's own free index: a general step at
        t = 2 keeps its entry free. None where it names no such entry."""
        at_index = node.indices[0]
        if len(raw) != 1 or raw[0].isdigit() or not at_index.free_symbols or isinstance(at_index, sp.Symbol):
            return None  # only an offset of the bound index (h_{t-1}): a sum's y_j keeps its family's entries
        if not all(isinstance(x, sp.Symbol) and x.name in env for x in node.indices[0].free_symbols):
            return None
        try:
            at = self._indices(node.indices, env, strict=False)
        except ResolveError:
            return None
        if not isinstance(at[0], int):
            return None
        key = (base, (str(at[0]),))
        return self._lookup(key) if isinstance(self.scope.names.get(key), Definition) else None

    def entry(self, v: Value, indices: list[int], key: Key) -> Value:
        """Entry ``indices`` of the value of ``key``, read as the notes index it: from 0 where they do
        (``x_0``), and one index on a matrix the notes also write with two (``x_u``, ``x_{ud}``) is a
        row (or column) of it."""
        mode = self._entry_modes.get(key)
        if mode is None:
            shown = key[0] if key[1] == (LETTER_NAME,) else display_key(key)
            mode = (base_of(self.scope, key), self.scope.conventions.get(SLICE_PREFIX + display_key(key)), shown)
            self._entry_modes[key] = mode
        base, part, shown = mode
        if len(indices) == 1 and is_matrix(v) and 1 not in v.shape and 10 < indices[0] < 100 and not part:
            indices = list(divmod(indices[0], 10))  # A_{11} of a matrix: entry (1, 1), as the notes mean
        if part and len(indices) == 1 and is_matrix(v) and 1 not in v.shape:
            if part in ("row", "sample"):
                row = v.row(entry_position(indices[0], base[0], v.rows, shown))
                # x^{(i)}: a sample written with a superscript is a column vector (θ^T x^{(i)}), the
                # transpose of row i of the data matrix, as bold samples are (values.entry_of); infer says
                return norm(row.T if part == "sample" else row)
            return norm(v.col(entry_position(indices[0], base[1], v.cols, shown)))
        return entry_of(v, indices, shown, base)

    def _names_known(self) -> set[Key]:
        known = set(self.scope.names)
        for op in self._opaque:
            known |= set(op.names)
        return known

    def _indices(self, nodes: Iterable[sp.Basic], env: dict[str, Value], strict: bool = True) -> list[Any]:
        """The values of subscripts (evaluated as indices: a letter that is both an index and a name is
        the index here); ``strict``: each must be a concrete integer."""
        out: list[Any] = []
        self._subscript += 1
        try:
            for i in nodes:
                v = self.value(i, env)
                # the message is built only when needed: formatting a SymPy index on every entry was a
                # tenth of a backprop chain's time
                out.append(int(v) if isinstance(v, sp.Integer) else as_int(v, f"the index {i}") if strict else v)
        finally:
            self._subscript -= 1
        return out

    # -- sums, cases, relations -------------------------------------------------------------
    def _bigop(self, node: sp.Sum | sp.Product, env: dict[str, Value]) -> Value:
        if infinite_bound(node):  # \sum_{k=0}^{\infty} \gamma^k: its closed form (documents.infiniteseries)
            self._note(SERIES_NOTE)
            return infinite_series(node, env, self.value)
        limits = list(node.limits)
        is_sum = isinstance(node, sp.Sum)
        bounds = [(f"the lower bound of {var}", f"the upper bound of {var}") for var, _, _ in limits]  # printed once
        def expand(level: int, env2: dict[str, Value]) -> list[Value]:
            if level < 0:
                return [self.value(node.function, env2)]
            var, lo, hi = limits[level]
            a = as_int(self.value(lo, env2), bounds[level][0])
            b = as_int(self.value(hi, env2), bounds[level][1])
            if b - a + 1 > MAX_TERMS:
                raise ResolveError(f"a sum of {b - a + 1} terms is too long to expand")
            b = data_range(self, node, var, lo, hi, a, b)  # documents/datalength.py
            out: list[Value] = []
            for k in range(a, b + 1):
                out.extend(expand(level - 1, {**env2, var.name: sp.Integer(k)}))
            return out

        terms = expand(len(limits) - 1, env)
        if not terms:
            return sp.Integer(0 if is_sum else 1)
        if is_sum:
            return self._add(terms)
        return self.multiply(terms)

    def _piecewise(self, node: sp.Piecewise, env: dict[str, Value]) -> Value:
        pieces: list[tuple[Value, Value]] = []
        for expr, cond in node.args:
            c = self.value(cond, env)
            if c is sp.false or c is False:
                continue
            e = self.value(expr, env)
            pieces.append((e, c))
            if c is sp.true or c is True:
                break
        if not pieces:
            return sp.nan
        if len(pieces) == 1 and (pieces[0][1] is sp.true or pieces[0][1] is True):
            return pieces[0][0]
        parts = [v for pair in pieces for v in pair]
        shapes = {v.shape for v in parts if is_matrix(v) or isinstance(v, _Conditions)}
        if not shapes:
            return sp.Piecewise(*pieces)
        if len(shapes) != 1:
            raise DimensionError("the cases of a piecewise expression have different shapes")
        rows, cols = next(iter(shapes))
        return norm(sp.ImmutableMatrix(rows, cols, lambda i, j: sp.Piecewise(
            *((_cell(e, i, j), _cell(c, i, j)) for e, c in pieces))))  # fmt: skip

    def _relation(self, node: sp.Basic, env: dict[str, Value]) -> Value:
        a, b = self._indices(node.args, env, strict=False)
        if is_matrix(a) or is_matrix(b):
            shape = broadcast_shape([a, b])
            assert shape is not None
            rows, cols = shape
            cells = [(i, j) for i in range(rows) for j in range(cols)]
            return _Conditions(
                (rows, cols), tuple(node.func(broadcast_entry(a, *c), broadcast_entry(b, *c)) for c in cells)
            )
        return node.func(a, b)

    # -- lists ------------------------------------------------------------------------------
    def _list(self, lst: ListMember) -> Value:
        a = as_int(self.value(lst.lo, {}), "the first index of the list")
        b = as_int(self.value(lst.hi, {}), "the last index of the list")
        if b < a or b - a + 1 > MAX_TERMS:
            raise ResolveError(f"a list from {a} to {b} cannot be expanded")
        if lst.var2 is not None:  # a matrix written by its corners (documents.grids)
            c = as_int(self.value(lst.lo2, {}), "the first column of the matrix")
            d = as_int(self.value(lst.hi2, {}), "the last column of the matrix")
            if d < c or (b - a + 1) * (d - c + 1) > MAX_TERMS:
                raise ResolveError(f"a matrix of {b - a + 1}×{d - c + 1} entries cannot be expanded")
            cells = [self.value(lst.body, {lst.var.name: sp.Integer(i), lst.var2.name: sp.Integer(j)})
                     for i in range(a, b + 1) for j in range(c, d + 1)]  # fmt: skip
            if any(is_matrix(e) for e in cells):
                raise ResolveError("a matrix of vectors is not supported")
            return self._final(sp.ImmutableMatrix(b - a + 1, d - c + 1, cells))
        entries = [self.value(lst.body, {lst.var.name: sp.Integer(k)}) for k in range(a, b + 1)]
        if any(is_matrix(e) for e in entries):
            raise ResolveError("a list of vectors is not supported")
        n = len(entries)
        return self._final(sp.ImmutableMatrix(1 if lst.row else n, n if lst.row else 1, entries))

    @contextmanager
    def _comparing(self, args: tuple[sp.Basic, ...]) -> Iterator[None]:
        """Evaluate inside with the products that are terms of the compared ``args`` known (comparedproducts)."""
        saved = self._compared
        self._compared = saved | compared_terms(args) if args else saved
        try:
            yield
        finally:
            self._compared = saved

    def _note(self, text: str) -> None:
        if text not in self.readings:
            self.readings.append(text)


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Conditions:
    """An entry-wise condition such as ``Z_2 > 0`` (SymPy matrices cannot hold booleans)."""

    shape: tuple[int, int]
    entries: tuple[sp.Basic, ...]


def _cell(v: Value, i: int, j: int) -> Value:
    if isinstance(v, _Conditions):
        rows, cols = v.shape
        return v.entries[(0 if rows == 1 else i) * cols + (0 if cols == 1 else j)]
    return broadcast_entry(v, i, j)
