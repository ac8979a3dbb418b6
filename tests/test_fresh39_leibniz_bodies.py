r"""``\psi(r) = \frac{d\rho}{dr}``: a function defined as the Leibniz derivative of another function written bare.

Robust-loss notes define the influence function as the loss's slope, writing the loss by its name alone:
``\psi(r) = \frac{d\rho}{dr} = …`` after ``\rho(r) = …``. Called in a later line (``\psi'(r) = …``), the body's
bare ρ was read at the notes' own r, not at the call's argument, so its derivative by the (moved) parameter was 0
and the correct ``\psi'(r)`` FAILED ("left 0.0", fresh39: a Cauchy-loss note). A one-parameter function of the
notes written bare under a derivative by the body's parameter is that function at the parameter.
"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.parameterderivatives import at_parameters
from verifier.results import Verdict

_NOTES = """
# A robust loss

The loss is $$\\rho(r) = \\log(1 + r^2).$$

Its slope is the influence function

$$\\psi(r) = \\frac{{d\\rho}}{{dr}} = \\frac{{2r}}{{1 + r^2}} .$$

Differentiating once more,

$$\\psi'(r) = {right} .$$
"""


def _last(right: str) -> Verdict:
    return doc_steps(_NOTES.format(right=right))[-1].verdict


def test_the_slope_of_the_named_derivative_is_proved() -> None:
    assert _last("\\frac{2(1 - r^2)}{(1 + r^2)^2}") is Verdict.PROVED


def test_a_sign_slip_in_the_slope_fails() -> None:
    assert _last("\\frac{2(r^2 - 1)}{(1 + r^2)^2}") is Verdict.FAILED


def test_a_bare_function_name_is_called_at_the_parameter() -> None:
    r, rho = sp.symbols("r rho")
    moved = at_parameters(sp.Derivative(rho, r), ["r"], frozenset({"rho"}))
    assert isinstance(moved, sp.Subs) and moved.point == (r,)
    assert moved.expr.has(sp.Function("rho"))
    # a bare name that is no function of the notes stays a name
    assert not at_parameters(sp.Derivative(rho, r), ["r"], frozenset({"phi"})).has(sp.Function("rho"))


def test_the_named_derivative_at_a_number_is_worked_out() -> None:
    r"""``\psi(2) = …`` writes no r: ρ, bare in ψ's body, is still ρ(r) there, not a scalar ρ (it was "left 0.0")."""
    notes = _NOTES.format(right="\\frac{2(1 - r^2)}{(1 + r^2)^2}") + "\nCheck: $\\psi(2) = \\frac{4}{5} = 0.8$.\n"
    assert doc_steps(notes)[-2].verdict is Verdict.PROVED
    wrong = _NOTES.format(right="\\frac{2(1 - r^2)}{(1 + r^2)^2}") + "\nCheck: $\\psi(2) = \\frac{2}{5} = 0.4$.\n"
    assert doc_steps(wrong)[-2].verdict is Verdict.FAILED


_CONSTANT = """
The loss is $$\\rho(r) = \\frac{{c^2}}{{2}} \\log\\left(1 + \\frac{{r^2}}{{c^2}}\\right).$$

Its slope is $$\\psi(r) = \\frac{{d\\rho}}{{dr}} = \\frac{{c^2 r}}{{c^2 + r^2}} .$$

It peaks at $r = c$, where $\\psi(c) = c/2$. With $c = 2$: $\\psi(6) = \\frac{{24}}{{40}} = {value}$.
"""


def test_the_named_derivative_at_a_constant_of_the_loss_is_no_new_definition() -> None:
    r"""``\psi(c) = c/2``: c is a constant of ρ, which ψ's body writes bare — ψ at c, not a new ψ(c) := c/2 (that
    read ``\psi(6)`` as 3: a false alarm)."""
    # by member, not position: "where $\psi(c) = c/2$" is a step of its own now (ctx49), checked and PROVED
    steps = {(s.lhs_latex.strip(), s.rhs_latex.strip()): s.verdict for s in doc_steps(_CONSTANT.format(value="0.6"))}
    assert steps[("\\psi(6)", "\\frac{24}{40}")] is Verdict.PROVED
    assert steps[("\\psi(c)", "c/2")] is Verdict.PROVED
    wrong = {(s.lhs_latex.strip(), s.rhs_latex.strip()): s.verdict for s in doc_steps(_CONSTANT.format(value="0.5"))}
    assert wrong[("\\frac{24}{40}", "0.5")] is Verdict.FAILED
