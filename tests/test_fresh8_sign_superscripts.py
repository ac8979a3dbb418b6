r"""A superscript that is only a sign (``P^-``, ``x^+``, ``P^{-}``) names a quantity, as filtering and
optimisation notes write a prior or an updated value (a Kalman prior variance ``P^-``, a positive part
``x^+``): LaTeX sets the sign alone as the superscript, so ``P^- + K`` is ``P^{-} + K``, never
``P^{-K}``. It is part of the name (``Pminus``), like the star (``x^*``). Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.latex import parse_latex


def verdicts(text: str) -> list[str]:
    check = check_text(text, "notes.md", Settings())
    return [s.verdict.value for ch in check.chains for s in ch.result.steps]


@pytest.mark.parametrize(
    ("latex", "names"),
    [
        ("P^- + K", {"Pminus", "K"}),
        ("(1-K)^2 P^- + K^2 R", {"Pminus", "K", "R"}),
        ("x^{+} - x", {"xplus", "x"}),
        ("P^-", {"Pminus"}),
        ("\\frac{P^-}{P^- + R}", {"Pminus", "R"}),
    ],
)
def test_a_lone_sign_superscript_is_part_of_the_name(latex: str, names: set[str]) -> None:
    assert {str(s) for s in parse_latex(latex).free_symbols} == names


def test_a_signed_exponent_is_still_a_power() -> None:
    assert str(parse_latex("x^-1")) == "1/x"
    assert str(parse_latex("x^{-1}")) == "1/x"


_KALMAN = """# Kalman gain

The prior variance is $P^-$ and the measurement noise variance is $R$.

$$P(K) = (1-K)^2 P^- + K^2 R$$

$$\\frac{dP}{dK} = {grad}$$
"""


def test_a_derivative_through_a_signed_name_is_checked() -> None:
    assert verdicts(_KALMAN.replace("{grad}", "-2(1-K)P^- + 2KR"))[-1] in ("PROVED", "PASSED")


def test_a_dropped_factor_beside_a_signed_name_fails() -> None:
    assert verdicts(_KALMAN.replace("{grad}", "-(1-K)P^- + 2KR"))[-1] == "FAILED"


def test_minus_and_plus_superscripts_are_different_names() -> None:
    assert not set(verdicts("# n\n\n$$x^+ - x^- = 0$$\n")) & {"PROVED", "PASSED"}


def test_a_signed_name_before_an_operand_follows_the_formula() -> None:
    # where the formula writes P^- alone elsewhere, P^- R is P^{-} times R (LaTeX's grouping) ...
    assert str(parse_latex("\\frac{P^- R}{P^- + R}")) == "Pminus*R/(Pminus + R)"
    # ... and where it never does, e^-x keeps the power it is meant as
    assert str(parse_latex("e^-x")) == "exp(-x)"


def test_the_posterior_variance_of_the_kalman_update() -> None:
    text = _KALMAN.replace("{grad}", "-2(1-K)P^- + 2KR") + (
        "\n$$\\left(1 - \\frac{P^-}{P^- + R}\\right)P^- = \\frac{P^- R}{P^- + R}$$\n"
        "\n$$\\left(1 - \\frac{P^-}{P^- + R}\\right)P^- = \\frac{(P^-)^2}{P^- + R}$$\n"
    )
    right, wrong = verdicts(text)[-2:]
    assert right != "FAILED"
    assert wrong not in ("PROVED", "PASSED")


def test_a_scalar_prior_value_is_checked_in_algebra() -> None:
    right = "\\left(1 - \\frac{p^-}{p^- + r}\\right)p^- = \\frac{p^- r}{p^- + r}"
    wrong = "\\left(1 - \\frac{p^-}{p^- + r}\\right)p^- = \\frac{r}{p^- + r}"
    first, second = verdicts(f"# update\n\n$${right}$$\n\n$${wrong}$$\n")
    assert first == "PROVED"
    assert second not in ("PROVED", "PASSED")
