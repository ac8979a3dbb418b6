r"""``h(t) = g'(t)``: a function defined as a derivative at its own parameter, called at another argument.

"Let $\phi(t) = \Phi'(t)$ be the density" and later ``\frac{d}{dw}\Phi(wx) = x\,\phi(wx)``: the body was evaluated
with t bound to wx, but the derivative in it was taken by t itself, a name the notes never declare — every step
calling φ was SKIPPED "t is not declared or defined; cannot differentiate by it" (fresh37: three planted mistakes
of a probit note). The body means the derivative of g, evaluated at the parameter (what ``g'(wx)`` is read as).
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.parameterderivatives import at_parameters
from verifier.results import Verdict

_NOTES = """
# A cubic

Let $g(t) = t^3 + t$ and write $h(t) = g'(t)$ for its slope. By the chain rule

$$\\frac{{d}}{{dw}}\\, g(w x) = {right} .$$
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_the_chain_rule_through_the_defined_slope_is_proved() -> None:
    assert _last("x\\, h(w x)") is Verdict.PROVED


def test_a_dropped_inner_factor_fails() -> None:
    assert _last("h(w x)") is Verdict.FAILED


def test_only_a_derivative_by_a_parameter_is_moved() -> None:
    t, s = sp.symbols("t s")
    g = sp.Function("g")
    moved = at_parameters(sp.Derivative(g(t), t), ["t"])
    assert isinstance(moved, sp.Subs) and moved.point == (t,)
    assert at_parameters(sp.Derivative(g(s), s), ["t"]) == sp.Derivative(g(s), s)  # s is no parameter
    assert at_parameters(t**2, ["t"]) == t**2
