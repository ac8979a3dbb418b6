r"""A step that holds only because a "where" sentence after it makes both its sides 0.

``\frac{\partial L}{\partial w} = 2(y - wx)x`` followed by "where $y = wx$" (or "…, with $e = y - \hat y$"
where a later definition collapses e): read under that sentence — a hypothesis solved and substituted
(:mod:`verifier.documents.hypotheses`) or a definition learned from it (:mod:`verifier.documents.trailing`)
— both sides are the number 0, and so would be the same step with a factor dropped or its sign flipped
(the wrong sign above was PROVED). Both sides the same constant while neither is written as that
constant is no evidence for the formula: it is vacuous under the reading.

This module owns that test (:func:`note_vacuous`, called by the checker, ``steps._Checker``, on the
members it checks at each index assignment, only where the chain has such a reading; a step is vacuous
when it is so at every assignment where it holds: :func:`vacuous_skipped`) and the message of such a step.
A step whose member is written as ``0`` (``-(y - \hat y)x = 0`` "at the optimum, where $y = \hat y$")
says it is 0 under the sentence: that is what it claims, and it keeps its verdict. The vacuous steps are
SKIPPED "vacuous under …"; the reader then checks them again without the sentence
(:func:`verifier.documents.check` post-pass ``_without_where``): green there, that is the verdict, else
they stay SKIPPED, never FAILED (the step does hold under the sentence the notes wrote).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import sympy as sp

from verifier.catalog import explicit

__all__ = ["TRAILING", "VACUOUS", "note_vacuous", "trailing_reading", "vacuous_skipped", "vacuous_steps",
           "without_where"]

#: the words of a SKIPPED step vacuous under a reading (the post-pass looks for them)
VACUOUS = "vacuous under"
#: how the reader says a name's definition came from the "where" sentence after the display (reader.scope_for)
TRAILING = "in the 'where' sentence after this display"
_WHERE_ORIGIN = "'where $"  # proseconditions._where: "'where $y = wx$' at line 7"
_POINTS = 2
_TOLERANCE = 1e-9


def trailing_reading(chain: Any, scope: Any) -> str:
    """The "where" sentence readings of ``chain`` after its display ("" if none): its hypotheses from a
    'where' sentence and the definitions learned from one."""
    said = [f"the hypothesis {text} ({where})" for text, where in chain.hypotheses if where.startswith(_WHERE_ORIGIN)]
    said += [why.split(":")[0] + " as defined " + TRAILING for why in scope.inferred.values() if TRAILING in why]
    return "; ".join(said)


def vacuous_steps(members: Sequence[Any], written: Sequence[str]) -> list[bool]:
    """For each step between consecutive ``members`` (values) of a run: are both of its sides 0 while
    neither is written (``written``, the members' LaTeX) as the number 0?"""
    zero = [_is_zero(m) for m in members]
    literal = [w.strip() in ("0", "0.", "{0}") for w in written]
    return [zero[k] and zero[k + 1] and not literal[k] and not literal[k + 1] for k in range(len(members) - 1)]


def _is_zero(value: Any) -> bool:
    """Is ``value`` (a scalar or a matrix) 0 at a few random points of its free symbols? Anything that
    does not evaluate to numbers there is not called 0."""
    try:
        v = explicit(value)
    except (TypeError, ValueError, AttributeError):
        return False
    entries = list(v) if isinstance(v, sp.MatrixBase) else [v]
    if not all(isinstance(e, sp.Expr) for e in entries):
        return False
    free = sorted(set().union(*(e.free_symbols for e in entries)), key=str)
    rng = random.Random(16)
    for _ in range(_POINTS):
        point = {s: (sp.Integer(rng.randint(2, 4)) if s.is_integer else sp.Rational(rng.randint(3, 17), 7))
                 for s in free}
        for e in entries:
            try:
                n = complex(sp.N(e.subs(point), 20))
            except (TypeError, ValueError, ZeroDivisionError, OverflowError):
                return False
            if not abs(n) <= _TOLERANCE:  # nan too
                return False
    return True


def note_vacuous(
    vacuity: dict[int, bool], indices: Sequence[int], results: Sequence[Any], members: Sequence[Any],
    written: Sequence[str],
) -> None:
    """Record, for each green step of a run (``indices``: the steps' indices, ``results`` their results at one
    index assignment), whether it is vacuous there; ``vacuity[i]`` stays True only while every green
    assignment of step i is (at i ≠ j a diagonal W's w_ij = 0 makes both sides 0 whatever the sentence)."""
    flags = vacuous_steps(members, written)
    for index, r, flag in zip(indices, results, flags, strict=False):
        if r.verdict.ok:
            vacuity[index] = vacuity.get(index, True) and flag


def vacuous_skipped(results: Sequence[Any], vacuity: Sequence[bool | None], reading: str) -> list[Any]:
    """The chain's aggregated ``results`` with each green step vacuous at every green assignment SKIPPED."""
    return [r.skipped(f"{VACUOUS} {reading}: both sides are 0 under it, as they would be with a factor or "
                      "sign changed, so it is no evidence for the step")
            if r.verdict.ok and flag else r for r, flag in zip(results, vacuity, strict=True)]

def without_where(doc: Any, chain: Any, steps: list[Any]) -> list[Any]:
    """``steps`` with each step SKIPPED as vacuous (:func:`vacuous_skipped`) checked again without the
    "where" sentence after the display (its hypotheses and the definitions learned from it, reader's
    ``trailing``): green there, that is its verdict, said with the reading; else it stays SKIPPED."""
    todo = [k for k, r in enumerate(steps) if r.verdict.value == "SKIPPED" and VACUOUS in (r.message or "")]
    if not todo:
        return steps
    keep = [d for d in doc.note_definitions
            if not ((b := doc.trailing.get((d.key, d.line))) is not None and b[0] <= chain.line <= b[1]
                    and d.line >= chain.line)]  # fmt: skip
    saved = list(chain.hypotheses)
    chain.hypotheses[:] = [h for h in saved if not h[1].startswith(_WHERE_ORIGIN)]
    note = "read without the 'where' sentence after the display (under it both sides are 0)"
    try:
        again, _ = doc._read_without(chain, steps, todo, keep, note)
    finally:
        chain.hypotheses[:] = saved
    out = list(steps)
    for k in todo:  # a FAILED without it stays SKIPPED: the step does hold under the sentence the notes wrote
        if again[k].verdict.ok:
            out[k] = again[k]
    return out
