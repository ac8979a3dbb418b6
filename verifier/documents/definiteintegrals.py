r"""Integrals with both bounds written, ``\int_a^b f(t)\,dt``: computed in closed form, or not read.

Notes evaluate definite integrals as steps of their own: the compensator of a Poisson process
``\int_0^T (\alpha + \beta t)\,dt = \alpha T + \frac{\beta T^2}{2}``, the zero-order hold of a state-space model
``\int_0^{\Delta} e^{A s}\,ds = \frac{e^{A\Delta} - 1}{A}``, a worked ``\int_0^2 (1 + t/2)\,dt = 3``. The parser
builds SymPy's unevaluated ``Integral`` (:func:`verifier.latex.build.definite_integral`); this module owns
what it is taken to mean:

* **The variable is bound**, as in an integral without bounds (:mod:`verifier.documents.integrals`): the
  integrand is resolved with it bound to a fresh real symbol, the notes' definitions of the other names
  applying; an integrand that reaches the notes' own name of the variable through a definition, or holds an
  expectation or another integral, is not read.
* **The value is SymPy's closed form**, computed within a budget; the bounds are resolved as any formula.
  Where SymPy returns an unevaluated integral anywhere in its answer — an undefined function, an integral
  that converges only under a condition on the names (``\int_0^\infty e^{-at}\,dt``, ``Piecewise((1/a,
  |arg a| < π/2), (∫…, True))``) — nothing is claimed and the step is not read. A case split SymPy makes on
  a name (``Δ`` where ``A = 0``, ``(e^{AΔ} − 1)/A`` otherwise) is kept as a Piecewise: each case is the
  integral's value there.
* **A call of the variable must stay one.** A function the notes leave undefined, applied to the variable
  (``\int f(x)\varphi'(x)\,dx``), may resolve to an opaque value free of it; integrated as a constant, the wrong
  sign in ``\int f\varphi' = \int f'\varphi`` was PROVED (both sides 0). Every call or derivative of the body
  that writes the variable must resolve to a value that depends on it; otherwise the integral is not read.
* **Only where the bounds enclose no pole** (:func:`where_no_pole`, sound54). With a name in a bound or in the
  integrand, SymPy's answer is the antiderivative's difference: ``\int_0^a \frac{dx}{x - 1}`` comes back as
  ``\log(a - 1) - i\pi``, complex for a > 1, where the integral diverges (the pole 1 lies between the bounds) — and
  the notes' right ``\log|1 - a|`` was FAILED there. The integrand's real poles are located (SymPy's
  ``singularities``); the value is the closed form where no pole lies strictly between the bounds and none
  (``nan``, a point not compared) where one does. Poles SymPy cannot list as finitely many values (``\tan x``, a
  pole that is real only for some values of a name) leave such an integral unread. An answer that is a range of
  values (``\int_0^\infty \sin x\,dx``, AccumBounds) is not read either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sympy as sp
from sympy.calculus.accumulationbounds import AccumBounds
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded, soft_limit
from verifier.documents.integrals import bound_integrand
from verifier.documents.values import ResolveError, Value, elementwise, free_symbols, is_matrix
from verifier.latex.functionals import Expectation, Integral, Statistic
from verifier.results import StepResult, Verdict
from verifier.stepverdict import TOO_FEW_POINTS

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["COMPUTED", "POLES", "definite_value", "few_where_convergent", "where_no_pole"]

COMPUTED = "∫ from {lo} to {hi} … d{var} computed in closed form (SymPy's integrate)"
POLES = "the integral taken only where its bounds enclose no pole of the integrand (elsewhere it diverges)"
BUDGET = 2.0  # seconds of the closed form of one integral
_STAGE = "definite integrals"


def definite_value(resolver: Resolver, node: sp.Integral, env: dict[str, Value]) -> Value:
    r"""The value of ``\int_a^b body \,d var``: its closed form (see the module docstring)."""
    if len(node.limits) != 1 or len(node.limits[0]) != 3:
        raise ResolveError("an integral over several variables or without both bounds is not read")
    x, lo, hi = node.limits[0]
    body = node.function
    var = x.name
    if body.atoms(Expectation, Statistic, Integral, sp.Integral):
        raise ResolveError("an integral of an integral or an expectation is not read")
    y = sp.Dummy(f"∫{var}", real=True)
    inner = {**env, var: y}
    for call in body.atoms(AppliedUndef, sp.Derivative):
        # f(x) of a function the notes leave undefined may resolve to an opaque value free of the bound variable:
        # \int f(x)\varphi'(x)\,dx would be f·0 and \int f'(x)\varphi(x)\,dx 0·1, a wrong sign "PROVED" (fresh49)
        if x in call.free_symbols and not free_symbols(resolver.value(call, inner)) & {y}:
            raise ResolveError(f"the integrand's {sp.sstr(call)} is not a function of {var} the checker can integrate")
    value = bound_integrand(resolver, body, var, y, env)
    a, b = resolver.value(lo, env), resolver.value(hi, env)
    if is_matrix(a) or is_matrix(b):
        raise ResolveError("a bound of the integral is not a number")

    def closed(entry: sp.Expr) -> sp.Expr:
        out = _budgeted(lambda: sp.integrate(sp.sympify(entry), (y, a, b)),
                        "the integral was not computed in closed form", "the integral could not be computed")
        if out.has(sp.Integral) or out.has(sp.nan, sp.zoo) or y in out.free_symbols:
            raise ResolveError("SymPy finds no closed form of the integral (or one only under a condition)")
        if out.has(AccumBounds):  # \int_0^\infty \sin x\,dx: a range of values, no value
            raise ResolveError("the integral has no value: SymPy answers with a range of values (it oscillates)")
        guarded = where_no_pole(out, sp.sympify(entry), y, a, b)
        if guarded is not out:
            guards.append(guarded)
        return guarded

    guards: list[sp.Expr] = []
    out = elementwise(closed, value) if is_matrix(value) else closed(value)
    resolver._note(COMPUTED.format(lo=sp.sstr(lo), hi=sp.sstr(hi), var=var))
    if guards:
        resolver._note(POLES)
    return out


def _budgeted(compute: Callable[[], Any], late: str, failed: str) -> Any:
    """``compute()`` within :data:`BUDGET` seconds; a :class:`ResolveError` saying ``late`` ("… within the time
    budget") or ``failed`` ("… (TypeError)") where it runs out or SymPy raises."""
    try:
        with soft_limit(BUDGET, _STAGE):
            return compute()
    except BudgetExceeded as exc:
        if exc.stage != _STAGE:
            raise
        raise ResolveError(f"{late} within the time budget") from None
    except (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError) as exc:
        raise ResolveError(f"{failed} ({type(exc).__name__})") from None


def few_where_convergent(r: StepResult) -> StepResult:
    """``r`` SKIPPED where the engine found too few sample points with finite sides and an integral of the step was
    taken only where its bounds enclose no pole (:func:`where_no_pole`): the integral exists at too few of them."""
    if r.verdict is not Verdict.ERROR or TOO_FEW_POINTS not in (r.message or "") or POLES not in (r.message or ""):
        return r
    return replace(r, verdict=Verdict.SKIPPED, message=(
        "the integral exists only where its bounds enclose no pole of the integrand, and too few sample points "
        f"are such points to compare the sides: not checked ({r.message})"))


def where_no_pole(out: sp.Expr, integrand: sp.Expr, y: sp.Symbol, a: sp.Expr, b: sp.Expr) -> sp.Expr:
    """``out``, SymPy's value of the integral of ``integrand`` in ``y`` from ``a`` to ``b``, where no real pole of
    the integrand lies strictly between the bounds, and ``nan`` (no value) where one does (see the module
    docstring). With numbers only, SymPy's own answer (``nan`` or ``oo`` for a divergent integral) is kept."""
    names = (sp.sympify(integrand).free_symbols - {y}) | sp.sympify(a).free_symbols | sp.sympify(b).free_symbols
    if not names:
        return out
    poles = _budgeted(lambda: sp.singularities(integrand, y, sp.S.Reals),
                      "the integrand's poles were not located", "the integrand's poles could not be located")
    if poles is sp.S.EmptySet:
        return out
    if not isinstance(poles, sp.FiniteSet) or any(y in p.free_symbols or p.is_real is False for p in poles):
        raise ResolveError("the integrand's poles are not finitely many values the checker can place against the "
                           "bounds: where the bounds enclose one the integral diverges")
    outside = sp.And(*((p - a) * (p - b) >= 0 for p in poles))
    if outside is sp.true:
        return out
    if outside is sp.false:
        raise ResolveError("the bounds enclose a pole of the integrand: the integral diverges")
    return sp.Piecewise((out, outside), (sp.nan, True))
