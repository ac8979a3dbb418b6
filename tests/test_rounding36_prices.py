r"""One price before a formula in a paragraph (documents.prices, rounding36; review35b left it).

"A GPU hour costs $5. Then the derivative is $\frac{d}{dx} x^2 = 3x$ here." read ``$5. Then the derivative
is $`` as a formula (prose: no step) and the wrong derivative was lost. A ``$`` right before a number whose
next ``$`` has a space before it (it opens a formula, it closes none) is a price: text.
"""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("text", [
    "A GPU hour costs $5. Then the derivative is $\\frac{d}{dx} x^2 = 3x$ here.\n",
    "A GPU hour costs $5, and the derivative is $\\frac{d}{dx} x^2 = 3x$ here.\n",
    "The ticket was $12.50 and $\\frac{d}{dx} x^2 = 3x$ follows.\n",
    "It costs $1,200 a month; so $\\frac{d}{dx} x^2 = 3x$ as before.\n",
])
def test_one_price_before_a_formula_leaves_the_formula_read(text: str) -> None:
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]


def test_a_formula_that_opens_with_a_digit_is_still_a_formula() -> None:
    text = "Then $2 \\cdot \\frac{d}{dx} x^2 = 3x$ and $\\frac{d}{dx} x^2 = 2x$.\n"
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED", "PROVED"]


def test_a_digit_formula_with_a_space_before_its_closing_dollar_is_still_a_formula() -> None:
    text = "So $2 \\cdot \\frac{d}{dx} x^2 = 3x $, and the rest.\n"
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]
