"""The authoring API of the catalog: declare symbols with domains, state a claim or a chain.

An entry is a decorated builder function. The builder receives a :class:`Builder` (and the
concrete sizes it is instantiated at) and returns a :class:`Claim`::

    @identity("sigmoid-derivative", title="Derivative of the logistic sigmoid",
              statement=r"\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))", source="lecture 3")
    def _(b):
        z = b.real("z")
        return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)))

Layout convention (one for the whole catalog): the derivative of a scalar with respect to a
vector or matrix has the shape of that vector or matrix; the derivative (Jacobian) of a vector
with respect to a vector is numerator-layout, ``J[i, j] = d f_i / d x_j``.
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sympy as sp

from verifier.domains import Block, Domain, Integer, OneHot, Positive, Real, Simplex, StochasticMatrix
from verifier.indexed import GenericMatrix, is_symbolic, size_symbol, variable_block
from verifier.paths import display_path

MODULE_REGISTRY = "__verify_entries__"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")


class CatalogError(Exception):
    """A malformed entry (undeclared symbol, shape mismatch, bad declaration): verdict ERROR."""


# ----------------------------------------------------------------------------------------------
# Members of a claim


def shape_of(value: Any) -> tuple[int, ...]:
    """() for scalars (and 1x1 matrices), (rows, cols) for matrices."""
    if isinstance(value, D):
        return value.shape
    if isinstance(value, GenericMatrix):
        return () if value.shape == (1, 1) else tuple(value.shape)
    if isinstance(value, sp.MatrixBase):
        return () if value.shape == (1, 1) else tuple(value.shape)
    return ()


def _is_vector(m: Any) -> bool:
    return isinstance(m, sp.MatrixBase | GenericMatrix) and 1 in m.shape


@dataclass(frozen=True, eq=False)
class D:
    """The derivative of ``f`` with respect to ``wrt``, kept unevaluated.

    Keeping it unevaluated lets the engine check it twice: by SymPy's ``diff`` and, independently,
    by finite differences of ``f`` itself.
    """

    f: Any
    wrt: Any

    def __post_init__(self) -> None:
        if isinstance(self.wrt, GenericMatrix) or isinstance(self.f, GenericMatrix):
            if isinstance(self.wrt, sp.Symbol):  # a declared scalar: the derivative has the shape of f
                return
            if not isinstance(self.wrt, GenericMatrix) or self.wrt.base is None:
                raise CatalogError("D(f, x) with blocks of symbolic size: x must be a declared vector or matrix")
            return
        f_vec = isinstance(self.f, sp.MatrixBase) and shape_of(self.f) != ()
        w_mat = isinstance(self.wrt, sp.MatrixBase)
        if w_mat and any(not isinstance(e, sp.Symbol) for e in self.wrt):
            raise CatalogError("D(f, x): x must be a declared symbol, vector or matrix of symbols")
        if not w_mat and not isinstance(self.wrt, sp.Symbol):
            raise CatalogError(f"D(f, x): x must be a declared symbol, not {self.wrt}")
        if f_vec and w_mat and not (_is_vector(self.f) and _is_vector(self.wrt)):
            raise CatalogError(
                f"D(f, x) of a {self.f.rows}x{self.f.cols} matrix with respect to a "
                f"{self.wrt.rows}x{self.wrt.cols} matrix has no 2-D layout; differentiate entries"
            )

    @property
    def shape(self) -> tuple[int, ...]:
        if isinstance(self.wrt, GenericMatrix) or isinstance(self.f, GenericMatrix):
            from verifier.indexed import generic_shape

            shape = generic_shape(self)
            return () if shape == (1, 1) else tuple(shape)
        f_vec = isinstance(self.f, sp.MatrixBase) and shape_of(self.f) != ()
        if isinstance(self.wrt, sp.MatrixBase):
            if f_vec:
                return (len(self.f), len(self.wrt))
            return shape_of(self.wrt)
        return shape_of(self.f)

    @property
    def variables(self) -> tuple[sp.Symbol, ...]:
        if isinstance(self.wrt, sp.MatrixBase):
            return tuple(self.wrt)
        return (self.wrt,)

    @property
    def scalar_f(self) -> bool:
        return shape_of(self.f) == ()

    def explicit(self) -> sp.Expr | sp.ImmutableMatrix:
        """The derivative computed by SymPy, in the catalog's layout."""
        f = self.f[0, 0] if isinstance(self.f, sp.MatrixBase) and self.f.shape == (1, 1) else self.f
        if isinstance(self.wrt, sp.MatrixBase):
            if isinstance(f, sp.MatrixBase):
                fs, xs = list(f), list(self.wrt)
                return sp.ImmutableMatrix(len(fs), len(xs), lambda i, j: sp.diff(fs[i], xs[j]))
            return sp.ImmutableMatrix(self.wrt.rows, self.wrt.cols, lambda i, j: sp.diff(f, self.wrt[i, j]))
        if isinstance(f, sp.MatrixBase):
            return sp.ImmutableMatrix(f.applyfunc(lambda e: sp.diff(e, self.wrt)))
        return sp.diff(f, self.wrt)

    def latex(self, names: Mapping[sp.Symbol, str] | None = None) -> str:
        inner = sp.latex(self.f, order="none", symbol_names=dict(names or {}))
        if isinstance(self.wrt, sp.MatrixBase):
            name = _block_name(self.wrt)
            return rf"\frac{{\partial}}{{\partial {name}}}\left({inner}\right)"
        wrt = dict(names or {}).get(self.wrt) or sp.latex(self.wrt)
        return rf"\frac{{\partial}}{{\partial {wrt}}}\left({inner}\right)"

    def text(self) -> str:
        wrt = _block_name(self.wrt) if isinstance(self.wrt, sp.MatrixBase) else str(self.wrt)
        return f"d/d{wrt} [{sp.sstr(self.f, order='none')}]"


