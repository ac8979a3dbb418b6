r"""A superscript 0 on a name: the initial value (``\theta^0``, ``w^0``) as often as the power 0.

Optimisation and linearisation notes label iterates with a bare superscript: "at $\theta^0 = (0, 1)$", "one
step from $w^0$: $w^1 = w^0 - \eta g$". The parser reads ``\theta^0`` as θ to the power 0, the scalar 1, so
"θ^0 = (0, 1)" was FAILED as a shape mismatch (fresh20's NTK probe). Which reading the notes mean is not
written; a power 0 of a name is rarely worth writing, a label often is. This module owns only the doubt: a
FAILED step whose members write a name (a letter, a Greek letter, decorated or bold) with a bare superscript
0 is SKIPPED, naming the label reading. It never makes a step green, and a power of a number (``2^0``) or
of a bracket is no label.
"""

from __future__ import annotations

import re

from verifier.results import StepResult, Verdict

__all__ = ["label_not_power", "writes_zero_superscript"]

# a name (θ, w, \mathbf{w}, \hat{\theta}) with ^0 or ^{0} — not after a digit, a bracket or a closing brace of
# an argument: "2^0", "(a+b)^0", "e^{0}" of Euler's e are no labels
_ZERO = re.compile(
    r"(?:(?<![A-Za-z0-9\\])(?!e\s*\^)[A-Za-z]|\\(?!left|right|big|Big)[A-Za-z]+"
    r"|\\(?:mathbf|boldsymbol|bm|hat|tilde|bar|vec)\s*\{\s*\\?[A-Za-z]+\s*\})\s*\^\s*(?:0|\{\s*0\s*\})(?![0-9.])"
)


def writes_zero_superscript(latex: str) -> bool:
    r"""Does ``latex`` write a name with a bare superscript 0 (``\theta^0``, ``w^{0}``)?"""
    return _ZERO.search(latex or "") is not None


def label_not_power(r: StepResult) -> StepResult:
    """``r`` SKIPPED where it FAILED and writes a name with a superscript 0 (module docstring)."""
    if r.verdict is not Verdict.FAILED:
        return r
    if not (writes_zero_superscript(r.lhs_latex) or writes_zero_superscript(r.rhs_latex)):
        return r
    return r.skipped("a superscript 0 on a name may label its initial value (θ⁰: θ at step 0) rather than raise it "
                     f"to the power 0, which is how it was read and fails: {r.message}")
