r"""A claim of one chain checked by the engine once: the same claim met again in the chain takes its results.

``verify doc`` checks a chain literally, then again under its other readings and without the notes'
definitions that do not fit it (``documents.withoutdefinitions``: up to three rounds, each blaming more
definitions, then the last resort without any; each round runs the other readings again). A re-check
whose reading does not change what a step's members resolve to gives :func:`verifier.engine.check_claim`
the very claim it was given before: the same members, the same variables, the same key (the chain's line
and the instance's label: it seeds the sample points), the same sizes, settings and steps asked about.
docspeed68 counted 260 such repeats of 1,929 engine calls over the corpus, 2.3 s of its CPU, most of it one
chain (a filter sum read without three rounds of definitions, each re-check making the same claims).

Why taking the results is the same check. ``check_claim`` is a function of exactly those inputs: the
points are drawn from a generator seeded by the key and the sizes, the members are evaluated at them
(floats, balls, mpmath: the same numbers every time), the symbolic stage is SymPy's on the same trees.
Only its budgets look at the clock, and a budget cut is a matter of the load, never of the claim; so the
results of the first check are what the repeat computes at that load. The key compares members by SymPy's
structural equality with their type (``2.0*x`` is not ``2*x``; a derivative ``D`` by its two parts,
:func:`verifier.documents.renamed.member_key`), the variables, settings and sizes by value; a claim with a
part that is not a key (a mutable matrix, a member that is not SymPy's) is checked every time.

What stays as it was. The progress callback is still called, once, with the first stage the engine would
have named: at an instance past the chain's allowance (``documents.othersizes``) it raises there, as the
engine's first call to it does. The results are the first check's objects (frozen: every caller
``replace``\s them); the table is the chain's (emptied when the next chain starts), so no claim of one chain
answers another, and a claim whose check raised (a budget, an error) is not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from verifier.catalog import Claim
from verifier.documents.renamed import member_key
from verifier.engine import Settings
from verifier.results import StepResult

__all__ = ["REMEMBER", "checked_claim", "forget"]

REMEMBER = True  # tests switch it off to compare with every claim checked afresh
_TABLE = "_claims_checked"  # the chain's table, on the document (see forget)


def forget(doc: Any) -> None:
    """A new chain: the claims of the last one are not kept."""
    doc.__dict__.pop(_TABLE, None)


def _key(claim: Claim, key: str, sizes: dict[str, int], settings: Settings,
         holds_only: frozenset[int]) -> Hashable | None:  # fmt: skip
    members = tuple(member_key(m) for m in claim.members)
    if any(m is None for m in members):
        return None
    whole = (key, tuple(sizes.items()), settings, holds_only, tuple(type(m) for m in claim.members), members,
             claim.variables)  # fmt: skip
    try:
        hash(whole)
    except TypeError:  # a mutable matrix among the variables' values
        return None
    return whole


def checked_claim(doc: Any, engine: Callable[..., list[StepResult]], claim: Claim, key: str, sizes: dict[str, int],
                  settings: Settings, progress: Callable[[str], None], holds_only: frozenset[int]) -> list[StepResult]:
    """``engine(claim, key, sizes, settings, progress, render=False, holds_only=holds_only)`` (the engine's
    :func:`~verifier.engine.check_claim`, as the caller names it), or the results of that same call made earlier
    in this chain."""
    whole = _key(claim, key, sizes, settings, holds_only) if REMEMBER else None
    table: dict[Hashable, list[StepResult]] = doc.__dict__.setdefault(_TABLE, {})
    if whole is not None and (seen := table.get(whole)) is not None:
        where = ", ".join(f"{k}={v}" for k, v in sizes.items())
        progress(f"numeric: step 1{f' ({where})' if where else ''}")  # the engine's first stage: it may raise
        return list(seen)
    results = engine(claim, key, sizes, settings, progress, render=False, holds_only=holds_only)
    if whole is not None:
        table[whole] = results
    return results
