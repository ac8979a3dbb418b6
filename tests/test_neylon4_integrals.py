r"""Integrals without bounds read as linear functionals of their integrand (verifier.documents.integrals).

A step that follows from linearity, from the notes' definitions inside the integrand, or from moving
a derivative written on the integral under it (Leibniz) is PROVED with the reading reported; a step
that needs more (the integral's value, a symmetric support) is SKIPPED, never FAILED; a derivative
that reaches an integral any other way is not read.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import display_step

from verifier.latex import LatexError, parse_latex
from verifier.latex.functionals import Integral, Label
from verifier.latex.integrals import differential

GREEN = ("PROVED", "PASSED")
x, y = sp.symbols("x y")


def _one(latex: str, prose: str = ""):
    return display_step(latex, prose)


# --- where the integral ends --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "body", "var"),
    [(r"x^2\,dx", r"x^2\,", "x"), (r"x^2 \, \mathrm{d}x = 1", r"x^2 \, ", "x"),
     (r"f(\theta) d\theta", r"f(\theta) ", "theta"), (r"\left(a + d\right) dy", r"\left(a + d\right) ", "y"),
     (r"\frac{d}{dt} g\,dy", r"\frac{d}{dt} g\,", "y")],
)  # fmt: skip
def test_the_differential_closes_the_body(src: str, body: str, var: str) -> None:
    found = differential(src, 0, len(src))
    assert found is not None
    start, _, name = found
    assert (src[:start], name) == (body, var)


@pytest.mark.parametrize("src", [r"_0^1 x\,dx", r"dx", r"\int f\,dx\,dy", r"x\,dx_i", r"x\,dyz", r"(x\,dx"])
def test_an_unclear_integral_is_not_delimited(src: str) -> None:
    assert differential(src, 0, len(src)) is None


def test_an_integral_parses_to_one_node_and_bounds_stay_refused() -> None:
    assert parse_latex(r"\int x^2\,dx") == Integral(x**2, Label("x"))
    assert parse_latex(r"\int y\,dy - 2\int x\,dx") == Integral(y, Label("y")) - 2 * Integral(x, Label("x"))
    # one integral with bounds is SymPy's (documents.definiteintegrals, fresh49); nested ones stay refused
    assert parse_latex(r"\int_0^1 x\,dx") == sp.Integral(x, (x, 0, 1))
    for src in (r"\int_0^1 \int_0^1 x y\,dx\,dy", r"\int\int x y\,dx\,dy"):
        with pytest.raises(LatexError, match="integral"):
            parse_latex(src)


# --- what is checked ------------------------------------------------------------------------------


def test_linearity_is_proved_with_the_reading() -> None:
    r = _one(r"\int (2x + 3x^2)\,dx = 2\int x\,dx + 3\int x^2\,dx")
    assert r.verdict.value == "PROVED"
    assert "linear functional of the integrand" in r.message


def test_a_wrong_coefficient_is_not_green_and_not_failed() -> None:
    r = _one(r"\int (2x + 3x^2)\,dx = 2\int x\,dx + 2\int x^2\,dx")
    assert r.verdict.value == "SKIPPED"
    assert "linearity of the integral" in r.message


def test_the_notes_definition_applies_inside_the_integrand() -> None:
    prose = r"Let $p(y) = b(y)\exp(\eta y - a(\eta))$ be a density, with $a(\eta) = e^\eta$ and $b(y) = e^{-y^2}$."
    assert _one(r"\int p(y)\,dy = \int b(y)\exp(\eta y - a(\eta))\,dy", prose).verdict.value in GREEN
    assert _one(r"\int p(y)\,dy = \int b(y)\exp(\eta y + a(\eta))\,dy", prose).verdict.value == "SKIPPED"


def test_a_derivative_on_the_integral_moves_under_it() -> None:
    prose = r"Let $a(\eta) = e^\eta$ and $b(y) = e^{-y^2}$."
    left = r"\frac{\partial}{\partial\eta}\int b(y)e^{\eta y - a(\eta)}dy"
    r = _one(left + r" = \int b(y)(y - e^\eta)e^{\eta y - a(\eta)}dy", prose)
    assert r.verdict.value in GREEN
    assert "under the integral sign" in r.message
    wrong = _one(left + r" = \int b(y)(y + e^\eta)e^{\eta y - a(\eta)}dy", prose)
    assert wrong.verdict.value == "SKIPPED"


def test_a_derivative_reaching_an_integral_otherwise_is_not_read() -> None:
    # the atom ∫e^{ηy}dy must not pass for a constant of η
    r = _one(r"\frac{\partial}{\partial\eta}\left(2\int e^{\eta y}dy\right) = 0")
    assert r.verdict.value == "SKIPPED"


def test_the_variable_is_bound_whatever_the_notes_define_it_to_be() -> None:
    prose = "Let $y = 3$."
    assert _one(r"\int 2y\,dy = 2\int y\,dy", prose).verdict.value in GREEN
    assert _one(r"\int y\,dy = \int 3\,dy", prose).verdict.value == "SKIPPED"


def test_a_power_of_the_variable_is_one_integrand_however_written() -> None:
    assert _one(r"\int \frac{\lambda^y}{y+1}\,dy = \int \frac{e^{y\log\lambda}}{y+1}\,dy").verdict.value in GREEN
