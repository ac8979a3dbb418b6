r"""A number written before a tuple of numbers scales that vector: ``(0.3 - 1)(2, -1)``, ``\frac{1}{2}(2, 4)``.

Worked examples scale a vector by a computed factor, ``(\hat y_o - 1)\,v_c`` with the numbers put in:
``$(0.3 - 1)(2, -1) = (-1.4, 0.7)$``. A tuple after a bracket or a brace was left to the grammar (it may
be a call's arguments, ``(f + g)(x, y)``) and refused, so the formula was never read: the notes' slip
``= (-1.4, -0.7)`` stayed green. Where the factor is numbers alone and so are the coordinates, no call
and no inner product is meant: the product of a number and a vector."""

from __future__ import annotations

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.latex import LatexError
from verifier.latex.parser import parse_latex


@pytest.mark.parametrize(
    ("src", "factor"),
    [
        (r"(0.3 - 1)(2, -1)", sp.Rational(-7, 10)),
        (r"\frac{1}{2}(2, -1)", sp.Rational(1, 2)),
        (r"\sqrt{4}(2, -1)", 2),
        (r"2^{-1}(2, -1)", sp.Rational(1, 2)),
        (r"(0.5)(2, -1)", sp.Rational(1, 2)),
    ],
)
def test_a_number_before_a_tuple_of_numbers_scales_it(src: str, factor: sp.Expr) -> None:
    value = sp.Matrix(parse_latex(src))
    assert sp.simplify(value - factor * sp.Matrix([[2], [-1]])) == sp.zeros(2, 1)


@pytest.mark.parametrize("src", [r"(f + g)(x, y)", r"\frac{1}{2}(a, b)", r"(x - 1)(2, 4)"])
def test_names_before_or_inside_the_tuple_stay_refused(src: str) -> None:
    # a composed function's arguments, an inner product, a factor of names: not read as coordinates
    with pytest.raises(LatexError):
        parse_latex(src)


def test_a_scaled_tuple_in_the_prose_is_checked() -> None:
    text = "# Worked\n\nThe outside word's gradient is $(0.3 - 1)(2, -1) = (-1.4, -0.7)$ here.\n"
    assert verdicts_by_line(text).get(3) == ["FAILED"]
    right = text.replace("(-1.4, -0.7)", "(-1.4, 0.7)")
    assert verdicts_by_line(right).get(3) == ["PROVED"]
