r"""A vector the prose states as a bracket list, ``u = [1, -1]``, is the column u of the lines after it (gaps39).

``[1, -1]`` alone is read as a row (as ``\nabla J = [-0.5, 0.25]``); a name the lines read as a column (``u^\top u``,
``u^\top v``) equated with it was SKIPPED "the hypothesis equates a 2×1 and a 1×2 value". A list of entries stated
for a lone name that is a column of the same length is that column's entries. Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Inner products

Take the vectors $u = [1, -1]$ and $v = [2, 3]$. Then

$$
LEFT = RIGHT
$$
"""


def _verdicts(left: str, right: str, notes: str = NOTES) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes.replace("LEFT", left).replace("RIGHT", right))]


def test_the_inner_products_at_the_listed_vectors_are_checked() -> None:
    assert _verdicts(r"u^\top u", "1 + 1 = 2") == ["PROVED", "PROVED"]
    assert _verdicts(r"u^\top v", "2 - 3 = -1") == ["PROVED", "PROVED"]
    assert _verdicts(r"\|u\|^2", r"u^\top u = 2") == ["PROVED", "PROVED"]


def test_a_wrong_inner_product_at_the_listed_vectors_is_never_green() -> None:
    got = _verdicts(r"u^\top v", "2 + 3 = 5")
    assert got[0] not in ("PROVED", "PASSED")
    got = _verdicts(r"u^\top u", "0")
    assert got[0] not in ("PROVED", "PASSED")
    got = _verdicts(r"\|u\|^2", r"u^\top u = 1")
    assert got[1] not in ("PROVED", "PASSED")


def test_a_list_of_another_length_is_not_the_vector() -> None:
    r"""``[1, -1, 2]`` for u against a 2-entry v: the shapes still do not fit, nothing is green."""
    notes = NOTES.replace("[1, -1]", "[1, -1, 2]")
    assert _verdicts(r"u^\top v", "2 - 3 = -1", notes)[0] not in ("PROVED", "PASSED")


def test_a_column_written_as_a_matrix_is_left_as_the_notes_write_it() -> None:
    r"""A one-row ``\begin{bmatrix}`` is a row the notes chose to write: not turned into a column."""
    notes = NOTES.replace("[1, -1]", r"\begin{bmatrix} 1 & -1 \end{bmatrix}")
    assert _verdicts(r"u^\top u", "1 + 1 = 2", notes)[0] != "PROVED"