def _block_name(m: sp.MatrixBase) -> str:
    first = str(m[0])
    return first.split("_", 1)[0] if "_" in first else first


Member = sp.Expr | sp.MatrixBase | D


def explicit(member: Member) -> sp.Expr | sp.ImmutableMatrix:
    if isinstance(member, D):
        return member.explicit()
    if isinstance(member, sp.MatrixBase):
        if member.shape == (1, 1):
            return member[0, 0]
        return sp.ImmutableMatrix(member)
    return sp.sympify(member)  # a SymPy expression or a Python number, never text (see Builder)


def member_latex(member: Member, names: Mapping[sp.Symbol, str] | None = None) -> str:
    if isinstance(member, D):
        return member.latex(names)
    return sp.latex(member, order="none", symbol_names=dict(names or {}))


def member_text(member: Member) -> str:
    if isinstance(member, D):
        return member.text()
    return sp.sstr(member, order="none")


# ----------------------------------------------------------------------------------------------
# Declared variables


@dataclass(frozen=True)
class Variable:
    """A declared symbol, vector or matrix, with its domain."""

    name: str
    symbols: tuple[sp.Symbol, ...]  # the independent scalar symbols, row-major (none at a symbolic size)
    shape: tuple[Any, Any] | None  # None for a scalar; sizes are symbols in a size-generic build
    domain: Domain | Block
    value: Any  # what the author got back: a Symbol, an ImmutableMatrix or an indexed.GenericMatrix
    constraint: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()  # symbolic elimination (simplex: last = 1 - rest)

    def describe(self) -> str:
        if self.shape is None:
            return f"{self.name}: {self.domain.describe()}"
        r, c = self.shape
        return f"{self.name}: {r}x{c}, {self.domain.describe()}"


@dataclass(frozen=True)
class Claim:
    """A chain ``members[0] = members[1] = ... = members[-1]`` over declared variables."""

    members: tuple[Member, ...]
    variables: tuple[Variable, ...]

    @property
    def latex_names(self) -> dict[sp.Symbol, str]:
        """Subscripted LaTeX for matrix entries: W1_2_3 prints as W1_{2,3}."""
        out = {}
        for v in self.variables:
            if v.shape is not None and 1 not in v.shape:
                rows, cols = v.shape
                for i in range(rows):
                    for j in range(cols):
                        out.setdefault(v.value[i, j], f"{{{sp.latex(sp.Symbol(v.name))}}}_{{{i + 1},{j + 1}}}")
        return out

    @property
    def steps(self) -> list[tuple[int, Member, Member]]:
        return [(i + 1, a, b) for i, (a, b) in enumerate(itertools.pairwise(self.members))]


