r"""A condition between names the prose states before a claim: "For $r > \delta$, $h'(r) = \delta$" (green72).

The ranges the prose states are read against numbers only (documents.ranges: ``x > 1``, ``0 < \alpha < 1``): the
checker samples the name inside them. A relation between names — ``r > \delta``, ``|r| \le \delta``, ``x < c`` —
cannot be sampled so, and the claim was checked as an identity: the Huber loss's right derivative on the large side,
"For $r > \delta$, $h'(r) = \delta$", was FAILED "at r = 0, delta = 1", where the condition does not hold (alarm71
left it; on a ``cases`` display as on pieces in the prose). This module owns that reading
(:func:`under_stated_relation`): a FAILED step whose sentence opens with such a condition ("for", "if", "when",
"whenever", "where", "assuming", "given", "provided" ``$…$``) is read at its counterexample — where the condition
does not hold there, the failure is no mistake of the notes: SKIPPED, naming the condition (it was not sampled under
it); where it holds, or cannot be read at the point, the step stays FAILED. Never made green here. Only that one
point is judged, so the report says so — the point broke the condition and the step was not checked under it — never
that the step fails only outside it (lead72: red69's planted ``\delta r``, wrong for every r > δ too, had been told
so; that plant is SKIPPED now where it was CAUGHT, left open until the checker samples under such a relation).
A bound against a number (``r > 0``) is the ranges' reading, not this one: its failure stays as it was.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import replace

import sympy as sp

from verifier.documents.sentences import SENTENCE_END
from verifier.latex import LatexError, parse_latex
from verifier.results import StepResult, Verdict

__all__ = ["stated_relation", "under_stated_relation", "violated"]

_LEAD = re.compile(r"\b(?:for|if|when|whenever|where|assuming|given|provided)\s+(?:that\s+)?(?:all\s+)?"
                   r"\$([^$]+)\$", re.IGNORECASE)
_RELATION = re.compile(r"<=|>=|<|>|\\(?:leq?|geq?|lt|gt|leqslant|geqslant)(?![A-Za-z])")
_NAMED = re.compile(r"\\[A-Za-z]+|[A-Za-z]")
_KINDS = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "\\lt": "<", "\\gt": ">", "\\le": "<=", "\\leq": "<=",
          "\\leqslant": "<=", "\\ge": ">=", "\\geq": ">=", "\\geqslant": ">="}


def stated_relation(before: str) -> str | None:
    r"""The inequality (its math as written) the last sentence of ``before`` (the words before a claim) states in a
    lead of condition ("For $r > \delta$,"), else None."""
    sentence = SENTENCE_END.split(before.rstrip())[-1] if before.strip() else ""
    found = [m.group(1) for m in _LEAD.finditer(sentence) if _RELATION.search(m.group(1))
             and sum(bool(_NAMED.search(p)) for p in _RELATION.split(m.group(1))) >= 2]  # not "$r > 0$" (ranges)
    return " ".join(found[-1].strip(" ,.;").split()) if found else None


def _value(latex: str, point: Mapping[str, str]) -> float | None:
    """``latex`` (one side of the condition) at ``point`` (names as the counterexample writes them), else None."""
    try:
        expr = parse_latex(latex)
    except LatexError:
        return None
    if not isinstance(expr, sp.Expr):
        return None
    values = {}
    for s in expr.free_symbols:
        if str(s) not in point:
            return None
        try:
            values[s] = sp.Float(point[str(s)])
        except (TypeError, ValueError, sp.SympifyError):
            return None
    value = expr.xreplace(values)
    return float(value) if value.is_real and value.is_number else None


def violated(condition: str, point: Mapping[str, str]) -> bool | None:
    r"""Does ``point`` break ``condition`` (``r > \delta``, ``0 < r < \delta``: every relation of the run)? None where
    it cannot be read there (a name the point does not give, a side that is not a number)."""
    parts = _RELATION.split(condition)
    kinds = [_KINDS[k] for k in _RELATION.findall(condition)]
    values = [_value(p, point) for p in parts]
    if len(parts) < 2 or any(v is None for v in values):
        return None
    for (a, b), kind in zip(itertools.pairwise(values), kinds, strict=True):
        holds = {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[kind]  # type: ignore[operator]
        if not holds:
            return True
    return False


def under_stated_relation(result: StepResult, before: str) -> StepResult:
    """``result`` SKIPPED where it FAILED at a point that breaks the condition its sentence states before it
    (module docstring); as it was otherwise."""
    if result.verdict is not Verdict.FAILED or result.counterexample is None:
        return result
    if (condition := stated_relation(before)) is None:
        return result
    if violated(condition, result.counterexample.point_dict()) is not True:
        return result
    where = ", ".join(f"{k} = {v}" for k, v in result.counterexample.point)
    return replace(result, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=(
        f"FAILED at a point where the condition the prose states before it ({condition}) does not hold (at {where}); "
        f"a relation between names is not sampled, so the step was not checked under it"))
