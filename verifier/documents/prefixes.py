r"""A chain's first members resolved once per value of the indices *they* read, not per assignment.

:meth:`verifier.documents.steps._Checker._resolve` already takes a whole resolution (every member)
from an earlier index assignment that agrees on every index the resolution looked up. A chain such as
``\partial J / \partial W_{fg} = \frac{\partial J}{\partial \hat y_a} \cdots \frac{\partial h_d}{\partial W_{fg}}``
is checked at every pattern of equal and distinct values of a, b, c, d, f, g (two hundred
assignments); its right member reads all six indices, so no whole resolution is ever taken again,
although its left member, the costly one (J's definition through every definition it reaches), reads
only f and g. This module owns the finer step: the resolver's state after its first k members, kept
with the indices read so far (:class:`Prefix`), is taken by a later assignment that agrees on those
reads; only the members after them are resolved again.

Why that is the same resolution. The resolver is a pure function of the trees, the scope, the
instance and the indices it looks up (``Resolver.index_reads``, recorded by ``Resolver._symbol``, the
only place the indices are read), so its values *and its state* after the first k members are those
a fresh resolver at the new assignment would reach, with one exception: the remembered values of
family entries, generic functions, definitions under an opaque layer (``Resolver._memo``) and
derivatives (``Resolver._derivatives``) are keyed by the resolver's mode, which holds the whole index
assignment (``Resolver._mode``), read or not. A later member looks them up under the new assignment;
left under the old one, a family entry would be computed again, and where its computation notes a
reading, that reading would be noted in the later member instead of the first (a message could
change). So the keys are moved to the new assignment (:func:`moved`): a key is ``(..., *mode)`` in
``_memo`` and ``(..., *mode, depth, generic_depth)`` in ``_derivatives``, the assignment being
``mode[3]``. A key that does not hold the old assignment there makes the prefix unusable (never
guessed). A resolver with an opaque layer open or with expectation atoms is not kept (as for whole
resolutions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver, Value

# where the index assignment sits in a remembered value's key, counted from the end
_MEMO_AT = -2  # ("entry" | "generic" | "definition", name, ..., *mode): mode = (…, indices, differentiating)
_DERIVATIVE_AT = -4  # (expr, pairs, bound, *mode, depth, generic_depth)


@dataclass(frozen=True)
class Prefix:
    """The first ``done`` members of one order of members at one instance, resolved."""

    done: int
    reads: tuple[tuple[str, int | None], ...]  # Resolver.index_reads after them
    resolver: Resolver  # a copy, as it was after them
    values: dict[int, Value | Exception]
    readings: dict[int, tuple[str, ...]]

    def fits(self, assignment: dict[str, int]) -> bool:
        return all(assignment.get(name) == v for name, v in self.reads)


def _assignment(indices: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(indices.items()))  # as Resolver._mode writes it


def _moved_keys(memo: dict[tuple[object, ...], object], old: object, new: object, at: int) -> dict | None:
    out: dict[tuple[object, ...], object] = {}
    for key, value in memo.items():
        if not isinstance(key, tuple) or len(key) < -at or key[at] != old:
            return None
        i = len(key) + at
        out[(*key[:i], new, *key[i + 1:])] = value
    return out


def moved(resolver: Resolver, old: dict[str, int], new: dict[str, int]) -> bool:
    """Move ``resolver``'s remembered values (its own copies: ``steps._copied``) from the assignment
    ``old`` to ``new``, where the indices it read agree. False (nothing changed) when a key does not
    hold ``old`` where the resolver's mode puts it."""
    was, now = _assignment(old), _assignment(new)
    if was == now:
        return True
    memo = _moved_keys(resolver._memo, was, now, _MEMO_AT)  # type: ignore[arg-type]
    derivatives = _moved_keys(resolver._derivatives, was, now, _DERIVATIVE_AT)  # type: ignore[arg-type]
    if memo is None or derivatives is None:
        return False
    resolver._memo = memo  # type: ignore[assignment]
    resolver._derivatives = derivatives  # type: ignore[assignment]
    return True
