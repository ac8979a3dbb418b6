r"""Each sum keeps its own bounds when two sums bind one letter (gaps21).

``\sum_{i=1}^{n} x_i = \sum_{i=0}^{n-1} x_{i+1}`` was SKIPPED (x read with entries 0..n-1 only: the 1-based sum
ran past it) and ``\sum_{i=1}^{n} i = \sum_{i=1}^{m} i`` SKIPPED (n and m unified into one size through i, n
left a real number), where a check at n = m would even make the false claim hold. Each sum's range now
stays its own (documents.sumbounds; infer's last_index)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_shifted_sum_over_one_vector_is_checked() -> None:
    steps = doc_steps("# A\n\n$$\\sum_{i=1}^{n} x_i = \\sum_{i=0}^{n-1} x_{i+1}$$\n\n"
                      "# B\n\n$$\\sum_{i=1}^{n} a_i = \\sum_{i=0}^{n-1} a_i$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_two_bounds_of_one_letter_stay_two_sizes() -> None:
    steps = doc_steps("# A\n\n$$\\sum_{i=1}^{n} i = \\sum_{i=1}^{m} i$$\n\n"
                      "# B\n\n$$\\sum_{k=1}^{n} 1 + \\sum_{k=1}^{m} 1 = n + m$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.PROVED], [s.message for s in steps]
