r"""Cases that hold at points: ``\begin{cases} -\log(y_i) & \text{if } t_i = 1 \\ -\log(1-y_i) & \text{if }
t_i = 0 \end{cases}``.

A loss or a label is often defined by cases on a value: the class is 1 or it is 0. Checked by sampling,
such a member has a value only where a condition holds exactly, which no random point does; the engine
then finds no sample point where both sides are finite and reports an ERROR ("narrow the declared
domain"), as if the notes or the tool were broken. The notes are not: each case is a claim at its own
point, which the sampling cannot reach. This module owns that verdict: such a step is SKIPPED with that
reason. A case split on inequalities (``x > 0``, ``x \leq 0``) is sampled as before.

A reader checks such a step case by case, and so does :func:`each_case`: for every row of the cases,
the member is read as that row's expression and the row's condition (``t_i = 1``) is a hypothesis of the
step, solved and substituted into both sides as a ``where`` of the notes is. Every case holding makes the
step green, reported "each case checked at its point"; a case that fails or cannot be read leaves it
SKIPPED, saying which (never FAILED: the conditions are read from the rows' text, a reading).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.context import Scope
from verifier.documents.members import _Chain
from verifier.documents.resolve import ResolveError
from verifier.documents.steps import _Checker
from verifier.results import StepResult, Verdict, worst
from verifier.stepverdict import TOO_FEW_POINTS

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["case_rows", "each_case", "unsure_cases"]

_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.S)
_AT_POINTS = ("a member is defined by cases that hold at points (a condition with =), where no sample point falls: "
              "each case would have to be checked on its own; not checked")  # fmt: skip
_IF = re.compile(r"^\s*(?:\\(?:text|mbox|mathrm)\s*\{\s*(?:if|for|when)\s*\}"
                 r"|\\(?:text|mbox)\s*\{\s*(?:if|for|when)\s+)")
_RELATION = re.compile(r"<|>|\\[lg]eq?\b|\\[lg]eqslant|\\neq?\b|\\ne\b|\\in\b|\\notin\b")


def _point_cases(latex: str) -> bool:
    """Does ``latex`` hold a cases environment whose every condition is an equation?"""
    found = False
    for body in _CASES.findall(latex):
        for row in re.split(r"\\\\", body):
            if "&" not in row:
                continue
            condition = row.split("&", 1)[1]
            if "=" not in condition or _RELATION.search(condition):
                return False
            found = True
    return found


def unsure_cases(r: StepResult) -> StepResult:
    """An ERROR for want of finite sample points, on a step with cases at points, becomes SKIPPED."""
    if r.verdict is not Verdict.ERROR or TOO_FEW_POINTS not in (r.message or ""):
        return r
    if not (_point_cases(r.lhs_latex) or _point_cases(r.rhs_latex)):
        return r
    why = _AT_POINTS
    return r.skipped(why)


def _rows(latex: str) -> list[tuple[str, str]] | None:
    """The (expression, condition) rows of the one cases environment of ``latex``, conditions as
    equations (``t_i = 1``), or None."""
    found = _CASES.findall(latex)
    if len(found) != 1:
        return None
    rows = []
    for row in re.split(r"\\\\", found[0]):
        if not row.strip():
            continue
        if "&" not in row:
            return None
        expr, cond = row.split("&", 1)
        m = _IF.match(cond)
        cond = cond[m.end():] if m else cond
        cond = cond.strip().rstrip(",.;").strip()
        if m and not m.group(0).rstrip().endswith("}"):  # \text{if t_i = 1}: the rest of the group
            if not cond.endswith("}"):
                return None
            cond = cond[:-1].strip()
        if cond.count("=") != 1 or _RELATION.search(cond) or not expr.strip():
            return None
        rows.append((expr.strip(), cond))
    return rows or None


def case_rows(latex: str) -> list[tuple[str, str]] | None:
    """The (expression, condition) rows of ``latex``'s one cases environment at points, or None (a definition
    by such cases is read through by documents.definedcases)."""
    return _rows(latex)


def each_case(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step SKIPPED for its cases at points checked case by case (module docstring)."""
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.SKIPPED or not (r.message or "").startswith(_AT_POINTS):
            continue
        st = chain.steps[k]
        sides = [i for i in (st.left, st.right) if _rows(chain.members[i].latex) is not None]
        if len(sides) != 1:
            continue
        side = sides[0]
        rows = _rows(chain.members[side].latex)
        assert rows is not None
        results: list[StepResult] = []
        for n, (expr, cond) in enumerate(rows, 1):
            original = chain.members[side].latex
            env = _CASES.search(original)
            assert env is not None
            # the row in place of the cases environment: a factor or a term written around it stays
            member = f"{original[: env.start()]}\\left({expr}\\right){original[env.end() :]}"
            read = doc._reread(chain, scope, lambda src, e=member, o=original: e if src == o else None)
            if read is None:
                break
            alt = replace(read, hypotheses=[*chain.hypotheses, (cond, f"case {n} of the cases")])
            try:
                found = _Checker(doc, alt, scope, {st.index}, frozenset({st.index})).run()[k]
                # a green is doubted as the first reading's steps are (an undefined macro read as a factor)
                results.append(doc._doubt(alt, scope, st, found) if found.verdict.ok else found)
            except ResolveError:
                break
        if len(results) != len(rows):
            continue
        if all(x.verdict in (Verdict.PROVED, Verdict.PASSED) for x in results):
            said = "; ".join(f"case {n} ({cond}): {expr}" for n, (expr, cond) in enumerate(rows, 1))
            out[k] = replace(results[0], verdict=worst([x.verdict for x in results]), counterexample=None,
                             message=f"each case checked at its point, its condition substituted ({said})")
            continue
        bad = next(n for n, x in enumerate(results, 1) if x.verdict not in (Verdict.PROVED, Verdict.PASSED))
        failed = results[bad - 1].verdict is Verdict.FAILED
        why = f"checked case by case, case {bad} ({rows[bad - 1][1]}) {'fails' if failed else 'cannot be checked'}"
        out[k] = replace(r, message=f"{r.message}; {why}: {results[bad - 1].message}")
    return out
