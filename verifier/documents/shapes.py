r"""The shapes of undeclared names: sizes that must agree and products that must conform.

Shape inference (:mod:`verifier.documents.infer`) walks a chain and collects evidence name by name;
this module owns the part that is about *sizes*: a union-find over size variables (:class:`_Dims`),
what a name is so far (:class:`_Name`), and :class:`_Shapes`, the walk over products, sums and
definitions that unifies sizes — adjacent factors of a product conform, the terms of a sum share a
shape, a capital next to a vector or matrix is a matrix, a lowercase name right after a matrix is the
vector it acts on, a bias added to a matrix-vector product is a vector of its length, and a name's
definition carries its shape both ways. A vector written before a matrix (``x W``) is remembered as
the notes' evidence that they write vectors as rows (:mod:`verifier.documents.orientation`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.annotations import Annotations
from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key, text_of
from verifier.documents.greekcapitals import GREEK_MATRICES
from verifier.documents.invertible import inner_sizes
from verifier.documents.kronecker import is_kron, kron_operands
from verifier.documents.normalshapes import is_normal_density, normal_arguments
from verifier.documents.squares import square_base
from verifier.latex import Component
from verifier.latex.vocabulary import ALL

#: scalar-looking capitals: losses, costs, likelihoods, counts
SCALAR_CAPITALS = frozenset({"L", "J", "E", "C", "N", "K", "M", "T", "P", "R"})


class _Dims:
    """Union-find over size variables: ints (fixed), Keys (named sizes) and fresh ids."""

    def __init__(self) -> None:
        self.parent: dict[object, object] = {}
        self.fresh = 0
        #: sizes the notes annotate as general (x \in \mathbb{R}^n): a number written elsewhere (a sum to
        #: 2, an entry x_3) is not their value, so they are never merged with one
        self.general: set[object] = set()

    def new(self) -> object:
        self.fresh += 1
        return ("#", self.fresh)

    def find(self, a: object) -> object:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: object, b: object) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if ra == 1 or rb == 1:
            return False  # never collapse a size to 1: a row met a column; the resolver will say so
        if isinstance(ra, int) and isinstance(rb, int):
            return False  # two different literal sizes: leave it to the resolver to report
        if (ra in self.general and isinstance(rb, int)) or (rb in self.general and isinstance(ra, int)):
            return False  # x \in \mathbb{R}^n and \sum_{i=1}^{2} x_i: n stays n (the step holds only at n = 2)
        if isinstance(rb, int) or (isinstance(rb, tuple) and rb and rb[0] != "#" and not isinstance(ra, int)):
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True


@dataclass
class _Name:
    kind: str  # scalar | vector | matrix | open
    dims: tuple[object, object] | None = None
    why: str = ""
    positive: bool = False
    oriented: bool = False  # a vector's row/column orientation was fixed by a product


class _Shapes:
    """The size half of :class:`verifier.documents.infer._Inference` (a mixin: the state is the
    inference's own)."""

    scope: Scope
    ann: Annotations
    d: _Dims
    names: dict[Key, _Name]
    indices: dict[str, object]
    defined: dict[Key, tuple[sp.Basic, frozenset[str]]]
    labels: set[Key]
    slice_axis: dict[Key, int]
    row_products: list[str]
    determinant_axes: list[object]
    rows: bool
    #: (outer, inner) sizes of inverted products: inner at least outer (documents.invertible)
    invertible: list[tuple[object, object]]
    product_sizes: list[object]

    # -- products must conform --------------------------------------------------------------
    def shape(self, node: sp.Basic, bound: frozenset[str] = frozenset()) -> tuple[object, object] | str | None:
        """(rows, cols) dims, None for a scalar, "?" when unknown."""
        if isinstance(node, sp.Number | sp.NumberSymbol):
            return None
        if isinstance(node, sp.Symbol):
            if node.name in bound:
                return None
            entry = self.scope.names.get((node.name, ()))
            if isinstance(entry, VarDecl):
                if entry.kind in ("scalar", "function"):
                    return None
                assert entry.dims is not None
                return tuple(self._size(x) for x in entry.dims)  # type: ignore[return-value]
            if entry is None and node.name in ("I", "ones"):
                return "?"  # the identity, \mathbf{1}: they take the size of their neighbours (documents.values)
            if isinstance(entry, Definition) and len(entry.index_params) == 1 and not entry.params \
                    and entry.index_params[0] in self.indices and (node.name, ()) not in self.defined:  # fmt: skip
                return self.vec(self.indices[entry.index_params[0]])  # ŷ defined entry-wise (ŷ_i = …): a vector over i
            if isinstance(entry, Definition) and len(entry.index_params) == 2 and not entry.params \
                    and all(p in self.indices for p in entry.index_params) and (node.name, ()) not in self.defined:
                return tuple(self.indices[p] for p in entry.index_params)  # W_{qu} := …, W whole: range(q)×range(u)
            if entry is not None and (node.name, ()) not in self.defined:
                return "?"
            n = self.names.get((node.name, ()))
            if (node.name, ()) in self.bounds and (n is None or n.kind == "open"):
                return None  # N of \sum_{n=1}^N: a count (result() declares it a size), \frac1N \sum …: the sum's shape
            if n is None or n.kind == "open":
                return "open:" + node.name
            if n.kind == "scalar":
                return None
            return n.dims
        if isinstance(node, Component) and len(node.args) == 3 and ALL in node.args[1:] \
                and isinstance(node.args[0], sp.Symbol):  # fmt: skip
            n = self.names.get((node.args[0].name, ()))  # w_{:,j}: a column of the matrix w, W_{i,:} a row
            if n is not None and n.kind == "matrix" and n.dims:
                return (n.dims[0], 1) if node.args[1] == ALL else (1, n.dims[1])
            return None
        if isinstance(node, sp.Indexed):
            raw = tuple(text_of(i) for i in node.indices)
            label = text_of(node.base.label)
            labelled = self.names.get((label, raw))
            if labelled is not None and (label, raw) in self.ann.labelled:
                return labelled.dims if labelled.kind in ("vector", "matrix") else None
            if labelled is not None and (label, raw) in self.labels:  # d_k: a name of its own
                return labelled.dims if labelled.kind in ("vector", "matrix") else None
            if all(x.isdigit() for x in raw):
                key = (label, raw)
                entry = self.scope.names.get(key)
                if isinstance(entry, VarDecl):
                    if entry.kind in ("scalar", "function") or entry.dims is None:
                        return None
                    return tuple(self._size(x) for x in entry.dims)  # type: ignore[return-value]
                if entry is not None and key not in self.defined:
                    return "?"
                # z_1 := W_1 x + b_1, a labelled name the notes define: its shape is its body's, as for
                # a plain defined name (h := σ(z_1) is then a vector, and W_2 in W_2 h a matrix)
                n = self.names.get(key)
                if n is None or n.kind == "open":
                    return "open:" + "\x00".join((key[0], *raw))
                return None if n.kind == "scalar" else n.dims
            if labelled is not None and labelled.kind in ("vector", "matrix") and labelled.why.startswith("annotated"):
                return labelled.dims  # x_i ∈ ℝ^d for every sample i: w^T x_i ties w's length to d (worked71)
            head = (label, ())
            n = self.names.get(head)
            if len(raw) == 1 and head in self.slice_axis and n is not None and n.kind == "matrix" and n.dims:
                if self.slice_axis[head] == 0 and head[0].endswith("^()") and head[0][:-3] not in self.ann.row_samples:
                    return (n.dims[1], 1)  # x^{(i)}, sample i: a column vector, row i of the data transposed
                return (1, n.dims[1]) if self.slice_axis[head] == 0 else (n.dims[0], 1)  # a row (column) of x
            if len(raw) == 1 and n is not None and n.kind == "matrix" and n.dims and head[0].endswith("^()") \
                    and ((head[0][: -len("^()")], ()) in self.ann.bold
                         or head[0][: -len("^()")] in self.ann.sample_rows | self.ann.vector_samples):  # fmt: skip
                return (n.dims[1], 1)  # \mathbf{x}^{(i)}: a bold sample, a column vector (documents.values.entry_of)
            return None
        if isinstance(node, AppliedUndef) and node.func.__name__ in ("ce", "CE") and len(node.args) == 2:
            a, b = (self.shape(x, bound) for x in node.args)
            if isinstance(a, tuple) and isinstance(b, tuple):  # two vectors of one length
                la = a[1] if self.d.find(a[0]) == 1 else a[0]
                lb = b[1] if self.d.find(b[0]) == 1 else b[0]
                self.d.union(la, lb)
            return None
        if isinstance(node, AppliedUndef) and node.func.__name__ == "inner" and len(node.args) == 3 and not self.rows:
            return self._weighted_inner(node, bound)  # ⟨a, b⟩_W = aᵀWb
        if isinstance(node, AppliedUndef) and node.func.__name__ == "inner" and len(node.args) == 2:
            a, b = (self.shape(x, bound) for x in node.args)
            if isinstance(a, tuple) and isinstance(b, tuple):  # ⟨a, b⟩ of two vectors: one length
                la = a[1] if self.d.find(a[0]) == 1 else a[0]
                lb = b[1] if self.d.find(b[0]) == 1 else b[0]
                self.d.union(la, lb)
            return None
        if is_normal_density(node):  # N(x | μ, Σ) of a vector: Σ a square matrix (documents.normalshapes)
            normal_arguments(self, node, bound)  # type: ignore[arg-type]
            return None
        if _square_function(node):
            # tr(AB), det(A): the argument is a square matrix, so its open capitals are matrices (read as
            # scalars, tr(AB) = tr(A) tr(B) was PROVED)
            for sub in sp.preorder_traversal(node.args[0]):
                # (not I: the identity, sized by its neighbours, \det(J - \lambda I) — fresh49)
                if isinstance(sub, sp.Symbol) and sub.name not in bound and is_capital(sub.name) and sub.name != "I":
                    n = self.names.get((sub.name, ()))
                    if (n is None or n.kind == "open") and (sub.name, ()) not in self.scope.names:
                        self.make((sub.name, ()), "matrix", "inside tr or det (a square matrix)")
            inner = self.shape(node.args[0], bound)
            if isinstance(inner, tuple):
                self.d.union(inner[0], inner[1])
                if node.func.__name__ == "det":  # its size is checked at two values (documents.determinantsizes)
                    self.determinant_axes.append(inner[0])
                for index in node.args[1:]:  # minor(A, i, j): i and j run over A's rows (and columns)
                    if isinstance(index, sp.Symbol) and index.name in self.indices:
                        self.d.union(self.indices[index.name], inner[0])
            return None
        if is_kron(node):
            return kron_operands(self, node, bound)  # A ⊗ B: capitals are matrices (documents.kronecker)
        if isinstance(node, AppliedUndef) and node.func.__name__ == "transpose":
            s = self.shape(node.args[0], bound)
            if isinstance(s, tuple):
                return (s[1], s[0])
            return s if s is None else "?"
        if isinstance(node, sp.Mul):
            return self._product([a for a in node.args], bound)
        if isinstance(node, sp.Add):
            shapes = [self.shape(a, bound) for a in node.args]
            rows = [s for s in shapes if isinstance(s, tuple) and self.d.find(s[0]) == 1]
            if rows:  # h W + b: an unoriented vector added to a row is a row
                for k, a in enumerate(node.args):
                    a = uncounted(a)  # \hat{y} - y: the term is -y, the name y
                    n = self.names.get(self._name_of(a)) if self._name_of(a) is not None else None  # type: ignore[arg-type]
                    if (
                        n is not None
                        and n.kind == "vector"
                        and not n.oriented
                        and n.dims is not None
                        and n.dims[1] == 1
                    ):
                        n.dims = (1, n.dims[0])
                        n.oriented = True
                        shapes[k] = n.dims
            column = next((s for a, s in zip(node.args, shapes, strict=True) if isinstance(a, sp.Mul)
                           and isinstance(s, tuple) and (self.d.find(s[1]) == 1) != (self.d.find(s[0]) == 1)
                           and any(self._matrix_name(f) for f in a.args)), None)  # fmt: skip
            if column is not None:
                for k, s in enumerate(shapes):
                    if isinstance(s, str) and s.startswith("open:"):
                        base, *raw = s[5:].split("\x00")
                        if base == "b" or re.fullmatch(r"b\^\(\w+\)", base):
                            # W h + b, W_2 h + b_2, h W^{(2)} + b^{(2)}: the bias added to a matrix-vector
                            # (vector-matrix) product is a vector of its length and orientation (the
                            # convention of ML notes; b as a scalar would be broadcast)
                            n = self.make((base, tuple(raw)), "vector", "a bias added to a matrix-vector product",
                                          column)  # fmt: skip
                            if self.d.find(column[0]) == 1:
                                n.oriented = True
                            shapes[k] = n.dims
            square = next((s for s in shapes if isinstance(s, tuple) and self.d.find(s[0]) != 1
                           and self.d.find(s[1]) != 1), None)  # fmt: skip
            if square is not None:
                for k, s in enumerate(shapes):
                    if isinstance(s, str) and s.startswith("open:"):
                        base, *raw = s[5:].split("\x00")
                        if is_capital(base):
                            # C + cc^T: a capital added to a matrix is a matrix of its shape, even a letter
                            # usually a constant (a scalar broadcast to every entry is NumPy, not notes: it
                            # made C + cc^T symmetric, which nothing says)
                            shapes[k] = self.make((base, tuple(raw)), "matrix", "a capital letter added to a matrix",
                                                  square).dims  # type: ignore[arg-type]  # fmt: skip
            if square is not None:
                for k, a in enumerate(node.args):
                    outer = _ones_outer(uncounted(a))
                    key = self._name_of(outer[0]) if outer is not None else None
                    if outer is not None and key is not None and shapes[k] != square:
                        # XW + 1b^T: the bias, one entry per column, spread over the rows by the ones vector
                        # (b1^T: one per row); its length is the matrix's (batched notes write it so)
                        along = outer[1]
                        self.make(key, "vector", "a bias spread over a matrix's rows by the ones vector"
                                  if along else "a bias spread over a matrix's columns by the ones vector",
                                  (square[along], 1))  # fmt: skip
                        shapes[k] = square
            mats = [s for s in shapes if isinstance(s, tuple)]
            for s in mats[1:]:
                self.d.union(mats[0][0], s[0])
                self.d.union(mats[0][1], s[1])
            if mats:
                return mats[0]
            return None if all(s is None for s in shapes) else "?"
        if square_base(node) is not None:
            self._square(square_base(node), bound)  # A^{-1}, |A|: a square matrix (documents/squares.py)
        if isinstance(node, sp.Pow):
            self.product_sizes = []
            b = self.shape(node.base, bound)
            if b is None:
                return None
            if node.exp == -1 and isinstance(b, tuple) and self.d.find(b[0]) == self.d.find(b[1]) != 1:
                # (X^T W X)^{-1}: the inverse of a square product has its size, and the product's inner
                # sizes are at least that size (documents.invertible)
                if isinstance(node.base, sp.Mul):
                    self.invertible.extend(inner_sizes(self.product_sizes))
                return b
            if isinstance(b, str) and b.startswith("open:") and _reciprocal_of_number(b[5:], node.exp):
                return None  # \frac{1}{n} X(Xw - y): a lowercase name divided by is a number, the product conforms
            return "?"
        if isinstance(node, sp.Sum | sp.Product):
            inner = bound | {str(v) for v, *_ in node.limits}
            return self.shape(node.function, frozenset(inner))
        if isinstance(node, sp.Function) and len(node.args) == 1 and not isinstance(node, AppliedUndef):
            return self.shape(node.args[0], bound)  # exp, log, tanh: entry-wise
        if isinstance(node, AppliedUndef) and node.func.__name__ in ("sigma", "sigmoid", "relu", "softmax", "tanh"):
            return self.shape(node.args[0], bound)
        for a in node.args:
            if isinstance(a, sp.Basic):
                self.shape(a, bound)
        return "?"

    def _square(self, name: sp.Symbol, bound: frozenset[str]) -> None:
        """The name under ``^{-1}`` or ``|…|``, where it is a matrix, is a square one."""
        n = self.names.get((name.name, ()))
        if name.name not in bound and n is not None and n.kind == "matrix" and n.dims is not None:
            self.d.union(n.dims[0], n.dims[1])

    def definitions(self) -> None:
        """Carry shapes through the notes' definitions, both ways: ``t = x W + b`` gives ``t`` the
        shape of its body, and a use of ``t`` that fixes its shape (``t_i``, ``t^T``, a product)
        fixes the body's open operands (``\\hat{y} = softmax(\\theta)`` with ``\\hat{y}_a``: θ is a
        vector as long as ``a``'s range)."""
        for key in self._definition_order():
            body, bound = self.defined[key]
            body_shape = self.shape(body, bound)
            n = self.name(key)
            mine: tuple[object, object] | str | None
            mine = n.dims if n.kind in ("vector", "matrix") else (None if n.kind == "scalar" else "open")
            if isinstance(body_shape, tuple) and not isinstance(mine, tuple):
                if n.kind == "open":
                    kind = "vector" if 1 in (self.d.find(body_shape[0]), self.d.find(body_shape[1])) \
                        or _vector_like(body_shape, self.names) else "matrix"  # fmt: skip
                    self.make(key, kind, "the shape of its definition", body_shape)
            elif isinstance(mine, tuple) and isinstance(body_shape, tuple):
                mine = self._oriented_as(n, mine, body_shape)
                self.d.union(mine[0], body_shape[0])
                self.d.union(mine[1], body_shape[1])
            elif isinstance(mine, tuple) and isinstance(body_shape, str) and body_shape.startswith("open:"):
                base, *raw = body_shape[5:].split("\x00")
                target = (base, tuple(raw))
                if not self.known(target) or target in self.defined:  # h = tanh(z_1), h a vector: z_1 is one
                    self.make(target, n.kind, f"the shape of {display_key(key)}, which it defines", mine)
            elif isinstance(mine, tuple) and n.kind == "vector" and body_shape == "?":
                self._layer_body(body, mine, bound, key)
            elif isinstance(mine, tuple) and n.kind == "matrix" and isinstance(body, sp.Pow) and body.exp == -1:
                self._inverted_body(body, mine, bound, key)

    def _inverted_body(self, body: sp.Pow, dims: tuple[object, object], bound: frozenset[str], key: Key) -> None:
        r"""``P = S^{-1}`` (or ``S^{-T}``) where a use makes ``P`` a matrix (``x^\top P x``): S is a square matrix
        of P's size. Left a number, S made both sides of the trace trick written with an inner product,
        ``x^\top P x = \operatorname{tr}(P x^\top x)``, ``S^{-1}\|x\|^2`` (a false green; fresh17)."""
        name = square_base(body)
        if name is None or name.name in bound or self.known((name.name, ())):
            return
        self.d.union(dims[0], dims[1])
        self.make((name.name, ()), "matrix", f"inverted in the definition of the matrix {display_key(key)}", dims)

    def _layer_body(self, body: sp.Basic, dims: tuple[object, object], bound: frozenset[str], key: Key) -> None:
        r"""``z_2 = W_2 h + b_2`` where only a use says ``z_2`` is a vector (``\operatorname{softmax}(z_2)``):
        the body of a column vector is one too, term by term. A lone open lowercase name is a vector of
        its shape (the bias); a product of an open capital and a name is a matrix times a vector (the
        layer's weights and input; a scalar factor would be written as a number or a Greek letter). Read
        as numbers, a two-layer network written with labels (W_1, W_2, z_1, z_2) had every step SKIPPED
        ("softmax of a number") or checked only as scalars."""
        if self.d.find(dims[1]) != 1 or self.d.find(dims[0]) == 1:
            return  # a column only: a row's body (h W + b) is read by the products' own rules
        why = f"in the definition of the vector {display_key(key)}"
        for term in sp.Add.make_args(entrywise_argument(body)):  # h = tanh(W_1 x + b_1): the argument's shape
            factors = [f for f in sp.Mul.make_args(term) if not f.is_number]
            shapes = [self.shape(f, bound) for f in factors]
            keys = [_open_key(s) for s in shapes]
            if len(factors) == 1 and keys[0] is not None and not is_capital(keys[0][0]):
                self.make(keys[0], "vector", why, dims)
            elif len(factors) == 2 and keys[0] is not None and is_capital(keys[0][0]) \
                    and keys[0][0] not in SCALAR_CAPITALS and (keys[1] is not None or isinstance(shapes[1], tuple)):
                inner = shapes[1][0] if isinstance(shapes[1], tuple) and self.d.find(shapes[1][1]) == 1 \
                    else self.d.new()  # fmt: skip
                self.make(keys[0], "matrix", why, (dims[0], inner))
                if keys[1] is not None and not is_capital(keys[1][0]):
                    self.make(keys[1], "vector", why, (inner, 1))

    def _definition_order(self) -> list[Key]:
        r"""The definitions as reached (a use first: ``\hat{y}_a`` fixes softmax's operand), then once more
        with each after the definitions its body uses (``t = x W + b`` before ``h = \sigma(t)`` before
        ``v = h W_2 + b_2``): a chain of definitions carries its shapes through in one round, not one
        link per round (a five-link network ran out of rounds and ``\hat{y}`` kept a length of its own)."""
        keys = list(self.defined)
        heads = {k[0]: k for k in keys if not k[1]}
        done: list[Key] = []
        seen: set[Key] = set()

        def visit(key: Key, depth: int) -> None:
            if key in seen or depth > len(keys):
                return
            seen.add(key)
            body = self.defined[key][0]
            for sub in sp.preorder_traversal(body):
                name = str(sub.base.label) if isinstance(sub, sp.Indexed) else getattr(sub, "name", None)
                if name is not None and name in heads and heads[name] != key:
                    visit(heads[name], depth + 1)
            done.append(key)

        for key in keys:
            visit(key, 0)
        return keys + done

    def _oriented_as(self, n: _Name, mine: tuple[object, object], body: tuple[object, object]) -> tuple[object, object]:
        r"""A defined vector whose orientation only a subscript gave (``\hat{y}_i``, read as a column by
        default) takes its definition's (``\hat{y} = softmax(v)`` with ``v = h W + b`` a row): a
        subscript says nothing of orientation, the body does. Without this the two lengths were never
        unified (a size is never collapsed to 1) and ``\hat{y} - y`` became a row minus a column."""
        if n.kind != "vector" or n.oriented:
            return mine
        body_row, body_col = self.d.find(body[0]) == 1, self.d.find(body[1]) == 1
        mine_row, mine_col = self.d.find(mine[0]) == 1, self.d.find(mine[1]) == 1
        if body_row != body_col and mine_row != mine_col and body_row != mine_row:
            n.dims = (mine[1], mine[0])
            n.oriented = True
            return n.dims
        return mine

    def _weighted_inner(self, node: sp.Basic, bound: frozenset[str]) -> tuple[object, object] | str | None:
        r"""``\langle a, b \rangle_W`` = aᵀWb: an open weight is a matrix, open lowercase arguments are
        vectors of its row and column lengths (read as scalars, ⟨u, v⟩_W = ⟨v, u⟩_W held for any W);
        capitals are left to their other evidence (the notation also takes matrices)."""
        a, b, w = node.args
        dims: tuple[object, object] | None = None
        if isinstance(w, sp.Symbol) and w.name not in bound and not self.known((w.name, ())):
            n = self.name((w.name, ()))
            if n.kind in ("open", "matrix"):
                dims = self.make((w.name, ()), "matrix", "the weight of a weighted inner product").dims
        if dims is None:  # a weight the notes define (a diagonal W the prose states): its sizes bind a and b
            s = self.shape(w, bound)
            dims = s if isinstance(s, tuple) else None
        shapes = []
        for k, arg in enumerate((a, b)):
            open_name = isinstance(arg, sp.Symbol) and arg.name not in bound and not is_capital(arg.name)
            if open_name and not self.known((arg.name, ())) and self.name((arg.name, ())).kind in ("open", "vector"):
                length = dims[k] if dims is not None else self.d.new()
                self.make((arg.name, ()), "vector", "an argument of a weighted inner product", (length, 1))
            s = self.shape(arg, bound)
            if isinstance(s, tuple) and dims is not None and self.d.find(s[1]) == 1:
                self.d.union(s[0], dims[k])
            shapes.append(s)
        vectors = all(isinstance(s, tuple) and self.d.find(s[1]) == 1 for s in shapes)
        return None if vectors else "?"

    @staticmethod
    def _name_of(node: sp.Basic) -> Key | None:
        if isinstance(node, sp.Symbol):
            return (node.name, ())
        if isinstance(node, sp.Indexed) and all(str(i).isdigit() for i in node.indices):
            return (text_of(node.base.label), tuple(text_of(i) for i in node.indices))
        return None

    def _product(self, factors: list[sp.Basic], bound: frozenset[str]) -> tuple[object, object] | str | None:
        shapes = [self.shape(f, bound) for f in factors]
        nonscalar = [k for k, s in enumerate(shapes) if s is not None]
        has_matrix = any(isinstance(shapes[k], tuple) for k in nonscalar)
        if has_matrix:  # an open capital next to a vector/matrix is a matrix; a lowercase one a scalar
            for k in nonscalar:
                s = shapes[k]
                if isinstance(s, str) and s.startswith("open:"):
                    base, *raw = s[5:].split("\x00")
                    before = shapes[k - 1] if k > 0 else None
                    after = shapes[k + 1] if k + 1 < len(shapes) else None
                    row_before = isinstance(before, tuple) and self.d.find(before[0]) == 1
                    if is_capital(base) and base not in SCALAR_CAPITALS:
                        n = self.make(
                            (base, tuple(raw)), "matrix", "a capital letter multiplied with a vector or matrix"
                        )
                        shapes[k] = n.dims
                    elif is_capital(base) and row_before and isinstance(after, tuple) and self.d.find(after[1]) == 1:
                        # u^T C v: a capital between a row and a column is the matrix of a bilinear form (a
                        # scalar constant would be written in front), even a letter usually a constant
                        n = self.make((base, tuple(raw)), "matrix", "between a row and a column (a bilinear form)")
                        shapes[k] = n.dims
                    elif not is_capital(base) and row_before and k == len(shapes) - 1:
                        # w^T x: a lowercase name after a row vector, last in the product, is the other
                        # vector of an inner product
                        n = self.make((base, tuple(raw)), "vector", "after a row vector (an inner product)",
                                      (before[1], 1))  # type: ignore[index]  # fmt: skip
                        shapes[k] = n.dims
                    elif (not is_capital(base) and k == len(shapes) - 1 and isinstance(before, tuple)
                          and self.d.find(before[1]) != 1 and (self._matrix_name(factors[k - 1])
                                                               or self._matrix_sum(factors[k - 1], before))):
                        # X\theta, W h: a lowercase name last in a product, right after a matrix, is the
                        # vector the matrix acts on (a scalar would be written in front: \lambda X)
                        n = self.make((base, tuple(raw)), "vector", "after a matrix (a matrix-vector product)",
                                      (before[1], 1))  # type: ignore[index]  # fmt: skip
                        shapes[k] = n.dims
        # a vector written first in a product with a matrix after it is a row vector (x W)
        names = [self._name_of(f) for f in factors]
        order = [k for k in nonscalar if shapes[k] is not None and not isinstance(shapes[k], str)]
        if len(order) >= 2:
            first = names[order[0]]
            n = self.names.get(first) if first is not None else None
            # … unless the notes declare vectors columns (orientation.VECTORS: a context or the prose)
            columns = self.scope.conventions.get("vectors") == "columns"
            if n is not None and n.kind == "vector" and not n.oriented and n.dims is not None and not columns:
                nxt = shapes[order[1]]
                nn = self.names.get(names[order[1]]) if names[order[1]] is not None else None
                # (a row after it, a bᵀ: the outer product a bᵀ of a column a, not a row a)
                if isinstance(nxt, tuple) and (nn is None or nn.kind == "matrix") and self.d.find(nxt[0]) != 1:
                    n.dims = (1, n.dims[0]) if n.dims[1] == 1 else n.dims
                    n.oriented = True
                    shapes[order[0]] = n.dims
            for k in order:
                nk = self.names.get(names[k]) if names[k] is not None else None
                if nk is not None and nk.kind == "vector":
                    nk.oriented = True
        if len(order) >= 2:
            self._row_product(factors[order[0]], factors[order[1]])
        chain = [shapes[k] for k in nonscalar if shapes[k] is not None]
        if any(isinstance(s, str) for s in chain):
            # y wᵀx with y still open: wᵀ and x, plain names written next to each other, still conform
            # (not an entry x_iᵀ, whose shape here may be that of the whole x)
            written = [(factors[k], shapes[k]) for k in nonscalar if shapes[k] is not None]
            for (fa, a), (fb, b) in itertools.pairwise(written):
                if isinstance(a, tuple) and isinstance(b, tuple) and _plain_name(fa) and _plain_name(fb):
                    self.d.union(a[1], b[0])
            return "?"
        mats = [s for s in chain if isinstance(s, tuple)]
        for a, b in itertools.pairwise(mats):
            self.d.union(a[1], b[0])
        if not mats:
            return None
        self.product_sizes = [mats[0][0], *(m[1] for m in mats)]  # for an inverse around it (documents.invertible)
        return (mats[0][0], mats[-1][1])

    def _matrix_name(self, node: sp.Basic) -> bool:
        """Whether ``node`` is a name (or its transpose) that is a matrix here: ``X``, ``W^T``."""
        key = self._name_of(node.args[0] if isinstance(node, AppliedUndef) and node.func.__name__ == "transpose"
                            else node)  # fmt: skip
        n = self.names.get(key) if key is not None else None
        entry = self.scope.names.get(key) if key is not None else None
        if isinstance(entry, Definition) and len(entry.index_params) == 2 and not entry.params:
            return True  # W_{qu} := …: a matrix defined entry by entry
        return n is not None and n.kind == "matrix"

    def _matrix_sum(self, node: sp.Basic, shape: tuple[object, object]) -> bool:
        r"""``(X^T X + \lambda I)``: a bracketed sum of matrices (a term with a matrix name in it, neither
        dimension 1), so the lowercase name after it is the vector it acts on, as after ``X``."""
        if not isinstance(node, sp.Add) or self.d.find(shape[0]) == 1:
            return False
        return any(self._matrix_name(f) for t in node.args for f in sp.Mul.make_args(t))

    def _row_product(self, first: sp.Basic, second: sp.Basic) -> None:
        """``x W``, ``(\\hat{y} - y) W^T``: a vector (or a sum of vectors) written *before* a matrix is
        the notes' evidence that they write vectors as rows; remembered as text for the reading's note."""
        left, right = self._vector_text(first), self._matrix_text(second)
        if left and right and len(self.row_products) < 3 and f"{left} {right}" not in self.row_products:
            self.row_products.append(f"{left} {right}")

    def _vector_text(self, node: sp.Basic) -> str:
        key = self._name_of(node)
        if key is not None:
            n = self.names.get(key)
            return display_key(key) if n is not None and n.kind == "vector" else ""
        if isinstance(node, sp.Add):
            parts = [self._vector_text(a) for a in node.args]
            if not all(parts):
                return ""
            parts.sort(key=lambda p: p.startswith("-"))  # (yhat - y), as the notes write it
            return "(" + parts[0] + "".join(f" - {p[1:]}" if p.startswith("-") else f" + {p}" for p in parts[1:]) + ")"
        if isinstance(node, sp.Mul) and len(node.args) == 2 and node.args[0] == -1:
            inner = self._vector_text(node.args[1])
            return "-" + inner if inner else ""
        return ""

    def _matrix_text(self, node: sp.Basic) -> str:
        if isinstance(node, AppliedUndef) and node.func.__name__ == "transpose":
            inner = self._matrix_text(node.args[0])
            return inner + "^T" if inner else ""
        key = self._name_of(node)
        n = self.names.get(key) if key is not None else None
        return display_key(key) if key is not None and n is not None and n.kind == "matrix" else ""


def _vector_like(shape: tuple[object, object], names: dict[Key, _Name]) -> bool:
    """A body shape shared with an inferred vector (the body is ``softmax(θ)`` for a vector θ)."""
    return any(n.kind == "vector" and n.dims == shape for n in names.values())


_DECORATIONS = ("bar", "hat", "tilde", "star", "check", "dot")  # \bar{D} is the name Dbar (verifier.latex)


_LAYER_LABEL = re.compile(r"\^\([^()]*\)$")  # W^(2): the parser's name of W^{(2)}


def _reciprocal_of_number(base: str, exp: sp.Basic) -> bool:
    r"""Is a power of the open name ``base`` (as :meth:`_Shapes.shape` writes it, ``open:`` dropped) with exponent
    ``exp`` a division by a number: a negative exponent of a lowercase plain name (``\frac{1}{n}``, ``\frac{1}{2m}``:
    notes divide by counts and constants, never by a vector; a capital's ``A^{-1}`` may be an inverse)?"""
    name = base.split("\x00", 1)[0]
    return bool(exp.is_number and exp.is_negative) and re.fullmatch(r"[a-z]", name) is not None


def is_capital(name: str) -> bool:
    r"""A capital letter (``W``, ``W1``), decorated or not (``\bar{D}``, ``\hat{W}``), with a layer label
    or not (``W^{(2)}``, named ``W^(2)``): a matrix's name."""
    name = _LAYER_LABEL.sub("", name)
    for deco in _DECORATIONS:
        if len(name) > len(deco) and name.endswith(deco):
            name = name[: -len(deco)]
            break
    if name in GREEK_MATRICES or (name[:-1] in GREEK_MATRICES and name[-1:].isdigit()):  # \Sigma, \Lambda_0
        return True
    return (len(name) == 1 and name.isupper()) or (name[:1].isupper() and name[1:].isdigit())


_ENTRYWISE = frozenset({"sigma", "sigmoid", "relu", "softmax", "tanh"})


def entrywise_argument(node: sp.Basic) -> sp.Basic:
    r"""``node`` without the entry-wise functions around it (``\tanh(W_1 x + b_1)`` → ``W_1 x + b_1``):
    the value of such a function has its argument's shape."""
    while len(node.args) == 1 and (
        (isinstance(node, sp.Function) and not isinstance(node, AppliedUndef))
        or (isinstance(node, AppliedUndef) and node.func.__name__ in _ENTRYWISE)
    ):
        node = node.args[0]
    return node


def _ones_outer(node: sp.Basic) -> tuple[sp.Basic, int] | None:
    r"""``\mathbf{1} b^\top`` → (b, 1): a lowercase name (``b``, ``b_1``) spread along a matrix's columns;
    ``b \mathbf{1}^\top`` → (b, 0); None for any other term (``b^\top \mathbf{1}`` is a number)."""
    if not isinstance(node, sp.Mul) or len(node.args) != 2:
        return None
    first, second = node.args

    def transposed(n: sp.Basic) -> sp.Basic | None:
        ok = isinstance(n, AppliedUndef) and n.func.__name__ == "transpose" and len(n.args) == 1
        return n.args[0] if ok else None

    def lowercase(n: sp.Basic | None) -> bool:
        name = n.name if isinstance(n, sp.Symbol) else str(n.base.label) if isinstance(n, sp.Indexed) else ""
        return bool(name) and not is_capital(name) and name != "ones"

    ones = lambda n: isinstance(n, sp.Symbol) and n.name == "ones"  # noqa: E731
    if ones(first) and lowercase(b := transposed(second)):
        return b, 1  # type: ignore[return-value]
    if lowercase(first) and (t := transposed(second)) is not None and ones(t):
        return first, 0
    return None


def uncounted(node: sp.Basic) -> sp.Basic:
    """A term without its numeric coefficient (``-y`` is ``y``; ``2 x`` is ``x``)."""
    if isinstance(node, sp.Mul):
        coeff, rest = node.as_coeff_Mul()
        if coeff.is_Number and not isinstance(rest, sp.Mul):
            return rest
    return node


def _same_length(node: sp.Basic) -> bool:
    """``CE(y, ŷ)``, ``⟨a, b⟩``: a function of two vectors of one length (their sizes are
    unified)."""
    return isinstance(node, AppliedUndef) and node.func.__name__ in ("ce", "CE", "inner") and len(node.args) == 2


def _square_function(node: sp.Basic) -> bool:
    """``tr(…)``, ``det(…)`` or ``minor(A, i, j)``: a function of a square matrix (its first argument)."""
    if not isinstance(node, AppliedUndef):
        return False
    name = node.func.__name__
    return (name in ("tr", "det") and len(node.args) == 1) or (name == "minor" and len(node.args) == 3)


def _plain_name(node: sp.Basic) -> bool:
    """A name as written, or its transpose (w, wᵀ): not an entry, not an expression."""
    if isinstance(node, AppliedUndef) and node.func.__name__ == "transpose" and len(node.args) == 1:
        node = node.args[0]
    return isinstance(node, sp.Symbol) and not isinstance(node, sp.Dummy)


def _open_key(shape: tuple[object, object] | str | None) -> Key | None:
    """The key of a name whose shape is still open (``"open:z\x002"`` → ``("z", ("2",))``)."""
    if not (isinstance(shape, str) and shape.startswith("open:")):
        return None
    base, *raw = shape[5:].split("\x00")
    return base, tuple(raw)


#: besides sums and products, the nodes whose operands' shapes the inference relates
SHAPED_NODES = (_square_function, _same_length, is_normal_density, is_kron)
