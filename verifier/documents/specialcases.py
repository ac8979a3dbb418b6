r"""A FAILED step that holds in the special case the notes set: ``f'(x) = \sigma(x)(1 + x(1-\sigma(x)))``
after "swish is $f(x) = x\sigma(\beta x)$; SiLU is the case $\beta = 1$".

Notes define a family by a parameter and then write a member of the family: "SiLU is the case
$\beta = 1$" … "for SiLU this is $f'(x) = …$", or "For $\beta = 1$:" right before the display. Read
with β arbitrary, the step fails; read in the case the notes set, it holds. A reader cannot tell which
the author meant, so such a step is no FAILED: it is SKIPPED, saying in which case it holds
(:func:`at_special_cases`). Only parameters the step does not write (reached through the notes'
definitions, those of the functions it calls included) and only values stated as a case (a sentence
saying "case") or in the prose just before the chain are tried: a value stated elsewhere for a worked
example ("with $\lambda = 0$ we recover least squares") does not excuse a step that dropped λ.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.infer import names_in
from verifier.documents.members import _Chain
from verifier.documents.numberpoints import called_names
from verifier.documents.resolve import ResolveError
from verifier.documents.stated import WHERE, stated_values, value_hypotheses
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope

__all__ = ["at_special_cases"]

_CASE = re.compile(r"\bcase\b", re.I)
_LABEL = "a case the notes set"


def _written(doc: _Document, chain: _Chain, k: int) -> tuple[set[str], set[str]] | None:
    """(names the step writes, functions it calls), or None when a member cannot be read."""
    st = chain.steps[k]
    names: set[str] = set()
    calls: set[str] = set()
    for i in (st.left, st.right):
        try:
            tree = doc.parse_plain(chain.members[i].latex)
        except LatexError:
            return None
        names |= names_in(tree)
        calls |= called_names(tree)
    return names, calls


def _case_values(doc: _Document, chain: _Chain) -> list[tuple[str, str, int]]:
    """The values stated as a case anywhere before ``chain``, and those of the prose just before it."""
    lines = doc.text.splitlines()
    cases = [v for v in stated_values(doc.text) if v[2] < chain.line and 0 < v[2] <= len(lines)
             and _CASE.search(lines[v[2] - 1])]  # fmt: skip
    first, prose = doc._prose_before(chain)
    near = [(n, v, first + line) for n, v, line in stated_values(prose)]
    return cases + near


def at_special_cases(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that holds in a special case the notes set SKIPPED (module docstring)."""
    if chain.hypotheses or not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    values = _case_values(doc, chain)
    if not values:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.FAILED:
            continue
        seen = _written(doc, chain, k)
        if seen is None:
            continue
        names, calls = seen
        through = doc._reach(names | calls, scope) - names
        # not WHERE's label: values stated for a worked example apply to its worked links only (steps)
        hypotheses = [(h, where.replace(WHERE, _LABEL)) for h, where in
                      value_hypotheses(values, through, doc.parse_plain)]  # fmt: skip
        if not hypotheses:
            continue
        st = chain.steps[k]
        alt = replace(chain, hypotheses=hypotheses)
        try:
            found = _Checker(doc, alt, scope, {st.index}, frozenset({st.index})).run()[k]
        except ResolveError:
            continue
        if found.verdict in (Verdict.PROVED, Verdict.PASSED):
            said = "; ".join(f"{h}{where.removeprefix(_LABEL)}" for h, where in hypotheses)
            out[k] = r.skipped(f"holds in the special case the notes set ({said}), fails for general values: "
                               "which one the step means is not said")  # fmt: skip
    return out
