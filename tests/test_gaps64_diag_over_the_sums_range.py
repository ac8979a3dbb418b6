r"""``\operatorname{diag}(a_i)`` beside a sum over i with bounds of its own: the diagonal over the sum's range (gaps64).

``\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}`` with $a \in \mathbb{R}^n$ was FAILED:
the diagonal ran over i's inferred range 1..n (a's length) only, and under the reading where it runs over the range
the step's own sum gives i (1..n−1) the step holds. A FAILED must hold under every plausible reading, so the step
holds under that one, said with it; a step that fails under it too stays FAILED.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# Sums\n\nLet $a \\in \\mathbb{R}^n$.\n\n$$STEP$$\n"


def _verdict(step: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("STEP", step))[5]


def test_the_diagonal_over_the_sums_range_holds() -> None:
    assert _verdict(r"\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}") == ["PROVED"]


def test_a_wrong_step_under_that_reading_stays_failed() -> None:
    assert _verdict(r"\sum_{i=1}^{n-1} a_i = 2\,\mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}") == ["FAILED"]


def test_the_sums_range_is_not_taken_for_another_index() -> None:
    assert _verdict(r"\sum_{j=1}^{n-1} a_j = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}") != ["PROVED"]


def test_the_full_range_is_still_proved() -> None:
    assert _verdict(r"\sum_{i=1}^{n} a_i = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}") == ["PROVED"]


def _undeclared(step: str) -> list[str]:
    return verdicts_by_line(f"# Sums\n\n$${step}$$\n")[3]


def test_with_a_undeclared_its_length_may_be_the_sums_range() -> None:
    # stop 63's case: a of a length of its own (n₃), only the tie n₃ = n tried, never n₃ = n − 1
    assert _undeclared(r"\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \operatorname{diag}(a_i) \mathbf{1}") == ["PROVED"]


def test_a_vector_written_whole_keeps_its_own_length() -> None:
    # no diag: ‖x‖² and 1ᵀa are the whole vector's, whose length the sum's range does not say (an off-by-one)
    assert _undeclared(r"\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \mathbf{a}") == ["FAILED"]
    stated = "# Norms\n\nLet $x = (x_1, \\dots, x_n)$.\n\n$$\\sum_{i=1}^{n-1} x_i^2 = \\|x\\|^2$$\n"
    assert verdicts_by_line(stated)[5] == ["FAILED"]


def test_with_a_undeclared_a_wrong_step_stays_failed() -> None:
    assert _undeclared(r"\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top \mathbf{a} + a_1") == ["FAILED"]


def test_two_sums_over_one_index_with_two_ranges_give_no_reading() -> None:
    assert _undeclared(r"\sum_{i=1}^{n-1} a_i = \sum_{i=1}^{n} a_i") == ["FAILED"]
