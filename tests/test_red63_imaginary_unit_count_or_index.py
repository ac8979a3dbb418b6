r"""A plain i the notes count with in words, or index with in another section (red63).

gaps62 reads a failing step that writes a plain i once more with i the imaginary unit; review62 turned that off where
the notes index with i (``x_i``, "the $i$-th sample") and do not say what i is. Two wrong verdicts were left:

* a count in words ("Among the first $i$ items", "we have seen $i$ heads", "for $i$ iterations") is no index, so
  ``(i + 1)^2 = 2i`` (i² + 1 dropped) and ``(1 + i)(1 - i) = 2`` were PROVED "when read with i the imaginary unit";
* where the notes index with i in one section (``\sum_{i=1}^n x_i``) and write Euler's formula in another, the unit
  was not tried at all, and the right ``e^{i\theta} = \cos\theta + i\sin\theta`` was FAILED at i = 0.

Where the notes count or index with i and do not say what it is, the unit is still one reading, but one the notes do
not state: a step that holds only under it is SKIPPED (never green, never FAILED). Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line


def _last(text: str) -> list[str]:
    got = verdicts_by_line(text)
    return got[max(got)]


def test_a_count_in_words_is_no_imaginary_unit() -> None:
    for words, claim in (
        ("Among the first $i$ items we pick two.", "(i + 1)^2 = 2i"),
        ("Suppose we have seen $i$ heads. Then", "(1 + i)(1 - i) = 2"),
        ("We run the loop for $i$ iterations, so", "(1 + i)(1 - i) = 2"),
    ):
        got = _last(f"# Counting\n\n{words}\n\n$$\n{claim}\n$$\n")
        assert got == ["SKIPPED"], (words, got)


def test_euler_beside_an_index_of_another_section_is_no_false_alarm() -> None:
    text = (
        "# Data\n\nThe loss is $L = \\sum_{i=1}^n (y_i - w x_i)^2$.\n\n# Fourier\n\nEuler's formula:\n\n"
        "$$\ne^{i\\theta} = \\cos\\theta + i\\sin\\theta\n$$\n"
    )
    assert _last(text) == ["SKIPPED"]


def test_a_step_wrong_under_the_unit_too_is_not_green_there() -> None:
    text = "# Data\n\nThe loss is $L = \\sum_{i=1}^n (y_i - w x_i)^2$.\n\n# Fourier\n\n$$\ne^{i\\pi} = 1\n$$\n"
    assert _last(text) != ["PROVED"]


def test_euler_where_nothing_is_said_about_i_is_still_read() -> None:
    text = "# Fourier\n\nEuler's formula:\n\n$$\ne^{i\\theta} = \\cos\\theta + i\\sin\\theta\n$$\n"
    assert _last(text) == ["PROVED"]


def test_where_the_notes_say_what_i_is_a_wrong_step_still_fails() -> None:
    text = "# Fourier\n\nHere $i$ is the imaginary unit.\n\n$$\n(1 + i)(1 - i) = 0\n$$\n"
    assert _last(text) == ["FAILED"]


def test_what_counts_as_counting_with_i() -> None:
    from verifier.documents.imaginaryunit import counts_with_i

    assert counts_with_i("the first $i$ items") and counts_with_i("after $i$ steps")
    assert counts_with_i("we have seen $i$ heads") and counts_with_i("the last $i$ tokens")
    assert not counts_with_i("where $i$ is the unit") and not counts_with_i("where $i$ denotes the unit")
    assert not counts_with_i("$e^{i\\pi}$ items") and not counts_with_i("$i$ squared")
