r"""The notes' earlier results about expectations, used by a later chain: ``𝔼[y\hat f] = f𝔼[\hat f]``.

A bias-variance derivation works its terms out one display at a time ("Let's consider each member
separately": ``𝔼[y^2] = \sigma^2 + f^2``, ``𝔼[y\hat f] = f𝔼[\hat f]``) and then brings them together:
``𝔼[(y - \hat f)^2] = \sigma^2 + f^2 + \text{Var}(\hat f) + 𝔼[\hat f]^2 - 2f𝔼[\hat f]``. Under 𝔼 as a
linear functional (documents.expectation) the last step does not follow: it needs the facts the earlier
displays established (independence, a known moment). A reader takes those results as established. This
module owns that reading, kept narrow:

* a result is an earlier chain of the notes (not a context's, not one struck out) whose first member is
  one expectation alone, ``\mathbb{E}[…]``, and whose last member says what it equals: the chain's
  conclusion ``first = last``;
* it is tried only for a chain whose steps the linear reading alone could not check ("does not follow
  from linearity of expectation alone"), as hypotheses added to the chain's own (solved linearly, as a
  context's ``given:`` is); only a step that then holds takes the new verdict, reported "under the
  hypothesis … (the notes' result at line N)"; a step that still fails keeps its SKIPPED. All the results
  are tried together, then each of the nearest alone (one the chain's own hypotheses already imply
  makes the system not solvable linearly); results that contradict each other (:func:`contradicting`)
  are not assumed together: solved, they would fix a name the notes leave free. The earlier
  chain is checked on its own: a wrong result there is reported there;
* a result is established only when its own chain holds: each of its steps PROVED or PASSED. A step
  that holds only under a result whose chain was refuted, FAILED or not read (``𝔼[X] = 𝔼[X + 1] = 5``
  used for ``𝔼[X]^2 = 25``) is SKIPPED by :func:`established_only` once every chain is checked: the
  chains may be checked in separate workers, so this is decided over their results, not while checking.
  A chain SKIPPED because it needs facts beyond linearity (as ``𝔼[y\hat f] = f𝔼[\hat f]`` does, by
  independence) is no established result either (redteam39): a wrong one (``𝔼[XY] = 2𝔼[X]𝔼[Y]``) is
  SKIPPED for the same reason, and a later step green under it would be green on a claim nothing
  checked. Such a step is SKIPPED, naming the result it needs: the verdict a reader must settle.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Scope
from verifier.documents.records import CheckedChain
from verifier.latex.braces import SIZING, bracket_end
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.members import _Chain

__all__ = ["RESULT", "contradicting", "earlier_results", "established_only", "with_earlier_results"]

MAX_ALONE = 3  # the nearest earlier results tried one at a time
NOT_LINEAR = "does not follow from linearity of expectation alone"
_OPEN = re.compile(r"\\mathbb\s*\{\s*E\s*\}\s*(?:\\left\s*|\\big[gl]?\s*|\\Big[gl]?\s*)?\[")
RESULT = _SOURCE = "the notes' result at line "
_USED = re.compile(re.escape(_SOURCE) + r"(\d+)")
_NEEDS_FACTS = NOT_LINEAR + ": it also needs facts about"


def _one_expectation(latex: str) -> bool:
    r"""Is ``latex`` one ``\mathbb{E}[…]`` and nothing else?"""
    text = SIZING.sub("", latex).strip()
    m = _OPEN.match(text)
    if m is None:
        return False
    end = bracket_end(text, m.end() - 1)
    return end >= 0 and not text[end + 1 :].strip()


def earlier_results(chains: Sequence[_Chain], line: int) -> list[tuple[str, str]]:
    """The conclusions ``𝔼[…] = …`` of the notes' chains before ``line`` (module docstring)."""
    out: list[tuple[str, str]] = []
    for c in chains:
        if c.line >= line or c.struck or c.connected or len(c.members) < 2:
            continue
        first, last = c.members[0].latex, c.members[-1].latex
        if first and last and _one_expectation(first) and not _one_expectation(last):
            out.append((f"{first} = {last}", f"{_SOURCE}{c.line}"))
    return out


