r"""The data-matrix reading is not crossed with the row-vector reading (review18c).

With nothing said, ``\sum_i x^{(i)} (x^{(i)})^T = X X^T`` (the classic slip for X^T X, the samples the
rows of X) was PROVED "with the data matrix (x^{(i)} as row i of X) and vectors as rows": the data-matrix
reading puts the family x^{()} for X, and the row reading then made it a 1×n row, the transpose of
what "x^{(i)} as row i of X" says. The same made ``X V X^T`` green where V is the notes' diagonal of the
v^{(i)}. X's orientation is fixed by the samples it holds, not by how the notes write vectors. Every
example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Data

$$\sum_i x^{{(i)}} (x^{{(i)}})^T = {rhs}$$
"""


def test_the_transposed_data_matrix_is_not_green_as_rows() -> None:
    (step,) = doc_steps(_NOTES.format(rhs="X X^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_the_data_matrix_reading_still_holds() -> None:
    (step,) = doc_steps(_NOTES.format(rhs="X^T X"), "notes.md")
    assert step.verdict in _GREEN, step.message
