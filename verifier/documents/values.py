"""Values of document members and the operations on them that do not depend on a document.

A member's value is a SymPy scalar, an ``ImmutableMatrix`` (a 1×1 matrix is a scalar), ``Ones``
(a vector of ones whose length its neighbour decides) or ``D(f, x)`` (a derivative kept
unevaluated for the engine). Entry-wise application with broadcasting, entries, derivatives in
a layout (:mod:`verifier.documents.layout`), substitution and the built-in functions (one
registry over :mod:`verifier.ml`, :mod:`verifier.documents.functions`) live here; what a *name*
means in a document is :mod:`verifier.documents.resolve`'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sympy as sp

from verifier.catalog import D
from verifier.documents.freesymbols import free as _free
from verifier.documents.functions import FUNCTIONS, FunctionArgumentError
from verifier.documents.layout import MIXED, arrange, note_variable
from verifier.documents.shareddiff import shared_diffs
from verifier.documents.sharedreplace import trig_postorder
from verifier.documents.sharedreplace import xreplace as shared_xreplace
from verifier.walker import atoms_of

__all__ = [
    "BUILTIN_FUNCTIONS",
    "MAX_TERMS",
    "RELATIONS",
    "ROW_AND_COLUMN",
    "UNDECLARED",
    "DimensionError",
    "Eye",
    "IndexOutside",
    "ListMember",
    "Ones",
    "ResolveError",
    "Undeclared",
    "Value",
    "as_int",
    "broadcast_entry",
    "broadcast_shape",
    "builtin",
    "diff_value",
    "elementwise",
    "entry_of",
    "entry_position",
    "free_symbols",
    "is_matrix",
    "norm",
    "shape_of_value",
    "shape_text",
    "substitute",
    "test_function",
]

MAX_TERMS = 400  # a sum or product expanded at a concrete size may have at most this many terms


def test_function(u: sp.Expr) -> sp.Expr:
    """What a declared ``f: function`` is checked with: smooth, positive, not polynomial, not
    exponential (so ``f' = f`` or ``f'' = 0`` slips are caught)."""
    return 2 + sp.sin(u) + sp.exp(u / 2)


class ResolveError(Exception):
    """The member cannot be given a meaning here (undeclared name, unsupported construct): SKIPPED."""


class IndexOutside(ResolveError):
    """An index beyond the entries of its family at this assignment. ``shifted``: the entry is written
    at a shifted index (``x_{k+1}``, ``h_{t-1}``), so the assignment is one where the notes' formula does
    not apply (k = n, t = 1), not a misreading of the family (documents.steps leaves it out)."""

    def __init__(self, message: str, shifted: bool = False) -> None:
        super().__init__(message)
        self.shifted = shifted

    def at(self, written: Sequence[sp.Basic]) -> IndexOutside:
        """This error, as raised for an entry written with the indices ``written``: shifted if one is."""
        if self.shifted or not any(i.is_Add and any(a.is_Integer for a in i.args) for i in written):
            return self
        return IndexOutside(str(self), shifted=True)


#: how a ResolveError about a name the chain does not have ends (a hypothesis about it is not this chain's)
UNDECLARED = " is not declared (declare it in a ```verify block)"


class Undeclared(ResolveError):
    """A name (``x``) or an entry of one (``w_2``) that the chain does not have: a stated value about it
    assumes nothing here (documents.hypotheses), whichever way the message words it."""


class DimensionError(ResolveError):
    """The member is ill-formed at the declared shapes (a product that does not conform): FAILED."""


@dataclass(frozen=True)
class Ones:
    r"""``\mathbf{1}``: a vector of ones whose length is taken from its neighbour in a product, or
    from the vectors it is added to; ``scale`` is a scalar factor it was multiplied by alone
    (``z + c\mathbf{1}``: the vector of c's, as long as z)."""

    transposed: bool = False
    scale: sp.Expr = sp.S.One


@dataclass(frozen=True)
class Eye:
    r"""``I`` (``\mathbf{I}``) the notes do not define: the identity matrix, times ``scale``, whose size
    is taken from the square matrices it is added to; a factor of a product it leaves unchanged."""

    scale: sp.Expr = sp.S.One


@dataclass(frozen=True)
class ListMember:
    """A member written as a list with an ellipsis, ``[-t_1, \\dots, -t_N]``: entry ``var`` of ``body``."""

    body: sp.Basic
    var: sp.Symbol
    lo: sp.Basic
    hi: sp.Basic
    row: bool = True
    #: a matrix written by its corners (documents.grids): ``var`` runs down the rows, ``var2`` along them
    var2: sp.Symbol | None = None
    lo2: sp.Basic = sp.S.One
    hi2: sp.Basic = sp.S.One


Value = Any  # sp.Expr | sp.ImmutableMatrix | Ones | D


def is_matrix(v: object) -> bool:
    return isinstance(v, sp.MatrixBase)


def norm(v: Value) -> Value:
    """A 1×1 matrix is a scalar."""
    if isinstance(v, sp.MatrixBase) and v.shape == (1, 1):
        return v[0, 0]
    if isinstance(v, sp.MatrixBase) and not isinstance(v, sp.ImmutableMatrix):
        return sp.ImmutableMatrix(v)
    return v


def shape_of_value(v: Value) -> tuple[int, ...]:
    if isinstance(v, D):
        return v.shape
    if isinstance(v, sp.MatrixBase):
        return () if v.shape == (1, 1) else tuple(v.shape)
    return ()


def shape_text(v: Value | tuple[int, ...]) -> str:
    shape = v if isinstance(v, tuple) else shape_of_value(v)
    return "a scalar" if not shape else "×".join(map(str, shape))


# ---------------------------------------------------------------------------------------------
# Entry-wise helpers


#: the start of the message of a sum of a row and a column (:func:`broadcast_shape`); a FAILED that rests on
#: it is never reported (documents.orientation.unsure_orientation)
ROW_AND_COLUMN = "a row and a column in one sum"


def broadcast_shape(values: Sequence[Value]) -> tuple[int, int] | None:
    r"""The shape of an entry-wise combination: equal shapes, or scalars, 1×1 values and a row (column)
    repeated along a matrix (``X W + b``, a bias added to every row). A 1×n row and an m×1 column with
    no matrix beside them are refused: NumPy would broadcast ``\hat{y} - y`` to an m×n matrix of
    differences, which no reader of notes means (the two are one vector written in two orientations, or
    a slip); broadcasting it turned a shape clash into a false counterexample."""
    shapes = {v.shape for v in values if is_matrix(v)}
    if not shapes:
        return None
    if len(shapes) == 1:
        return next(iter(shapes))
    rows_ = [s for s in shapes if s[0] == 1 and s[1] > 1]
    cols_ = [s for s in shapes if s[1] == 1 and s[0] > 1]
    if rows_ and cols_ and not any(r > 1 and c > 1 for r, c in shapes):
        listed = ", ".join(f"{a}×{b}" for a, b in sorted(shapes))
        raise DimensionError(f"{ROW_AND_COLUMN} ({listed}): two vectors of different orientation, not broadcast "
                             "to a matrix")  # fmt: skip
    rows = max(s[0] for s in shapes)
    cols = max(s[1] for s in shapes)
    for r, c in shapes:
        if (r not in (1, rows)) or (c not in (1, cols)):
            listed = ", ".join(f"{a}×{b}" for a, b in sorted(shapes))
            raise DimensionError(f"terms of shapes {listed} cannot be combined")
    return rows, cols


def broadcast_entry(v: Value, i: int, j: int) -> Value:
    if not is_matrix(v):
        return v
    r = 0 if v.rows == 1 else i
    c = 0 if v.cols == 1 else j
    return v[r, c]


def elementwise(fn: Callable[..., sp.Expr], *values: Value) -> Value:
    """``fn`` applied entry by entry, scalars and rows/columns broadcast."""
    shape = broadcast_shape(values)
    if shape is None:
        return fn(*values)
    rows, cols = shape
    return norm(sp.ImmutableMatrix(rows, cols, lambda i, j: fn(*(broadcast_entry(v, i, j) for v in values))))


#: built-in function names: one registry over verifier.ml (verifier.documents.functions)
BUILTIN_FUNCTIONS = FUNCTIONS


_APPLIED: dict[tuple[object, ...], Value] = {}
_APPLIED_MAX = 4096  # built-in applications remembered


def builtin(name: str, args: list[Value]) -> Value:
    """``name`` (a built-in function) applied to ``args``.

    Remembered by the arguments (and their types: SymPy's ``==`` is structural, but an ``int`` and
    an ``Integer`` are equal): each other reading of a chain resolves its members again, and
    building σ or softmax of the same matrix again was an eighth of a document's time. The
    functions are pure and their SymPy values immutable, so a remembered value is the very one a
    new call builds; arguments that cannot be hashed, and failures, are not remembered.
    """
    key: tuple[object, ...] | None = (name, *((type(a), a) for a in args))
    try:
        hit = _APPLIED.get(key)  # type: ignore[arg-type]
    except TypeError:
        key, hit = None, None
    if hit is not None:
        return hit
    try:
        value = norm(BUILTIN_FUNCTIONS[name](*args))
    except FunctionArgumentError as exc:
        raise ResolveError(str(exc)) from None
    except TypeError:
        raise ResolveError(f"{name} takes a different number of arguments") from None
    if key is not None and isinstance(value, sp.Basic):
        if len(_APPLIED) >= _APPLIED_MAX:
            _APPLIED.pop(next(iter(_APPLIED)))
        _APPLIED[key] = value
    return value


RELATIONS = (sp.Eq, sp.Ne, sp.Lt, sp.Gt, sp.Le, sp.Ge)


def as_int(v: Value, what: str) -> int:
    if isinstance(v, sp.Integer):
        return int(v)
    if isinstance(v, int):
        return v
    raise ResolveError(f"{what} must be a concrete integer here, got {v}")


#: how an indexed value is named in a message: its text, or a function that prints it (docspeed62: an indexed
#: expression's tree printed only when a message reads its name, not for every entry taken)
Name = str | Callable[[], str]


def _named(name: Name) -> str:
    return name if isinstance(name, str) else name()


def entry_position(k: int, first: int, length: int, name: Name) -> int:
    """The 0-based position of index ``k`` on an axis of ``length`` entries whose first index is ``first``."""
    if not first <= k <= length + first - 1:
        raise IndexOutside(f"index {k} is outside {first}..{length + first - 1} for {_named(name)}")
    return k - first


def entry_of(v: Value, indices: Sequence[int], name: Name, base: tuple[int, int] = (1, 1)) -> Value:
    """Entry ``indices`` of a vector or matrix value; ``base``: the first index of its rows and of its
    columns (1, or 0 where the notes index the family from 0: ``x_0``, ``\\sum_{j=0}^m w_j``).
    ``name``: the value's name, or a function that prints it (called only where the name is read)."""
    if isinstance(v, Ones):
        return sp.sympify(v.scale)  # (c\mathbf{1})_i = c
    if not is_matrix(v):
        raise ResolveError(f"{_named(name)} is a scalar here; it has no entry {', '.join(map(str, indices))}")
    if len(indices) == 1:
        if 1 not in v.shape and _named(name).endswith("^()"):
            # \mathbf{x}^{(i)} of bold samples (documents.infer): sample i is row i, a column vector
            i = entry_position(indices[0], base[0], v.rows, name)
            return v[i, :].T
        if 1 not in v.shape:
            raise ResolveError(f"{_named(name)} is a {shape_text(v)} matrix; one index is not enough")
        first = base[0] if v.rows != 1 else base[1]
        k = indices[0] - first + 1
        if not 1 <= k <= len(v):
            raise IndexOutside(f"index {indices[0]} is outside {first}..{len(v) + first - 1} for {_named(name)}")
        return v[k - 1] if v.rows != 1 else v[0, k - 1]
    if len(indices) == 2:
        i, j = indices[0] - base[0] + 1, indices[1] - base[1] + 1
        if not (1 <= i <= v.rows and 1 <= j <= v.cols):
            where = "" if base == (1, 1) else f" (indexed from {base[0]}, {base[1]})"
            written = f"({indices[0]}, {indices[1]})"
            raise ResolveError(f"entry {written} is outside the {shape_text(v)} matrix {_named(name)}{where}")
        return v[i - 1, j - 1]
    raise ResolveError(f"{_named(name)} has {len(indices)} indices; at most two are supported")


#: derivatives already taken, by (f, wrt, count, layout): a chain is resolved once per index
#: assignment, and most of its derivatives (∂J/∂ŷ_a at a = 1) recur in many assignments
_DERIVATIVES: dict[tuple[object, ...], Value] = {}
MAX_DERIVATIVES = 2048


def diff_value(f: Value, wrt: Value, count: int = 1, layout: str = MIXED) -> Value:
    """∂f/∂wrt in ``layout`` (verifier.documents.layout; explicitly, with SymPy's diff).

    Memoised on the SymPy objects (a pure function of them; the same name with other
    assumptions is another symbol, so another key). The fresh symbols a derivative through an
    intermediate introduces (``sp.Dummy``, new at every call) are renamed canonically, in the
    order they were created, for the key and for the computation, and back in the result.
    """
    note_variable(wrt)  # before the memo: a remembered derivative may be one a layout changes
    if not all(isinstance(v, sp.Basic) for v in (f, wrt)) or isinstance(f, sp.MutableDenseMatrix):
        with shared_diffs():  # each shared sub-tree differentiated once (documents.shareddiff)
            return _diff_value(f, wrt, count, layout)
    dummies = sorted(atoms_of([f, wrt], (sp.Dummy,)), key=lambda d: d.dummy_index)  # each shared sub-tree once
    to_canon = {d: _canonical(k, d) for k, d in enumerate(dummies)}
    cf, cw = (rename(f, to_canon), rename(wrt, to_canon)) if to_canon else (f, wrt)
    key = (cf, cw, count, layout)
    value = _DERIVATIVES.get(key)
    if value is None:
        with shared_diffs():
            value = _diff_value(cf, cw, count, layout)
        if len(_DERIVATIVES) >= MAX_DERIVATIVES:
            _DERIVATIVES.clear()
        _DERIVATIVES[key] = value
    if to_canon:
        value = rename(value, {c: d for d, c in to_canon.items()})
    return value


def rename(v: Value, mapping: dict[sp.Dummy, sp.Dummy]) -> Value:
    """``v.xreplace(mapping)`` for a renaming of fresh symbols (one for one, same assumptions) that
    does not evaluate the ``sin``/``cos`` it rebuilds: they are already in the form they had, and
    SymPy's automatic evaluation of a trigonometric function queries assumptions through its whole
    argument (a multiple of pi?), which for the arbitrary functions of
    :mod:`verifier.documents.generic` composed through a chain's definitions was most of the time of
    a derivative. Innermost first, so that an argument holding another one reuses its rename."""
    if not isinstance(v, sp.Basic) or not mapping:
        return v
    rule: dict[sp.Basic, sp.Basic] = dict(mapping)
    seen: set[sp.Basic] = set()
    for node in trig_postorder(v):
        if node not in seen:
            seen.add(node)
            arg = shared_xreplace(node.args[0], rule)
            if arg != node.args[0]:
                rule[node] = node.func(arg, evaluate=False)
    return norm(shared_xreplace(v, rule)) if is_matrix(v) else shared_xreplace(v, rule)


_CANONICAL: dict[tuple[int, tuple[tuple[str, bool], ...]], sp.Dummy] = {}


def _canonical(k: int, d: sp.Dummy) -> sp.Dummy:
    """The k-th canonical fresh symbol with the assumptions of ``d``."""
    assumptions = tuple(sorted((a, v) for a, v in d.assumptions0.items() if v is not None))
    key = (k, assumptions)
    if key not in _CANONICAL:
        _CANONICAL[key] = sp.Dummy(f"canon{k}", **dict(assumptions))
    return _CANONICAL[key]


def _diff_value(f: Value, wrt: Value, count: int, layout: str) -> Value:
    if layout != MIXED:
        return norm(arrange(diff_value(f, wrt, count), f, wrt, layout))
    if isinstance(wrt, sp.MatrixBase):
        if count != 1:
            if (diagonal := _entrywise_higher(f, wrt, count)) is not None:
                return diagonal
            raise ResolveError("higher derivatives with respect to a vector are not supported")
        if is_matrix(f):
            if 1 not in f.shape or 1 not in wrt.shape:
                raise ResolveError(
                    f"the derivative of a {shape_text(f)} matrix with respect to a {shape_text(wrt)} matrix "
                    "is a tensor with no matrix layout"
                )
            fs, xs = list(f), list(wrt)
            return norm(sp.ImmutableMatrix(len(fs), len(xs), lambda i, j: sp.diff(fs[i], xs[j])))
        return norm(sp.ImmutableMatrix(wrt.rows, wrt.cols, lambda i, j: sp.diff(f, wrt[i, j])))
    if is_matrix(f):
        return norm(f.applyfunc(lambda e: sp.diff(e, (wrt, count))))
    return sp.diff(f, (wrt, count))


def _entrywise_higher(f: Value, wrt: sp.MatrixBase, count: int) -> Value | None:
    r"""``\frac{d^2}{dx^2}\sigma(x)`` (``\sigma''(x)``) of a vector x (x is a vector elsewhere in the notes): a function
    applied entry by entry, each entry of f a function of the same entry of x only, has a higher derivative that
    is zero off its diagonal, as its Jacobian is; returned as that diagonal matrix (of each entry's derivative), which
    a step reads against a vector as the first derivative's diagonal Jacobian is read (documents.oneinstance). None
    where f is no such function (a scalar of x, entries mixing x's entries): such a derivative is a tensor (gaps62)."""
    if not isinstance(f, sp.MatrixBase) or f.shape != wrt.shape or 1 not in wrt.shape:
        return None
    fs, xs = list(f), list(wrt)
    if not all(isinstance(x, sp.Symbol) for x in xs) or len(set(xs)) != len(xs):
        return None
    if any(xs[j] in _free(sp.sympify(e)) for i, e in enumerate(fs) for j in range(len(xs)) if j != i):
        return None
    return sp.ImmutableMatrix(sp.diag(*[sp.diff(e, (xs[i], count)) for i, e in enumerate(fs)]))


def substitute(v: Value, mapping: dict[sp.Symbol, sp.Expr]) -> Value:
    if not mapping:
        return v
    if is_matrix(v):
        return norm(shared_xreplace(v, mapping))
    return shared_xreplace(sp.sympify(v), mapping)


def free_symbols(v: Value) -> set[sp.Symbol]:
    if isinstance(v, D):
        return free_symbols(v.f) | free_symbols(v.wrt)
    if is_matrix(v):
        out: set[sp.Symbol] = set()
        for e in v:
            out |= _free(sp.sympify(e))
        return out
    if isinstance(v, Ones):
        return set()
    if isinstance(v, Eye):
        return set(_free(sp.sympify(v.scale)))
    return set(_free(sp.sympify(v)))
