r"""Room on CPython's frame stack for deep, up-and-down recursion (CPython 3.11-3.12's chunk thrashing).

Why this module exists: since CPython 3.11 the frames of Python functions live on a per-thread stack
made of chunks (16 KiB, mapped with ``mmap``), and a chunk is unmapped as soon as the last frame in it
returns. Code whose call depth goes up and down across a chunk's edge -- SymPy's recursive construction,
queries and traversals, thousands of times in a document check -- then maps 16 KiB, faults its pages in
and unmaps them again at every crossing: CPython issue gh-142183 (fixed from 3.13 on by keeping one
spare chunk; not in 3.11 or 3.12). In the test suite a pytest worker's tests run under pytest's ~35
frames, and at that depth `tests/test_mdnotes5_index_notation.py` made 96,000 such map/unmap pairs and
90,000 page faults in ~4 s of CPU (docs/speed.md, cold68).

:func:`call_with_room` calls a function from a frame that declares a 512 KiB evaluation stack it
never uses (``CodeType.replace(co_stacksize=...)``: a bound the interpreter reserves, not memory it
writes). CPython gives that frame a chunk of its own, of 1 MiB, and the frames the function and its
callees push go into the rest of that chunk, ~500 KiB (thousands of frames), which stays mapped
until the function returns: no recursion inside crosses a chunk's edge before that depth. The pages
are faulted in once, as they are first used. Nothing else changes: the same function is called with
the same arguments, its result or exception is passed on unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

ROOM_SLOTS = 1 << 16  # pointers: 512 KiB; CPython rounds the chunk up to 1 MiB, ~500 KiB of it left over


def call_with_room(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``function(*args, **kwargs)``, called from a frame with ~500 KiB of frame stack above it."""
    return function(*args, **kwargs)


call_with_room.__code__ = call_with_room.__code__.replace(
    co_stacksize=call_with_room.__code__.co_stacksize + ROOM_SLOTS
)
