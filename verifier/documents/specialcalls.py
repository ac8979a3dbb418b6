r"""A special function's letter written before its bracket in a one-off claim: ``\zeta(s)``, ``W(x)``.

The grammar reads a Greek or capital letter before a bracket as a product (ζ·s, W·x): in notes such a letter is
a quantity far more often than a function, and a note that means a function defines it. ``verify check`` has no
prose to define it, and ``\zeta(s) = \sum_{n=1}^\infty n^{-s}``, ``W(x) e^{W(x)} = x`` and the softplus identity
``\zeta(x) - \zeta(-x) = x`` (Goodfellow et al. write ζ for the softplus) were FAILED under the product reading
alone (redcat63). A FAILED must hold under every plausible reading, so a claim that fails as written is checked
again with the letter read as each function it names in course and textbook notation (:data:`READINGS`, in this
order), and is green under the first that holds, said with the step. The rewrite names the function with
``\operatorname{…}`` (names no note writes, registered in ``documents.functions`` and ``commands.check``), so the
same grammar reads it; the text is only rewritten, never evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from verifier.ml import normal_cdf, normal_pdf

__all__ = ["FUNCTIONS", "READINGS"]

#: the functions the rewrites name, by the name they are written with (``\operatorname{RiemannZeta}(s)``)
FUNCTIONS: dict[str, Callable[[sp.Expr], sp.Expr]] = {
    "RiemannZeta": sp.zeta,
    "LambertW": sp.LambertW,
    "NormalCDF": normal_cdf,
    "NormalPDF": normal_pdf,
}

# the letter right before its opening bracket: not a subscript's or a longer command's tail (\zetaup, aW(x))
_ZETA = re.compile(r"\\zeta(?![A-Za-z])\s*(?=\(|\\left\s*\()")
_W = re.compile(r"(?<![A-Za-z\\_^])W\s*(?=\(|\\left\s*\()")
# Φ and φ (``\varphi`` too) before their bracket: the standard normal CDF and density (redcat67)
_PHI = re.compile(r"\\Phi(?![A-Za-z])\s*(?=\(|\\left\s*\()")
_SMALL_PHI = re.compile(r"\\(?:var)?phi(?![A-Za-z])\s*(?=\(|\\left\s*\()")


def _rewrite(pattern: re.Pattern[str], name: str) -> Callable[[str], str | None]:
    def rewrite(text: str) -> str | None:
        new = pattern.sub(rf"\\operatorname{{{name}}}", text)
        return new if new != text else None

    return rewrite


def _normal(text: str) -> str | None:
    r"""Φ and φ together: a claim about the CDF's derivative names both (``\frac{d}{dx}\Phi(x) = \phi(x)``)."""
    new = _SMALL_PHI.sub(r"\\operatorname{NormalPDF}", _PHI.sub(r"\\operatorname{NormalCDF}", text))
    return new if new != text else None


#: (the reading as said with a step, the rewrite of a member's LaTeX: None where the member has no such call)
READINGS: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    ("ζ applied to its bracket as the softplus ζ(x) = log(1 + e^x)", _rewrite(_ZETA, "softplus")),
    ("ζ applied to its bracket as Riemann's zeta function", _rewrite(_ZETA, "RiemannZeta")),
    ("W applied to its bracket as Lambert's W function (principal branch)", _rewrite(_W, "LambertW")),
    ("Φ and φ applied to their bracket as the standard normal CDF and density", _normal),
)
