r"""A definite integral of an elementary integrand is computed, not refused (fresh49).

``\int_0^T (a + b t)\,dt = aT + \frac{bT^2}{2}`` — the compensator of a Poisson process, the zero-order hold of a
state-space model ``\int_0^{\Delta} e^{c s}\,ds = \frac{e^{c\Delta} - 1}{c}`` — was SKIPPED "an integral \int
cannot be checked", and so was every planted mistake in it (a dropped 1/2, a lost lower limit). An integral with
bounds whose integrand SymPy integrates in closed form is now that closed form; one SymPy cannot close (an
undefined function, a condition for convergence) stays unread. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_LINEAR = r"""# A rate that grows

The compensator of the rate $a + b t$ over the window is

$$
\int_0^T (a + b t)\, dt = a T + \frac{b T^2}{2} .
$$
"""

_HOLD = r"""# Holding the input

Over one step the input is constant, and the solution picks up

$$
\int_0^{\Delta} e^{c s}\, ds = \frac{e^{c \Delta} - 1}{c} .
$$
"""

_NUMBERS = r"""# A number

$$
\int_0^2 \left(1 + \frac{t}{2}\right) dt = 2 + \frac12 \cdot \frac{2^2}{2} = 3 .
$$
"""


def test_a_polynomial_integral_with_bounds_is_checked() -> None:
    assert verdicts_by_line(_LINEAR)[6][0] in ("PROVED", "PASSED")


def test_a_dropped_half_in_it_fails() -> None:
    assert verdicts_by_line(_LINEAR.replace(r"\frac{b T^2}{2}", r"b T^2"))[6] == ["FAILED"]


def test_an_exponential_integral_with_symbolic_bounds_is_checked() -> None:
    assert verdicts_by_line(_HOLD)[6][0] in ("PROVED", "PASSED")


def test_a_lost_lower_limit_fails() -> None:
    assert verdicts_by_line(_HOLD.replace(r"e^{c \Delta} - 1", r"e^{c \Delta}"))[6] == ["FAILED"]


def test_a_worked_integral_is_checked_and_a_wrong_value_fails() -> None:
    assert verdicts_by_line(_NUMBERS)[4][0] in ("PROVED", "PASSED")
    assert verdicts_by_line(_NUMBERS.replace(r"\frac12 \cdot \frac{2^2}{2}", r"\frac12 \cdot 2^2"))[4][0] == "FAILED"


def test_an_integral_of_an_undefined_function_stays_unread() -> None:
    text = "# f\n\n$$\n\\int_0^1 f(x)\\, dx = f(1) - f(0)\n$$\n"
    assert verdicts_by_line(text)[4] == ["SKIPPED"]


def test_an_integral_that_needs_a_convergence_condition_is_not_green() -> None:
    # \int_0^\infty e^{-a t} dt = 1/a only for a > 0: SymPy's answer keeps the condition, nothing is claimed
    text = "# decay\n\n$$\n\\int_0^{\\infty} e^{-a t}\\, dt = \\frac{2}{a}\n$$\n"
    assert verdicts_by_line(text)[4] in (["SKIPPED"], ["FAILED"])
    right = "# decay\n\n$$\n\\int_0^{\\infty} e^{-a t}\\, dt = \\frac{1}{a}\n$$\n"
    assert verdicts_by_line(right)[4] != ["FAILED"]


_PARTS = r"""# By parts

Let $\varphi(x) = e^{-x^2/2}$.

$$
\int_{-\infty}^{\infty} f(x)\, \varphi'(x)\, dx = \int_{-\infty}^{\infty} f'(x)\, \varphi(x)\, dx
$$
"""


def test_an_undefined_function_of_the_variable_is_no_constant() -> None:
    # the sign is wrong (by parts it is -\int f'\varphi): f(x) taken for a constant made both sides 0, PROVED
    assert verdicts_by_line(_PARTS)[6][0] not in ("PROVED", "PASSED")
