r"""The slash-over-product reading (documents.slashproducts) takes the scripts and Greek letters the tokenizer reads.

review61: the module wrote its own lists of Unicode scripts and Greek commands, narrower than the tokenizer's
(latex.vocabulary: fresh64 added every superscript letter, ``eˣ``, ``σᵏ``): a divisor ``2σᵏ`` typed in Unicode or
``2\varpi`` was not seen as a product, so the reading was never tried. It now takes the vocabulary's tables.
"""

from __future__ import annotations

from verifier.documents.slashproducts import slash_over_product


def test_a_unicode_superscript_letter_is_a_script_of_the_divisor() -> None:
    assert slash_over_product("x/2σᵏ") == r"x/\left(2σᵏ\right)"


def test_every_greek_command_the_tokenizer_knows_is_a_name() -> None:
    assert slash_over_product(r"x/2\varpi") == r"x/\left(2\varpi\right)"
    assert slash_over_product(r"x/2\varsigma(z)") is None  # called: a function, as \sigma(z) is
