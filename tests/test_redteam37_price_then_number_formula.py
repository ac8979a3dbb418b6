r"""A price before a formula that opens with a digit: the formula is read (redteam37).

"Each costs $3, so $2 \cdot 3 = 7$ in total." — the price's ``$`` and the formula's opening ``$`` (right before a
digit) were read as two prices (``prices.price_pair``), both text, so the wrong ``2 \cdot 3 = 7`` was never read:
no step and no report. When the second ``$`` is itself closed, before the paragraph ends, by a ``$`` with no space
before it and no digit after, and nothing between them is a word of prose, it opens a formula: only the first
``$`` is a price. Two prices ("$3 for a = 2 hours and $5 for storage") stay text. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sources import read_sources


def test_the_formula_after_a_price_that_opens_with_a_digit_is_read() -> None:
    steps = doc_steps("Each costs $3, so $2 \\cdot 3 = 7$ in total.\n")
    assert [s.verdict.value for s in steps] == ["FAILED"]


def test_a_decimal_price_then_a_formula_of_numbers() -> None:
    text = "A GPU hour is $2.50, so $4 \\times 2.50 = 11$ for four hours.\n"
    assert [b.text for b in read_sources(text, "notes.md").inline] == ["4 \\times 2.50 = 11"]


def test_two_prices_stay_text() -> None:
    text = "Renting costs $3 for a = 2 hours and $5 for storage, and $n = 2$ here.\n"
    assert [b.text for b in read_sources(text, "notes.md").inline] == ["n = 2"]


def test_three_prices_stay_text() -> None:
    text = "Tickets are $3, $4 and $5 each; let $n = 2$.\n"
    assert [b.text for b in read_sources(text, "notes.md").inline] == ["n = 2"]
