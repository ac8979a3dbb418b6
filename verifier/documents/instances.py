"""Instances: the declared (and inferred) variables of a scope, built at concrete sizes.

A chain is checked at a few sizes; at each, every vector and matrix of the scope becomes a block
of the catalog's symbols (through :class:`verifier.catalog.Builder`, so domains, simplex and
one-hot constraints mean what they mean in the catalog). The marks that say how the notes index a
family (a size plus or minus one, the first index of its axes, a letter-name, a row slice) are
defined here, beside the sizes they are read with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from verifier.catalog import Builder, CatalogError, Variable
from verifier.documents.context import Dim, Key, Scope, VarDecl, display_key
from verifier.documents.sumstoone import STOCHASTIC
from verifier.documents.values import ResolveError
from verifier.domains import Positive, Real

__all__ = [
    "BASE_PREFIX",
    "LETTER_NAME",
    "MAX_ENTRIES",
    "SHIFT",
    "SLICE_PREFIX",
    "UNSHIFT",
    "Instance",
    "base_of",
    "dim_value",
    "instantiate",
    "size_of",
]

#: the subscript of the key under which a letter that is also an index is declared as a name: in
#: ``[h W + b]_b`` and ``b_b`` the letter b is an index as a subscript and the vector b elsewhere
LETTER_NAME = "(name)"

#: the last subscript of a size key that means "that size plus one": the length of an axis indexed
#: 0..m (``\sum_{j=0}^m w_j``) is m + 1 (verifier.documents.infer)
SHIFT = "+1"
#: likewise "that size minus one": the last index of an axis indexed 0..K-1 (``\\sum_{k=0}^{K-1}``)
UNSHIFT = "-1"
_OFFSETS = {SHIFT: 1, UNSHIFT: -1}
#: scope.conventions key prefix: "base w" -> "0,1" (the first index of w's rows and of its columns)
BASE_PREFIX = "base "
#: scope.conventions key prefix: "slice x" -> "row" (x_u is row u of the matrix x), "column", or "sample" (x^{(i)}:
#: row i transposed, a column vector)
SLICE_PREFIX = "slice "
#: the most entries a vector or matrix is built with: a literal size past it ("$x \\in \\mathbb{R}^{1000000}$")
#: would take minutes and the memory of every chain of the notes, the ones that never write it too (redteam26)
MAX_ENTRIES = 65_536


@dataclass
class Instance:
    """Declared variables of a scope built at concrete sizes."""

    sizes: dict[Key, int]
    variables: dict[Key, Variable]
    symbols: frozenset[sp.Symbol]
    size_deps: dict[Key, frozenset[Key]]  # which sizes each variable's shape depends on
    too_large: dict[Key, str] = field(default_factory=dict)  # blocks not built (MAX_ENTRIES): why, by name


def _mangle(key: Key, taken: set[str]) -> str:
    """A Builder-compatible name (letters and digits) for a LaTeX name."""
    base = "".join(c for c in key[0] if c.isalnum()) or "v"
    if not base[0].isalpha():
        base = "v" + base
    name = base + "".join("".join(c for c in s if c.isalnum()) for s in key[1])
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}v{n}"
    taken.add(candidate)
    return candidate


def size_of(dim: Dim) -> Dim:
    """The size a dimension is made of: ``m`` for ``m``, ``m + 1`` and ``m - 1``."""
    if isinstance(dim, int) or not dim[1] or dim[1][-1] not in _OFFSETS:
        return dim
    return (dim[0], dim[1][:-1])


def base_of(scope: Scope, key: Key) -> tuple[int, int]:
    """The first index of the rows and of the columns of ``key`` (1 unless the notes index it from 0)."""
    text = scope.conventions.get(BASE_PREFIX + display_key(key))
    if not text:
        return (1, 1)
    rows, cols = (int(x) for x in text.split(","))
    return rows, cols


def dim_value(dim: Dim, sizes: dict[Key, int]) -> int:
    if isinstance(dim, int):
        return dim
    if size_of(dim) != dim:
        return dim_value(size_of(dim), sizes) + _OFFSETS[dim[1][-1]]
    if dim not in sizes:
        raise ResolveError(f"size {display_key(dim)} is not declared (add '{display_key(dim)} in {{2, 3}}')")
    return sizes[dim]


def instantiate(scope: Scope, sizes: dict[Key, int]) -> Instance:
    """Build every declared variable of ``scope`` at ``sizes`` (names mangled for the Builder)."""
    b = Builder()
    taken: set[str] = set()
    keys: list[Key] = []
    deps: dict[Key, frozenset[Key]] = {}
    too_large: dict[Key, str] = {}
    fixed: dict[Key, Variable] = {}  # declared with a value, no symbols (the identity of basisvectors)
    for key, decl in scope.names.items():
        if not isinstance(decl, VarDecl) or decl.kind == "function":
            continue
        name = _mangle(key, taken)
        dom = decl.domain
        try:
            if decl.kind == "scalar":
                if dom.kind == "positive":
                    b.positive(name)
                elif dom.kind == "interval":
                    b.real(name, dom.lo, dom.hi, dom.exclude)
                elif dom.kind == "integer":
                    lo = 1 if dom.lo == float("-inf") else int(dom.lo)
                    hi = 10 if dom.hi == float("inf") else int(dom.hi)
                    b.integer(name, lo, hi)
                else:
                    b.real(name, exclude=dom.exclude)
            else:
                assert decl.dims is not None
                rows, cols = (dim_value(d, sizes) for d in decl.dims)
                deps[key] = frozenset(size_of(d) for d in decl.dims if not isinstance(d, int))
                if rows * cols > MAX_ENTRIES:  # a step that uses it is SKIPPED (resolve); the others are checked
                    too_large[key] = (f"{display_key(key)} is {rows}×{cols} as written: too many entries "
                                      f"({rows * cols}, limit {MAX_ENTRIES}) to check it entry by entry")
                    continue
                row = rows == 1 and cols != 1
                n = cols if row else rows
                domain: Real | Positive = Real()
                if dom.kind == "positive":
                    domain = Positive()
                elif dom.kind == "interval":
                    domain = Real(dom.lo, dom.hi)
                if decl.kind in STOCHASTIC:  # rows (columns) the notes say sum to one (documents.sumstoone)
                    b.stochastic(name, rows, cols, along=STOCHASTIC[decl.kind])
                elif decl.kind == "simplex":
                    b.simplex(name, n, row=row)
                elif decl.kind == "identity":  # e_i, the standard basis: columns of the identity (basisvectors)
                    fixed[key] = Variable(display_key(key), (), (rows, cols), Real(), sp.eye(rows, cols).as_immutable())
                    continue
                elif decl.kind == "onehot":
                    b.onehot(name, n, row=row)
                elif rows == 1 or cols == 1:
                    b.vector(name, n, domain, row=row)
                else:
                    b.matrix(name, rows, cols, domain)
        except CatalogError as exc:
            raise ResolveError(f"declaring {display_key(key)}: {exc}") from None
        keys.append(key)
    declared = b.chain(sp.Integer(0), sp.Integer(0)).variables  # the public way to get the Variables
    variables = {
        key: Variable(display_key(key), v.symbols, v.shape, v.domain, v.value, v.constraint)
        for key, v in zip(keys, declared, strict=True)
    }
    variables.update(fixed)
    symbols = frozenset(s for v in variables.values() for s in v.symbols)
    return Instance(dict(sizes), variables, symbols, deps, too_large)
