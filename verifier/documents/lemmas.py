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
  makes the system not solvable linearly). The earlier
  chain is checked on its own: a wrong result there is reported there.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from verifier.documents.context import Scope
from verifier.latex.braces import bracket_end
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.members import _Chain

__all__ = ["earlier_results", "with_earlier_results"]

MAX_ALONE = 3  # the nearest earlier results tried one at a time
NOT_LINEAR = "does not follow from linearity of expectation alone"
_OPEN = re.compile(r"\\mathbb\s*\{\s*E\s*\}\s*(?:\\left\s*|\\big[gl]?\s*|\\Big[gl]?\s*)?\[")
_SIZING = re.compile(r"\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg)(?![A-Za-z])\s*")


def _one_expectation(latex: str) -> bool:
    r"""Is ``latex`` one ``\mathbb{E}[…]`` and nothing else?"""
    text = _SIZING.sub("", latex).strip()
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
            out.append((f"{first} = {last}", f"the notes' result at line {c.line}"))
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
