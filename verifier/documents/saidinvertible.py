r"""``For an invertible $\mathbf{A}$``: the prose says ``A^{-1}`` is the inverse, so a step that fails so is FAILED.

``A^{-1}`` of a square matrix is read as its inverse (documents.squares), a reading the checker chooses: a step
that fails under it is SKIPPED, "the notes may mean the entry-wise operation". Notes that call the matrix invertible
(nonsingular, positive definite) have said which operation they mean. The matrix determinant lemma of fresh36,
``\det(\mathbf{A} + \mathbf{u}\mathbf{v}^\top) = (1 - \mathbf{v}^\top\mathbf{A}^{-1}\mathbf{u})\det\mathbf{A}`` after
"For an invertible $\mathbf{A}$", was SKIPPED so, a wrong sign the words rule out every other reading of.

This module owns that evidence: :func:`said_invertible` reads the names the prose calls so ("an invertible
$\mathbf{A}$", "an invertible matrix $M$", "$\Sigma$ is positive definite", "Let $A$ be nonsingular", "… and $B$
nonsingular"; not "$X$ is not invertible", nor a formula: "$K + \lambda I$ is invertible" names no one matrix), and
:func:`inverse_readings` keeps the FAILED of a step whose every inverted base (``A^{-1}``, ``A^{-T}``) is one of them
and that reads no ``|A|`` (the determinant reading is another choice the words do not make) nor takes a logarithm or
a root outside a derivative (a failure on a branch, :func:`branched`), handing any other step to
documents.normalshapes' rule.
"""

from __future__ import annotations

import functools
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.normalshapes import covariance_readings
from verifier.documents.squares import DETERMINANT, INVERSE, inverted_base, names_a_matrix
from verifier.latex.vocabulary import GREEK_VARIANTS
from verifier.results import StepResult, Verdict

__all__ = ["branched", "inverse_readings", "said_invertible"]

_DIFFERENTIATIONS = frozenset({"grad", "hessian", "bytranspose", "byinverse"})

_WORD = r"(?:invertible|non-?singular|positive[- ]definite)"
# one name alone in the math: \mathbf{A}, \Sigma, A (then the math ends, or goes on with "\in …" or a comma)
_NAME = (r"\$\s*(?:\\(?:mathbf|boldsymbol|bm|mathrm)\s*\{\s*)?(?P<NAME>\\[A-Za-z]+|[A-Za-z])\s*\}?"
         r"\s*(?:\\in\b[^$]*|,[^$]*)?\$")
_BEFORE = re.compile(
    r"(?<!non-)(?<!non)(?<!not\s)\b"  # not "non-invertible $A$"
    + _WORD + r"\s+(?:(?:square\s+|symmetric\s+)?matri(?:x|ces)\s+)?" + _NAME.replace("NAME", "a"), re.I)
_AFTER = re.compile(
    _NAME.replace("NAME", "b") + r"\s+(?:(?:is|be|are)\s+)?(?:an?\s+)?(?:symmetric\s+)?" + _WORD + r"\b", re.I)


@functools.lru_cache(maxsize=32)
def said_invertible(text: str) -> frozenset[str]:
    """The names (``A``, ``Sigma``) the prose of ``text`` calls invertible, nonsingular or positive definite."""
    out: set[str] = set()
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            name = (m.group("a") if pattern is _BEFORE else m.group("b")).lstrip("\\")
            out.add(GREEK_VARIANTS.get(name, name))
    return frozenset(out)


def inverse_readings(r: StepResult, trees: list[sp.Basic], said: frozenset[str]) -> StepResult:
    """``r`` as documents.normalshapes leaves it, except that a FAILED read only with the inverse of matrices the
    prose calls invertible (``said``) stays FAILED."""
    if r.verdict is Verdict.FAILED and said and INVERSE in (r.message or "") and DETERMINANT not in (r.message or ""):
        bases = {inverted_base(node) for t in trees if isinstance(t, sp.Basic) for node in sp.preorder_traversal(t)
                 if isinstance(node, sp.Pow)} - {None}  # fmt: skip
        if bases and all(_said_base(b, said) for b in bases) \
                and not any(branched(t) for t in trees if isinstance(t, sp.Basic)):
            return r
    return covariance_readings(r, trees)


def branched(tree: sp.Basic) -> bool:
    r"""Does ``tree`` take a logarithm or a fractional power outside a derivative? Drawn at matrices of either sign
    of determinant, ``\log\det(A + uv^\top) = \log\det A + \log(1 + v^\top A^{-1} u)`` fails on the branch of
    the complex logarithm, not on the inverse (fresh36): such a failure stays SKIPPED. A derivative of a logarithm
    (``\nabla_X \log\det X``) has no branch."""
    if isinstance(tree, sp.Derivative | sp.Subs) or (
            isinstance(tree, AppliedUndef) and tree.func.__name__ in _DIFFERENTIATIONS):
        return False
    if isinstance(tree, sp.log) or (isinstance(tree, sp.Pow) and tree.exp.is_Rational and not tree.exp.is_Integer):
        return True
    return any(branched(a) for a in tree.args if isinstance(a, sp.Basic))


def _said_base(base: sp.Basic, said: frozenset[str]) -> bool:
    r"""Is ``base`` (of a negative power) a matrix the prose calls invertible, or a bracket that writes no matrix
    but their inverses (``(1 + t\,v^\top A^{-1} u)^{-2}``: a number, nothing chosen)?"""
    while isinstance(base, sp.Pow) and base.exp.is_Integer and base.exp > 0:
        base = base.base  # 1/(1 + x)^2 is ((1 + x)^2)^{-1}
    if isinstance(base, sp.Symbol):
        return base.name in said
    inverses = {p: sp.Dummy("inverse") for p in base.atoms(sp.Pow)
                if isinstance(p.base, sp.Symbol) and p.base.name in said and p.exp.is_Integer and p.exp < 0}
    return not names_a_matrix(base.xreplace(inverses))
