r"""Differentials written as such (``df = 2\mathbf{r}^T d\mathbf{r}``): not read, so not decided.

Matrix-calculus notes compute with differentials: ``d f = 2\mathbf{r}^T d\mathbf{r} = 2\mathbf{r}^T A\,
d\mathbf{x}``. The grammar reads a ``d`` before a name as an undeclared scalar times that name, and
under that reading a correct step can fail (``d\,\mathbf{r}^T\mathbf{r} \ne 2\,d\,\mathbf{r}^T\mathbf{r}``)
and a wrong one hold (``d(fg) = g\,df`` is true of products, false of differentials). Neither verdict
says anything about what the notes wrote. This module owns that one refusal: :func:`unread_differentials`
SKIPS a decided step whose members write such a differential, where the notes and their context give
``d`` no meaning of its own (a dimension ``d`` declared or defined keeps the product reading).
Derivatives written as fractions (``\frac{df}{dx}``, ``\frac{d}{dx}``) and integrals (``\int … dx``)
are read elsewhere and are not differentials here.
"""

from __future__ import annotations

import re

from verifier.documents.context import Scope
from verifier.results import StepResult, Verdict

__all__ = ["differential_in", "unread_differentials"]

# a derivative written as a fraction of differentials: read by the grammar (latex.rewrite._differentials)
_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_UPRIGHT_D = r"\\(?:mathrm|text|operatorname)\s*\{\s*d\s*\}"
_FRACTION = re.compile(r"\\[dt]?frac\s*\{\s*(?:" + _UPRIGHT_D + r"|d)(?:[^{}]|\{[^{}]*\})*\}\s*" + _GROUP)
# a derivative written with a slash: dr/d\theta, \mathrm{d}y/\mathrm{d}x
_D = r"(?:" + _UPRIGHT_D + r"|(?<![A-Za-z\\])d)"
_SLASHED = re.compile(_D + r"\s*\\?[A-Za-z]+\s*/\s*" + _D + r"\s*\\?[A-Za-z]+")
# d (upright or not) right before a name, a bold or decorated name, or a bracket: a differential
_DIFFERENTIAL = re.compile(
    r"(?<![A-Za-z\\_^{])(?:" + _UPRIGHT_D + r"|d)\s*"
    r"(?=\\(?:mathbf|boldsymbol|bm|vec|hat|tilde)\b|\\(?:theta|beta|alpha|mu|sigma|Sigma|lambda|phi|psi|omega)\b"
    r"|[A-Za-z](?![A-Za-z])|\()"
)


def differential_in(latex: str) -> bool:
    r"""Does ``latex`` (one member) write a differential (``d f``, ``d\mathbf{x}``, ``\mathrm{d}W``)?"""
    if "\\int" in latex:
        return False
    return _DIFFERENTIAL.search(_SLASHED.sub(" ", _FRACTION.sub(" ", latex))) is not None


def unread_differentials(scope: Scope, members: list[tuple[str, str]], steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each decided step whose members (``members``: the LaTeX of its two sides) write a
    differential SKIPPED, unless the notes or their context give ``d`` a meaning."""
    key = ("d", ())
    if key in scope.names and key not in scope.inferred:
        return steps
    out = list(steps)
    for k, ((left, right), r) in enumerate(zip(members, steps, strict=True)):
        decided = r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED)
        if decided and (differential_in(left) or differential_in(right)):
            why = ("a differential (d before a name) is not read: the step was read as a product with an "
                   "undeclared d, which says nothing of what the notes wrote")
            out[k] = r.skipped(why)
    return out
