r"""A recurrence applied to numbered entries: a worked value, not an identity.

Notes that define a state by a recurrence (``\bar\theta_t = \bar\theta_{t-1} + \frac{1}{t}(\theta_t -
\bar\theta_{t-1})``) then work it by hand: ``\bar\theta_2 = 4 + \frac{1}{2}(2 - 4) = 3``. Read with the
recurrence unfolded (:mod:`verifier.documents.recurrence`), the worked entry is the body at 2, computed from
the entry below it and the body's other inputs (θ₂): numbers the prose states ("starting from
$\bar\theta_1 = 4$"), or ones the reader does not hold. A failure of that reading decides where every one of
them was a stated value — the counterexample samples none of them (``h_2 = 0.5 \cdot 6 + 1`` after "with
$h_1 = 4$" is the notes' mistake). Where it samples the entry below or another input of the body, it fails
at values the notes never meant: no counterexample, SKIPPED and said why (before, the worked entry was read
as a free value and a correct hand computation FAILED).

An identity at the recurrence's letter (``h_t = …``, floor ``h_{t-1}``) is not this module's: its floor
entries are free values, and a failure there is the notes' own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.results import StepResult, Verdict

if TYPE_CHECKING:  # (recurrence asks this module: no import at run time)
    from verifier.documents.recurrence import Recurrence

__all__ = ["worked_undecided"]


def _inputs(rec: Recurrence) -> set[str]:
    """The names a value of ``rec``'s family is computed from: the family itself (the entry below) and
    every name its body writes, its index letter aside."""
    names = {str(a.base.label) for a in rec.body.atoms(sp.Indexed)}
    names |= {str(s) for s in rec.body.free_symbols if not isinstance(s, sp.Indexed)}
    return (names | {rec.name}) - {str(rec.param)}


def worked_undecided(rec: Recurrence, floor: sp.Basic | None, failed: StepResult) -> StepResult | None:
    """``failed`` (a step FAILED when read with ``rec`` unfolded down to the entry ``floor``: its chain's
    :func:`~verifier.documents.recurrence.floor_of`) SKIPPED where that floor is a numbered entry and the
    failure's point samples an input of the recurrence (a value the notes state only in prose, or not at
    all); None where the failure stands or the chain is no worked entry."""
    cx = failed.counterexample
    if floor is None or floor.free_symbols or cx is None:
        return None
    sampled = sorted({name for name, _ in cx.point} & _inputs(rec))
    if not sampled:
        return None  # computed from numbers and stated values alone: the notes' mistake
    return replace(failed, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"{rec.name} worked at numbered entries by its recurrence (line {rec.line}: {rec.text}); read so the step "
        f"fails only at values of {', '.join(sampled)} the reader does not hold (the notes state them in prose, "
        "or not at all): no identity to check"))  # fmt: skip
