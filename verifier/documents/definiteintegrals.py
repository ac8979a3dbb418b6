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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded, soft_limit
from verifier.documents.integrals import bound_integrand
from verifier.documents.values import ResolveError, Value, elementwise, free_symbols, is_matrix
from verifier.latex.functionals import Expectation, Integral, Statistic

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["COMPUTED", "definite_value"]

COMPUTED = "∫ from {lo} to {hi} … d{var} computed in closed form (SymPy's integrate)"
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
        try:
            with soft_limit(BUDGET, _STAGE):
                out = sp.integrate(sp.sympify(entry), (y, a, b))
        except BudgetExceeded as exc:
            if exc.stage != _STAGE:
                raise
            raise ResolveError("the integral was not computed in closed form within the time budget") from None
        except (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError) as exc:
            raise ResolveError(f"the integral could not be computed ({type(exc).__name__})") from None
        if out.has(sp.Integral) or out.has(sp.nan, sp.zoo) or y in out.free_symbols:
            raise ResolveError("SymPy finds no closed form of the integral (or one only under a condition)")
        return out

    out = elementwise(closed, value) if is_matrix(value) else closed(value)
    resolver._note(COMPUTED.format(lo=sp.sstr(lo), hi=sp.sstr(hi), var=var))
    return out
