"""A recording worker's audit hook answers the events it ignores at once, and ``has_kinds`` asks ``id`` once a node
(cold67).

Every entry's worker records its reads through an audit hook (:mod:`verifier.reads`), and CPython raises an audit
event at every ``id()``: the catalog's 33 workers raised 61,000 ``builtins.id`` events (``walker.has_kinds`` 52,000
of them, two a node), each a call of the hook that tested the event against the three read events and the ten
prefixes of the opaque ones again (~0.6 µs). The hook now remembers each event that is neither, and ``has_kinds``
takes a node's id once.
"""

from __future__ import annotations

import sys

import sympy as sp

from verifier import reads
from verifier.walker import has_kinds

_ids = [0]
_counting = [False]
_hooked: list[bool] = []


def _count(event: str, args: tuple[object, ...]) -> None:
    if _counting[0] and event == "builtins.id":
        _ids[0] += 1


def test_has_kinds_asks_the_id_of_each_node_it_visits_once() -> None:
    if not _hooked:
        sys.addaudithook(_count)  # permanent (as every audit hook): added once, idle unless counting
        _hooked.append(True)
    x, y = sp.symbols("x y")
    tree = sp.sin(x) + sp.cos(y) * x  # Add(sin(x), Mul(x, cos(y))): 7 node visits, 6 distinct objects
    visits = 7
    _ids[0], _counting[0] = 0, True
    try:
        found = has_kinds([tree], (sp.exp,))
    finally:
        _counting[0] = False
    assert found is False
    assert _ids[0] == visits  # two a node (look, then store) before cold67: 13


def test_an_ignored_event_is_classified_once_and_the_others_still_count() -> None:
    saved = reads._recorded, reads._unrecordable
    reads._recorded, reads._unrecordable = {}, False
    try:
        reads._audit("builtins.id", (1,))
        assert "builtins.id" in reads._ignored  # the next one is a set lookup
        reads._audit("builtins.id", (1,))
        assert reads._unrecordable is False
        reads._audit("os.system", ("true",))  # an opaque channel still makes the entry unrecordable
        assert reads._unrecordable is True
        assert "os.system" not in reads._ignored
        reads._audit("os.listdir", ("/tmp",))  # and a read is still recorded
        assert reads._recorded == {"/tmp": True}
    finally:
        reads._recorded, reads._unrecordable = saved
