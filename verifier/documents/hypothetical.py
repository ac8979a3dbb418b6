r"""An equation the notes state as a condition, not as a fact: "we would need $$…$$, but this is only
guaranteed when $A$ is unitary."

Notes that show why something fails write the equation it would take: "In order for $Az^{(i+1)} =
x^{(i+1)}$, we would need $$A(z - \alpha A^T\nabla f) = Az - A\alpha\nabla f,$$ but this is only guaranteed
when $A$ is unitary." Checked as a claim, it fails — as the notes say — and a FAILED would report their
argument as their mistake. This module owns the cue: the prose just before the display ending "we would
need", "we would have to have", "it would have to be that", "(this) would require", "(this) requires
that", or the sentence the display goes on with saying "but this is only guaranteed / true / the case when
(if) …", "which holds only when …", "which is not true in general". A step so stated that fails is SKIPPED
"the notes state it as a condition …, and it does not hold in general, as they say"; one that holds keeps
its verdict (a condition that holds is no error either). "We want to show that" is no cue: what the notes
set out to show is a claim, and so are "we will need" and "computing this requires": what the notes will
use (``\sigma' = \sigma(1 - \sigma)``), not what it would take.

A condition the checker reads and checks the step under is no such argument (trust15): "$$\nabla_x(x^TAx) =
Ax$$ which holds when $A$ is symmetric" states the display for a symmetric A, and the checker reads it with A
symmetric (documents.symmetricprose); failing even then, it is the notes' mistake and stays FAILED
(:func:`under_hypothesis`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from verifier.documents.sentences import DOLLAR_SPAN as _MATH
from verifier.documents.sentences import SENTENCE_END
from verifier.results import StepResult, Verdict

__all__ = [
    "condition_cue", "conditioned", "conjuncts", "partly_read", "stated_under", "under_hypothesis",
    "without_display_conditions",
]

_BEFORE = re.compile(
    r"(?:\b(?:we|one|you|it)\s+(?:would|'d)\s+(?:need|require|have\s+to\s+have|have\s+to\s+be|need\s+to\s+have)"
    r"|\bit\s+would\s+(?:have\s+to|need\s+to)\s+(?:be|hold)"
    r"|\b(?:this|that|which)\s+(?:would\s+require|requires?(?=\s+that\b))"
    r"|\bwould\s+(?:only\s+)?hold\s+(?:only\s+)?if)"
    r"(?:\s+that)?\s*[:,]?\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\W*(?:but|and|which|this|that|however)?\W*(?:(?:this|that|it|which)\s+)?(?:is|holds?|would\s+hold)\s+"
    r"(?:only\s+(?:guaranteed|true|the\s+case|valid|possible|holds?)\s+(?:when|if)|(?:only\s+)?(?:when|if)\s"
    r"|not\s+(?:true|the\s+case|guaranteed)(?:\s+in\s+general)?)"
    r"|^\W*(?:but|which)\s+(?:does\s+not|doesn't)\s+hold(?:\s+in\s+general)?",
    re.IGNORECASE,
)


def condition_cue(before: str, after: str) -> str | None:
    """The words by which the notes state a display as a condition: the end of the prose ``before`` it, or
    the start of the sentence ``after`` it goes on with; None when neither says so."""
    m = _BEFORE.search(before.rstrip().rstrip("$").rstrip())
    if m is not None:
        return m.group(0).strip(" ,:")
    m = _AFTER.search(after.lstrip())
    return m.group(0).strip(" ,:") if m is not None else None


# "… $$ which holds when $A$ is symmetric." : a sentence that goes on with the display before it
_DISPLAY_CONDITION = re.compile(
    r"(?:^|(?<=\$\$)|(?<=\\\])|(?<=\n))[ \t,]*which\s+(?:only\s+)?(?:holds?|is\s+(?:only\s+)?(?:true|valid|the\s+case)"
    r"|applies)\b[^.!?]*(?:[.!?]|$)",
    re.IGNORECASE,
)


def without_display_conditions(prose: str) -> str:
    r"""``prose`` with each "which holds (only) when …" sentence blanked out (same length): the hypothesis of
    the display just before it (trust15), not of the display after the prose — "$$…$$ which holds when $A$ is
    symmetric. For a general $A$, $$…$$" states nothing about the second display."""
    return _DISPLAY_CONDITION.sub(lambda m: " " * len(m.group(0)), prose)


