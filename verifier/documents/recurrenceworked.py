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

Where the unfolded reading could not be read at all (an input's entry outside the size inferred for it:
``\theta_4`` after a recurrence line that sized θ at 3), the literal reading's failure at a random value of the
worked entry itself is no mistake of the notes either (they compute that entry, they do not leave it free):
SKIPPED too (:func:`free_entries`).

An identity at the recurrence's letter (``h_t = …``, floor ``h_{t-1}``) is not this module's: its floor
entries are free values, and a failure there is the notes' own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.results import StepResult, Verdict

if TYPE_CHECKING:  # (recurrence asks this module: no import at run time)
    from verifier.documents.recurrence import Recurrence

__all__ = ["free_entries", "samples_inputs", "worked_undecided"]


def _inputs(rec: Recurrence) -> set[str]:
    """The names a value of ``rec``'s family is computed from: the family itself (the entry below) and
    every name its body writes, its index letter aside."""
    names = {str(a.base.label) for a in rec.body.atoms(sp.Indexed)}
    names |= {str(s) for s in rec.body.free_symbols if not isinstance(s, sp.Indexed)}
    return (names | {rec.name}) - {str(rec.param)}


def samples_inputs(rec: Recurrence, failed: StepResult) -> bool:
    """Does the point where ``failed`` fails give a value to an input of ``rec`` (the entry below, a name its body
    writes)? Where it gives none, every input was read at a value the notes state ("the gradient is constant, $g_t =
    1$"): a special case the prose names is the case read, not one the unfolding missed (documents.guesses)."""
    cx = failed.counterexample
    return cx is None or bool({name for name, _ in cx.point} & _inputs(rec))


def _numbers_only(trees: list[sp.Basic], name: str) -> bool:
    """Do ``trees`` write no name but ``name``'s entries (a worked chain of numbers: ``h_2 = 0.5 \\cdot 4 + 1``)?
    A chain that writes other names (``h_2 = w h_1 + u x_2``) is an identity in them: its failure stands."""
    names = {str(a.base.label) for t in trees for a in t.atoms(sp.Indexed)}
    names |= {str(x) for t in trees for x in t.free_symbols if not isinstance(x, sp.Indexed)}
    return names <= {name} or not names - {name, *(str(i) for t in trees for a in t.atoms(sp.Indexed)
                                                  for i in a.indices if i.is_Symbol)}


def worked_undecided(rec: Recurrence, floor: sp.Basic | None, failed: StepResult,
                     trees: list[sp.Basic] | None = None) -> StepResult | None:  # fmt: skip
    """``failed`` (a step FAILED when read with ``rec`` unfolded down to the entry ``floor``: its chain's
    :func:`~verifier.documents.recurrence.floor_of`) SKIPPED where that floor is a numbered entry and the
    failure's point samples an input of the recurrence (a value the notes state only in prose, or not at
    all); None where the failure stands or the chain is no worked entry."""
    cx = failed.counterexample
    if floor is None or floor.free_symbols or cx is None or (trees is not None and not _numbers_only(trees, rec.name)):
        return None
    sampled = sorted({name for name, _ in cx.point} & _inputs(rec))
    if not sampled:
        return None  # computed from numbers and stated values alone: the notes' mistake
    return replace(failed, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"{rec.name} worked at numbered entries by its recurrence (line {rec.line}: {rec.text}); read so the step "
        f"fails only at values of {', '.join(sampled)} the reader does not hold (the notes state them in prose, "
        "or not at all): no identity to check"))  # fmt: skip


def free_entries(out: list[StepResult], recs: dict[str, Recurrence], floors: dict[str, sp.Basic | None],
                 decided: Callable[[int], bool], trees: list[sp.Basic],
                 step: Callable[[int], list[sp.Basic]]) -> None:  # fmt: skip
    """Each step of ``out`` still FAILED, no unfolded failure deciding it (``decided``), whose counterexample
    samples a family the chain writes at numbered entries only (``floors``: each recurrence's floor for the
    chain, of those before it) as free values: SKIPPED (in place), the recurrence said — where the step itself
    (``step``: its members' trees) writes an entry of that family. The chain's counterexample lists every name
    of the chain, and a link of numbers alone after ``s_2 = …`` is wrong on its own (fresh35)."""
    for k, r in enumerate(out):
        cx = r.counterexample
        if r.verdict is not Verdict.FAILED or cx is None or decided(k):
            continue
        sampled = {name for name, _ in cx.point}
        own = {str(a.base.label) for t in step(k) for a in t.atoms(sp.Indexed)}
        rec = next((recs[n] for n, f in floors.items() if f is not None and not f.free_symbols and n in sampled
                    and n in own and _numbers_only(trees, n)), None)  # fmt: skip
        if rec is not None:
            out[k] = replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"{rec.name} worked at numbered entries, read as free values: the notes compute them by their "
                f"recurrence (line {rec.line}: {rec.text}), which could not be unfolded here"))  # fmt: skip
