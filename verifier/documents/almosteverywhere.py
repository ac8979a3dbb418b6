r"""A claim the notes make almost everywhere: a difference at a kink is no mistake (sound23).

redteam28's kink search (:mod:`verifier.kinks`) evaluates a green step exactly where a non-smooth piece changes
branch, and a claim false only there (``\operatorname{sign}(x)^2 (x+1)^2 = (x+1)^2`` at x = 0) is FAILED. Notes
that say the identity holds "almost everywhere" ("a.e.", "almost surely", "except on a set of measure zero",
"except at the kink") claim exactly what every sample confirmed: the breakpoints are a null set. Such a FAILED,
whose only refutation is a breakpoint, is PASSED with the point named; a refutation at a sampled point stays
FAILED. A stated range ("for $x \neq 0$") is read as a range (documents.ranges), not here.
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


def almost_everywhere(result: StepResult, prose: str) -> StepResult:
    """``result`` PASSED where it FAILED only at a breakpoint and ``prose`` (the words leading into the chain)
    says the claim holds almost everywhere; as it was otherwise."""
    if result.verdict is not Verdict.FAILED or _AT_KINK not in result.message or not _AE.search(prose):
        return result
    where = result.message.split(_AT_KINK)[0].replace("the sides differ at", "").strip(" ,")
    return replace(result, verdict=Verdict.PASSED, counterexample=None, curve=None, message=(
        f"holds at every sampled point; the sides differ only at {where}, a breakpoint, which the notes' "
        f"'almost everywhere' excludes"))