def stated_under(after: str, cue: str) -> str:
    r"""The hypothesis the sentence ``after`` a display states it under, when the cue ``cue`` is there
    ("which holds when $A$ is symmetric" → "$A$ is symmetric"), up to the sentence's end; "" when the cue
    is in the prose before the display ("we would need")."""
    m = _AFTER.search(after.lstrip())
    if m is None or m.group(0).strip(" ,:") != cue:
        return ""
    rest = after.lstrip()[m.end() :]
    stop = SENTENCE_END.search(rest)
    return rest[: stop.start()] if stop else rest


_RELATION = re.compile(r"[=<>]|\\(?:[gl]eq?|neq?|in|notin|subset)(?![A-Za-z])")
# a part that says what follows from the claim ("so …", "hence …", "which gives …"): no condition beside it
_CONSEQUENCE = re.compile(r"^(?:(?:so|hence|thus|therefore|thereby|which|giving)\b|i\.e\.)", re.I)
_JOINS = re.compile(r"\s*(?:[,;]\s*(?:and\s+|but\s+)?|\s(?:and|but|while|provided|whenever)\s+)")


def conjuncts(hypothesis: str) -> list[str]:
    r"""The parts of a ``hypothesis`` joined by "and", commas or semicolons outside its formulas ("$x \ge 0$
    and $n$ is even" → two): a display is checked under its hypothesis only when every part is read
    (review23e: the range alone made a right display FAILED "even under the hypothesis")."""
    masked = _MATH.sub(lambda m: "x" * len(m.group(0)), hypothesis)
    parts, start = [], 0
    for m in _JOINS.finditer(masked):
        parts.append(hypothesis[start : m.start()])
        start = m.end()
    parts.append(hypothesis[start:])
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if out and not re.search(r"[A-Za-z]", _MATH.sub("", out[-1])) and not _RELATION.search(out[-1]):
            out[-1] += " and " + part  # "$A$ and $B$ are symmetric": one part
        elif part:
            out.append(part)
    return out


def partly_read(sentence: str, read: Callable[[str], bool], written: Callable[[str], bool]) -> bool:
    r"""Does ``sentence`` (the one a display stands in) state a condition on names the display writes
    (``written``) that ``read`` cannot read, beside one it can ("For $x > 0$ and even $n$,": x > 0 read, "even
    $n$" not)? Checked under the part read alone, a right display fails (review23e)."""
    parts = [p for p in conjuncts(sentence) if any(written(n) for m in _MATH.findall(p) for n in _names(m))
             and not _CONSEQUENCE.match(p)]  # "…, so $\ell' \le 0$ there": what follows, no condition (fresh41)
    return len(parts) > 1 and any(read(p) for p in parts) and not all(read(p) for p in parts)


def _names(math: str) -> set[str]:
    """The one-letter and Greek names a formula writes (commands such as ``\\ge`` are no names)."""
    body = re.sub(r"\\(?:[gl]eq?|neq?|in|notin|subset|mathbb|mathrm|text|cdot|leq|geq)(?![A-Za-z])", " ", math)
    return {n.lstrip("\\") for n in re.findall(r"\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", body)}


def under_hypothesis(result: StepResult, cue: str, hypothesis: str) -> StepResult:
    """``result`` of a step the notes state under a ``hypothesis`` that the checker read and checked it under
    (documents.symmetricprose): a failure fails even then, no condition 'as they say', and stays FAILED."""
    if result.verdict is not Verdict.FAILED:
        return result
    return replace(result, message=f"fails even under the hypothesis the notes state it under ('{cue} "
                                   f"{hypothesis.strip()}'); {result.message or ''}".rstrip("; "))


def conditioned(result: StepResult, cue: str) -> StepResult:
    """``result`` of a step the notes state as a condition (by the words ``cue``): a failure is what they say."""
    if result.verdict is not Verdict.FAILED:
        return result
    why = result.message or "a counterexample"
    return replace(result, verdict=Verdict.SKIPPED, counterexample=None,
                   message=f"the notes state this as a condition ('{cue}'), not as a fact, and it does not hold in "
                           f"general, as they say ({why})")  # fmt: skip
