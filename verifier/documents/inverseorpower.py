r"""``\Phi^{-1}(p)`` where the notes write Φ nowhere else: an inverse function or a reciprocal times a bracket.

:mod:`verifier.latex.inverses` reads ``NAME^{-1}(…)`` as the inverse function only where the notes apply
NAME as a function; any other name stays a power times the bracket, inferred a scalar. That is right for
a quantity the notes write (``\sigma^2``, ``\frac{1}{\sigma}``), but "Let $\Phi$ be the CDF of $N(0,1)$"
and then ``\frac{d}{dp}\Phi^{-1}(p) = \sqrt{2\pi}\,e^{(\Phi^{-1}(p))^2/2}`` (the quantile's derivative,
right) was FAILED as ``p/\Phi``. This post-pass of :mod:`verifier.documents.check` makes a FAILED step
SKIPPED when one of its members writes ``NAME^{-1}(`` and NAME is an inferred scalar without other
evidence that the notes' text writes nowhere else: the inverse function is a reading the checker
cannot take there, so the step is not called FAILED.
"""

from __future__ import annotations

import re

from verifier.documents.context import Scope
from verifier.documents.members import _Chain
from verifier.results import StepResult, Verdict

__all__ = ["unsure_inverse"]

_WRITTEN = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])\s*\^\s*\{\s*-\s*1\s*\}\s*(?:\\left\s*)?\(")


def unsure_inverse(text: str, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that writes such a ``NAME^{-1}(…)`` SKIPPED, saying why."""
    out = list(steps)
    for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True)):
        if r.verdict is not Verdict.FAILED:
            continue
        written = {m.group(1) for i in (s.left, s.right) for m in _WRITTEN.finditer(chain.members[i].latex)}
        doubtful = sorted(n for n in written if _only_so(text, n, scope))
        if doubtful:
            shown = ", ".join(f"{n}^{{-1}}(…)" for n in doubtful)
            out[k] = r.skipped(
                f"{shown} may be the inverse function of {'/'.join(n.lstrip(chr(92)) for n in doubtful)}"
                " (written nowhere else in the notes); read as a reciprocal times the bracket it fails"
            )
    return out


def _only_so(text: str, name: str, scope: Scope) -> bool:
    key = (name.lstrip("\\"), ())
    if "no other evidence" not in scope.inferred.get(key, ""):
        return False
    text = re.sub(rf"(?<!\$)\$\s*{re.escape(name)}\s*\$", " ", text)  # "Let $\Phi$ be the CDF …": names it only
    every = re.findall(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", text)
    inverse = [m for m in _WRITTEN.finditer(text) if m.group(1) == name]
    return len(every) == len(inverse)
