r"""A claim the notes make almost everywhere: a difference at a kink is no mistake (sound23).

redteam28's kink search (:mod:`verifier.kinks`) evaluates a green step exactly where a non-smooth piece changes
branch, and a claim false only there (``\operatorname{sign}(x)^2 (x+1)^2 = (x+1)^2`` at x = 0) is FAILED. Notes
that say the identity holds "almost everywhere" ("a.e.", "almost surely", "except on a set of measure zero",
"except at the kink") claim exactly what every sample confirmed: the breakpoints are a null set. Such a FAILED,
whose only refutation is a breakpoint, is PASSED with the point named; a refutation at a sampled point stays
FAILED. A stated range ("for $x \neq 0$") is read as a range (documents.ranges), not here.

The cue is read in the paragraph right before the chain only (blank lines just above a display skipped): "the
sample mean converges almost surely" in another problem, or "ReLU is differentiable almost everywhere" a
paragraph above, says nothing of this claim (review35a: both made a kink-only FAILED PASSED).
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.results import StepResult, Verdict

__all__ = ["almost_everywhere"]

_AE = re.compile(r"\b(?:a\.\s?e\.|almost\s+(?:everywhere|surely|all)|a\.\s?s\.|(?:set|points?)\s+of\s+measure\s+zero"
                 r"|measure[- ]zero|except\s+at\s+the\s+(?:kink|breakpoint|origin)s?)", re.IGNORECASE)
#: the message of a refutation found only at a breakpoint (engine._at_kinks)
_AT_KINK = "where a non-smooth piece changes branch"
_HEADING = re.compile(r"\s*(?:#|\\(?:sub)*section\b|\\paragraph\b)")


def _own_paragraph(prose: str) -> str:
    """The paragraph of ``prose`` that leads into the chain: its last lines up to a blank line or a heading,
    after skipping the blank lines right above a display."""
    lines = prose.rstrip().split("\n")
    out: list[str] = []
    for line in reversed(lines):
        if not line.strip() or _HEADING.match(line):
            break
        out.append(line)
    return "\n".join(reversed(out))


def almost_everywhere(result: StepResult, prose: str) -> StepResult:
    """``result`` PASSED where it FAILED only at a breakpoint and ``prose`` (the words leading into the chain)
    says the claim holds almost everywhere; as it was otherwise."""
    if result.verdict is not Verdict.FAILED or _AT_KINK not in result.message:
        return result
    if not _AE.search(_own_paragraph(prose)):
        return result
    where = result.message.split(_AT_KINK)[0].replace("the sides differ at", "").strip(" ,")
    return replace(result, verdict=Verdict.PASSED, counterexample=None, curve=None, message=(
        f"holds at every sampled point; the sides differ only at {where}, a breakpoint, which the notes' "
        f"'almost everywhere' excludes"))
