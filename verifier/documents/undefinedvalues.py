r"""Members with no value as written: ``0 \log 0``, ``\infty - \infty``, ``0/0`` stated as a convention.

Notes on entropy say "we use the convention $0 \log 0 = 0$"; notes on limits write ``\infty - \infty``. Read as
written, such a member has no value at all (SymPy makes it ``nan``), so the engine finds no sample point where
both sides are finite and reports an ERROR ("narrow the declared domain"), which fails a correct note's build —
though no domain is declared and none could help. The step is a convention (or the value of a limit the notes
mean), not an identity that sampling can check. This module owns that verdict: SKIPPED, said why, never green (a
wrong convention, ``0 \log 0 = 1``, is no more checkable than a right one).

Only the member as parsed counts — a written member that is undefined by itself. A member that becomes ``nan``
under a chain's region (a condition SymPy finds empty) is documents.definedconditions' case, and an infinite
member (``\log 0 = -\infty``) is already SKIPPED by the engine's numbers-only rule.
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from verifier.documents.members import _Chain, step_trees
from verifier.results import StepResult, Verdict
from verifier.stepverdict import TOO_FEW_POINTS

__all__ = ["NO_VALUE", "undefined_as_written"]

NO_VALUE = "has no value as written"


def undefined_as_written(r: StepResult, chain: _Chain, k: int) -> StepResult:
    """``r`` (step ``k`` of ``chain``) SKIPPED where the engine found no finite sample point and a member of the
    step, as parsed, is undefined by itself."""
    if r.verdict is not Verdict.ERROR or TOO_FEW_POINTS not in r.message:
        return r
    st = chain.steps[k]
    members = [chain.members[i] for i in (st.left, st.right)]
    trees = step_trees(chain, k)
    if len(trees) != len(members):
        return r  # a member read as several trees (or not read): not this case
    undefined = [m.latex for m, tree in zip(members, trees, strict=True) if tree is sp.nan]
    if not undefined:
        return r
    return replace(r, verdict=Verdict.SKIPPED, message=(
        f"{undefined[0].strip()} {NO_VALUE} (like 0·log 0 or ∞ − ∞ it is undefined): a convention or a limit the "
        "notes mean, not an identity to sample; not checked"))
