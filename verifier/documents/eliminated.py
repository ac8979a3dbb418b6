r"""A derivative the notes take after eliminating one entry of a vector by a sum of the others (fresh57).

"Eliminate the constraint by writing $\pi_K = 1 - \sum_{k<K} \pi_k$. For $k < K$, $$\frac{\partial \ell}{\partial
\pi_k} = \frac{n_k}{\pi_k} - \frac{n_K}{\pi_K}$$" with ``\ell = \sum_k n_k \log \pi_k`` was FAILED: the step was
read as the plain partial with π_K held, but the notes made π_K a function of π_k, and along it the derivative is
the one written (n_K/π_K enters with a minus sign through ∂π_K/∂π_k = -1). An entry written as a sum over the
other entries of its own vector is no definition the notes' reader takes up (an elimination without a sum,
"$p_2 = 1 - p_1$", is read as a definition of p_2 and differentiated through: checked, not touched here), so which
quantity the step states depends on a substitution the checker does not read and neither verdict of the plain
partial stands. This module owns the cue (:func:`eliminated_entry`: a sentence of the words before the claim says
"eliminate", "substitute", "plug in", "express", "replace" or "write" before an inline equation ``x_K = c - \sum …
x_k …`` in ``$…$`` or ``\(…\)``; ``\alpha_0 = \sum_k \alpha_k`` names a total, no elimination) and
:func:`after_elimination`, which makes a step SKIPPED with the reason when it differentiates by another entry of
that vector. A step under the cue that differentiates by nothing of the
vector is left alone (documents.constrained owns "along the line $u_1 + u_2 = 1$"). A cue the words just before it
decline ("We do not eliminate … by writing", "Instead of substituting", "rather than", "without") is none: the
notes name the substitution to set it aside, and the plain partial is what they state (sound58).
"""

from __future__ import annotations

import re

from verifier.documents.constrained import differentiated_by
from verifier.documents.sentences import INLINE_FORMULA as _INLINE
from verifier.documents.sentences import SPACE_AFTER, formula_text
from verifier.results import StepResult, Verdict

__all__ = ["after_elimination", "eliminated_entry"]

_CUE = re.compile(r"\b(?:eliminat|substitut|plug|express|replac|writ)\w*", re.IGNORECASE)
# the words just before the cue set the substitution aside: "We do not eliminate", "Instead of writing", "Rather
# than substituting", "without plugging in"
# ("Without softmax, eliminate …" declines nothing: only a linking word may stand between)
_DECLINED = re.compile(r"(?:\b(?:not|never|without|instead\s+of|rather\s+than|avoid\w*)|n't)\s+"
                       r"(?:(?:to|be|we|simply|directly|just)\s+)?$", re.IGNORECASE)
_DECLINED_REACH = 40  # characters before the cue
#: a constant minus the sum of the others: ``1 - \sum_{k<K} \pi_k`` (``\alpha_0 = \sum_k \alpha_k`` names a total)
_MINUS_SUM = re.compile(r"-\s*(?:\\left\s*)?\(?\s*\\sum")
_ENTRY = re.compile(r"\s*(\\?[A-Za-z]+)\s*_\s*(?:\{\s*([A-Za-z0-9+\-\s]+?)\s*\}|([A-Za-z0-9]))\s*=(?!=)(.*)", re.DOTALL)


def eliminated_entry(prose: str) -> tuple[str, str] | None:
    """(the vector's name, ``pi`` for ``\\pi``, the equation) of the entry a sentence of ``prose``'s last paragraph
    eliminates by a sum over the others ("writing $\\pi_K = 1 - \\sum_{k<K} \\pi_k$"), or None."""
    paragraph = re.split(r"\n\s*\n", prose)[-1] if prose else ""
    for sentence in SPACE_AFTER.split(paragraph):
        cue = _CUE.search(sentence)
        if cue is None or _DECLINED.search(sentence[max(0, cue.start() - _DECLINED_REACH) : cue.start()]):
            continue  # "We do not eliminate … by writing", "Instead of substituting" (sound58)
        for m in _INLINE.finditer(sentence, cue.end()):
            body = formula_text(m)
            entry = _ENTRY.fullmatch(body)
            if entry is None or not _MINUS_SUM.search(entry.group(4)):
                continue
            base = entry.group(1)
            if re.search(re.escape(base) + r"\s*_", entry.group(4)):
                return base.lstrip("\\"), body
    return None


def after_elimination(result: StepResult, prose: str) -> StepResult:
    """``result`` SKIPPED when the words before it eliminate an entry of a vector by a sum over the others and
    the step differentiates by an entry of that vector (module docstring); unchanged otherwise."""
    read = result.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED)
    found = eliminated_entry(prose) if read else None
    by = differentiated_by(f"{result.lhs_latex} {result.rhs_latex}") if found else set()
    if found is None or not any(b.split("_")[0] == found[0] for b in by):
        return result
    return result.skipped(f"the notes eliminate an entry of {found[0]} before this step "
                          f"(${found[1].strip()}$): the derivative may be the one along that substitution, which "
                          "is not read, rather than the plain partial")
