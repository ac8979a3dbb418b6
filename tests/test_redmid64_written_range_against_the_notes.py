r"""The reading "an index runs over the range its sum writes" must not contradict what the notes say of the length
(redmid64, on gaps64 6f69b807).

gaps64's documents.writtenranges reads ``\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top\operatorname{diag}(a_i)\mathbf{1}``
with the diagonal (or a family of made-up length) over the sum's own range 1..n−1, so a FAILED must fail under it
too. But the reading is taken per chain, against the notes: where an earlier line of the same notes writes the
family with n entries (``\sum_{i=1}^{n} a_i = \mathbf{1}^\top a``, PROVED), the off-by-one
``\sum_{i=1}^{n-1} a_i = \mathbf{1}^\top a`` two lines later was PROVED "with the range of i (and the length it
gives) the bounds of its sum"; and where the notes say the diagonal matrix is n × n, the off-by-one with
``\operatorname{diag}(a_i)`` was PROVED "with diag over i running over the range of its sum". Both FAILED on the
base c735fc13. Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

_GREEN = {"PROVED", "PASSED"}


def test_a_length_the_notes_use_elsewhere_is_not_read_away() -> None:
    text = """# Sums as inner products

$$\\sum_{i=1}^{n} a_i = \\mathbf{1}^\\top a$$

Dropping the last term,

$$\\sum_{i=1}^{n-1} a_i = \\mathbf{1}^\\top a$$
"""
    by_line = verdicts_by_line(text)
    assert by_line[3] == ["PROVED"]
    assert not _GREEN & set(by_line[7]), by_line[7]


def test_a_diagonal_the_notes_say_is_n_by_n_is_not_read_over_the_sums_range() -> None:
    text = """# Sums as quadratic forms

Let $a \\in \\mathbb{R}^n$ and let $\\operatorname{diag}(a_i)$ be the $n \\times n$ diagonal matrix of $a$.

$$\\sum_{i=1}^{n-1} a_i = \\mathbf{1}^\\top \\operatorname{diag}(a_i) \\mathbf{1}$$
"""
    got = verdicts_by_line(text)[5]
    assert not _GREEN & set(got), got
