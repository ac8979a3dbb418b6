r"""A definition read from words (the sample mean) holds in its own part of the notes, not in later problems.

"For data $x_1, \dots, x_n$ with the sample mean $\bar x$" under Problem 1 made ``\bar x`` the mean of those
data in every later problem too (review35a's left item): a later problem that says nothing of its ``\bar x``
had it read as Problem 1's mean, so its identities were PROVED or FAILED on words it never wrote. Words are
weaker evidence than a formula: such a definition is read where the notes' other stated facts reach
(documents.partscope: its own part, or from a setup section on). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_PROBLEM_1 = ("# Problem 1\n\nFor data $x_1, \\dots, x_n$ with the sample mean $\\bar x$, the deviations sum to zero:\n"
              "$$\\sum_{i=1}^{n} (x_i - \\bar x) = 0$$\n\n")


def test_the_sample_mean_holds_in_its_own_problem() -> None:
    steps = doc_steps(_PROBLEM_1 + "and\n$$\\sum_{i=1}^{n} (x_i - \\bar x) = \\sum_{i=1}^{n} x_i - \\bar x$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_a_later_problem_that_says_nothing_does_not_read_it() -> None:
    # not PROVED on Problem 1's words; not FAILED either: Problem 2 may mean the same mean
    text = (_PROBLEM_1 + "# Problem 2\n\nShow that\n"
            "$$\\sum_{i=1}^{n} (x_i - \\bar x)^2 = \\sum_{i=1}^{n} x_i^2 - n\\bar x^2$$\n")
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message
    assert "line 3" in steps[-1].message


def test_a_later_problem_that_fails_either_way_is_failed() -> None:
    text = (_PROBLEM_1 + "# Problem 2\n\nShow that\n"
            "$$\\sum_{i=1}^{n} (x_i - \\bar x)^2 = \\sum_{i=1}^{n} x_i^2 - 2n\\bar x^2$$\n")
    assert doc_steps(text)[-1].verdict is Verdict.FAILED


def test_a_later_problem_naming_it_again_reads_its_own() -> None:
    text = (_PROBLEM_1 + "# Problem 2\n\nNow take $x_1, \\dots, x_m$ with the sample mean $\\bar x$:\n"
            "$$\\sum_{i=1}^{m} (x_i - \\bar x) = 0$$\n\n"
            "$$\\sum_{i=1}^{m} (x_i - \\bar x) = \\sum_{i=1}^{m} x_i - \\bar x$$\n")
    assert [s.verdict for s in doc_steps(text)] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]


def test_a_setup_section_reaches_the_problems_after_it() -> None:
    text = ("# Notation\n\nThroughout, data $x_1, \\dots, x_n$ have the sample mean $\\bar x$.\n\n# Problem 1\n\n"
            "Show that\n$$\\sum_{i=1}^{n} (x_i - \\bar x) = 0$$\n")
    assert doc_steps(text)[-1].verdict in GREEN
