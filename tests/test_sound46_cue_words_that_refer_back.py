r"""A value stated with ``=`` for a name computed before is a given only where the words before it give a new input,
not where they point back at the case just computed (sound46, documents.roundedgivens).

sound45 kept "Let $p = \sigma(1)$, so $p = 0.62$." from being a given (σ(1) = 0.731: the claim is wrong), but the
cue words that give a value as an input ("for", "with", "at", "here" … at most three words before the formula) also
took "For this input, $p = 0.62$", "Here $p = 0.62$", "At this point $p = 0.62$" as new inputs, so ``2p = 1.24``
after them was PROVED — a wrong claim made green. A cue whose words refer back (this, these, that, those, same, such,
above, here) gives no new input where the formula the notes computed the name by has another value: the number is
the notes' claim about it. A cue that names a new value right before the formula ("for $u = 0.75$") is still one.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_words_that_refer_back_give_no_new_input() -> None:
    for words in ("For this input,", "Here", "At this point", "With these numbers", "For the same input",
                  "Thus for this input"):
        text = f"# S\n\nLet $p = \\sigma(1)$. {words} $p = 0.62$.\n\nTwo copies give $$2p = 1.24.$$\n"
        assert verdicts_by_line(text)[5] not in GREEN, words


def test_a_right_value_after_words_that_refer_back_is_still_read() -> None:
    exact = "# S\n\nLet $p = \\sigma(0)$. For this input $p = 0.5$.\n\nTwo copies give $$2p = 1.0.$$\n"
    assert verdicts_by_line(exact)[5] == ["PROVED"]
    rounded = "# S\n\nLet $p = \\sigma(1)$. For this input $p = 0.73$.\n\nTwo copies give $$2p = 1.46.$$\n"
    assert verdicts_by_line(rounded)[5] == ["PASSED"]


def test_a_new_input_named_right_before_the_formula_is_still_given() -> None:
    for words in ("Now take", "Suppose instead that", "For the second example,", "Here we take"):
        text = f"# S\n\nLet $p = \\sigma(1)$. {words} $p = 0.62$.\n\nTwo copies give $$2p = 1.24.$$\n"
        assert verdicts_by_line(text)[5] == ["PROVED"], words
