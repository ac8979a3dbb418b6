r"""A bold matrix the prose calls symmetric (documents.symmetricprose).

"where $\mathbf Q$ is a symmetric $m\times m$ matrix" was not read (only a plain letter was), so the
correct ``(\mathbf Q + \mathbf Q^T)\mathbf v = 2\mathbf Q\mathbf v`` was FAILED. A bold matrix the prose
does not call symmetric, or says is not, keeps the FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.symmetricprose import symmetric_in
from verifier.results import Verdict

_NOTES = ("Let $g(\\mathbf v) = \\mathbf v^T \\mathbf Q \\mathbf v$ where {said}.\n\n"
          "Its gradient: $\\nabla g(\\mathbf v) = (\\mathbf Q + \\mathbf Q^T)\\mathbf v = 2\\mathbf Q\\mathbf v$.\n")


def _last(said: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.replace("{said}", said), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("said", ["$\\mathbf Q$ is a symmetric $m\\times m$ matrix",
                                  "$\\boldsymbol{Q}$ is symmetric"])
def test_a_bold_symmetric_matrix_is_read(said: str) -> None:
    verdict, message = _last(said)
    assert verdict is Verdict.PROVED, message


@pytest.mark.parametrize("said", ["$\\mathbf Q$ is not assumed symmetric", "$\\mathbf P$ is symmetric",
                                  "$\\mathbf Q$ is a square matrix"])
def test_without_the_statement_the_step_is_failed(said: str) -> None:
    verdict, message = _last(said)
    assert verdict is Verdict.FAILED, message


def test_the_bold_letter_is_named() -> None:
    assert symmetric_in("where $\\mathbf{Q}$ is symmetric") == ({"Q"}, 6)
