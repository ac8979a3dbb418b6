r"""A worked number written for a quantity the notes define, judged once the definition is computed.

Notes compute an example with their own definitions and write the result rounded:
``p_j = \frac{e^{o_j}}{\sum_i e^{o_i}}``, ``o = \boxed{2}\boxed{3}\boxed{4}``, then
``p = \boxed{0.090}\boxed{0.245}\boxed{0.665}``. The member ``p`` is a name, so the rounding judges
that look at the written members (``guesses._Guesses._rounded``: numbers on both sides) do not
apply; but once the resolver has taken the notes' definitions, ``p`` *is* a vector of numbers, and
the step holds to the precision written exactly when each entry agrees with the number written in
its place to that number's decimals (:func:`verifier.documents.worked.entrywise_rounded`).

This module owns that judgement on the *resolved* members of a step the engine refuted: both members
constant vectors or matrices (no free symbol left: every name had a definition or a stated value),
one of them a literal of numbers as written (a scalar is judged by :mod:`verifier.documents.stated`
and ``guesses._Guesses._rounded``, with their own messages). Anything else is left as the engine
said (a disagreement stays FAILED or is demoted by the usual doubts; this never turns a step red).
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from verifier.documents.worked import entrywise_rounded
from verifier.results import StepResult, Verdict

__all__ = ["rounded_when_computed"]


def _matrix(value: object) -> sp.ImmutableMatrix | None:
    if isinstance(value, sp.MatrixBase):
        return sp.ImmutableMatrix(value)
    if isinstance(value, sp.Expr):
        return sp.ImmutableMatrix([[value]])
    return None


def rounded_when_computed(r: StepResult, values: tuple[object, object], texts: tuple[str, str]) -> StepResult | None:
    """PASSED for a FAILED step whose resolved members (``values``) are constants agreeing entry by
    entry with the decimals written on one side (``texts``: the members as written), else None."""
    if r.verdict is not Verdict.FAILED or "." not in texts[0] + texts[1]:
        return None
    if not all(isinstance(v, sp.MatrixBase) for v in values):
        return None  # a scalar: documents.stated (at stated values) and guesses._rounded judge those
    a, b = (_matrix(v) for v in values)
    if a is None or b is None or a.shape != b.shape or a.free_symbols or b.free_symbols:
        return None
    if any(isinstance(e, sp.Function | sp.Derivative) and not e.is_number for e in (*a, *b)):
        return None
    why = entrywise_rounded((a, b), texts)
    if why is None:
        return None
    return replace(r, verdict=Verdict.PASSED, counterexample=None, curve=None,
                   message=f"computed with the notes' definitions: {why}")  # fmt: skip
