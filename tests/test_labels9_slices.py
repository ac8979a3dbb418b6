r"""latex.slices: a column or a row of a matrix written ``W[:, j]``, ``\mathbf{w}_{\cdot j}``, ``w_{i\cdot}``
is the slice ``W_{:,j}`` / ``W_{i,:}``; a slice of the wrong axis is FAILED. Small notes written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex.slices import as_slices
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "# Slices\n\nLet $W \\in \\mathbb{R}^{3 \\times 3}$ be a matrix and $x \\in \\mathbb{R}^3$.\n\n$$STEP$$\n"


def _one(step: str) -> tuple[Verdict, str]:
    check = check_text(_NOTES.replace("STEP", step), "notes.md")
    [(verdict, message)] = [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]
    return verdict, message


@pytest.mark.parametrize(("written", "read"), [
    (r"W[:, j]", r"W_{:,j}"),
    (r"\mathbf{W}[i, :]", r"\mathbf{W}_{i,:}"),
    (r"\mathbf{w}_{\cdot j}", r"\mathbf{w}_{:,j}"),
    (r"\mathbf{w}_{\cdot, j}", r"\mathbf{w}_{:,j}"),
    (r"w_{i\cdot}", r"w_{i,:}"),
    (r"\theta[:, k+1]", r"\theta_{:,k+1}"),
])
def test_the_written_forms_of_a_slice(written: str, read: str) -> None:
    assert as_slices(written) == read


@pytest.mark.parametrize("kept", [r"[a, b]", r"[0, 1]", r"x_{a \cdot b}", r"W^T[:, j]", r"W^\top[i, :]"])
def test_what_is_no_slice_is_left_alone(kept: str) -> None:
    assert as_slices(kept) == kept


@pytest.mark.parametrize("column", [r"W[:, j]", r"W_{\cdot j}"])
def test_a_column_is_read_and_the_wrong_axis_failed(column: str) -> None:
    verdict, message = _one(column + r"^T x = \sum_{i=1}^{3} W_{ij} x_i")
    assert verdict in _GREEN, message
    assert _one(column + r"^T x = \sum_{i=1}^{3} W_{ji} x_i")[0] is Verdict.FAILED


@pytest.mark.parametrize("row", [r"W[j, :]", r"W_{j\cdot}"])
def test_a_row_is_read_and_the_wrong_axis_failed(row: str) -> None:
    verdict, message = _one(row + r" x = \sum_{i=1}^{3} W_{ji} x_i")
    assert verdict in _GREEN, message
    assert _one(row + r" x = \sum_{i=1}^{3} W_{ij} x_i")[0] is Verdict.FAILED
