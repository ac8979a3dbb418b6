r"""A subscripted point beside a function's scalar parameter is its own name, not an entry of the argument (lead55).

Tangent lines, Taylor expansions, shifted functions and initial conditions write a point ``x_0`` (``t_0``) beside the
parameter x (t) of a function: ``T(x) = f(x_0) + f'(x_0)(x - x_0)``, ``q(x) = a(x - x_0)^2 + c``,
``y(t) = 1/(1 + e^{-r(t - t_0)})``. The body's ``x_0`` was read as entry 0 of the argument, a number, so every line
reaching the function was SKIPPED "x is a scalar here; it has no entry 0", whether right or wrong. Where the argument
is a number and the notes know ``x_0`` as a name of its own, the body's ``x_0`` is that name. Every note here is
written for this test."""

from __future__ import annotations

from support import verdicts_by_line

_TANGENT = r"""# Linearisation

Let $f(x) = x^3$. Its tangent line at $x_0$ is $T(x) = f(x_0) + f'(x_0)(x - x_0)$, and

$$
f(x) - T(x) = x^3 - x_0^3 - 3x_0^2 (x - x_0) = (x - x_0)^2 (x + 2x_0) .
$$
"""

_SHIFTED = r"""# Shifted quadratic

For $q(x) = a (x - x_0)^2 + c$,

$$
q'(x) = 2a(x - x_0)
$$

so $q'(x_0) = 0$, and twice as far out

$$
q(x_0) = c , \qquad q(2x_0) = a x_0^2 + c .
$$
"""

_LOGISTIC = r"""# Logistic growth

The solution is

$$
y(t) = \frac{1}{1 + e^{-r(t - t_0)}} .
$$

Its derivative is

$$
y'(t) = \frac{r e^{-r(t - t_0)}}{(1 + e^{-r(t - t_0)})^2} = r\, y(t) (1 - y(t)) ,
$$

and at the midpoint $y(t_0) = \frac{1}{2}$, where the growth is fastest, $y'(t_0) = \frac{r}{4}$.
"""


def test_the_tangent_lines_remainder_is_checked() -> None:
    assert verdicts_by_line(_TANGENT)[6] == ["PROVED", "PROVED"]
    assert verdicts_by_line(_TANGENT.replace("- 3x_0^2 (x - x_0)", "- 3x_0 (x - x_0)"))[6][0] == "FAILED"


def test_a_shifted_functions_derivative_and_values_are_checked() -> None:
    lines = verdicts_by_line(_SHIFTED)
    assert [lines[6], lines[9], lines[12]] == [["PROVED"], ["PROVED"], ["PROVED", "PROVED"]]
    assert verdicts_by_line(_SHIFTED.replace("= 2a(x - x_0)", "= 2a(x + x_0)"))[6] == ["FAILED"]
    assert verdicts_by_line(_SHIFTED.replace("= a x_0^2 + c", "= 4a x_0^2 + c"))[12] == ["PROVED", "FAILED"]


def test_the_logistic_derivative_is_checked_through_the_initial_time() -> None:
    lines = verdicts_by_line(_LOGISTIC)
    assert lines[12] == ["PROVED", "PROVED"]
    assert set(lines[15]) == {"PROVED"}
    wrong = verdicts_by_line(_LOGISTIC.replace("= r\\, y(t) (1 - y(t))", "= y(t) (1 - y(t))"))
    assert wrong[12][-1] == "FAILED"
    assert "FAILED" in verdicts_by_line(_LOGISTIC.replace("y'(t_0) = \\frac{r}{4}", "y'(t_0) = \\frac{r}{2}"))[15]


_EQUILIBRIA = r"""# Logistic equilibria

With $r = 2$ the solution is

$$
y(t) = \frac{1}{1 + e^{-r(t - t_0)}} ,
$$

and along it $y\left(\frac12\right) = \frac{e}{3 + e}$ for the start the notes chose.
The right-hand side $g(y) = r y (1 - y)$ has $g'(y) = r - 2 r y$, so $g'(0) = r$.
"""


def test_a_parameter_named_as_the_notes_function_is_a_number_in_the_body() -> None:
    # g's y is its parameter: r y (1 - y) multiplies (applying y(t) to 1 - y FAILED the right g'(0) = r)
    lines = verdicts_by_line(_EQUILIBRIA)
    assert lines[10] == ["PROVED", "PROVED"]
    assert verdicts_by_line(_EQUILIBRIA.replace("g'(0) = r", "g'(0) = 2r"))[10] == ["PROVED", "FAILED"]


def test_a_value_that_needs_the_unstated_point_is_not_failed() -> None:
    # y(1/2) holds for the t_0 the notes fix by y(0) = 1/4 elsewhere in words: a worked number, not an identity in t_0
    assert verdicts_by_line(_EQUILIBRIA)[9] == ["SKIPPED"]


_ENTRIES = r"""# Line search

Take $f(x) = x_1^2 + 4 x_2^2$ and start at $x = (2, 1)$, where $\nabla f(x) = (4, 8)$. Along the ray

$$
\varphi(t) = f(x - t \nabla f(x)) = (2 - 4t)^2 + 4(1 - 8t)^2 .
$$
"""


def test_a_body_that_writes_only_entries_keeps_them_entries() -> None:
    # f's body writes x_1 and x_2 and never x: they are x's entries, not points beside it (fresh28's Armijo note
    # was FAILED with x_1, x_2 read as free numbers)
    assert "FAILED" not in verdicts_by_line(_ENTRIES)[6]
