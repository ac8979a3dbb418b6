r"""A derivative taken with part of it held constant: "treating the target as a constant", a semi-gradient.

TD learning, target networks and straight-through estimators differentiate with a part of the expression
held fixed: "Treating the target as a constant, $\nabla_w \frac12(r + \gamma V(s') - w^\top\phi(s))^2 =
-\delta\,\phi(s)$". The full derivative also differentiates the held part (V depends on w), so the literal
reading fails, though the step states what the prose says it computes. Which part is held is said in
words ("the target"), not as a math name (``treating $E$ as a constant`` is :mod:`.constants`' reading, which
checks the step under it). This module owns that cue: :func:`holds_constant` finds it in the words just
before a claim, and :func:`held_constant` turns a FAILED derivative step under it into SKIPPED with the
reason. The held words must name a target (a bootstrapped one, the next state's, a teacher's): "holding
the other weights fixed" is a partial derivative, which is read. It never makes a step green, and only
takes back failures of steps that differentiate.
"""

from __future__ import annotations

import re

from verifier.documents.sentences import last_sentence
from verifier.results import StepResult, Verdict

__all__ = ["held_constant", "holds_constant"]

_HELD = re.compile(
    r"\b(?:treat(?:ing|s|ed)?|hold(?:ing|s)?|keep(?:ing|s)?|regard(?:ing|s)?|view(?:ing|s)?)\s+"
    r"(?!\$)(?P<held>[^.;:$]{1,60}?)\s+(?:as\s+(?:a\s+)?(?:constants?|fixed|given)|(?:constant|fixed))\b"
    r"|\bsemi-?gradients?\b|\bstop-?gradients?\b|\bwithout\s+differentiating\s+through\b",
    re.IGNORECASE,
)
# what a semi-gradient holds: the target (a bootstrapped one, the next state's value, a teacher's output), which
# depends on the variable; "holding the other weights fixed" is a partial derivative and "keeping the learning
# rate fixed" holds nothing the step differentiates: a wrong derivative after them stays FAILED (review31c)
_TARGET = re.compile(r"\b(?:targets?|bootstrap\w*|next[- ]state|successor|teacher)\b", re.IGNORECASE)
_DERIVATIVE = re.compile(r"\\nabla|\\partial|\\frac\s*\{\s*d|\bd/d|\\mathrm\s*\{\s*d\s*\}\s*/")


def holds_constant(prose: str) -> bool:
    """Do the words of the sentence ``prose`` ends with (the prose right before a claim) hold a part of the
    claim constant in words ("treating the target as a constant", "the semi-gradient")?"""
    sentence = last_sentence(prose)
    return any(m.group("held") is None or _TARGET.search(m.group("held")) for m in _HELD.finditer(sentence))


def held_constant(result: StepResult, prose: str) -> StepResult:
    """``result`` of a step written after ``prose``: SKIPPED when it FAILED, differentiates, and the prose
    holds part of it constant in words (module docstring); unchanged otherwise."""
    if result.verdict is not Verdict.FAILED or not holds_constant(prose):
        return result
    if not (_DERIVATIVE.search(result.lhs_latex or "") or _DERIVATIVE.search(result.rhs_latex or "")):
        return result
    return result.skipped("the prose holds part of it constant in words (a semi-gradient): the full derivative, "
                          "which fails, is not what the step states, and the held part is not read")
