r"""A "where" clause after a display that defines a function: ``… where $\sigma(t) = 1/(1+e^{-t})$``.

The reader takes "where $A x = 0$" after a chain as a hypothesis of its steps
(:meth:`verifier.documents.proseconditions._ProseConditions._where`). Notes also end a display with the definition of a
function it uses, written with a parameter of its own: "where $\sigma(t) = 1/(1+e^{-t})$",
"where $g(u) = \tanh(u)$". Taken as a hypothesis, the clause is an equation in t, a letter the chain
never writes, and every step was SKIPPED "a hypothesis: t is not declared" — a wrong step too (fresh16's
logistic-loss note). Such a clause states no value of the chain; the definitions learner reads it as the
function's definition (a "where" sentence defines the names of the display before it). This module says
which clauses those are: the left member one name applied to plain letters, none of which the chain
writes. A clause about the chain's own letters ("where $f(x) = 0$" after a chain in x) stays a hypothesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["defines_function"]

# f(t), \sigma(t), g(u, v): a letter or a command, then plain letters in brackets
_HEAD = re.compile(r"^\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(\s*(?P<params>[A-Za-z](?:\s*,\s*[A-Za-z])*)\s*"
                   r"(?:\\right\s*)?\)\s*$")


def defines_function(left: str, members: Iterable[Any]) -> bool:
    r"""Does a "where" clause whose left member is ``left`` define a function rather than state a value of the
    chain whose ``members`` (each with its ``latex``) it follows: ``left`` is a call at plain letters, and no
    member writes any of them? (The clause's definition is the definitions learner's, documents.definitions.)"""
    m = _HEAD.match(left)
    if m is None:
        return False
    params = [p.strip() for p in m.group("params").split(",")]
    text = " ".join(m.latex for m in members)
    return not any(re.search(rf"(?<![\\A-Za-z]){p}(?![A-Za-z])", text) for p in params)