def _range(name: str, lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` of a declared real range, or a :class:`CatalogError` naming ``name`` where it is empty
    (``hi <= lo``, a NaN bound): nothing could be sampled (redteam24: numpy's "high - low < 0" was
    reported as an internal error)."""
    if not lo < hi:
        raise CatalogError(f"{name}: the range ({lo!r}, {hi!r}) is empty: nothing to sample")
    return lo, hi


class Builder:
    """Handed to every entry's builder: declares variables and assembles the claim."""

    def __init__(self, sizes: Mapping[str, Any] | None = None) -> None:
        self._variables: list[Variable] = []
        self._names: set[str] = set()
        self._sizes = dict(sizes or {})

    # -- sizes ------------------------------------------------------------------------------
    def size(self, name: str) -> Any:
        """The size ``name`` of this instance: an int at a concrete size, a positive integer
        symbol when the entry is built to be proved for every size (see :mod:`verifier.indexed`).

        An entry that asks for its sizes here (``def _(b): K = b.size("K")``) opts into the
        size-generic proof; one that takes them as arguments (``def _(b, K)``) is checked at its
        concrete sizes only, as before.
        """
        if name not in self._sizes:
            declared = ", ".join(sorted(self._sizes)) or "none"
            raise CatalogError(f"size {name!r} is not among the entry's sizes ({declared}); add it to sizes=")
        return self._sizes[name]

    @property
    def generic(self) -> bool:
        """True while building with symbolic sizes."""
        return any(is_symbolic(v) for v in self._sizes.values())

    # -- scalars ----------------------------------------------------------------------------
    def _scalar(self, name: str, domain: Domain) -> sp.Symbol:
        self._claim_name(name)
        sym = sp.Symbol(name, **domain.assumptions())
        self._variables.append(Variable(name, (sym,), None, domain, sym))
        return sym

    def real(
        self, name: str, lo: float = float("-inf"), hi: float = float("inf"), exclude: Iterable[float] = ()
    ) -> sp.Symbol:
        return self._scalar(name, Real(*_range(name, lo, hi), tuple(exclude)))

    def positive(self, name: str, lo: float = 1e-3, hi: float = 1e3) -> sp.Symbol:
        lo, hi = _range(name, lo, hi)
        if not lo > 0:
            raise CatalogError(f"{name}: a positive range must start above 0, not at {lo!r}")
        return self._scalar(name, Positive(lo, hi))

    def interval(self, name: str, lo: float, hi: float) -> sp.Symbol:
        return self._scalar(name, Real(*_range(name, lo, hi)))

    def integer(self, name: str, lo: int = 1, hi: int = 64) -> sp.Symbol:
        if not lo <= hi:
            raise CatalogError(f"{name}: the integers from {lo!r} to {hi!r} are none: nothing to sample")
        return self._scalar(name, Integer(lo, hi))

    # -- blocks -----------------------------------------------------------------------------
    def vector(self, name: str, n: int, domain: Domain | None = None, row: bool = False) -> sp.ImmutableMatrix:
        """A column vector (``row=True``: a row vector) of ``n`` independent entries."""
        return self._block(name, (1, n) if row else (n, 1), domain or Real())

    def matrix(
        self, name: str, rows: int, cols: int, domain: Domain | None = None, symmetric: bool = False
    ) -> sp.ImmutableMatrix:
        """A general matrix; ``symmetric=True`` shares a_ij and a_ji (declare it only when taught so)."""
        if symmetric and rows != cols:
            raise CatalogError(f"symmetric matrix {name} must be square, got {rows}x{cols}")
        return self._block(name, (rows, cols), domain or Real(), symmetric=symmetric)

    def simplex(self, name: str, n: int, row: bool = False) -> sp.ImmutableMatrix:
        """A probability vector (entries > 0, sum 1)."""
        return self._block(name, (1, n) if row else (n, 1), Simplex())

    def onehot(self, name: str, n: int, row: bool = False) -> sp.ImmutableMatrix:
        return self._block(name, (1, n) if row else (n, 1), OneHot())

    def stochastic(self, name: str, rows: int, cols: int, along: int = 1) -> sp.ImmutableMatrix:
        """A matrix whose rows (``along=1``) or columns (``along=0``) are probability vectors."""
        return self._block(name, (rows, cols), StochasticMatrix(rows, cols, along))

    def _block(
        self, name: str, shape: tuple[int, int], domain: Domain | Block, symmetric: bool = False
    ) -> sp.ImmutableMatrix:
        rows, cols = shape
        if is_symbolic(rows) or is_symbolic(cols):
            return self._generic_block(name, shape, domain, symmetric)
        if rows < 1 or cols < 1:
            raise CatalogError(f"{name} must have a positive size, got {rows}x{cols}")
        self._claim_name(name)
        vector = rows == 1 or cols == 1
        assumptions = domain.assumptions()
        made: dict[tuple[int, int], sp.Symbol] = {}
        for i in range(rows):
            for j in range(cols):
                if symmetric and j < i:
                    continue
                # Names are Python identifiers (lambdify would otherwise rewrite every expression
                # once per symbol); reports get the subscripted form through ``latex_names``.
                label = f"{name}_{i + j + 1}" if vector else f"{name}_{i + 1}_{j + 1}"
                made[(i, j)] = sp.Symbol(label, **assumptions)
        value = sp.ImmutableMatrix(rows, cols, lambda i, j: made[(min(i, j), max(i, j)) if symmetric else (i, j)])
        symbols = tuple(made.values())
        constraint: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()
        if isinstance(domain, Simplex | OneHot):
            *rest, last = symbols
            constraint = ((last, 1 - sp.Add(*rest)),)
        elif isinstance(domain, StochasticMatrix):  # the last entry of each row (column): 1 minus the others
            outer, inner = (rows, cols) if domain.along == 1 else (cols, rows)
            groups = [[made[(o, k) if domain.along == 1 else (k, o)] for k in range(inner)] for o in range(outer)]
            constraint = tuple((g[-1], 1 - sp.Add(*g[:-1])) for g in groups)
        self._variables.append(Variable(name, symbols, shape, domain, value, constraint))
        return value

    def _generic_block(self, name: str, shape: tuple[Any, Any], domain: Domain | Block, symmetric: bool) -> Any:
        """A block of symbolic size: its entries are ``name[k]`` / ``name[i, j]`` (no scalar symbols)."""
        if symmetric:
            raise CatalogError(f"symmetric matrix {name} of symbolic size is not supported")
        if isinstance(domain, StochasticMatrix):
            raise CatalogError(f"a matrix {name} of probability rows of symbolic size is not supported")
        self._claim_name(name)
        value = variable_block(name, shape[0], shape[1], domain.assumptions())
        self._variables.append(Variable(name, (), shape, domain, value))
        return value

    def _claim_name(self, name: str) -> None:
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
            raise CatalogError(f"variable name {name!r} must be letters and digits, starting with a letter")
        if name in self._names:
            raise CatalogError(f"variable {name!r} is declared twice")
        self._names.add(name)

    # -- claims -----------------------------------------------------------------------------
    def claim(self, lhs: Member, rhs: Member) -> Claim:
        return self.chain(lhs, rhs)

    def chain(self, *members: Member) -> Claim:
        """``members[0] = members[1] = ...``: every link is checked, not only the ends."""
        if len(members) < 2:
            raise CatalogError("a claim needs at least two members")
        for m in members:
            if isinstance(m, str):
                raise CatalogError("members must be SymPy objects, not strings (text is never evaluated)")
            if not isinstance(m, sp.Basic | sp.MatrixBase | D | GenericMatrix | int | float):
                raise CatalogError(f"member of unsupported type {type(m).__name__}")
        return Claim(tuple(members), tuple(self._variables))


# ----------------------------------------------------------------------------------------------
# Entries


SizeSpec = Mapping[str, Iterable[int]] | Iterable[Mapping[str, int]] | None


@dataclass(frozen=True)
class Entry:
    """One catalog identity: metadata plus the builder that states it at concrete sizes."""

    id: str
    title: str
    statement: str
    source: str
    builder: Callable[..., Claim]
    tags: tuple[str, ...] = ()
    sizes: tuple[tuple[tuple[str, int], ...], ...] = ((),)
    file: str = ""
    line: int = 0
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    expect: str = ""  # "FAILED": a find-the-mistake example, green (XFAIL) while it fails
    # The builder takes only ``b`` and asks for its sizes with ``b.size`` (decided from its
    # signature when decorated: the loader may later replace the builder by a proxy).
    asks_sizes: bool = False

    @property
    def location(self) -> str:
        """``file:line``, relative to the working directory when below it (what editors and CI link)."""
        return f"{display_path(self.file)}:{self.line}" if self.file else ""

    def instances(self) -> list[dict[str, int]]:
        return [dict(s) for s in self.sizes]

    @property
    def generic(self) -> bool:
        """The builder asks for its sizes (``b.size``): it can be built with symbolic sizes."""
        return self.asks_sizes and bool(self.size_names())

    def size_names(self) -> tuple[str, ...]:
        names: list[str] = []
        for s in self.sizes:
            names.extend(k for k, _ in s if k not in names)
        return tuple(names)

    def build(self, sizes: Mapping[str, Any] | None = None) -> Claim:
        if self.generic:
            claim = self.builder(Builder(sizes))
        else:
            claim = self.builder(Builder(), **dict(sizes or {}))
        if not isinstance(claim, Claim):
            raise CatalogError(f"builder of {self.id} returned {type(claim).__name__}, not b.claim(...)/b.chain(...)")
        return claim

    def build_generic(self) -> Claim:
        """The claim with every size a positive integer symbol (only for ``generic`` entries)."""
        return self.build({name: size_symbol(name) for name in self.size_names()})


def _normalise_sizes(sizes: SizeSpec) -> tuple[tuple[tuple[str, int], ...], ...]:
    if not sizes:
        return ((),)
    if isinstance(sizes, Mapping):
        keys = list(sizes)
        combos = itertools.product(*(list(sizes[k]) for k in keys))
        return tuple(tuple(zip(keys, combo, strict=True)) for combo in combos)
    return tuple(tuple(dict(s).items()) for s in sizes)


def identity(
    id: str,
    *,
    title: str,
    statement: str,
    source: str,
    tags: Iterable[str] = (),
    sizes: SizeSpec = None,
    notes: str = "",
    expect: str | None = None,
) -> Callable[[Callable[..., Claim]], Entry]:
    """Declare a catalog entry. ``sizes`` is ``{"K": [2, 3, 5]}`` (a grid) or a list of dicts.

    ``expect="FAILED"`` marks a deliberately wrong derivation (a "find the mistake" exercise): it
    is reported XFAIL and keeps the run green while it is refuted, and XPASS, a failure, once it holds.
    """
    if not _ID_RE.match(id):
        raise CatalogError(f"id {id!r} must be lower-case letters, digits, '-' and '.'")
    if expect not in (None, "FAILED"):
        raise CatalogError(f"{id}: expect={expect!r}; the only expected verdict is 'FAILED'")

    def wrap(fn: Callable[..., Claim]) -> Entry:
        code = fn.__code__
        entry = Entry(
            id=id,
            title=title,
            statement=statement,
            source=source,
            builder=fn,
            tags=tuple(tags),
            sizes=_normalise_sizes(sizes),
            file=str(Path(code.co_filename)),
            line=_decorator_line(fn),
            notes=notes or inspect.cleandoc(fn.__doc__ or ""),
            expect=expect or "",
            asks_sizes=len(inspect.signature(fn).parameters) == 1,
        )
        # Registered in the defining module, so that entries can all be named ``_``.
        fn.__globals__.setdefault(MODULE_REGISTRY, []).append(entry)
        return entry

    return wrap


def _decorator_line(fn: Callable[..., Any]) -> int:
    """The line of the ``@identity(`` decorator: where a reader should look.

    Since Python 3.8 a decorated function's first line is its first decorator's, which is what
    ``inspect.getsourcelines`` found by tokenizing the file again in every worker, and from the
    bytes on disk rather than the ones the code was compiled from.
    """
    return fn.__code__.co_firstlineno
