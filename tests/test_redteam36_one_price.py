r"""One price before a formula in a paragraph is text, and the formula after it is read (redteam36).

"It costs $5. Then $\frac{d}{dx} x^2 = 3x$ here." — the dollar rule (``allow_space``, as MathJax) paired the
price's ``$`` with the formula's opening one, so "5. Then " was a formula of prose and the wrong step after it
was never read: the document had no step and no report (dialects23 and review35b left it). A ``$`` before a
digit whose next ``$`` has a space before it and a formula right after it, with words between, is a price.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.sources import read_sources


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5. Then $\\frac{d}{dx} x^2 = 3x$ here.\n",
        "Costs $5 and then $\\frac{d}{dx} x^2 = 3x$ here.\n",
        "A GPU hour is $2.50 per hour, so $\\frac{d}{dx} x^2 = 3x$ holds.\n",
    ],
    ids=["sentence", "clause", "decimal"],
)
def test_the_formula_after_one_price_is_read(text: str) -> None:
    assert [s.verdict.value for s in doc_steps(text)] == ["FAILED"]


def test_a_formula_that_starts_with_a_digit_is_still_a_formula() -> None:
    text = "We get $2x + 1 $, and $3 \\cdot 2 = 6$ too, and $2 ab $x$.\n"
    assert [b.text for b in read_sources(text, "notes.md").inline][:2] == ["2x + 1 ", "3 \\cdot 2 = 6"]
