r"""A display that defines a word: "An estimator $\hat w_i$ is called *unbiased* when $$\mathbb{E}[\hat w_i] = w_i$$".

Notes introduce a property by the condition that earns it: "a matrix is called *normal* if $$Q^TQ = QQ^T$$", "we say
that $f$ is convex if …", "an estimator is said to be linear if $$\hat w_i = \omega_{1i}y_1 + \dots$$". The display
is the definition of the word, not a claim about the names it writes: checked as an identity it fails for a general
Q (a false alarm), or it was SKIPPED for a reason that counted it as a claim left unchecked. This module owns the
cue (:func:`defining_cue`): the prose right before the display ends with "is/are called", "is/are said to be",
"is/are termed", "is/are known as" or "we say (that) … is/are" followed by at most three words (the word defined,
its article, emphasis), then "if", "iff", "when", "whenever" or "provided (that)", and an optional colon or comma —
or a clause in words (no formula) closed by a colon, which the display then writes ("is called *unbiased* when its
expectation is equal to the parameter:"). Such a step that is not green is SKIPPED "a definition: …"
(:func:`as_definition`); one that holds keeps its verdict (a defining condition that holds is no error either), and
so does a TIMEOUT or an ERROR.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.results import StepResult, Verdict

__all__ = ["as_definition", "defining_cue"]

_WORD = r"[*_]*[A-Za-z][A-Za-z-]*[*_]*"
_CUE = re.compile(
    r"(?:\b(?:is|are)\s+(?:called|said\s+to\s+be|termed|known\s+as)"
    r"|\bwe\s+say\s+(?:that\s+)?[^.;:!?]{1,80}?\b(?:is|are))"
    rf"\s+((?:{_WORD}\s+){{0,2}}{_WORD})\s+(?:if|iff|when|whenever|provided(?:\s+that)?)"
    # the conjunction right before the display, or a clause in words that the display states, closed by a colon
    r"(?:\s*[:,]?|\s+[^$.;:!?]{1,160}:)\s*$",
    re.IGNORECASE,
)


def defining_cue(before: str) -> str | None:
    """The word the prose ``before`` a display defines by it ("is called *unbiased* when" → "unbiased"), or None."""
    m = _CUE.search(before.rstrip().rstrip("$").rstrip())
    return m.group(1).strip("*_ ") if m is not None else None


def as_definition(result: StepResult, word: str) -> StepResult:
    """``result`` of a step the notes write as the condition that defines ``word``: not green, it is SKIPPED."""
    if result.verdict not in (Verdict.FAILED, Verdict.SKIPPED):  # green kept; a TIMEOUT or ERROR says its own
        return result
    return replace(result, verdict=Verdict.SKIPPED, counterexample=None,
                   message=f"a definition: the condition under which the notes call it '{word}' (not a claim to "
                           "check)")  # fmt: skip
