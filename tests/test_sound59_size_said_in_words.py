r"""A step about entries 1 to m alone is excused as the m-entry case only where its part says m in words (sound59).

fresh59's writtenentries re-checks a FAILED step that writes entries 1..m alone at the size m and SKIPs it where it
holds there: "With two classes … $p_1 p_2 = p_1(1 - p_1)$". It did so whatever the prose said, so a general
softmax's wrong diagonal entry ``\frac{\partial p_1}{\partial z_1} = p_1 p_2`` (right for two classes only) was
SKIPPED in notes that never speak of two classes, and in notes that say "two classes" in another section. The
number must now be said in the step's own part (a number word, "binary", "pair", "both", or the digit before a word).
Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_GENERAL = ("# Softmax\n\nThe probabilities are $p_i = \\frac{e^{z_i}}{\\sum_{k=1}^K e^{z_k}}$. WORDS\n\n"
            "$$\n\\frac{\\partial p_1}{\\partial z_1} = p_1 p_2\n$$\n")


def test_a_general_step_with_no_word_of_its_size_is_failed() -> None:
    assert verdicts_by_line(_GENERAL.replace("WORDS", "The diagonal entry of the Jacobian is"))[6] == ["FAILED"]


def test_two_classes_said_in_another_section_do_not_excuse_a_general_step() -> None:
    text = "# Binary case\n\nWith two classes the model is a logistic regression.\n\n" + _GENERAL.replace(
        "# Softmax", "# General case").replace("WORDS", "The diagonal entry is")
    assert verdicts_by_line(text)[10] == ["FAILED"]


def test_an_index_written_in_math_is_no_word_of_the_size() -> None:
    assert verdicts_by_line(_GENERAL.replace("WORDS", "The entry $p_2$ appears in"))[6] == ["FAILED"]


def test_the_binary_case_said_in_its_own_section_still_skips_it() -> None:
    assert verdicts_by_line(_GENERAL.replace("WORDS", "For the binary case the diagonal entry is"))[6] == ["SKIPPED"]
    assert verdicts_by_line(_GENERAL.replace("WORDS", "With 2 classes the diagonal entry is"))[6] == ["SKIPPED"]
