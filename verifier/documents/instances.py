"""Instances: the declared (and inferred) variables of a scope, built at concrete sizes.

A chain is checked at a few sizes; at each, every vector and matrix of the scope becomes a block
of the catalog's symbols (through :class:`verifier.catalog.Builder`, so domains, simplex and
one-hot constraints mean what they mean in the catalog).
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from verifier.catalog import Builder, CatalogError, Variable
from verifier.documents.context import Dim, Key, Scope, VarDecl, display_key
from verifier.documents.values import ResolveError
from verifier.domains import Positive, Real

__all__ = ["Instance", "dim_value", "instantiate"]


@dataclass
class Instance:
    """Declared variables of a scope built at concrete sizes."""

    sizes: dict[Key, int]
    variables: dict[Key, Variable]
    symbols: frozenset[sp.Symbol]
    size_deps: dict[Key, frozenset[Key]]  # which sizes each variable's shape depends on


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


def dim_value(dim: Dim, sizes: dict[Key, int]) -> int:
    if isinstance(dim, int):
        return dim
    if dim not in sizes:
        raise ResolveError(f"size {display_key(dim)} is not declared (add '{display_key(dim)} in {{2, 3}}')")
    return sizes[dim]


def instantiate(scope: Scope, sizes: dict[Key, int]) -> Instance:
    """Build every declared variable of ``scope`` at ``sizes`` (names mangled for the Builder)."""
    b = Builder()
    taken: set[str] = set()
    keys: list[Key] = []
    deps: dict[Key, frozenset[Key]] = {}
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
                    b.interval(name, dom.lo, dom.hi)
                elif dom.kind == "integer":
                    lo = 1 if dom.lo == float("-inf") else int(dom.lo)
                    hi = 10 if dom.hi == float("inf") else int(dom.hi)
                    b.integer(name, lo, hi)
                else:
                    b.real(name)
            else:
                assert decl.dims is not None
                rows, cols = (dim_value(d, sizes) for d in decl.dims)
                deps[key] = frozenset(d for d in decl.dims if not isinstance(d, int))
                row = rows == 1 and cols != 1
                n = cols if row else rows
                domain: Real | Positive = Real()
                if dom.kind == "positive":
                    domain = Positive()
                elif dom.kind == "interval":
                    domain = Real(dom.lo, dom.hi)
                if decl.kind == "simplex":
                    b.simplex(name, n, row=row)
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
    symbols = frozenset(s for v in variables.values() for s in v.symbols)
    return Instance(dict(sizes), variables, symbols, deps)
