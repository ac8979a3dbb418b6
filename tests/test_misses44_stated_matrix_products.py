r"""A worked product at a matrix of numbers the notes state, for a plain or a numbered name (misses44, fresh32).

"Take $$W_1 = \begin{pmatrix} 3 & 0 \\ 4 & 5 \end{pmatrix}$$" then ``W_1^\top W_1 = …`` was SKIPPED "W_1 on one side
only": the stated matrix was read for plain names only (W_1 is a numbered name). With a plain W the right product was
PROVED at the stated matrix but a wrong one SKIPPED (a stated vector's was FAILED): the matrix is the one reading
of a name written on one side against a matrix of numbers on the other."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# A product

Take

$$NAME = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}, \\qquad u = (1, -1).$$

Then

$$NAME^\\top NAME = \\begin{pmatrix} 1 & 2 \\\\ 2 & CORNER \\end{pmatrix}.$$
"""


@pytest.mark.parametrize("name", ["W", "W_1", "A_{2}"])
@pytest.mark.parametrize(("corner", "verdict"), [("5", "PROVED"), ("6", "FAILED")])
def test_a_product_at_a_stated_matrix(name: str, corner: str, verdict: str) -> None:
    lines = verdicts_by_line(_NOTE.replace("NAME", name).replace("CORNER", corner))
    assert lines[9] == [verdict], lines


def test_another_numbered_name_on_one_side_stays_skipped() -> None:
    note = _NOTE.replace("NAME^\\top NAME", "W_2^\\top W_2").replace("NAME", "W_1").replace("CORNER", "6")
    lines = verdicts_by_line(note)
    assert lines[9] == ["SKIPPED"], lines


def test_a_numbered_stated_vector_is_no_value_of_a_chain_not_writing_it() -> None:
    """x_1 = (1, 0) stated; a chain reaching only the family x (through A's definition) keeps its reading."""
    note = ("# Data\n\nThe design matrix is $A = I + \\sum_{i=1}^2 x_i x_i^\\top$. We pulled $x_1 = (1, 0)$, then "
            "$x_2 = (1, 1)$. So\n\n$$A = I + \\begin{pmatrix} 1 & 0 \\\\ 0 & 0 \\end{pmatrix} + \\begin{pmatrix} 1 & 1 "
            "\\\\ 1 & 1 \\end{pmatrix} = \\begin{pmatrix} 3 & 1 \\\\ 1 & 2 \\end{pmatrix}.$$\n")
    assert verdicts_by_line(note)[5][-1] == "PROVED"
