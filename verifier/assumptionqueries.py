"""SymPy's assumption queries, the same steps in the CLI's fixed order without their per-step overhead.

Why this module exists: SymPy answers every ``expr.is_zero``, ``is_positive``, ... through
``sympy.core.assumptions._ask`` and records what it learns with ``FactKB.deduce_all_facts``.
Both run for nearly every expression SymPy builds (``exp`` asks whether its argument is zero,
``Mul.flatten`` asks signs and finiteness, ``Derivative`` whether its result is zero), and their
own Python overhead — a set difference, a list and a sort for every step of a query, a method call
for every implied fact, a generator for every rule condition — was about a tenth of the CPU of
``verify all`` and of the test suite's document checks (``docs/speed.md``, enginespeed).

:func:`install` replaces the two with :func:`ask` and :func:`deduce_all_facts`, which take
*exactly* the same steps: the same handlers are called in the same order on the same objects, the
same facts are stored in the same knowledge bases in the same order, and the same
``InconsistentAssumptions`` is raised where SymPy's would be. What changes is only how the next
facts are found: SymPy computes ``prereq[fact] - queued`` as a set and sorts it by
``assumptionorder.QUERY_ORDER`` at every step (``assumptionorder.in_order``, which replaces SymPy's shuffle in the
CLI); here each fact's prerequisites are sorted once, and the ones not yet queued are taken in that
order, which is the same list. So this is installed only together with the fixed order (never over
SymPy's shuffle, whose order is random by design) and, like it, never by importing the verifier:
a library user's SymPy is left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

_ORDERED: dict[str, tuple[str, ...]] = {}  # fact -> its prerequisites in the fixed order
_ORIGINAL: dict[str, Any] = {}  # what install() replaced, for uninstall()
_RANK_OF: list[Callable[[str], int]] = []  # the order install() was given
_ORDER: list[object] = [None]  # the function SymPy's ``shuffle`` is while that order is in force
_MODULE: list[Any] = [None]  # sympy.core.assumptions


def ask(fact: str, obj: Any) -> Any:
    """``sympy.core.assumptions._ask`` (SymPy 1.12-1.14) with the prerequisites in the fixed order.

    Only while that order is SymPy's (its ``shuffle`` is the order :func:`install` was given): a test
    that puts SymPy's shuffle back gets SymPy's own query."""
    if _MODULE[0].shuffle is not _ORDER[0]:
        return _ORIGINAL["ask"](fact, obj)
    assumptions = obj._assumptions
    handler_map = obj._prop_handler
    facts_to_check = [fact]
    facts_queued = {fact}
    ordered = _ORDERED
    for fact_i in facts_to_check:
        if fact_i in assumptions:
            continue
        handler_i = handler_map.get(fact_i)
        if handler_i is not None:
            fact_i_value = handler_i(obj)
            if fact_i_value is not None:
                assumptions.deduce_all_facts(((fact_i, fact_i_value),))
        fact_value = assumptions.get(fact)
        if fact_value is not None:
            return fact_value
        # SymPy: new = list(prereq[fact_i] - facts_queued); shuffle(new) (the fixed order's sort);
        # facts_to_check.extend(new); facts_queued.update(new). The same list, in the same order:
        for pk in ordered[fact_i] if fact_i in ordered else _late(fact_i):
            if pk not in facts_queued:
                facts_to_check.append(pk)
                facts_queued.add(pk)
    if fact in assumptions:
        return assumptions[fact]
    assumptions._tell(fact, None)
    return None


def _late(fact: str) -> tuple[str, ...]:
    """The prerequisites of a fact :func:`install` did not see (SymPy raises where it would)."""
    assumptions = sys.modules["sympy.core.assumptions"]
    _ORDERED[fact] = tuple(sorted(assumptions._assume_rules.prereq[fact], key=_RANK_OF[0]))
    return _ORDERED[fact]


def deduce_all_facts(self: Any, facts: Any) -> None:
    """``FactKB.deduce_all_facts`` with ``_tell`` written inline (the same checks, stores and error)."""
    full_implications = self.rules.full_implications
    beta_triggers = self.rules.beta_triggers
    beta_rules = self.rules.beta_rules
    get = self.get
    if isinstance(facts, dict):
        facts = facts.items()
    while facts:
        beta_maytrigger: set[int] = set()
        for k, v in facts:
            # _tell(k, v): a known value (not None) must be the same, else the KB is inconsistent
            old = get(k)
            if old is not None:
                if old == v:
                    continue
                raise _inconsistent(self, k, v)
            self[k] = v
            if v is None:
                continue
            for key, value in full_implications[k, v]:
                old = get(key)
                if old is not None:
                    if old != value:
                        raise _inconsistent(self, key, value)
                else:
                    self[key] = value
            beta_maytrigger.update(beta_triggers[k, v])
        facts = []
        for bidx in beta_maytrigger:
            bcond, bimpl = beta_rules[bidx]
            for ck, cv in bcond:
                if get(ck) is not cv:
                    break
            else:
                facts.append(bimpl)


def _inconsistent(kb: Any, k: str, v: Any) -> Exception:
    from sympy.core.facts import InconsistentAssumptions

    return InconsistentAssumptions(kb, k, v)


def install(rank: Callable[[str], int], order: object) -> bool:
    """Replace SymPy's ``_ask`` and ``FactKB.deduce_all_facts`` (once), the prerequisites sorted by
    ``rank``, which is what ``order`` (the function now in SymPy's ``shuffle``) sorts by. False (nothing
    replaced) where SymPy's are not the ones this module was written from."""
    assumptions = sys.modules.get("sympy.core.assumptions")
    facts = sys.modules.get("sympy.core.facts")
    if assumptions is None or facts is None:
        return False
    if assumptions._ask is ask:
        _ORDER[0] = order
        return True
    if not _matches(assumptions, facts):
        return False
    prereq = assumptions._assume_rules.prereq
    _ORDERED.clear()
    _RANK_OF[:] = [rank]
    _ORDER[0], _MODULE[0] = order, assumptions
    known: Iterable[str] = {*prereq, *(f for fs in prereq.values() for f in fs), *assumptions._assume_defined}
    for fact in known:
        _ORDERED[fact] = tuple(sorted(prereq.get(fact, ()), key=rank))
    _ORIGINAL.update(ask=assumptions._ask, deduce=facts.FactKB.deduce_all_facts)
    assumptions._ask = ask
    facts.FactKB.deduce_all_facts = deduce_all_facts
    return True


def uninstall() -> None:
    """Put SymPy's own functions back (tests)."""
    if _ORIGINAL:
        sys.modules["sympy.core.assumptions"]._ask = _ORIGINAL.pop("ask")
        sys.modules["sympy.core.facts"].FactKB.deduce_all_facts = _ORIGINAL.pop("deduce")


def _matches(assumptions: Any, facts: Any) -> bool:
    """Are SymPy's functions the ones :func:`ask` and :func:`deduce_all_facts` restate? Checked by the
    names their code uses, so that another SymPy's rewrite is left alone rather than replaced."""
    ask_names = set(assumptions._ask.__code__.co_names)
    deduce_names = set(facts.FactKB.deduce_all_facts.__code__.co_names)
    return (
        {"_prop_handler", "_assumptions", "deduce_all_facts", "prereq", "shuffle", "_tell"} <= ask_names
        and {"full_implications", "beta_triggers", "beta_rules", "_tell"} <= deduce_names
        and assumptions._ask.__code__.co_argcount == 2
    )
