r"""A value stated after a square of the same name, with words between that turn to another case, is not judged
against that square (sound45, documents.statedsquares).

sound43 reads ``d = c`` against ``d^2 = s`` stated a few lines before it: FAILED where c is neither root. "For the
first pair, $$d^2 = 0.09.$$ For the second pair, $$d = 0.5.$$" was FAILED "its real roots are ±0.3, and 0.5 is
neither" — the notes moved to another pair. Words between the two that open another case ("second", "another",
"now", "instead", "suppose", "if" …) leave the value SKIPPED; "So", "Taking the positive root," still join them.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_value_of_another_case_is_not_judged_by_the_square() -> None:
    for words in ("For the second pair,", "Now the points move apart:", "For another pair of points,",
                  "Suppose instead that"):
        text = f"# D\n\nFor the first pair, $$d^2 = 0.09.$$ {words} $$d = 0.5.$$\n"
        assert "FAILED" not in verdicts_by_line(text)[3], words


def test_a_wrong_root_after_joining_words_is_still_failed() -> None:
    for words in ("So", "Taking the positive root,", "Hence"):
        text = f"# D\n\nThe squared distance is $$d^2 = 0.09.$$ {words} $$d = 0.5.$$\n"
        assert verdicts_by_line(text)[3][-1] == "FAILED", words
