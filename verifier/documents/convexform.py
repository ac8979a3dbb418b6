r"""An objective convex (or concave) by its form: what makes a stationary point its minimiser (or maximiser).

A closed-form optimiser, ``\arg\min_\beta \|y - X\beta\|^2 + \lambda\|\beta\|^2 = (X^\top X + \lambda I)^{-1}X^\top
y``, is checked by the objective's gradient there (documents.optimum.stationarity): a zero gradient shows a
stationary point only, which is the minimum where the objective is convex. gaps62b left it SKIPPED "needs the
objective convex, which is not shown". This module owns showing it, soundly and from the form alone (never from
values at points): the resolved objective (with the optimised variable's entries as symbols) is

* *affine* in the variables where it is a polynomial of degree at most 1 in them (a term free of them included);
* *convex* as an even power of a real affine expression (``(y_i - x_i^\top\beta)^2``, ``\beta_j^2``), an
  exponential of one, a sum of convex and affine terms, or a multiple of a convex term by a coefficient free of the
  variables that is provably nonnegative: a positive number, a name positive by its assumptions or by a bound the
  notes state (``$\lambda > 0$``), an even power of a real name the objective divides by (``1/(2\sigma^2)``);
* *concave* where its negative is convex (a Gaussian log-likelihood in μ: ``-\frac{1}{2\sigma^2}\sum_i (x_i -
  \mu)^2 - n\log\sigma``).

A sum of squares plus a positive multiple of a squared norm is convex so (its Hessian 2(XᵀX + λI) is PSD by
construction). A differentiable convex function is at its minimum wherever its gradient vanishes, so the optimiser
step is PROVED with that reading said; anything else keeps gaps62b's SKIPPED ("not shown"), never FAILED.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

import sympy as sp

from verifier.documents.optimum import OptimumValue, nonzero_bases, sign_of, split_optimum
from verifier.documents.values import Value

__all__ = ["DOMAIN", "READING", "over_whole_space", "shown_curvature"]

READING = "the objective convex (concave for a maximum) by its form: squares of affine terms and nonnegative multiples"


#: words that give the optimised variable a domain short of the whole space ("on the positive reals", "its domain",
#: ``\mathbb{R}_+``): a convex objective's stationary point is its minimum over the whole space only
DOMAIN = re.compile(
    r"\b(?:positive|non-?negative|negative)\s+(?:reals?|real\s+(?:numbers|line|axis)|half[- ]?(?:line|axis)|orthant|"
    r"numbers|values)\b|\bdomain\b|\\mathbb\s*\{?R\}?_\s*\{?\s*(?:\+|>|\\geq?)"
    # integers, an interval, a probability (redlate63: "over the integers", "on $[2, 5]$", "for $t$ between 2 and 5",
    # "where $t$ is a probability", \arg\min_{t \in \mathbb{N}} were PROVED at a stationary point outside them)
    r"|\b(?:over|on|in)\s+(?:the\s+)?(?:integers|natural\s+numbers)\b|\binteger[- ]valued\b"
    r"|\$\s*\\?[A-Za-z]+\s*\$\s+(?:is|are)\s+(?:an?\s+)?(?:integers?|natural\s+numbers?|probabilit(?:y|ies))\b"
    r"|\b(?:on|over|in)\s+\$\s*(?:\\left\s*)?[\[(]\s*[^,$]+,[^$]+[\])]\s*\$"
    r"|\bbetween\s+(?:\$[^$]+\$|-?\d[\d.]*)\s+and\b"
    # mend63 (redmid63 M5): "over nonnegative $w$", "a nonnegative weight", "the unit ball", "a box": a sign said of
    # anything but a bare "positive" (too common of λ), and the names of bounded sets
    r"|\bnon-?(?:negative|positive)\b|\b(?:positive|negative)\s+\$"
    r"|\b(?:ball|interval|box|bounded|orthant|cone|polytope|half-?spaces?)\b",
    re.IGNORECASE,
)
#: an optimum over the integers written in its subscript: ``\arg\min_{t \in \mathbb{N}}`` (redlate63)
_DISCRETE_SET = re.compile(r"_\s*\{[^{}]*\\in\s*\\mathbb\s*\{?\s*[NZ]\b")
#: an optimised name declared or said an integer (``$k \in \mathbb{Z}$``, "let $k$ be an integer"): the stationary
#: point of a convex objective over the integers is no minimiser (that of (k − y)² is y rounded)
_INTEGER = (
    r"\$[^$]*(?<![A-Za-z\\])NAME(?![A-Za-z])[^$]*\\in\s*\\mathbb\s*\{?\s*[ZN]\b"
    r"|\$\s*NAME\s*\$\s*(?:be|is|are|denotes?)\s+(?:an?\s+|any\s+)?(?:integer|natural|whole\s+number)"
)
#: a sign said in words of an optimised name: "$w$ is positive", "$w$ is a positive weight", "the weight $w$ is
#: positive", "a positive weight $w$", "$w$ must be strictly positive" (red64: each PROVED the stationary point of
#: (w − a)², which is no minimiser over w > 0 when a ≤ 0); said of another name (a coefficient) it restricts nothing
_SIGN_WORD = r"(?:strictly\s+)?(?:positive|negative|non-?negative|non-?positive)\b"
_SIGNED = (
    r"\$\s*NAME\s*\$\s*(?:(?:is|are|be|being|must\s+be|stays?|remains?|always|an?|any)\s+)+"
    + _SIGN_WORD
    + r"|\b"
    + _SIGN_WORD
    + r"\s+(?:(?!(?:and|or|but|for|with)\b)[A-Za-z]+\s+){1,2}\$\s*NAME\s*\$"
)
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec|mathit)\b|[\\{}\s]")


def _name_pattern(name: str) -> str:
    r"""A pattern for the optimised ``name`` (its font and backslash taken off) as prose writes it: ``w``,
    ``\theta``, ``\mathbf{w}``, ``\boldsymbol{\beta}``."""
    return r"(?:\\(?:mathbf|boldsymbol|bm|vec|mathit)\s*\{\s*)?\\?" + re.escape(name) + r"(?![A-Za-z])(?:\s*\})?"


def over_whole_space(around: str, members: Sequence[str], bounded: Collection[str]) -> bool:
    """Is the optimum of the step (its ``members`` as written) taken over the whole space: no words of a domain
    (:data:`DOMAIN`) in the prose ``around`` it, and no bound the notes state (``bounded``: the names
    ``ranges.stated_bounds`` found) for a variable it is taken over (``for $t > 0$``)?"""
    if DOMAIN.search(around) or any(_DISCRETE_SET.search(m) for m in members):
        return False
    names = {_FONT.sub("", v) for m in members if (o := split_optimum(m)) is not None for v in o[1].split(",")}
    said = [_name_pattern(n) for n in names if n]
    if any(re.search(p.replace("NAME", n), around, re.IGNORECASE) for n in said for p in (_INTEGER, _SIGNED)):
        return False
    return not names & set(bounded)


def _affine(e: sp.Expr, variables: Sequence[sp.Symbol]) -> bool:
    if not e.has(*variables):
        return True
    if not e.is_polynomial(*variables):
        return False
    return sp.Poly(e, *variables).total_degree() <= 1


def _curvature(e: sp.Expr, variables: Sequence[sp.Symbol], nonzero: frozenset[sp.Expr], depth: int = 0) -> int | None:
    """0: affine in ``variables``; +1: convex; -1: concave; None: not shown by the form."""
    if depth > 40:
        return None
    if _affine(e, variables):
        return 0
    if isinstance(e, sp.Add):
        kinds = {_curvature(a, variables, nonzero, depth + 1) for a in e.args}
        if None in kinds or kinds >= {1, -1}:
            return None
        return max(kinds, key=abs)
    if isinstance(e, sp.Mul):
        free = [f for f in e.args if not f.has(*variables)]
        bound = [f for f in e.args if f.has(*variables)]
        if len(bound) != 1:
            return None
        kind = _curvature(bound[0], variables, nonzero, depth + 1)
        if not kind:
            return kind
        sign = sign_of(sp.Mul(*free), nonzero)
        return None if sign is None else kind * sign
    if isinstance(e, sp.Pow):
        base, exp = e.args
        if exp.is_Integer and exp > 0 and exp.is_even and base.is_real and _affine(base, variables):
            return 1
        return None
    if isinstance(e, sp.exp) and e.args[0].is_real and _affine(e.args[0], variables):
        return 1
    return None


def shown_curvature(a: Value, b: Value, positive: Collection[str] = (),
                    unproven: AbstractSet[sp.Symbol] = frozenset()) -> int | None:  # fmt: skip
    """+1 / -1 where the objective of the optimum among ``a`` and ``b`` (an :class:`OptimumValue`) is convex /
    concave in its variable by its form (module docstring), else None. ``positive``: the names of the symbols the
    notes state positive or nonnegative (``$\\lambda > 0$``), read so; ``unproven``: symbols the checker took
    positive without the notes saying so (documents.nonnegative.unproven: ``x`` of ``\\log(-x)``), read as reals of
    either sign — their positivity is no evidence for a coefficient's sign."""
    optimum = a if isinstance(a, OptimumValue) else b
    if not isinstance(optimum, OptimumValue):
        return None
    body = optimum.args[2]
    expr, variables = body.expr, tuple(body.variables)
    if not isinstance(expr, sp.Expr):
        return None
    named = {
        s: sp.Symbol(s.name, positive=True) if s.name in positive else sp.Dummy(s.name, real=True)
        for s in expr.free_symbols
        if s.name in positive or s in unproven
    }
    expr = expr.xreplace(named)
    try:
        return _curvature(expr, variables, nonzero_bases(expr))
    except (sp.PolynomialError, TypeError, ValueError):
        return None
