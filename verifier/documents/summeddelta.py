r"""``\delta_{ii}`` in notes that sum repeated indices: the trace of the identity, not 1.

The parser reads a Kronecker delta written with one index twice as its value on the diagonal, 1
(SymPy's ``KroneckerDelta(i, i)`` is 1 as soon as it is built), so no reading after it sees the
repeated index. In notes that say repeated indices are summed (Einstein notation, index notation
without a written ∑, or a context's ``summation: einstein``), ``\delta_{ii}`` is
``\sum_i \delta_{ii}``, the number of values of i: the wrong ``\delta_{ii} = 1`` was PROVED and the
right ``\delta_{ii} = 3`` (in three dimensions) FAILED.

This module owns that one case: :func:`unsure_summed_deltas` SKIPS a decided step whose members write
such a delta in such notes, saying why (the dimension is what the notes must give; the step is not
read with it). Notes without a summation convention keep the literal reading (``\delta_{ii} = 1`` entry
by entry)."""

from __future__ import annotations

import re

from verifier.results import StepResult, Verdict

__all__ = ["repeated_delta", "unsure_summed_deltas"]

_REPEATED = re.compile(r"\\delta\s*_\s*\{\s*([A-Za-z])\s*,?\s*\1\s*\}")
_WHY = (r"the notes sum repeated indices, so \delta_{{{i}{i}}} is the number of values of {i} (the trace of "
        "the identity); it was read as its diagonal value 1, and the notes do not give the dimension")


def repeated_delta(latex: str) -> str | None:
    r"""The index of a ``\delta_{ii}`` that ``latex`` writes, or None."""
    m = _REPEATED.search(latex)
    return m.group(1) if m else None


def unsure_summed_deltas(summed: bool, members: list[tuple[str, str]], steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with each decided step whose members (``members``: the LaTeX of its two sides) write
    ``\delta_{ii}`` SKIPPED, where ``summed`` (the notes sum repeated indices)."""
    if not summed:
        return steps
    out = list(steps)
    for k, ((left, right), r) in enumerate(zip(members, steps, strict=True)):
        index = repeated_delta(left) or repeated_delta(right)
        if index and r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
            out[k] = r.skipped(_WHY.format(i=index))
    return out
