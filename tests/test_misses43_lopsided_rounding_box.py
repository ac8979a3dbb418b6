r"""A rounding's box is lopsided: a value below it is not "within the rounding" because the box is wide above it.

``E_{10} = \frac{1 - 0.349}{0.01}`` (65.1) after ``E_n = \sum_{j=1}^n \beta^{j-1}`` with β = 0.9 (E_10 = 6.51) was
PASSED "equal within the rounding of the numbers written": documents.propagated took 0.01 as 0.01 ± 0.005, under
which the formula moves from 43.4 to 130.2 — by up to 65.1 from its value, so any value within 65.1 of 65.1
passed, 6.51 too, far below 43.4. The box is measured on the side of the value compared (misses43; the same at
v0.29.0)."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.propagated import propagated_slack


def test_the_slack_is_the_box_on_the_side_of_the_value_compared() -> None:
    below = propagated_slack("x", "\\frac{1 - 0.349}{0.01}", 65.1, toward=6.51)
    above = propagated_slack("x", "\\frac{1 - 0.349}{0.01}", 65.1, toward=100.0)
    assert below is not None and abs(below - 21.73) < 0.01  # down to 0.651 / 0.015 = 43.37
    assert above is not None and abs(above - 65.2) < 0.01  # up to 0.6515 / 0.005 = 130.3


def test_a_value_off_by_a_factor_ten_is_not_green() -> None:
    text = ("# Effective number\n\nWith decay $\\beta = 0.9$ the effective number after $n$ steps is\n\n"
            "$$E_n = \\sum_{j=1}^{n} \\beta^{j-1}.$$\n\nSo $E_{10} = \\frac{1 - 0.349}{DIV}$.\n")
    assert verdicts_by_line(text.replace("DIV", "0.1"))[7][-1] == "PASSED"
    assert verdicts_by_line(text.replace("DIV", "0.01"))[7][-1] not in ("PASSED", "PROVED")  # was PASSED
