r"""Cases that hold at points: ``\begin{cases} -\log(y_i) & \text{if } t_i = 1 \\ -\log(1-y_i) & \text{if }
t_i = 0 \end{cases}``.

A loss or a label is often defined by cases on a value: the class is 1 or it is 0. Checked by sampling,
such a member has a value only where a condition holds exactly, which no random point does; the engine
then finds no sample point where both sides are finite and reports an ERROR ("narrow the declared
domain"), as if the notes or the tool were broken. The notes are not: each case is a claim at its own
point, which the sampling cannot reach. This module owns that verdict: such a step is SKIPPED with that
reason. A case split on inequalities (``x > 0``, ``x \leq 0``) is sampled as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.results import StepResult, Verdict

__all__ = ["unsure_cases"]

_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.S)
_NO_POINTS = "sample points had finite values on both sides"
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
    if r.verdict is not Verdict.ERROR or _NO_POINTS not in (r.message or ""):
        return r
    if not (_point_cases(r.lhs_latex) or _point_cases(r.rhs_latex)):
        return r
    why = ("a member is defined by cases that hold at points (a condition with =), where no sample point falls: "
           "each case would have to be checked on its own; not checked")  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
