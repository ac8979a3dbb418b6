r"""The shapes a normal density gives its arguments: ``\mathcal{N}(x \mid \mu, \Sigma)`` of a vector x.

Courses that meet Gaussian discriminant analysis, mixtures or Gaussian processes write the
multivariate density out, ``\mathcal{N}(x \mid \mu, \Sigma) = (2\pi)^{-d/2}|\Sigma|^{-1/2}\exp(-\frac12 q)``
with ``q = (x-\mu)^T\Sigma^{-1}(x-\mu)``, and rarely say that Σ is a matrix: the quadratic form fits a
number too, so inference left Σ a scalar and the density of the vector x could not be built
(``ml.normal_density``: "needs a square covariance matrix of its length"). The density itself says
it: the covariance of a normal density of a vector of length n is an n×n matrix, and the mean a vector
of that length. Only names with no other evidence are given that shape (a declared or already shaped
name keeps its own; a mismatch is then reported as before); a scalar x leaves the variance a number
(``\mathcal{N}(x \mid \mu, \sigma^2)``).

The letter of the constant, ``(2\pi)^{d/2}`` or ``\frac{d}{2}\log(2\pi)``, is the vector's length where
nothing else says what it is (:func:`normal_dimensions`): it is what the density's constant is, and read
as a number of its own the step could only be SKIPPED ("d on one side only").

``\Sigma^{-1}`` and ``|\Sigma|`` of a square matrix are read as its inverse and determinant, readings that
by themselves never make a step FAILED (``squares.unsure``: the notes may mean the entry-wise
operation). In a step that sets them beside ``\mathcal{N}(x \mid \mu, \Sigma)`` of that same Σ they are
not chosen: the density is defined by Σ's inverse and determinant, and the entry-wise reading is no
density at all (a matrix for ``|\Sigma|^{-1/2}``, a different number for the quadratic form). So a wrong
constant or exponent there is FAILED (:func:`covariance_readings`); any other square matrix under
``^{-1}`` or ``|…|`` in the step keeps the old rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.squares import inverted_base, unsure
from verifier.results import StepResult

if TYPE_CHECKING:
    from verifier.documents.infer import _Inference

__all__ = ["covariance_readings", "is_normal_density", "normal_arguments", "normal_dimensions", "normal_labels"]

_WHY = "the covariance of a normal density of a vector"


def is_normal_density(node: sp.Basic) -> bool:
    r"""Is ``node`` the parser's call ``normal(x, μ, Σ)`` (``\mathcal{N}(x \mid \mu, \Sigma)``)?"""
    return isinstance(node, AppliedUndef) and node.func.__name__ == "normal" and len(node.args) == 3


def normal_labels(shapes: _Inference, trees: list[tuple[sp.Basic, frozenset[str]]]) -> None:
    r"""``\mathcal{N}(x \mid \mu_k, \Sigma_k)`` of a mixture's component k: the subscript labels the
    component's mean and covariance (one vector, one matrix), it is no entry of a vector μ. Taken only
    where the letter is free in every tree of the chain: under ``\sum_k`` the component runs, and one
    vector for every k would make ``\sum_k \pi_k \mathcal{N}(x \mid \mu_k, \Sigma_k)`` factor wrongly. Nor
    where the chain writes the letter (μ) bare or with another subscript: then μ_k may be its entry."""
    bound: set[str] = set()
    calls = []
    written: dict[str, set[tuple[str, ...]]] = {}  # each base's subscripts in the chain (() for a bare use)
    for t, b in trees:
        bound |= b
        for node in sp.preorder_traversal(t):
            if isinstance(node, sp.Sum | sp.Product):
                bound.update(str(v) for v, *_ in node.limits)
            elif is_normal_density(node):
                calls.append(node)
        _uses(t, written)
    for call in calls:
        for arg in call.args[1:]:
            if not isinstance(arg, sp.Indexed) or len(arg.indices) != 1:
                continue
            sub = arg.indices[0]
            key = (str(arg.base.label), (str(sub),))
            if isinstance(sub, sp.Symbol) and sub.name.isalpha() and len(sub.name) == 1 and sub.name not in bound \
                    and written.get(key[0]) == {key[1]} and not shapes.known(key) \
                    and not shapes.known((key[0], ())):  # fmt: skip
                shapes.labels.add(key)


def _uses(node: sp.Basic, written: dict[str, set[tuple[str, ...]]]) -> None:
    """Each name's subscripts as written in ``node`` (``()`` for a bare use; not the base inside ``μ_k``)."""
    if isinstance(node, sp.Indexed):
        written.setdefault(str(node.base.label), set()).add(tuple(str(i) for i in node.indices))
        for i in node.indices:
            _uses(i, written)
        return
    if isinstance(node, sp.Symbol):
        written.setdefault(node.name, set()).add(())
        return
    for a in node.args:
        if isinstance(a, sp.Basic):
            _uses(a, written)


