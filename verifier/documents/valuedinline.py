r"""An inline value the prose states for a name the notes define: a worked claim, not a value given.

"Define $v = p(1 - p)$. With $p = 0.3$, $v = 0.21$." The second inline formula writes a name on its left and
a number on its right, which is what a value given to a name writes (``$p = 0.3$``), so it was no claim, and,
after "With $p = 0.3$,", it was read as one more condition of the "with" list: a wrong ``$v = 0.09$`` was no
step at all, while the same value on a display line of its own is checked. Where the notes define the name
before the formula (an earlier line, or earlier on its line), the number is what the definition gives at the
values stated, and a reader checks it. This module owns that decision (:func:`defined_name_value`):

* the left member is a plain name or an entry of a family at numbers (``v``, ``s_1``), every later member
  is a number or arithmetic on numbers (``0.21``, ``0.3 \cdot 0.7 = 0.21``);
* the notes' definition of the name (not a function's, nor a recurrence's, whose body writes the name: its
  start ``θ_0 = 1`` is given) holds where the formula stands;
* the prose right before it does not give the name a value of its own: a defining or condition word right
  before the formula ("let", "set", "if", "where", "with" …) keeps it a value given or an equation to solve —
  unless the formula follows others in a list under that word ("With $p = 0.3$, $v = 0.21$") and every input
  of the definition has a value stated by then: the name's value is then decided, and a number for it is a
  claim (a condition it would contradict or repeat).

The chain is checked as a display's is (its value at the stated inputs, documents.stated); the value it
states itself is never one of its own hypotheses (documents.stated ``value_hypotheses``' ``own``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import sympy as sp

from verifier.documents.claims import condition_before, supposed_before
from verifier.documents.context import Definition

__all__ = ["defined_name_value"]

# the formulas listed right before one ("With $p = 0.3$, $q = 0.5$ and "), cut to see the words before the list
_LISTED = re.compile(r"(?:\$[^$]*\$\s*(?:,\s*(?:and\b\s*)?|\band\b\s*|;\s*)?)+$")
# words that give the name a value of its own right before the formula ("Let $v = 0.5$", "we set $v = 0.5$")
_GIVES = re.compile(
    r"\b(?:let|lets|define[sd]?|defining|denote[sd]?|redefine[sd]?|set|sets|setting|choose|chose|pick|take|"
    r"fix|fixed|assume|assuming|suppose|supposing|initiali[sz]e[sd]?|new|instead|another|call(?:ed)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _plain_key(left: sp.Basic) -> tuple[str, int] | None:
    """The family name and the number of indices of a name or of an entry at numbers (``v``, ``s_1``)."""
    if isinstance(left, sp.Symbol):
        return left.name, 0
    if isinstance(left, sp.Indexed) and all(i.is_Integer for i in left.indices):
        return str(left.base.label), len(left.indices)
    return None


def defined_name_value(members: Sequence[str], before: str, line: int, column: int | None,
                       definitions: Iterable[Definition], in_force_on_line: Callable[[Definition], bool],
                       stated: Callable[[str], bool], inputs: Callable[[Definition], set[str] | None],
                       parse: Callable[[str], sp.Basic]) -> bool:  # fmt: skip
    r"""Is the inline chain ``members`` (its line ``line``, its column ``column``; ``before``: the prose before it,
    the formula's ``$`` cut) a number stated for a name the notes define, a claim to check? ``in_force_on_line``:
    does a definition written on ``line`` hold at the formula (written before it there); ``stated``: does the
    prose state a number for a name by this line; ``inputs``: the names a definition needs values for (None where
    that is not known)."""
    if len(members) < 2:
        return False
    try:
        left = parse(members[0])
        rest = [parse(m) for m in members[1:]]
    except Exception:  # noqa: BLE001 - a formula that cannot be read is not known to be a claim
        return False
    if (key := _plain_key(left)) is None or not all(r.is_number and r.is_real is not False for r in rest):
        return False
    base, arity = key
    mine = [d for d in definitions if d.key[0] == base and len(d.key[1]) == arity and not d.is_function and d.body
            and (d.line < line or (d.line == line and in_force_on_line(d)))]  # fmt: skip
    if not mine:
        return False
    d = max(mine, key=lambda e: e.line)
    try:
        if base in {str(getattr(x, "label", x)) for x in parse(d.body).atoms(sp.Symbol, sp.IndexedBase)}:
            return False  # θ_0 of θ_t = θ_{t-1} - η g_t: a recurrence's start or iterate, given or computed in order
    except Exception:  # noqa: BLE001 - a body that cannot be read: its entries are not known to be claims
        return False
    head = before.rstrip()
    listed = _LISTED.search(head)
    words = head[: listed.start()] if listed else head
    if _GIVES.search(words.rstrip()) or supposed_before(head):
        return False  # "Let $v = 0.5$", "Now take $p = 0.3$ and $v = 0.5$": a value the notes give it
    if condition_before(words if listed else head):
        if listed is None:
            return False  # "if $v = 0.21$", "where $z = 0$": a case or an equation to solve
        needed = inputs(d)
        return needed is not None and all(stated(n) for n in needed)  # "With $p = 0.3$, $v = 0.21$"
    return True
