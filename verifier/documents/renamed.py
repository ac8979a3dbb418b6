r"""A claim proved at one index assignment taken as proved where the same claim is met again.

A chain written with free indices (``\frac{\partial J}{\partial W_{fg}} = \frac{\partial J}{\partial
\hat y_a} \cdots``) is checked at every pattern of equal and distinct index values
(``documents.indices``), each assignment a claim of its own: its points drawn afresh (the seed names the
assignment), then its numeric and symbolic stages. Very often the members the resolver gives at two
assignments are the same objects: an index the members' values do not depend on (a, b, c, d above once
the sums are read; the right member 0 wherever two indices differ), or two assignments that pick the
same entries. This module owns the claims proved so far in one ``_Checker`` run (:class:`Proofs`) and
the key under which one is met again: the instance (the variables built at these sizes, so the same
symbols and domains), the steps the caller asks about (``holds_only``), and the members themselves
(SymPy objects, or derivatives ``D(f, x)`` of SymPy objects; anything else is checked as before).

Why that is a proof. The claim is a function of its members and its variables (those the members' symbols
belong to, in the same instance: the same domains, constraints and assumptions); the assignment enters
``check_claim`` only through the seed of the points and the sizes it records. A claim all of whose
steps were PROVED is an identity over the variables' domain, shown by the symbolic stage (and no
sample point contradicted it): the same identity at another assignment is proved by the same
argument. So a claim met again is given the proved claim's results, with this assignment's sizes and
no duration. Only claims every step of which was PROVED are kept; a PASSED claim (numbers only) is
checked again at its own points, and a claim with a FAILED step is not kept: a step wrong at one
assignment has members there that are no proved claim's, so it is checked there afresh and keeps its
FAILED and its counterexample.

The identity is the simplest renaming of the variables' entries. A finer one, each entry renamed by
its *role* at the assignment (the indices whose value is its position, or its rank among positions no
index holds), a bijection on each variable's entries, would also identify ``x_1 - x_1`` at k = 1 with
``x_3 - x_3`` at k = 3; measured on the corpus (docs/speed.md, docspeed14) it found few more claims than
the identity and cost more CPU (rebuilding every member under the renaming) than those claims' checks,
so it is not done.

What a taken proof reports: the step's verdict still lists every instance checked
(``steps._Checker._aggregate``), and its method is that of its first PROVED instance, always one checked
afresh (a claim is kept only after it was checked); the point count is the proved claim's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.catalog import D
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.instances import Instance

_Key = tuple[object, ...]


def member_key(member: object) -> object | None:
    """A member as a key: a SymPy object as it is, a derivative by its two parts; None for anything
    else (whose equality is not SymPy's structural one)."""
    if isinstance(member, sp.Basic):
        return member
    if isinstance(member, D) and isinstance(member.f, sp.Basic) and isinstance(member.wrt, sp.Basic):
        return ("D", member.f, member.wrt)
    return None


class _Same:
    """The instance in a key: equal to a key part of that very instance only, and held by the key, so
    that no other instance can be allocated at its address (and take its ``id``) while the table keeps
    a proof made at it (review23f: ``id(instance)`` alone matched a later instance at a freed one's
    address, whose variables, at other sizes, are other claims over the same symbols)."""

    __slots__ = ("instance",)

    def __init__(self, instance: object) -> None:
        self.instance = instance

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.instance is self.instance

    def __hash__(self) -> int:
        return id(self.instance)


@dataclass
class Proofs:
    """The claims of one ``_Checker`` run proved so far, by key (see the module's docstring); ``taken``
    counts the claims taken from it (tests read it)."""

    table: dict[_Key, list[StepResult]] = field(default_factory=dict)
    taken: int = 0

    @staticmethod
    def key(instance: Instance, assignment: dict[str, int], members: Sequence[object], asked: frozenset[int]
            ) -> _Key | None:  # fmt: skip
        """The claim's key; None for a claim with no index assignment (one per sizes: nothing to share)
        or with a member that is not a key (:func:`member_key`)."""
        if not assignment:
            return None
        keys = tuple(member_key(m) for m in members)
        if any(k is None for k in keys):
            return None
        return (_Same(instance), asked, keys)

    def taken_for(self, key: _Key | None, sizes: dict[str, int]) -> list[StepResult] | None:
        """The results of the proved claim with this key, at these sizes; None if there is none."""
        proved = self.table.get(key) if key is not None else None
        if proved is None:
            return None
        self.taken += 1
        here = tuple(sizes.items())
        return [replace(r, sizes=here, duration=0.0) for r in proved]

    def keep(self, key: _Key | None, results: list[StepResult]) -> None:
        """Remember a claim whose every step was PROVED."""
        if key is not None and results and all(r.verdict is Verdict.PROVED for r in results):
            self.table.setdefault(key, results)
