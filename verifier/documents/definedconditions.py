r"""A range the prose states on a name the notes define ("For $z > 0$:", z = wx + b): a point filter.

A stated range of an undeclared scalar becomes its domain (documents.ranges): "For $x > 0$:" samples x
positive. A defined name is no quantity of its own — the resolver evaluates its body — so "Let $z = wx + b$
… For $z > 0$: $$\frac{\partial}{\partial w}\max(0, z) = x$$" had no domain to narrow: the correct ReLU step
FAILED literally (at points with z < 0) and was SKIPPED "holds only with the quantities positive".

This module owns that reading: :func:`under_defined_conditions` re-checks each FAILED step of a chain whose
prose states a range (``z > 0``, ``z < 0``, ``0 < z < 1``; the rules of :func:`verifier.documents.ranges.
stated_bounds`: the nearest statement, none negated, excepted or sent elsewhere) on a parameterless defined name
the chain reaches, with every member written as its value only where the condition holds (a ``Piecewise``
without another branch: the numeric stage compares only the points inside the region, the definition
substituted). Green there: green "under z > 0, as the notes state". FAILED there: FAILED with that
counterexample (a point inside the region). Too few points inside (fewer than the engine's floor of valid
points): SKIPPED, never green. A sentence that states another condition beside it that is not read ("for $z >
0$ and even $n$") is not applied (documents.hypothetical.partly_read).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.hypothetical import partly_read
from verifier.documents.infer import names_in
from verifier.documents.members import member_trees
from verifier.documents.ranges import stated_bounds
from verifier.documents.regions import conditioned_chain
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import MARK_SPACE
from verifier.documents.symmetricprose import trailing_clause, writes_names
from verifier.latex import LatexError
from verifier.latex.quantifiers import over_the_reals
from verifier.results import StepResult, Verdict
from verifier.stepverdict import TOO_FEW_POINTS

if TYPE_CHECKING:
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["kept_failures", "under_defined_conditions"]



def _defined(scope: Scope, name: str) -> Definition | None:
    entry = scope.names.get((name, ()))
    if isinstance(entry, Definition) and not entry.params and not entry.index_params and not entry.is_function \
            and not entry.builtin:  # fmt: skip
        return entry
    return None


def _conditions(doc: object, chain: _Chain, scope: Scope) -> tuple[dict[str, tuple[float, float, str]], str]:
    """The ranges the prose states for ``chain`` on defined names (documents.guesses._stated_range's prose:
    before the display, else the clause its sentence goes on with), and where."""
    start, prose, claim = doc._range_prose(chain)  # type: ignore[attr-defined]
    reals = over_the_reals(chain.notes)
    found, where = stated_bounds(prose, claim, reals), f"line {start + 1}-{chain.line}"
    own = MARK_SPACE.split(prose.rstrip())[-1]
    if claim is not None and stated_bounds(tail := MARK_SPACE.split(prose[claim[1] :])[0], None, reals):
        # "The loss $\ell(m) = …$ is smooth, with $\ell'(m) = …$ for $m < 1$": the range follows the claim, and
        # the formulas before it in its sentence (the claim, a definition) are no further condition (fresh41)
        own = tail
    if not found and not chain.inline:
        after_start, after = doc.prose_after(chain)  # type: ignore[attr-defined]
        lines = doc.lines  # type: ignore[attr-defined]
        line = lines[after_start - 1] if 0 < after_start <= len(lines) else ""
        own = trailing_clause(after, line)
        found, where = (stated_bounds(own, None, reals) if own else {}), f"line {after_start + 1}"
    found = {n: b for n, b in found.items() if _defined(scope, n) is not None}
    latexes = [m.latex for m in chain.members if m.latex]
    if found and partly_read(own, lambda part: bool(stated_bounds(part)), lambda n: writes_names({n}, latexes)):
        return {}, ""  # "for $z > 0$ and even $n$": the part read alone is not what the notes state
    return found, where.replace("line ", "lines ", 1) if "-" in where else where


def _reaches(doc: object, chain: _Chain, scope: Scope, name: str, body: sp.Basic | None) -> bool:
    """Does ``chain`` reach ``name``: write it, write a name whose definition reaches it (``h`` with ``h =
    \\max(0.1z, z)``), or write every name of its body (``\\max(0, wx + b)`` for z)?"""
    written = {n for m in chain.members if m.parsed is not None for t in member_trees(m.parsed) for n in names_in(t)}
    if name in doc._reach(written, scope):  # type: ignore[attr-defined]
        return True
    return body is not None and bool(names_in(body)) and names_in(body) <= written


def _condition(name: str, lo: float, hi: float) -> sp.Basic:
    z = sp.Symbol(name)
    parts = [z > lo] if lo != -sp.oo and lo != float("-inf") else []
    parts += [z < hi] if hi != sp.oo and hi != float("inf") else []
    return sp.And(*parts)


def under_defined_conditions(doc: object, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step re-checked under the range the prose states on a defined name."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing:
        return steps
    found, where = _conditions(doc, chain, scope)
    if not found:
        return steps
    conds = []
    for name, (lo, hi, formula) in found.items():
        entry = _defined(scope, name)
        try:
            body = doc.parse(entry.body, None, frozenset()) if entry is not None else None  # type: ignore[attr-defined]
        except LatexError:
            body = None
        if _reaches(doc, chain, scope, name, body):
            conds.append((_condition(name, lo, hi), formula))
    if not conds:
        return steps
    cond = sp.And(*(c for c, _ in conds))
    said = ", ".join(f for _, f in conds)
    alt = conditioned_chain(chain, cond)
    if alt is None:
        return steps
    from verifier.documents.steps import _Checker

    asked = {chain.steps[k].index for k in failing}
    try:
        again = _Checker(doc, alt, scope, asked, frozenset()).run()  # type: ignore[arg-type]
    except (ResolveError, LatexError, NotImplementedError):
        return steps
    out = list(steps)
    note = f"under {said}, as the notes state ({where}; checked at the points where it holds)"
    failed = doc.__dict__.setdefault("_failed_in_region", {})  # for kept_failures, after the other readings
    failed.pop(id(chain), None)
    for k in failing:
        r = again[k]
        if r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
            out[k] = r.said(note)
        if r.verdict is Verdict.FAILED:
            failed.setdefault(id(chain), {})[k] = out[k]
        elif r.verdict is Verdict.ERROR and TOO_FEW_POINTS in (r.message or ""):
            out[k] = replace(steps[k], verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"the notes state it for {said} ({where}), but too few sample points satisfy it to check it there "
                f"({r.message}); read literally: {steps[k].message}"))
    return out


def kept_failures(doc: object, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step that FAILED inside the region the notes state (:func:`under_defined_conditions`)
    and that another reading then excused as holding with the quantities restricted ("positive": a region the
    notes did not state, which may lie outside theirs) FAILED again: the notes say where it holds, and there it
    does not."""
    failed = doc.__dict__.get("_failed_in_region", {}).pop(id(chain), {})
    # … and a step another reading then showed failing elsewhere ("fails under c > 0"): the point inside the
    # notes' region is the counterexample to show (regions, "for $|u| < c$": outside it the step may hold)
    return [failed[k] if k in failed and ((r.verdict is Verdict.SKIPPED and r.message.startswith("holds only when "
                                                                                                  "read"))
                                         or (r.verdict is Verdict.FAILED and r is not failed[k]))
            else r for k, r in enumerate(steps)]
