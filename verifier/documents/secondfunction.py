r"""Whether a failure depends on the arbitrary functions a step uses: checked again with second ones.

A function the notes apply but never define (``B(\alpha, \beta)``, ``g(S)``, an undefined loss ``l``) is
read as an arbitrary smooth function (documents.generic). A step that uses one on one side only usually
says what the notes' own function is, so its failure for an arbitrary one is no counterexample and the
step is SKIPPED (guesses' ``_lone_functions``). But the function can drop out of the step: the Beta
density ``p(x) = x^{\alpha-1}(1-x)^{\beta-1}/B(\alpha, \beta)`` writes B, and its score
``\frac{d}{dx}\log p(x)`` does not depend on B (B's arguments do not depend on x) — a sign slip in the
score fails for every B, and SKIPPED hid it.

This module owns the test that tells the two apart: the step is checked twice alike, once as read and
once with every arbitrary function replaced by a second, independent one
(:data:`verifier.documents.generic.VARIANT`). If both fail at the same point with both sides taking the
same values (to the digits a counterexample shows, confirmed at high precision), the sides do not change
with the function there: the failure is no property of the notes' unknown function, and FAILED stands.
If either side changes, or either check does not fail there, the step says something about the
function: the doubt stands. Two independent smooth functions giving a side the same value by chance to
fifteen digits is not a reading anyone means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verifier.documents.context import Scope
from verifier.documents.generic import VARIANT
from verifier.documents.members import _Chain, _Step
from verifier.documents.values import ResolveError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["NOTE", "same_without_the_function"]

NOTE = ("{names}: not defined in the notes, but the step fails with the same values when {they} a second, "
        "independent arbitrary function (the failure does not depend on {them})")  # fmt: skip


def same_without_the_function(doc: _Document, chain: _Chain, scope: Scope, step: _Step, failed: StepResult) -> bool:
    """Does the failure of ``step`` (``failed``: a FAILED) stay the same failure — same point, same values
    of both sides — when every arbitrary function is replaced by a second one? The step is checked twice
    alike, once with each family, so both checks sample the same points: ``failed`` itself may come from
    another reading, sampled elsewhere."""
    if failed.verdict is not Verdict.FAILED or VARIANT in scope.conventions:
        return False
    from verifier.documents.steps import _Checker  # steps builds the document's checks, which import this module

    second = scope.copy()
    second.conventions[VARIANT] = "2"
    position = next((k for k, s in enumerate(chain.steps) if s.index == step.index), None)
    if position is None:
        return False
    only = frozenset({step.index})
    try:
        first, again = (_Checker(doc, chain, s, set(only), frozenset(), only).run()[position] for s in (scope, second))
    except ResolveError:
        return False
    here, there = first.counterexample, again.counterexample
    return (first.verdict is Verdict.FAILED and again.verdict is Verdict.FAILED and here is not None
            and there is not None and there.point == here.point and there.lhs == here.lhs
            and there.rhs == here.rhs and there.entry == here.entry)  # fmt: skip
