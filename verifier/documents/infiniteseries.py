r"""A sum to ∞ read by its closed form, on the values where it converges (gaps37; fresh25 left it).

``\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 - \gamma}`` (a discounted return), ``(1 - \lambda)\sum_{n=1}^{\infty}
\lambda^{n-1} = 1`` (the λ-return's weights), ``\sum_{k=0}^{\infty} \frac{x^k}{k!} = e^x``: the resolver expands a
sum term by term, so a sum to ∞ was SKIPPED "the upper bound of k must be a concrete integer here, got oo". A
truncation (the first thousand terms) is no reading: it would pass a closed form wrong by less than its tail
(``\frac{1}{1 - \gamma} + 10^{-9}``) and say nothing where the series converges slowly.

This module owns the exact reading: the summand with the index left a symbol (an integer), summed by SymPy's
closed forms (geometric and arithmetico-geometric series, ζ(2), the exponential series, …). A closed form SymPy
gives only under a condition (``|\gamma| < 1``) is the sum's value where that holds and no number elsewhere (the
series diverges there: the step says nothing at such a point, as at a point outside a logarithm's domain), so
the step is checked where the series converges — the only values at which the notes' sum is one. A sum with no
closed form, a product to ∞, a sum of matrices or over two indices to ∞ stays unread, and says so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sympy as sp

from verifier.documents.values import ResolveError, Value, is_matrix
from verifier.results import StepResult, Verdict
from verifier.stepverdict import TOO_FEW_POINTS

__all__ = ["SERIES_NOTE", "few_convergent", "infinite_bound", "infinite_series"]

#: said with a step whose sum to ∞ was read (every reading is reported with the step)
SERIES_NOTE = "a sum to ∞ read by its closed form, checked where the series converges"

_INFINITE = re.compile(r"\b(?:Sum|Product)\(.*\boo\)")

#: at most this many characters of a summand SymPy is asked to sum (a long summand is no textbook series)
MAX_SUMMAND = 400


def _where_convergent(closed: sp.Expr) -> sp.Expr:
    """``closed`` with each condition's branch that is still a sum (the series diverges there) made no number."""
    def convergent(piecewise: sp.Piecewise) -> sp.Expr:
        kept = [(e, c) for e, c in piecewise.args if not e.has(sp.Sum)]
        return sp.Piecewise(*kept, (sp.nan, True)) if kept else piecewise

    return closed.replace(lambda e: isinstance(e, sp.Piecewise) and e.has(sp.Sum), convergent)


def _as_powers(body: sp.Expr, k: sp.Symbol) -> tuple[sp.Expr, dict[sp.Symbol, sp.Expr]]:
    """``body`` with each ``exp(a k + b)`` (a, b free of k) written ``exp(b) q^k`` for a new symbol q, and the values
    of those symbols (q = exp(a)): SymPy sums a geometric series in a power, not in an exponential of the index."""
    bases: dict[sp.Symbol, sp.Expr] = {}

    def split(e: sp.Expr) -> sp.Expr:
        arg = sp.expand(e.args[0])
        rest, linear = arg.as_independent(k, as_Add=True)
        rate = sp.cancel(linear / k)
        if rate.has(k):
            return e
        q = sp.Dummy("q")
        bases[q] = sp.exp(rate)
        return sp.exp(rest) * q**k

    out = body.replace(lambda e: isinstance(e, sp.exp) and e.has(k), split)
    return out, bases


@functools.lru_cache(maxsize=256)
def _closed_form(body: sp.Expr, k: sp.Symbol, lo: sp.Expr, hi: sp.Expr) -> sp.Expr:
    """SymPy's sum of ``body`` over ``k`` from ``lo`` to ``hi`` where it converges (each reading of a chain resolves
    its members again: the same series is summed once)."""
    powers, bases = _as_powers(body, k)
    return _where_convergent(sp.Sum(powers, (k, lo, hi)).doit()).subs(bases)


def infinite_bound(node: sp.Sum | sp.Product) -> bool:
    """Does ``node`` run to ∞ (or from −∞)?"""
    return any(lo in (sp.oo, -sp.oo) or hi in (sp.oo, -sp.oo) for _, lo, hi in node.limits)


def infinite_series(node: sp.Sum | sp.Product, env: dict[str, Value], value: Callable[[Any, dict[str, Value]], Value]
                    ) -> Value:  # fmt: skip
    """The value of the sum to ∞ ``node`` under ``env`` (``value``: the resolver's reading of a tree), by its
    closed form (module docstring); :class:`ResolveError` with the reason when it has none the checker knows."""
    if not isinstance(node, sp.Sum) or len(node.limits) != 1:
        raise ResolveError("a product to ∞, or a sum to ∞ over several indices, is not read (only a single sum to ∞ "
                           "with a closed form)")  # fmt: skip
    var, lo, hi = node.limits[0]
    k = sp.Symbol(f"{var.name}_series", integer=True)
    ends = [b if b in (sp.oo, -sp.oo) else value(b, env) for b in (lo, hi)]
    if not all(b in (sp.oo, -sp.oo) or isinstance(b, sp.Integer) for b in ends):
        raise ResolveError("a sum to ∞ from a bound that is not a number is not read")
    body = value(node.function, {**env, var.name: k})
    if is_matrix(body) or not isinstance(body, sp.Expr) or len(str(body)) > MAX_SUMMAND:
        raise ResolveError("a sum to ∞ of vectors or matrices (or of a long summand) is not read")
    closed = _closed_form(body, k, ends[0], ends[1])
    if closed in (sp.oo, -sp.oo, sp.zoo):
        raise ResolveError(f"a sum to ∞ that diverges (∑ {body} from {var} = {ends[0]} is {closed})")
    if closed.has(sp.Sum) or closed.has(k) or closed is sp.nan:
        raise ResolveError(f"a sum to ∞ with no closed form the checker knows (∑ {body} from {var} = {ends[0]}); a "
                           "truncation would be no evidence")  # fmt: skip
    return closed


def few_convergent(r: StepResult) -> StepResult:
    r"""A step over a sum to ∞ whose closed form holds on a region too few sample points fell in
    (``\sum (100\gamma)^k`` converges for |γ| < 1/100): the engine's ERROR "only 27 of 200 sample points had finite
    values" is no fault of the notes. The sum may be the step's own or reached through a definition (``\frac{d}{ds}
    \log G(s)`` after ``G(s) = \sum_k (50s)^k``, whose reading the step's message names: :data:`SERIES_NOTE`).
    SKIPPED, said why: never green, as a region too small to sample is (documents.definedconditions)."""
    if r.verdict is not Verdict.ERROR or TOO_FEW_POINTS not in r.message:
        return r
    if not (_INFINITE.search(f"{r.lhs} {r.rhs}") or SERIES_NOTE in r.message):  # written, or through a definition
        return r
    return replace(r, verdict=Verdict.SKIPPED, message="a sum to ∞, read by its closed form where it converges: too "
                   f"few sample points fall where it converges to check it ({r.message})")
