"""What is worked out once from a list of the notes' lines, remembered by the list's identity.

The readings ask for every chain, name and line where the part, the section or the example holding a line starts
(documents.partscope, documents.sizeorder), each time walking the lines one by one from that line up to the
nearest heading, or further (a LaTeX document with few headings: the whole notes, thousands of times per
document, docspeed72). :func:`by_lines` works out an index of the lines once, from which each answer is a bisection.
Joining the lines into one text to key a cache would cost more than the answer (docspeed20), so the index is
remembered by the list's identity: a hit needs the very object *and* lines equal to the copy taken when it was
remembered (a list changed in place is read again); the entry holds the object, so its identity cannot pass to
another list while it is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["by_lines"]

T = TypeVar("T")

_KEPT = 8  # lists remembered per index: the notes, a context's lines, a slide's version


def by_lines(compute: Callable[[tuple[str, ...]], T]) -> Callable[[Sequence[str]], T]:
    """``compute`` of a list's lines (given as a tuple), remembered for the last few lists by their identity
    (module docstring)."""
    kept: dict[int, tuple[Sequence[str], list[str], T]] = {}

    def remembered(lines: Sequence[str]) -> T:
        hit = kept.get(id(lines))
        if hit is not None and hit[0] is lines and hit[1] == (lines if isinstance(lines, list) else list(lines)):
            return hit[2]
        found = compute(tuple(lines))
        if len(kept) >= _KEPT:
            kept.pop(next(iter(kept)))
        kept[id(lines)] = (lines, list(lines), found)
        return found

    return remembered
