r"""A capital that counts an index: ``m_b = \frac{1}{H} \mathbf{1}_h x_{bh}`` with H the number of h's.

Index notation names the size of an index's range by the same letter in capitals: h runs over H
values, n over N samples, t over T steps. Notes rarely say so, and their identities hold only then
(``\mathbf{1}_h \mathbf{1}_h = H``; the mean of the deviations is 0). Read as an arbitrary scalar,
H makes such steps fail, and :mod:`verifier.documents.guesses` leaves them SKIPPED ("H may be the
number of values of the index h").

This module owns that reading: when inference left a single capital as a real scalar with no other
evidence and its lowercase letter is an index whose range is an inferred size, the size *is* that
capital — renamed in every shape and range of the scope, checked at the size inference chose, and
reported with the step ("H: the number of values of the index h"). A step that holds for an
arbitrary H holds for this one too; a step that fails with H the count fails for an arbitrary H as
well, so the reading never turns a right step wrong. Capitals that name losses, costs and
probabilities (L, J, E, C, P, R) are left alone.
"""

from __future__ import annotations

from dataclasses import replace

from verifier.documents.context import Dim, IndexRange, Key, Scope, Size, VarDecl, display_key, is_invented_size
from verifier.documents.infer import guessed_scalar

__all__ = ["count_capitals"]

_NOT_COUNTS = frozenset("LJECPR")  # losses, costs, likelihoods, probabilities, risks


def _renamed(dim: Dim, old: Key, new: Key) -> Dim:
    return new if dim == old else dim


def count_capitals(scope: Scope) -> None:
    """Read, in place, each undeclared scalar capital as the size of its lowercase index's range."""
    for key in list(scope.names):
        name, subs = key
        if subs or len(name) != 1 or not name.isupper() or name in _NOT_COUNTS:
            continue
        if not guessed_scalar(scope, key):
            continue
        index = scope.names.get((name.lower(), ()))
        if not isinstance(index, IndexRange) or index.lo != 1 or not isinstance(index.hi, tuple):
            continue
        old = index.hi
        size = scope.names.get(old)
        if old[1] or not is_invented_size(old) or not isinstance(size, Size):
            continue  # a declared size, or a shifted one (0..m): not the count this reading means
        _rename(scope, old, key)
        scope.names[key] = Size(key, size.values, size.line)
        values = " and ".join(map(str, size.values))
        count = f"the number of values of the index {name.lower()} (the convention of index notation)"
        scope.inferred[key] = f"{name}: {count}, checked at {values}"
        index_key = (name.lower(), ())
        scope.inferred[index_key] = f"{scope.inferred.get(index_key, name.lower())}; {name} read as {count}"


def _rename(scope: Scope, old: Key, new: Key) -> None:
    """Every shape and range of ``scope`` that uses the size ``old`` uses ``new`` instead."""
    for k, e in list(scope.names.items()):
        if isinstance(e, IndexRange) and old in (e.lo, e.hi):
            scope.names[k] = replace(e, lo=_renamed(e.lo, old, new), hi=_renamed(e.hi, old, new))
        elif isinstance(e, VarDecl) and e.dims is not None and old in e.dims:
            scope.names[k] = replace(e, dims=(_renamed(e.dims[0], old, new), _renamed(e.dims[1], old, new)))
    del scope.names[old]
    scope.inferred.pop(old, None)
    shown, now = display_key(old), display_key(new)
    for k, note in list(scope.inferred.items()):
        if shown in note:
            scope.inferred[k] = note.replace(shown, now)