def with_earlier_results(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with those the linear reading could not check checked again under the notes' earlier
    results (module docstring); the others unchanged."""
    unread = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and NOT_LINEAR in (r.message or "")]
    if not unread:
        return steps
    lemmas = earlier_results(getattr(doc, "all_chains", ()), chain.line)
    if not lemmas:
        return steps
    from verifier.documents.steps import _Checker  # steps imports the resolver, which this module must not

    # all the results together first; then each of the nearest alone: a result the chain's own hypotheses
    # already imply (𝔼[y²] = σ² + f² beside 𝔼[ε] = 0, 𝔼[ε²] = σ²) makes the system not solvable linearly
    attempts = [lemmas] + ([[one] for one in reversed(lemmas[-MAX_ALONE:])] if len(lemmas) > 1 else [])
    out = list(steps)
    for attempt in attempts:
        wider = copy.copy(chain)
        wider.hypotheses = [*chain.hypotheses, *attempt]
        again = _Checker(doc, wider, scope).run()
        for k in list(unread):
            if again[k].verdict in (Verdict.PROVED, Verdict.PASSED):
                out[k] = again[k]
                unread.remove(k)
        if not unread:
            break
    return out


def contradicting(equations: Sequence[sp.Expr], functionals: set[sp.Symbol]) -> bool:
    r"""Do the notes' results (``equations``, each ``lhs - rhs``) fail to hold together for every value
    of the notes' names? ``𝔼[\sum x_i] = n\mu`` beside ``𝔼[\sum x_i] = \mu`` is solved only with
    \mu = 0, under which a wrong step (``\frac{1}{n}\sum 𝔼[x_i] = n\mu``) holds. Solved for the
    expectations they are about alone, results that agree always have a solution."""
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)) & set(functionals), key=str)
    return len(equations) >= 2 and bool(unknowns) and not sp.solve(list(equations), unknowns, dict=True)


def _holds(chain: CheckedChain) -> bool:
    """Every step of the chain holds (module docstring): one SKIPPED, even for facts beyond linearity, is
    no evidence."""
    return all(s.verdict in (Verdict.PROVED, Verdict.PASSED) for s in chain.result.steps)


def _why(chain: CheckedChain) -> str:
    """Why a result's chain is no evidence: refuted, or not checked."""
    unchecked = [s for s in chain.result.steps if s.verdict not in (Verdict.PROVED, Verdict.PASSED)]
    if all(s.verdict is Verdict.SKIPPED and _NEEDS_FACTS in (s.message or "") for s in unchecked):
        return "whose own chain needs facts beyond linearity that nothing checked"
    return "whose own chain does not hold"


def established_only(lines: Sequence[int], checked: list[CheckedChain]) -> list[CheckedChain]:
    """``checked`` (the chains at ``lines``, in order) with every green step that used an earlier result
    whose own chain does not hold made SKIPPED (module docstring)."""
    if len(lines) != len(checked):
        return checked
    # in the notes' order, so that a result green only under a broken one is broken in turn; a chain not
    # checked here (a caller that checks some chains only) is no evidence either way
    broken: dict[int, str] = {}
    out = []
    for line, c in zip(lines, checked, strict=True):
        if not isinstance(c, CheckedChain):
            out.append(c)
            continue
        steps = list(c.result.steps)
        for k, s in enumerate(steps):
            used = {int(n) for n in _USED.findall(s.message or "")}
            if s.verdict in (Verdict.PROVED, Verdict.PASSED) and used & set(broken):
                where = sorted(used & set(broken))
                why = f"holds only under the notes' result at line {', '.join(map(str, where))}, {broken[where[0]]}"
                steps[k] = s.skipped(why)
        if steps != list(c.result.steps):
            c = c.with_steps(steps)
        if not _holds(c):
            broken[line] = _why(c)
        out.append(c)
    return out
