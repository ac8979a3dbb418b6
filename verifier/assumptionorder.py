"""SymPy's assumption queries asked in one fixed order (``QUERY_ORDER``), not shuffled: set by the CLI before it forks.

SymPy (1.12+) shuffles the facts an assumption query may be deduced from at every step, with a random generator
(its own test suite flushes out order-dependent results so). :func:`fixed_assumption_order` replaces that shuffle
in this process with one order, measured to be among the cheapest, which also makes SymPy's path, and so its
time, the same in every run; with it, :mod:`verifier.assumptionqueries` takes the same steps without their
per-step overhead. Apart from :mod:`verifier.runner` (the workers) because it is a setting of SymPy in the
process, not the running of workers: the runner's ``preload_engine`` applies it before forking, and a library
user's SymPy is left alone (importing the verifier changes nothing). ``VERIFY_SYMPY_SHUFFLE=1`` keeps SymPy's
shuffle; ``VERIFY_FAST_ASSUMPTIONS=0`` keeps SymPy's own queries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import Any

ORDER_SWITCH = "VERIFY_SYMPY_SHUFFLE"  # "1": SymPy's own random order of assumption queries (to compare)
FAST_QUERIES_SWITCH = "VERIFY_FAST_ASSUMPTIONS"  # "0": SymPy's own _ask and deduce_all_facts (to compare)


# The order in which an assumption query asks the facts it may be deduced from: signs first
# (``extended_positive``, ... ``zero``: most handlers of Add, Mul, Pow and exp settle them from their
# arguments' signs, and a sign settles ``zero``/``nonzero`` at once), then realness and finiteness,
# then the number-theoretic facts (integer, prime, ...), which the catalog's expressions rarely
# settle and which cost a handler call each. Chosen by measurement among a few orders (function
# calls of the cross-entropy K = 24 entry and of the catalog in one process, docs/speed.md): the
# cheapest two were this one and realness first; alphabetical order costs 1.36x, number theory
# first 1.55x the calls on K = 24. A fact this list does not know (a later SymPy) goes last.
QUERY_ORDER: tuple[str, ...] = (
    "extended_positive", "extended_negative", "extended_nonnegative", "extended_nonpositive",
    "extended_nonzero", "positive", "negative", "nonnegative", "nonpositive", "nonzero", "zero",
    "extended_real", "real", "finite", "infinite", "complex", "imaginary", "commutative", "hermitian",
    "antihermitian", "integer", "rational", "irrational", "algebraic", "transcendental", "noninteger",
    "even", "odd", "prime", "composite",
)  # fmt: skip
_RANK: dict[str, int] = {}  # every fact SymPy knows -> its place (filled by fixed_assumption_order)


def rank_facts(known: Iterable[str]) -> None:
    """Number every fact: ``QUERY_ORDER`` first, then any other fact SymPy knows, by name."""
    _RANK.clear()
    _RANK.update({fact: i for i, fact in enumerate(QUERY_ORDER)})
    for fact in sorted(set(known) - set(QUERY_ORDER)):
        _RANK[fact] = len(_RANK)


def in_order(facts: list[Any]) -> None:
    """Put the facts SymPy is about to ask in the one order of ``QUERY_ORDER`` (in place, as the
    shuffle it replaces works). SymPy builds that list from a set difference of fact names, so
    without this its order is the set's iteration order, which moves with ``PYTHONHASHSEED``:
    the same entry then asks different facts first and its time moved by up to 1.4x from one
    process to the next (cross-entropy K = 24: 230,000 to 321,000 function calls). Most lists
    are empty or hold one fact (a tenth of a million calls over the catalog), hence the test and
    the dict's own lookup as the key."""
    if len(facts) > 1:
        facts.sort(key=_RANK.__getitem__)


def fixed_assumption_order() -> None:
    """Make SymPy ask the facts an assumption query depends on in its fixed order, not shuffled.

    Why: SymPy (1.12+) shuffles that list with a random generator on every step of every
    assumption query (``sympy.core.assumptions._ask``), so that its own test suite flushes out
    results that depend on the order. The facts are the same in any order (the rules are
    consistent, which is what the shuffle tests), and this process and the workers forked from
    it spend about 40 % of a catalog run in assumption queries, 15-20 % of that in the shuffle
    (Python-level ``random.shuffle`` on short lists). A fixed order (``QUERY_ORDER``, not the
    iteration order of the set SymPy draws the facts from, which depends on the hash seed) also
    makes the path SymPy takes, and so its time, the same in every run. Done by the CLI before it
    forks workers (not by importing the engine: a library user's SymPy is left alone);
    ``VERIFY_SYMPY_SHUFFLE=1`` keeps the shuffle.
    """
    if os.environ.get(ORDER_SWITCH) == "1":
        return
    assumptions = sys.modules.get("sympy.core.assumptions")
    shuffled = getattr(sys.modules.get("sympy.core.random"), "_assumptions_shuffle", None)
    if assumptions is not None and shuffled is not None and getattr(assumptions, "shuffle", None) is shuffled:
        rules = assumptions._assume_rules.prereq  # fact -> the facts it may be deduced from
        rank_facts({*rules, *(fact for facts in rules.values() for fact in facts)})
        assumptions.shuffle = in_order  # only SymPy's own shuffle is replaced, never something else's
    if getattr(assumptions, "shuffle", None) is in_order and os.environ.get(FAST_QUERIES_SWITCH) != "0":
        # the same queries without their per-step overhead (verifier.assumptionqueries): only in this order
        from verifier import assumptionqueries

        assumptionqueries.install(_RANK.__getitem__, in_order)
