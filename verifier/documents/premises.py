r"""A green step whose reading rests on an earlier step of the notes: green only where that step holds.

Some readings check a step *from* an earlier one: an equation joined by ⇔/⇒ is PROVED as following
from the equation before it (documents.equivalent, documents.solvedform). That reading is what the
notes mean when they solve a condition (``\frac{\partial J}{\partial w} = 0 \Leftrightarrow X^\top X w
= X^\top y``); but where the equation before is itself refuted as an identity (``\frac{d}{dx} x^3 =
2x^2`` FAILED), the equation after it is the same wrong identity rewritten (``\Rightarrow \frac{d}{dx}
(x^3 + 5) = 2x^2``) and "it follows from the line before" is no evidence for it. This module owns that
rule, decided once every chain is checked (chains may be checked in separate workers):

* a step made green by following from the equation at line N (its message cites "the equation before
  it, line N") is SKIPPED, said why, where the last step of the chain that ends with that equation is
  FAILED, or was itself made SKIPPED by this rule (in the notes' order, so a run of ⇒ breaks at once);
* a premise SKIPPED as an equation to solve (the usual case) or green keeps the step's verdict.

The notes' earlier results about expectations (documents.lemmas) are the same rule for another reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.records import CheckedChain
from verifier.results import Verdict, worst

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["BROKEN", "on_broken_premises"]

#: the reason a step loses its green here
BROKEN = "follows from the equation at line {line}, which does not hold there ({verdict}): not green on it"
_CITED = re.compile(r"the equation before it, line (\d+)")
_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _premise(chains: Sequence[_Chain], k: int) -> int | None:
    """The index of the chain that ends with the equation chain ``k`` follows from, or None."""
    after = chains[k].after
    if after is None:
        return None
    left, right, _ = after
    for j in range(k - 1, -1, -1):
        members = chains[j].members
        if len(members) >= 2 and members[-2].latex == left and members[-1].latex == right:
            return j
    return None


def on_broken_premises(chains: Sequence[_Chain], checked: list[CheckedChain]) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``, in order) with every green step that follows from an
    equation that does not hold made SKIPPED (module docstring)."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, c in enumerate(out):
        j = _premise(chains, k)
        if j is None or not isinstance(c, CheckedChain) or not isinstance(out[j], CheckedChain):
            continue
        premise = out[j].result.steps
        if not premise:
            continue
        last = premise[-1]
        broken = last.verdict is Verdict.FAILED or (
            last.verdict is Verdict.SKIPPED and "which does not hold there" in (last.message or "")
        )
        if not broken:
            continue
        steps = list(c.result.steps)
        for i, s in enumerate(steps):
            cited = _CITED.search(s.message or "")
            if s.verdict in _GREEN and cited is not None:
                why = BROKEN.format(line=cited.group(1), verdict=last.verdict.value)
                steps[i] = replace(s, verdict=Verdict.SKIPPED, message=f"{why}; {s.message}")
        if steps != list(c.result.steps):
            verdicts = [s.verdict for s in steps]
            out[k] = replace(c, result=replace(c.result, steps=tuple(steps), verdict=worst(verdicts), proved_for=""))
    return out
