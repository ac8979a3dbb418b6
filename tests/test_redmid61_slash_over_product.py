r"""A slash before a juxtaposed product is also read over the whole product: ``x^2/2\sigma^2`` as x²/(2σ²).

redmid61 (red team of stop 61, an older bug fresh64's typed math makes common): notes write the Gaussian's exponent
``\exp(-x^2/2\sigma^2)`` and ``1/2n`` meaning 1/(2n) (typed math: ``exp(−x²/2σ²)``). The parser reads the slash
over its next factor only (x²σ²/2, n/2), and a right derivative was FAILED under that one reading. Issue 8: a step
is FAILED only when every plausible reading fails; the reading over the product is tried as one more, reported
with the step. A wrong step fails under both and stays FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.check import check_text
from verifier.documents.slashproducts import NOTE, slash_over_product

_RIGHT = [
    r"\frac{d}{dx} \exp(-x^2/2\sigma^2) = -\frac{x}{\sigma^2}\exp(-x^2/2\sigma^2)",
    r"\frac{d}{dn} 1/2n = -1/2n^2",
    r"\frac{\partial}{\partial \mu} \frac{(x - \mu)^2}{1}/2\sigma^2 = -(x - \mu)/\sigma^2",
    r"\frac{d}{dx} \exp(−x²/2σ²) = −(x/σ²)\exp(−x²/2σ²)",
]
_WRONG = [
    r"\frac{d}{dx} \exp(-x^2/2\sigma^2) = -\frac{x}{2\sigma^2}\exp(-x^2/2\sigma^2)",
    r"\frac{d}{dn} 1/2n = -1/n^2",
    r"\frac{d}{dx} \exp(−x²/2σ²) = −x\exp(−x²/2σ²)",
]


def _note(display: str) -> str:
    return f"# Gaussian\n\nThe derivative of the density's exponent:\n\n$$\n{display}\n$$\n"


@pytest.mark.parametrize("display", _RIGHT)
def test_a_right_step_with_a_slash_before_a_product_is_proved_under_that_reading(display: str) -> None:
    check = check_text(_note(display), "notes.md")
    steps = [s for c in check.chains for s in c.result.steps]
    assert [s.verdict.value for s in steps] == ["PROVED"], [s.message for s in steps]
    assert NOTE in steps[0].message


@pytest.mark.parametrize("display", _WRONG)
def test_a_wrong_step_with_a_slash_before_a_product_stays_failed(display: str) -> None:
    assert verdicts_by_line(_note(display))[6] == ["FAILED"]


def test_the_rewrite_brackets_the_product_and_nothing_else() -> None:
    assert slash_over_product(r"-x^2/2\sigma^2") == r"-x^2/\left(2\sigma^2\right)"
    assert slash_over_product(r"1/2n + 1") == r"1/\left(2n\right) + 1"
    assert slash_over_product("−x²/2σ²") == r"−x²/\left(2σ²\right)"
    assert slash_over_product(r"x/2 + y/\sigma") is None  # one factor: nothing to read differently
    assert slash_over_product(r"dy/dx = 2x") is None  # a slashed derivative
    assert slash_over_product(r"\partial L/\partial w_i") is None
    assert slash_over_product(r"1/2n(n + 1)") is None  # a bracket goes on multiplying: anyone's guess
    assert slash_over_product(r"x/2\exp(y)") is None  # a function goes on multiplying
