"""A comparison of two members at a sample, taken where the same comparison is met again.

``verify doc`` checks a chain's steps at every index assignment and again under each of its other readings
(implied sums, layouts, the chain without the notes' definitions, …). A re-check draws its points from a
generator seeded as before, so ``sampling.draw`` hands back the very ``Sample`` object, and many of its
members resolve to the same trees as before: the comparison (ball arithmetic at every point, mpmath where
the balls cannot decide) was made again on the same numbers (docspeed18 counted 558 of 2,476 comparisons on
the five heaviest documents; docspeed19 built this).

A comparison (:func:`verifier.agreement.compare`) is a deterministic function of the two members (a
``NumericMember`` is a function of its member and the symbols: ``numeric._compiled``), the sample's points,
and whether only real values count: arb and mpmath give the same balls and digits every time, and the floats
``fa``, ``fb`` are the members' values at those points. So the memo is keyed by the sample (its identity; a weak
reference to it is kept beside the result and must still name it, so that the id of a sample that has ended
and been replaced is no hit, and the memo keeps no sample alive: ``sampling._DRAWN`` decides how long one
lives), each member by its type and its value (SymPy's structural equality: ``2.0*x`` is not ``2*x``; a
derivative ``D`` by its two parts) and the symbols, and the flag. ``Comparison`` is frozen: sharing it is
safe. A member that cannot be hashed is compared every time.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from verifier.catalog import D

__all__ = ["MAX_REMEMBERED", "remembered_comparison"]

MAX_REMEMBERED = 1024
_SEEN: dict[tuple[Hashable, ...], tuple[weakref.ref[Any], Any]] = {}


def _member_key(member: object) -> Hashable:
    if isinstance(member, D):
        return (D, member.f, member.wrt)
    return (type(member), member)


def remembered_comparison(
    a: object, b: object, symbols: Sequence[object], sample: object, real_only: bool, compare: Callable[[], Any]
) -> Any:
    """``compare()`` (the comparison of members ``a`` and ``b`` at ``sample``), or its result for the same
    members, symbols, sample and ``real_only`` met before."""
    try:
        key: tuple[Hashable, ...] | None = (id(sample), _member_key(a), _member_key(b), tuple(symbols), real_only)
        hash(key)
        ref = weakref.ref(sample)
    except TypeError:  # a mutable matrix, or a sample without weak references: compared every time
        key = None
    if key is not None:
        hit = _SEEN.get(key)
        if hit is not None and hit[0]() is sample:
            return hit[1]
    result = compare()
    if key is not None:
        if len(_SEEN) >= MAX_REMEMBERED:
            _SEEN.pop(next(iter(_SEEN)))
        _SEEN[key] = (ref, result)
    return result
