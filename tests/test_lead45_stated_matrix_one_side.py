r"""A link writing a matrix the notes state by its numbers on one side only is read at that matrix (lead45).

"With $$M = \begin{pmatrix} 0 & 0 & 1 \\ 1/2 & 0 & 0 \\ 1/2 & 1 & 0 \end{pmatrix}$$, because the columns of $M$ sum
to one, $\mathbf{1}^\top M r = \mathbf{1}^\top r$" (fresh29's PageRank note) was FAILED at a random 3×3 M: the stated
matrix sized M but a link with no worked number on either side was checked as an identity in M. A link whose one
side does not write M cannot hold for every M, so the stated matrix is its one reading, as for a stated vector
(documents.onesidedvectors); a link writing M on both sides stays an identity in it."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Columns that sum to one

With the link matrix

$$M = \\begin{pmatrix} 0 & 0 & 1 \\\\ 1/2 & 0 & 0 \\\\ 1/2 & 1 & 0 \\end{pmatrix}$$

the columns of $M$ sum to one, so

$$CLAIM$$
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("\\mathbf{1}^\\top M = \\mathbf{1}^\\top", "green"),
    ("\\mathbf{1}^\\top M r = \\mathbf{1}^\\top r", "green"),
    ("M \\mathbf{1} = \\mathbf{1}", "FAILED"),  # the rows do not sum to one
    ("\\mathbf{1}^\\top M r = 2 \\cdot \\mathbf{1}^\\top r", "FAILED"),
])  # fmt: skip
def test_a_link_is_read_at_the_stated_matrix_written_on_one_side(claim: str, verdict: str) -> None:
    got = verdicts_by_line(_NOTE.replace("CLAIM", claim))[9]
    assert got == (["PROVED"] if verdict == "green" else [verdict]) or (verdict == "green" and got == ["PASSED"]), got


def test_a_link_writing_the_matrix_on_both_sides_stays_an_identity_in_it() -> None:
    """``(M^\\top)^\\top = M`` holds for every M: PROVED as an identity, no value of M needed."""
    got = verdicts_by_line(_NOTE.replace("CLAIM", "(M^\\top)^\\top = M"))[9]
    assert got == ["PROVED"], got


def test_a_link_writing_the_stated_matrix_on_both_sides_is_no_false_alarm() -> None:
    """``M^2 = M`` holds at the stated projection, not for every M: written on both sides it is read as an identity
    in M, which fails, but nothing says it is one, so it is not FAILED."""
    note = _NOTE.replace("0 & 0 & 1 \\\\ 1/2 & 0 & 0 \\\\ 1/2 & 1 & 0", "1 & 0 & 0 \\\\ 0 & 0 & 0 \\\\ 0 & 0 & 1")
    assert "1 & 0 & 0" in note
    got = verdicts_by_line(note.replace("CLAIM", "M^2 = M"))[9]
    assert got != ["FAILED"], got


def test_entries_of_the_stated_matrix_written_against_numbers_are_no_false_alarm() -> None:
    """``A_{11} + A_{22} - 2A_{12} = 3 + 5 - 2 = 6`` after a stated A: the entries are read as names of their own
    (no value from A), so the first link is not FAILED at random entries (the merge's first version excused
    them as A's own, fresh34's kernel-PCA note)."""
    note = ("# Distances\n\nLet $A = \\begin{pmatrix} 3 & 1 \\\\ 1 & 5 \\end{pmatrix}$. The squared distance is "
            "$A_{11} + A_{22} - 2A_{12} = 3 + 5 - 2 = 6$.\n")
    got = verdicts_by_line(note)[3]
    assert "FAILED" not in got, got
