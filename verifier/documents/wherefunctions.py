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

A clause can define a family entry by entry the same way: ``… = X^\top(\mu - y)``, "where $\mu_i =
\sigma(w^\top x_i)$" (lead63). As a hypothesis it is an equation with its index free, and every step was SKIPPED
"a hypothesis: index i is free here but has no value" — the steps that never write μ, a wrong one too. The left
member one name with a letter index, the right member writing that index (a formula for each entry) and not the
name itself (no recurrence): a definition. "where $y_i = 1$" (no index on the right) states a case and stays a
hypothesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["defines_family", "defines_function", "states_case"]

# f(t), \sigma(t), g(u, v): a letter or a command, then plain letters in brackets
_HEAD = re.compile(r"^\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(\s*(?P<params>[A-Za-z](?:\s*,\s*[A-Za-z])*)\s*"
                   r"(?:\\right\s*)?\)\s*$")


# \mu_i, p_{k}, \hat{y}_j, \mathbf{a}_i: a name (a letter or a command, maybe decorated) and one letter index
_ENTRY = re.compile(r"^\s*(?P<name>(?:\\(?:hat|tilde|bar|mathbf|boldsymbol|bm)\s*\{\s*)?(?:\\[A-Za-z]+|[A-Za-z])\s*\}?)"
                    r"\s*_\s*(?:\{\s*(?P<braced>[a-z])\s*\}|(?P<bare>[a-z]))\s*$")


# what follows a clause that states a case, not a definition: "where $y_i = w x_i$ when the fit is exact", "… at the
# optimum", ", if the data are noiseless" (redlate63)
_CASE_AFTER = re.compile(r"^\s*,?\s*(?:when|whenever|if|iff|only\s+if|provided|unless|in\s+the\s+(?:case|limit)|"
                         r"at\s+(?:the\s+|an?\s+)?(?:optimum|optimal|minimum|maximum|minimi[sz]er|maximi[sz]er|"
                         r"convergence|equilibrium|stationary|fixed\s+point|solution))\b", re.IGNORECASE)


def states_case(after: str) -> bool:
    """Does the prose ``after`` a clause's formula qualify it by a case ("when the fit is exact", "at the optimum")?
    Such a clause is a condition, neither a family's definition nor one for the lines after it (redlate63)."""
    return _CASE_AFTER.match(after) is not None


def defines_family(left: str, right: str, after: str = "") -> bool:
    r"""Does a "where" clause ``left = right`` define a family entry by entry (``\mu_i = \sigma(w^\top x_i)``):
    ``left`` one name with a letter index, ``right`` writing that index and not the name, and the prose ``after``
    the clause stating no case (``when the fit is exact``: a condition, redlate63)?"""
    m = _ENTRY.match(left)
    if m is None or states_case(after):
        return False
    index = m.group("braced") or m.group("bare")
    letter = re.sub(r"\\(?:hat|tilde|bar|mathbf|boldsymbol|bm)\s*\{|[{}\s]", "", m.group("name"))
    writes = lambda token: re.search(rf"(?<![\\A-Za-z]){re.escape(token)}(?![A-Za-z])", right)  # noqa: E731
    return bool(writes(index)) and not writes(letter)


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
