r"""A value stated under a case said in words holds in that case only (misses42, fresh30's false alarm).

"Under equal shares $a_i = b_i = \frac1K$ …" was learned as a's definition, so the notes' later stated vector
$a = (0.5, 0.3, 0.2)$ was left out (a defined name's value is no hypothesis) and the right
$\sum_i a_i b_i = … = 0.28$ FAILED (read as $\sum_i b_i^2$). documents.wordcases reads the case."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.wordcases import case_in_words

_NOTE = (
    "# Balance\n\n"
    "Let $a_i$ be the share of expert $i$ and $b_i$ its mean score. CASE $a_i = b_i = \\frac{1}{K}$ and the loss"
    " is small.\n\n"
    "## Three experts\n\n"
    "The counts give $a = (0.5, 0.3, 0.2)$, and the scores are $b = (0.2, 0.2, 0.6)$.\n\n"
    "- $\\sum_i a_i b_i = 0.5 \\cdot 0.2 + 0.3 \\cdot 0.2 + 0.2 \\cdot 0.6 = TOTAL$.\n"
)


def _note(case: str = "Under equal shares", total: str = "0.28") -> str:
    return _NOTE.replace("CASE", case).replace("TOTAL", total)


def test_the_case_is_read_from_its_words() -> None:
    assert case_in_words("its mean score. Under perfect balance ") == "Under perfect balance"
    assert case_in_words("When the classes are balanced, ") == "When the classes are balanced"
    assert case_in_words("The loss is 1, and in the case of a uniform router ") == "in the case of a uniform router"
    assert case_in_words("If we define ") is None  # a choice: still a definition
    assert case_in_words("When we set the rate to ") is None
    assert case_in_words("If the loss is ") is None  # the formula is what the loss is
    assert case_in_words("Under $K$ experts ") is None  # a formula between: not words only
    assert case_in_words("At the start ") is None  # a time: "at" is not read
    assert case_in_words("Under perfect balance. The shares are ") is None  # another sentence


def test_a_stated_vector_after_a_case_value_is_used() -> None:
    assert _note().count("\n") == 9
    lines = verdicts_by_line(_note())
    assert lines[9] == ["PROVED", "PROVED"], lines  # was FAILED "left 0.28, right …" (Σ b_i² read)


def test_a_wrong_sum_after_a_case_value_is_failed() -> None:
    lines = verdicts_by_line(_note(total="0.26"))
    assert "FAILED" in lines[9], lines


def test_a_computation_in_the_case_is_still_checked() -> None:
    right = verdicts_by_line("# Balance\n\nUnder equal shares the sum is $3 \\cdot \\frac{1}{3} = 1$.\n")
    wrong = verdicts_by_line("# Balance\n\nUnder equal shares the sum is $3 \\cdot \\frac{1}{3} = 3$.\n")
    assert right[3] == ["PROVED"], right
    assert wrong[3] == ["FAILED"], wrong
