r"""``\partial L / \partial z(t)``: a derivative with respect to the state at time t, not t times ∂L/∂z (fresh71).

The adjoint method defines ``a(t) = \partial L / \partial z(t)``. The slash form was read as
``t \cdot \partial L/\partial z`` (the bracket right after the denominator's name a factor), so the adjoint's
equation ``\frac{da}{dt} = -a(t)\,\frac{\partial f}{\partial z}`` FAILED against that reading (a false alarm), where
``\frac{\partial L}{\partial z(t)}`` is refused ("derivative with respect to the expression z(t)"). A bracket written
right after the denominator's name (no space) now belongs to the denominator, as in the fraction; with a space
(``\partial L/\partial z\,(x + 1)``, ``\partial L/\partial z (x + 1)``) it stays a factor."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.latex import LatexError, parse_latex

_NOTE = r"""# Adjoint

We take the dynamics $f(z, \theta) = \theta z$ and the loss $L = \tfrac{1}{2} z(T)^2$. The forward solution is

$$
z(t) = z_0\, e^{\theta t} .
$$

The adjoint $a(t) = \partial L / \partial z(t)$ runs backwards in time,

$$
\frac{da}{dt} = -a(t)\, \frac{\partial f}{\partial z} = -\theta\, a(t) .
$$
"""


def test_the_adjoint_equation_is_no_false_alarm() -> None:
    assert "FAILED" not in verdicts_by_line(_NOTE).get(12, []), verdicts_by_line(_NOTE)


def test_the_call_belongs_to_the_denominator() -> None:
    with pytest.raises(LatexError, match="with respect to the expression"):
        parse_latex(r"\partial L / \partial z(t)")


def test_a_spaced_bracket_is_still_a_factor() -> None:
    assert str(parse_latex(r"\partial L / \partial z (x+1)")) == "(x + 1)*Derivative(L, z)"
