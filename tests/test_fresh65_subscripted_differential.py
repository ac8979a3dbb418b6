r"""A definite integral over a subscripted variable (``\int_0^1 x_1 \, dx_1``) is read (fresh65).

Thompson sampling's probability that one Beta arm beats a uniform one is ``\int_0^1 2\theta_1 \cdot \theta_1 \,
d\theta_1 = \frac{2}{3}``; the differential ``d\theta_1`` was refused ("an integral \int cannot be checked"), so the
worked value was SKIPPED and a wrong ``= \frac12`` too. The subscript names the bound variable.
"""

from support import verdicts_by_line

from verifier.latex import parse_latex


def _one(latex: str) -> list[str]:
    return verdicts_by_line(f"The probability is\n\n$${latex}$$\n")[3]


def test_a_subscripted_variable_is_integrated() -> None:
    assert _one(r"\int_0^1 2\theta_1 \cdot \theta_1 \, d\theta_1 = \frac{2}{3}") == ["PROVED"]


def test_a_wrong_value_over_a_subscripted_variable_fails() -> None:
    assert _one(r"\int_0^1 2\theta_1 \cdot \theta_1 \, d\theta_1 = \frac{1}{2}") == ["FAILED"]


def test_a_braced_subscript_and_another_member_of_the_family() -> None:
    # x_2 is not the variable: a constant of the integral over x_{1}
    assert _one(r"\int_0^1 x_2 \, dx_{1} = x_2") == ["PROVED"]


def test_the_subscripted_variable_is_bound() -> None:
    tree = parse_latex(r"\int_0^2 x_1 \, dx_1")
    assert tree.doit() == 2


def test_a_bound_holding_the_subscripted_variable_is_refused() -> None:
    assert _one(r"\int_0^{x_1} x_1 \, dx_1 = \frac{x_1^2}{2}") == ["SKIPPED"]
