r"""A name a derivative removes is no name "on one side only", also where the operand calls σ (gaps61).

``\frac{d}{d\theta}(\sigma(\theta x) - y)x``: y is a co-input the derivative removes whatever σ is (the chain rule
keeps only σ' at θx and the factors x), so a right side that drops a factor x (a planted slip of logistic-regression
notes) fails under every reading. It was SKIPPED ("y appear(s) on one side only"): documents.vanishing differentiated
plain algebra only, and with σ it split the operand's sum alone. σ (a function the notes' registry knows, hiding no
name) is now differentiated as an unknown function of its argument: a name the result does not write is removed for
every σ. A name that stays after differentiating (a of ``a\sigma(b)``) keeps the doubt. Every example is written
here."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.documents.vanishing import vanishing_names
from verifier.latex import parse_latex


def _derivative(latex: str) -> sp.Derivative:
    (d,) = parse_latex(latex).atoms(sp.Derivative)
    return d


def test_a_co_input_beside_sigma_vanishes() -> None:
    assert vanishing_names(_derivative(r"\frac{d}{d\theta}\left(\sigma(\theta x) - y\right)x")) == {"y"}
    assert vanishing_names(_derivative(r"\frac{d}{dw}\sum_{i=1}^n(\sigma(wx_i) - y_i)x_i")) == {"y"}


def test_a_name_that_stays_does_not_vanish() -> None:
    assert vanishing_names(_derivative(r"\frac{\partial}{\partial b}\left(a\,\sigma(b)\right)")) == set()


def test_an_arbitrary_function_still_hides_its_dependence() -> None:
    assert vanishing_names(_derivative(r"\frac{d}{d\theta}\left(f(\theta x) - y\right)x")) == set()


_NOTE = (
    "# L\n\nThe logistic loss of one example.\n\n$$\n"
    "\\frac{d}{d\\theta}\\left(\\sigma(\\theta x) - y\\right)x = RIGHT\n$$\n"
)


def test_a_dropped_factor_is_failed() -> None:
    got = verdicts_by_line(_NOTE.replace("RIGHT", "\\sigma(\\theta x)\\left(1 - \\sigma(\\theta x)\\right)x"))[6]
    assert got == ["FAILED"]


def test_the_right_derivative_is_not_failed() -> None:
    got = verdicts_by_line(_NOTE.replace("RIGHT", "\\sigma(\\theta x)\\left(1 - \\sigma(\\theta x)\\right)x^2"))[6]
    assert got in (["PROVED"], ["PASSED"])


def test_a_summed_dropped_factor_is_failed() -> None:
    note = (
        "# L\n\nThe logistic loss of $n$ examples.\n\n$$\n\\frac{d}{dw}\\sum_{i=1}^n(\\sigma(wx_i) - y_i)x_i = "
        "\\sum_{i=1}^n \\sigma(wx_i)(1-\\sigma(wx_i))x_i\n$$\n"
    )
    assert verdicts_by_line(note)[6] == ["FAILED"]
