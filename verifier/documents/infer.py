r"""What undeclared names are: inferred from how the notes use them, every inference reported.

Real notes declare nothing. A checker that SKIPs every step with "x is not declared" is never
switched on, so the names a chain uses and no context declares are *inferred* here, from the
chain, the definitions it reaches and the document's annotations:

* ``x_i``, ``\hat{y}_k``: ``x`` is a vector and ``i`` an index; ``W_{ij}`` / ``W_{i,j}``: a matrix.
  Digit subscripts (``W_1``, ``w_{11}``) are part of the name. Indices that index the same vector
  share one range;
* ``\sum_{i=1}^{N}``: ``N`` is a size and ``i`` runs over ``1..N``; ``\sum_i`` over ``i``'s range;
* ``\mathbf{x}``, ``\boldsymbol{\theta}``, ``\vec{x}`` anywhere in the document: a vector (a
  capital letter: a matrix); ``x^T``: a vector (capital: a matrix);
* ``W \in \mathbb{R}^{m \times n}`` (prose or math): a matrix of that size; ``\mathbb{R}^n`` a
  vector; ``\mathbb{R}`` a scalar;
* a capital letter multiplied with a vector or matrix is a matrix, and products must conform:
  the sizes of adjacent factors are unified;
* a name a ``\log``, a square root or a fractional power takes as it is, or as a factor, is positive
  (not one inside a function or an even power there: ``\log(1 + e^{-x})`` is real for every x);
* anything else is a real scalar — the specialisation every identity over matrices must also
  satisfy (a 1×1 matrix is a scalar), so it can never turn a true step false;
* an unknown function ``f(x)`` is an arbitrary smooth function (the test function of
  ``f: function``); a step that fails only through it is not FAILED (see check.py).

Index ranges follow what the chain writes (:meth:`_Inference._ranges`): a family summed from 0 or
written with entry 0 (``\sum_{j=0}^m w_j``, ``x_0 = 1``) is indexed 0..m with m + 1 entries, and every
index and family sharing that size with it too; ``\sum_{k=0}^{K-1}`` gives K entries 0..K-1; a size
covers every entry written on it (``\theta_4``: at least 4), except a size the notes annotate as
general (``x \in \mathbb{R}^n``), which no written number fixes. A letter that is both an index and a
vector (``b_b``, ``[h W + b]_b``) is declared as a name under its own key; ``x_u`` beside ``x_{ud}`` is
a row of the matrix x; ``d_k`` free once in a definition without indices is one name (a label).

Vectors are columns unless a product fixes them (``x W``: x is a row). Where that column reading
does not fit a chain, :mod:`verifier.documents.orientation` asks for the *row reading*
(``infer_scope(rows=True)``): every vector whose orientation nothing fixes is a 1×n row, and the
products that write a vector before a matrix are returned as the notes' evidence for it.

Sizes default to small *distinct* values (2, 3, 4, …) so that a transposition shows. Inferred
entries never replace what a context block declares. The result is a new :class:`Scope` plus one
line of explanation per inferred name, reported with the step like any other reading.

Three modules share the work: :mod:`verifier.documents.annotations` reads what the whole text says
(``\in \mathbb{R}^{…}``, bold, written-out literals), :mod:`verifier.documents.shapes` unifies sizes
over products, sums and definitions, and this module walks each chain, settles index ranges and
writes the inferred scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sympy as sp

from verifier.documents.annotations import RESERVED, Annotations, annotations_of
from verifier.documents.context import (
    INVENTED_SIZE,
    Definition,
    DomainSpec,
    IndexRange,
    Key,
    Scope,
    Size,
    VarDecl,
    display_key,
    invented_size_key,
    is_invented_size,
)
from verifier.documents.determinantsizes import varied
from verifier.documents.doctransposes import transposed_elsewhere
from verifier.documents.eventvalues import event_definition
from verifier.documents.familyindex import register_family_indices
from verifier.documents.familyorientation import OWN_PREFIX
from verifier.documents.indicatorlabels import indicator_comparisons
from verifier.documents.inferevidence import (
    FIRST_SIZES,
    KNOWN_FUNCTIONS,
    MAX_LITERAL_SIZE,
    _Evidence,
    dim_text,
    names_and_functions,
    names_in,
)
from verifier.documents.instances import BASE_PREFIX, LETTER_NAME, SHIFT, SLICE_PREFIX, UNSHIFT
from verifier.documents.invertible import ordered
from verifier.documents.normalshapes import normal_dimensions, normal_labels
from verifier.documents.normlayers import norms_over_layers
from verifier.documents.oneslength import ONES_LENGTH, sizes_written
from verifier.documents.shapes import (
    SHAPED_NODES,
    _Dims,
    _Name,
)
from verifier.documents.sizeorder import ORDER, ordered_values
from verifier.documents.variableconstants import differentiated_constants, named_constants
from verifier.latex.vocabulary import GREEK

#: KNOWN_FUNCTIONS, MAX_LITERAL_SIZE, RESERVED, names_in and names_and_functions are re-exported: readers
#: import them from here, the module that owns the inference (inferevidence owns the node readings)
__all__ = ["KNOWN_FUNCTIONS", "MAX_LITERAL_SIZE", "RESERVED", "Annotations", "InferredScope", "annotations_of",
           "infer_scope", "names_and_functions", "names_in", "subscripted_names"]


# Why a name is a real scalar when nothing in the notes says more: readers of the inferred reasons
# (counts, guesses, weights) ask :func:`guessed_scalar` rather than match the words again.
NO_EVIDENCE = "no other evidence"
#: :data:`NO_EVIDENCE` as it stands in a name's inferred reason (``scope.inferred``): the mark a reader looks for
NO_EVIDENCE_MARK = f"({NO_EVIDENCE})"
#: conventions key prefix: a matrix annotated m×n (two size letters) that a chain's products made square
SQUARED_PREFIX = "squared "
#: conventions key prefix: a vector annotated with one size letter that a chain's sums made of another (sound57)
RESIZED_PREFIX = "resized "


def _other_named(annotated: object, used: object) -> bool:
    """Are ``annotated`` and ``used`` two different sizes the notes name (letters, not numbers nor invented sizes)?"""
    names = [d[0] if isinstance(d, tuple) and len(d) == 2 and isinstance(d[0], str) and not d[1] else None
             for d in (annotated, used)]  # fmt: skip
    return all(n and n.isalpha() for n in names) and names[0] != names[1]


def guessed_scalar(scope: Scope, key: Key) -> bool:
    """Is ``key`` an undeclared name read as a real scalar only for want of evidence?"""
    entry = scope.names.get(key)
    return isinstance(entry, VarDecl) and entry.kind == "scalar" and NO_EVIDENCE_MARK in scope.inferred.get(key, "")


@dataclass
class InferredScope:
    scope: Scope
    notes: list[str]
    functions: frozenset[str] = frozenset()  # names inferred as arbitrary functions
    #: products that write a vector before a matrix (``x W``): evidence that the notes' vectors are rows
    row_products: tuple[str, ...] = ()


class _Inference(_Evidence):
    """The evidence a chain gives about its undeclared names (the size half: :class:`_Shapes`)."""

    def __init__(self, scope: Scope, ann: Annotations, rows: bool = False) -> None:
        self.scope = scope
        self.ann = ann
        #: the row reading (verifier.documents.orientation): a vector with no fixed orientation is 1×n
        self.rows = rows
        #: products that write a vector before a matrix (``x W``), as ``x W``: the notes' own evidence of rows
        self.row_products: list[str] = []
        self.tree_names: set[str] = set()  # the names of the trees read (documents.oneslength)
        self.d = _Dims()
        self.names: dict[Key, _Name] = {}
        self.indices: dict[str, object] = {}  # index letter -> size var
        self.index_why: dict[str, str] = {}
        self.functions: dict[str, int] = {}
        self.sizes: dict[Key, str] = {}
        self.bounds: set[Key] = set()  # sizes met as the bounds of sums: checked at two values
        self.determinant_axes: list[object] = []  # the axes of matrices a det is taken of: so are they
        #: the notes' own definitions without parameters (``t = x W + b``): name -> (body, bound names); their
        #: shapes are carried both ways between the name and its body (never declared: the resolver evaluates it)
        self.defined: dict[Key, tuple[sp.Basic, frozenset[str]]] = {}
        #: index bases and written entries (see :meth:`_ranges`): size vars indexed from 0 (a sum from
        #: 0 over them, an entry 0 written on that axis), and the numeric indices written per var
        self.zero: dict[object, str] = {}
        self.zero_len: list[object] = []  # \sum_{k=0}^{K-1}: the var is the length K, the last index K-1
        self.last_index: list[object] = []  # \sum_{k=1}^{K} beside them: K is written as an index (0..K)
        self.written: list[tuple[object, int]] = []
        #: constant letters the chain differentiates by (``d/d\pi``): quantities here (variableconstants)
        self.variable_constants: frozenset[str] = frozenset()
        self.digit_entries: dict[str, set[tuple[int, ...]]] = {}
        #: ``d_k`` in ``W = Q K^T / \sqrt{d_k}``: a subscript free in the body of a definition without
        #: indices is a label, the whole a name of its own (see :meth:`labels_in_definitions`)
        self.labels: set[Key] = set()
        #: ``x_u`` and ``x_{ud}`` both written: x is a matrix and x_u its row u (axis 0) or, where the
        #: letter is the second subscript elsewhere (``y_i``, ``y_{di}``), its column (axis 1)
        self.slice_axis: dict[Key, int] = {}
        self.slice_own: dict[Key, int] = {}  # the chain's own axis where the document's differs (familyorientation)
        #: names written alone inside a norm (``‖Ax − b‖``), and their kind: vectors where nothing else says
        self.normed: dict[Key, str] = {}
        #: ``\varsigma(\mathbf{z})_c``: (c's size, z) — z's length is c's range once z is a vector, also where
        #: only evidence read after the walk (bold, a subscript elsewhere in the notes) makes it one
        self.entries_of_arguments: list[tuple[object, Key]] = []
        #: ``(X^T X)^{-1}``: (outer, inner) sizes, the inner at least the outer (documents.invertible)
        self.invertible: list[tuple[object, object]] = []
        self.product_sizes: list[object] = []

    def _ranges(self) -> tuple[dict[object, str], dict[object, int], set[object]]:
        r"""The size roots indexed from 0 (why) and the largest entry written on each root.

        An axis is indexed from 0 when the notes write entry 0 on it (``x_0 = 1``, ``X_{i0}``) or sum
        an index of it from 0 (``\sum_{j=0}^m w_j``): then every family and index sharing that size
        runs 0..m (m + 1 entries), for every use, not only the one that showed it. A size must
        cover every entry written on it (``\theta_4``: at least 4)."""
        for base, entries in self.digit_entries.items():
            n = self.names.get((base, ()))
            if n is None or n.kind not in ("vector", "matrix") or n.dims is None or self.known((base, ())):
                continue
            axes = [d for d in n.dims if self.d.find(d) != 1] if n.kind == "vector" else list(n.dims)
            for entry in entries:
                if len(entry) == 1 and len(axes) == 2 and 10 < entry[0] < 100:
                    entry = divmod(entry[0], 10)  # A_{11} of a matrix: entry (1, 1)
                if len(entry) == len(axes):
                    for var, k in zip(axes, entry, strict=True):
                        self._written(var, k, display_key((base, tuple(map(str, entry)))))
        zero: dict[object, str] = {}
        for var, why in self.zero.items():
            zero.setdefault(self.d.find(var), why)
        counted = {self.d.find(v) for v in self.zero_len} - {self.d.find(v) for v in self.last_index}  # 0..K-1
        need: dict[object, int] = {}
        for var, k in self.written:
            root = self.d.find(var)
            need[root] = max(need.get(root, 0), k + (1 if root in counted and root in zero else 0))
        return zero, need, counted

    # -- result -------------------------------------------------------------------------------
    def result(self) -> InferredScope:
        scope = self.scope.copy()
        notes: list[str] = []
        values: dict[object, int] = {}
        used = [v for v in FIRST_SIZES]
        zero, need, counted = self._ranges()
        # W \in \mathbb{R}^{h \times d} beside a vector \mathbf{h}: the notes' bold h and italic h are two
        # symbols; the dimension is kept apart under another key (reported as h_dim)
        apart = {k: (f"{k[0]}_dim", k[1]) for k in self.sizes  # type: ignore[index]
                 if k not in self.bounds and (self.names.get(k, _Name("open")).kind in ("vector", "matrix")
                                              or isinstance(self.scope.names.get(k), Definition))}  # fmt: skip

        def covering(root: object, value: int) -> int:
            """``value``, or the first default size that covers the largest entry written on ``root``."""
            req = need.get(root, 0)
            if value >= req or req > MAX_LITERAL_SIZE:
                return value
            return next((u for u in FIRST_SIZES if u >= req), req)

        def size_key(var: object) -> object:
            root = self.d.find(var)
            if isinstance(root, int):
                return root
            if isinstance(root, tuple) and root and root[0] != "#":
                return apart.get(root, root)  # a named size
            if root not in values:
                values[root] = covering(root, used[len(values) % len(used)])
            return invented_size_key(values[root])

        def assign(var: object) -> None:
            size_key(var)

        ordered(self.invertible, self.d.find, values, assign, need)
        created: dict[Key, tuple[int, int]] = {}  # the named sizes given defaults here: note's position, least

        def dim(var: object) -> object:
            s = size_key(var)
            if isinstance(s, int):
                return s
            key: Key = s  # type: ignore[assignment]
            if key not in scope.names:
                req = need.get(self.d.find(var), 0)  # a det's axis is checked at two sizes (determinantsizes):
                vary = lambda v: varied(v, self.d.find(var), self.determinant_axes, self.d.find, req)  # noqa: E731
                if is_invented_size(key):
                    scope.names[key] = Size(key, vary((int(key[0][1:-len(INVENTED_SIZE)]),)), 0)
                else:
                    first = FIRST_SIZES[sum(isinstance(x, Size) for x in scope.names.values()) % len(FIRST_SIZES)]
                    # a sum's bound is varied (a closed form right at one size only must not pass)
                    values = (first, first + 2) if key in self.bounds else vary((first,))
                    if values[0] < req <= MAX_LITERAL_SIZE:  # \theta_4 written: the size is at least 4
                        values = tuple(v + req - values[0] for v in values)
                    scope.names[key] = Size(key, values, 0)
                    notes.append(f"{display_key(key)}: a size ({self.sizes.get(key, 'a dimension')}), "
                                 f"checked at {' and '.join(map(str, values))}")  # fmt: skip
                    scope.inferred[key] = notes[-1]
                    created[key] = (len(notes) - 1, req)
            return key

        for key in list(self.sizes):
            scalar = key in self.bounds and self.names.get(key, _Name("open")).kind in ("open", "scalar")
            if key in apart or (key not in scope.names and (key not in self.names or scalar)):
                fixed = dim(key)
                if isinstance(fixed, int):  # \sum_{j=1}^K over a vector the notes write with 3 entries: K = 3
                    scope.names[key] = Size(key, (fixed,), 0)
                    notes.append(f"{display_key(key)}: a size ({self.sizes.get(key, 'a dimension')}), {fixed} "
                                 "(the length the notes write out)")  # fmt: skip
                    scope.inferred[key] = notes[-1]
        for name, var in self.indices.items():
            key = (name, ())
            if key in scope.names:
                continue
            hi = dim(var)
            lo = 0 if self.d.find(var) in zero else 1
            if lo == 0 and self.d.find(var) in counted:
                hi = shifted(hi, UNSHIFT)
            scope.names[key] = IndexRange(key, lo, hi, 0)  # type: ignore[arg-type]
            why = self.index_why.get(name, "a subscript")
            if lo == 0:
                why += f"; indexed from 0: {zero[self.d.find(var)]}"
            notes.append(f"{name}: an index {lo}..{dim_text(hi)} ({why})")
            scope.inferred[key] = notes[-1]
        for key, n in self.names.items():
            letter = not key[1] and key[0] in self.indices and n.kind in ("vector", "matrix")
            if letter and not self.known(key):
                # b_b, [h W + b]_b: the letter is an index as a subscript (or a sum's variable) and the
                # name of a vector elsewhere; the name is declared under its own key
                key = (key[0], (LETTER_NAME,))
            elif key in scope.names or (key[0] in self.indices and not key[1]):
                continue
            if not key[1] and (event_definition(scope, key[0]) is not None or "=Lidx" in key[0]):
                # P(y=1|z) after P(y=k|z) := …: the definition at a value (documents.eventvalues); a column's
                # P(y=Lidx|z) is one name per entry (documents.ellipsis), never one arbitrary number for all
                continue
            if key[1] and all(x.isdigit() for x in key[1]):
                whole = self.names.get((key[0], ()))
                own = len(self.ann.shapes.get(key, ())) > 0  # X_1 \in R^{m×n}: a whole matrix, no entry of X
                if whole is not None and whole.kind in ("vector", "matrix") and not own:
                    continue  # x_1 is entry 1 of the vector x
            dom = DomainSpec("positive", 0.0, float("inf")) if n.positive else DomainSpec()
            pos = " positive" if n.positive else ""
            if n.kind in ("vector", "matrix"):
                assert n.dims is not None
                r, c = dim(n.dims[0]), dim(n.dims[1])
                bases = tuple(0 if self.d.find(d) in zero else 1 for d in n.dims)
                if (listed := self.ann.literal_bases.get(key)) is not None:  # [g_1, g_2, g_3]: numbered as listed
                    bases = tuple(listed if self.d.find(d) != 1 else b for b, d in zip(bases, n.dims, strict=True))
                r, c = (shifted(x) if b == 0 and self.d.find(d) not in counted else x
                        for x, b, d in zip((r, c), bases, n.dims, strict=True))  # fmt: skip
                scope.names[key] = VarDecl(key, n.kind, (r, c), dom)  # type: ignore[arg-type]
                if n.kind == "vector":
                    what = f"a row vector[{dim_text(c)}]" if r == 1 else f"a vector[{dim_text(r)}]"
                else:
                    what = f"a {dim_text(r)}×{dim_text(c)} matrix"
                why = n.why
                if key[1] == (LETTER_NAME,):
                    why += f"; {key[0]} as a subscript or a sum's variable is an index"
                written = [(need[self.d.find(d)], values.get(self.d.find(d))) for d in n.dims if self.d.find(d) in need]
                if written and not key[1]:
                    k, v = max(written, key=lambda w: w[0])
                    exact = " (read as its last entry: nothing else sets its size)" if v == k else ""
                    why += f"; entries written up to {k}{exact}"
                shape = self.ann.shapes.get(key, ())
                if n.kind == "matrix" and len(shape) == 2 and all(isinstance(x, tuple) for x in shape) \
                        and shape[0] != shape[1] and self.d.find(n.dims[0]) == self.d.find(n.dims[1]):  # fmt: skip
                    # A \in R^{m×n} made square by the products of a chain: a reading the notes do not state
                    rows, cols = (dim_text(x) for x in shape)
                    scope.conventions[SQUARED_PREFIX + display_key(key)] = f"{rows} = {cols}"
                    why += f"; square here, though annotated {rows}×{cols}"
                if n.kind == "vector" and len(shape) == 1 and isinstance(shape[0], tuple) and r != 1 \
                        and _other_named(shape[0], r):  # w \in R^K summed to N: K = N is no statement (sound57)
                    scope.conventions[RESIZED_PREFIX + display_key(key)] = f"{dim_text(r)} = {dim_text(shape[0])}"
                if key in self.slice_axis and n.kind == "matrix":
                    part = "row" if self.slice_axis[key] == 0 else "column"
                    # x^{(i)}, a sample: a column vector (row i transposed) unless the prose calls it a row
                    sample = part == "row" and key[0].endswith("^()") and key[0][:-3] not in self.ann.row_samples
                    scope.conventions[SLICE_PREFIX + display_key(key)] = "sample" if sample else part
                    why += f"; {key[0]} with one subscript is a {part} of it" + (
                        " (a sample: a column vector)" if sample else "")
                    if key in self.slice_own:  # the document's orientation, not this chain's (familyorientation)
                        scope.conventions[OWN_PREFIX + display_key(key)] = ("row", "column")[self.slice_own[key]]
                if 0 in bases:
                    scope.conventions[BASE_PREFIX + display_key(key)] = ",".join(map(str, bases))
                    whys = "; ".join(dict.fromkeys(zero[self.d.find(d)] for d in n.dims if self.d.find(d) in zero)) \
                        or f"the notes list {display_key(key)}_0 first"  # fmt: skip
                    why += f"; indexed from 0: {whys}"
                shown = f"{key[0]}: also the name of" if key[1] == (LETTER_NAME,) else f"{display_key(key)}:"
                notes.append(f"{shown} {what}{pos} ({why})")
            else:
                scope.names[key] = VarDecl(key, "scalar", None, dom)
                notes.append(f"{display_key(key)}: a real{pos} scalar" + (f" ({n.why})" if n.why else ""))
            scope.inferred[key] = notes[-1]
        for fname, arity in self.functions.items():
            key = (fname, ())
            if key in scope.names or arity < 1 or (arity > 1 and not _one_letter(fname)):
                continue  # atan2(S, C), KL(p, q): a named function the notes mean, not an arbitrary one (lead51)
            scope.names[key] = VarDecl(key, "function")
            notes.append(f"{fname}: an arbitrary smooth function (not defined in the notes)")
            scope.inferred[key] = notes[-1]
        if self.ann.ones_length and sizes_written(self.ann.ones_length, scope, self.tree_names):  # (oneslength)
            scope.conventions.setdefault(ONES_LENGTH, self.ann.ones_length)
        if (orders := scope.conventions.get(ORDER)) and len(created) >= 2:  # "with $n < d$" (documents.sizeorder)
            self._order_sizes(orders, scope, notes, created)
        return InferredScope(scope, notes, frozenset(self.functions), tuple(self.row_products))

    @staticmethod
    def _order_sizes(orders: str, scope: Scope, notes: list[str], created: dict[Key, tuple[int, int]]) -> None:
        """The defaults of the named sizes ``created`` here (with the least value each must keep: the
        entries written on it), moved where the prose orders them."""
        sizes = {k[0]: e.values for k in created if isinstance(e := scope.names[k], Size)}
        moved = ordered_values(orders, sizes, {k[0]: least for k, (_, least) in created.items()})
        for key, (at, _) in created.items():
            if moved.get(key[0]) == sizes.get(key[0]):
                continue
            values = moved[key[0]]
            scope.names[key] = Size(key, values, 0)
            notes[at] = (notes[at].rsplit("checked at ", 1)[0] + f"checked at {' and '.join(map(str, values))} "
                         "(ordered as the prose states)")  # fmt: skip
            scope.inferred[key] = notes[at]


def shifted(d: object, mark: str = SHIFT) -> object:
    """The length of an axis indexed 0..d: d + 1 (a size key gets a ``+1`` mark, read by
    :func:`verifier.documents.instances.dim_value`); with ``UNSHIFT``, d - 1 (the last index of 0..d-1)."""
    if isinstance(d, int):
        return d + (1 if mark == SHIFT else -1)
    key: Key = d  # type: ignore[assignment]
    return (key[0], (*key[1], mark))



def subscripted_names(trees: Iterable[sp.Basic]) -> dict[Key, str]:
    """Names written with letter subscripts (``x_j`` → vector, ``W_{ij}`` → matrix) in ``trees``."""
    out: dict[Key, str] = {}
    for t in trees:
        for sub in sp.preorder_traversal(t):
            if isinstance(sub, sp.Indexed):
                raw = [str(i) for i in sub.indices]
                if raw and all(isinstance(i, sp.Symbol) for i in sub.indices) and len(raw) <= 2:
                    out.setdefault((str(sub.base.label), ()), "vector" if len(raw) == 1 else "matrix")
    return out


def infer_scope(
    scope: Scope,
    trees: Iterable[sp.Basic | tuple[sp.Basic, frozenset[str]]],
    ann: Annotations | None = None,
    definitions: dict[Key, tuple[sp.Basic, frozenset[str]]] | None = None,
    compared: Iterable[Iterable[str]] = (),
    rows: bool = False,
) -> InferredScope:
    r"""``scope`` plus an inferred entry for every name ``trees`` use and ``scope`` does not declare
    (a tree may come with the names it binds, e.g. the parameters of a function definition).
    ``definitions`` maps the notes' parameterless definitions to their parsed bodies, so shapes
    flow between a defined name and its operands. ``compared``: the names each condition of the
    chain relates (``i = j``, ``k \neq l``): a name compared with an index is an index over the same
    range, though the chain may never write it. ``rows``: the row reading — a vector whose orientation
    nothing fixes is a 1×n row, so ``x W`` conforms and ``W x`` does not (verifier.documents.orientation)."""
    inf = _Inference(scope, ann or Annotations(), rows)
    inf.defined = dict(definitions or {})
    pairs = [t if isinstance(t, tuple) else (t, frozenset()) for t in trees]
    inf.labels_in_definitions(t for t, _ in pairs)
    normal_labels(inf, pairs)  # \mathcal{N}(x | \mu_k, \Sigma_k): k labels a component (normalshapes)
    inf.slices(pairs)
    trees = [t for t, _ in pairs]
    inf.tree_names = {n for t in trees for n in names_in(t)}
    # π differentiated by, or e named "the error" in the prose before the chain (variableconstants)
    inf.variable_constants = differentiated_constants(trees) | named_constants(trees, inf.ann.named_letters)
    inf.annotations()
    for t, bound in pairs:
        inf.walk(t, bound)
    register_family_indices(inf, (t for t, bound in pairs if not bound))  # p_j := …, then p whole (familyindex)
    for group in compared:
        inf.compared(sorted(set(group)))
    for pair in indicator_comparisons(t for t, _ in pairs):  # \mathbb{1}[j = y]: y is a class (indicatorlabels)
        inf.compared(sorted(pair))
    for key, n in inf.names.items():  # evidence from the rest of the notes, before products unify sizes
        if n.kind == "open" and key in inf.ann.subscripted:
            inf.make(key, inf.ann.subscripted[key], "written with a subscript elsewhere in the notes")
    transposed_elsewhere(inf)  # x^T in another display of the notes (documents.doctransposes)
    inf.argument_entries()
    for rounds in (3, 3):  # products: capitals next to matrices become matrices, sizes unify
        for _ in range(rounds):
            before = {k: n.kind for k, n in inf.names.items()}
            for t in trees:
                for sub in sp.preorder_traversal(t):
                    if isinstance(sub, sp.Mul | sp.Add) or any(f(sub) for f in SHAPED_NODES):
                        inf.shape(sub)
            inf.definitions()
            inf.argument_entries()
            if before == {k: n.kind for k, n in inf.names.items()}:
                break
        late = [(k, kind) for k, kind in inf.normed.items() if k in inf.names and inf.names[k].kind == "open"]
        if not norms_over_layers(inf, trees) and not late:  # ‖ŷ − y‖, ŷ := W_2 h + b_2 (documents.normlayers)
            break
        for key, kind in late:  # ‖Ax − b‖ with nothing else said: b is a vector, then Ax one too
            inf.make(key, kind, "inside a norm")
    normal_dimensions(inf, trees)  # (2\pi)^{d/2} beside \mathcal{N}(x | \mu, \Sigma): d is x's length
    for n in inf.names.values():
        if n.kind == "open":
            n.kind = "scalar"
            n.why = NO_EVIDENCE
    return inf.result()


def _one_letter(name: str) -> bool:
    """Is ``name`` a letter (``B``, ``phi``): a function the notes name as a quantity, not an operator's word?"""
    return len(name) == 1 or name in GREEK