def normal_arguments(shapes: _Inference, node: sp.Basic, bound: frozenset[str]) -> None:
    """Where the density's variable is a vector, its open covariance is a square matrix of its length
    and its open mean a vector of that length (the density is a number: the caller's shape is None)."""
    x, mean, cov = node.args
    sx = shapes.shape(x, bound)
    if not isinstance(sx, tuple):
        return
    rows_one, cols_one = shapes.d.find(sx[0]) == 1, shapes.d.find(sx[1]) == 1
    if rows_one == cols_one:
        return  # a matrix (or a 1×1): not the density of a vector
    length = sx[1] if rows_one else sx[0]
    if _open(shapes, cov, bound) and (key := _key(cov)) is not None and (not key[1] or key in shapes.labels):
        shapes.make(key, "matrix", _WHY, (length, length))
    if _open(shapes, mean, bound) and (key := _key(mean)) is not None and (not key[1] or key in shapes.labels):
        shapes.make(key, "vector", "the mean of a normal density of a vector", shapes.vec(length))


def normal_dimensions(shapes: _Inference, trees: list[sp.Basic]) -> None:
    r"""Where the trees write a normal density of a vector, a name with no other evidence that is only
    ever written in the power or the factor of ``2\pi`` (``(2\pi)^{d/2}``, ``(2\pi)^{-k/2}``,
    ``\frac{d}{2}\log(2\pi)``) is that vector's length, a size."""
    lengths = []
    for t in trees:
        for node in sp.preorder_traversal(t):
            if is_normal_density(node):
                s = shapes.shape(node.args[0])
                if isinstance(s, tuple) and (shapes.d.find(s[0]) == 1) != (shapes.d.find(s[1]) == 1):
                    lengths.append(s[1] if shapes.d.find(s[0]) == 1 else s[0])
    if not lengths:
        return
    in_constant: set[str] = set()
    elsewhere: set[str] = set()
    for t in trees:
        _constant_letters(t, in_constant, elsewhere)
    for name in sorted(in_constant - elsewhere):
        key = (name, ())
        n = shapes.names.get(key)
        if n is None or n.kind != "open" or shapes.known(key) or key in shapes.sizes:
            continue
        del shapes.names[key]
        shapes.sizes[key] = "the dimension in the constant of a normal density of a vector"
        shapes.bounds.add(key)  # checked at two sizes, as a sum's bound: a constant right at one size must not pass
        for length in lengths:
            shapes.d.union(key, length)


def _two_pi(node: sp.Basic) -> bool:
    """Is ``node`` 2π as the parser builds it (unevaluated, π the number or the parser's symbol)?"""
    if not isinstance(node, sp.Mul) or len(node.args) != 2:
        return False
    return sorted(map(str, node.args)) == ["2", "pi"]


def _log_two_pi(node: sp.Basic) -> bool:
    return isinstance(node, sp.log) and _two_pi(node.args[0])


def _constant_letters(node: sp.Basic, in_constant: set[str], elsewhere: set[str]) -> None:
    r"""Sort the names of ``node``: those written only in a power of 2π, or beside log(2π) in a product
    (``\frac{d}{2}\log(2\pi)``), and the rest."""
    if isinstance(node, sp.Pow) and (_two_pi(node.base) or str(node.base) in ("2", "pi")):  # (2π)^d, 2^d π^d
        in_constant.update(x.name for x in node.exp.free_symbols if isinstance(x, sp.Symbol))
        return
    if isinstance(node, sp.Mul) and any(_log_two_pi(a) for a in node.args):
        for a in node.args:
            if _log_two_pi(a):
                continue
            plain = isinstance(a, sp.Symbol) or a.is_number or (isinstance(a, sp.Pow) and a.exp == -1)
            (in_constant if plain else elsewhere).update(x.name for x in a.free_symbols if isinstance(x, sp.Symbol))
        return
    if isinstance(node, sp.Symbol):
        if node.name != "pi":
            elsewhere.add(node.name)
        return
    for a in node.args:
        if isinstance(a, sp.Basic):
            _constant_letters(a, in_constant, elsewhere)


def _open(shapes: _Inference, node: sp.Basic, bound: frozenset[str]) -> bool:
    """A plain name (or a component's labelled one, :func:`normal_labels`) the notes do not declare and
    nothing has shaped yet."""
    key = _key(node)
    if key is None or (not key[1] and key[0] in bound) or shapes.known(key):
        return False
    n = shapes.names.get(key)
    return n is None or n.kind == "open"


def _key(node: sp.Basic) -> tuple[str, tuple[str, ...]] | None:
    if isinstance(node, sp.Symbol):
        return (node.name, ())
    if isinstance(node, sp.Indexed):
        return (str(node.base.label), tuple(str(i) for i in node.indices))
    return None


def covariance_readings(r: StepResult, trees: list[sp.Basic]) -> StepResult:
    r"""``squares.unsure`` for the step of ``trees``, except where every name it writes under ``^{-1}`` or
    ``|…|`` is the covariance of a normal density the step also writes (``\mathcal{N}(x \mid \mu, \Sigma)``
    against its formula): there the inverse and the determinant are what the density means."""
    covariances = {str(node.args[2]) for t in trees for node in sp.preorder_traversal(t)
                   if is_normal_density(node) and _key(node.args[2]) is not None}  # fmt: skip
    if not covariances:
        return unsure(r)
    bases = {str(b) for t in trees for node in sp.preorder_traversal(t) if (b := _inverted(node)) is not None}
    return r if bases and bases <= covariances else unsure(r)


def _inverted(node: sp.Basic) -> sp.Basic | None:
    r"""The written name (``A``, ``\Sigma_k``) of ``A^{-1}``, ``A^{-T}`` or ``|A|``, as ``squares.square_base``
    reads it, a component's labelled name too."""
    inner = inverted_base(node)
    return inner if inner is not None and _key(inner) is not None else None
