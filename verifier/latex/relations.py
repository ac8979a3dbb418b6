r"""The relation vocabulary of displays: which commands define, which link members without equating them.

``:=``, ``\coloneqq``, ``\triangleq`` define a name; ``\approx``, ``\le``, ``\to``, ``\propto``,
``\sim``, ``\leftarrow`` … relate two members without claiming they are equal (issue 8 §2: such a link is
SKIPPED "not an equality", never FAILED). The splitter (:mod:`verifier.latex.chains`) cuts members at these
relations, and the clean-up before it (:mod:`verifier.latex.decorations`) keeps a decoration whose
content is one of them (``\overset{\text{def}}{=}``), so both read the same vocabulary from here.
"""

from __future__ import annotations

import re

__all__ = ["DEFINITION_COMMANDS", "NAMED_ON_RIGHT", "NON_EQUALITY_COMMANDS", "is_relation"]

_COMMAND = re.compile(r"\\([A-Za-z]+|.)")

DEFINITION_COMMANDS = frozenset({"coloneqq", "coloneq", "triangleq", "eqqcolon", "eqcolon", "Coloneqq", "defeq"})
#: the definition commands that name the right member, as ``=:`` does (``x^2 + 1 \eqqcolon g(x)``)
NAMED_ON_RIGHT = frozenset({"eqqcolon", "eqcolon"})
NON_EQUALITY_COMMANDS = frozenset({
    "approx", "approxeq", "thickapprox", "le", "leq", "leqq", "leqslant", "ge", "geq", "geqq", "geqslant", "lt", "gt",
    "ll", "gg", "to", "propto", "varpropto", "equiv", "sim", "simeq", "cong", "neq", "ne", "lesssim", "gtrsim",
    "prec", "succ", "preceq", "succeq", "mapsto", "doteq", "asymp", "not",
    # an update (``w \leftarrow w - \eta g``): an assignment, not an equality; the algebra after it is checked
    "leftarrow", "gets", "longleftarrow",
})  # fmt: skip


def is_relation(text: str) -> bool:
    """Whether ``text`` (a member's stripped text) is a relation alone: ``=``, ``<``, ``:=``, ``\\approx`` …"""
    if text in ("=", "<", ">", ":="):
        return True
    m = _COMMAND.fullmatch(text)
    return bool(m) and (m.group(1) in NON_EQUALITY_COMMANDS or m.group(1) in DEFINITION_COMMANDS)
