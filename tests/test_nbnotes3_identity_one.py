r"""``\frac{\partial (W^T x + b)}{\partial b} = 1``: notes write the identity Jacobian as 1. Read so only
where the matrix side is, written out, exactly the identity (documents/identity.py); any other matrix
against 1 keeps its shape clash and is never green."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verifier.documents.check import check_document
from verifier.documents.identity import NOTE
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    The layer is $\mathbf{h} = W^T\mathbf{x} + \mathbf{b}$ with $W \in \mathbb{R}^{2 \times 3}$.

    $$
    \frac{\partial (W^T\mathbf{x} + {term})}{\partial \mathbf{b}} = 1
    $$
    """


def _step(tmp_path: Path, term: str) -> object:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(NOTES).replace("{term}", term).strip() + "\n", encoding="utf-8")
    (step,) = [s for c in check_document(doc, Settings()).chains for s in c.result.steps]
    return step


def test_the_identity_jacobian_written_as_one(tmp_path: Path) -> None:
    step = _step(tmp_path, r"\mathbf{b}")
    assert step.verdict is Verdict.PROVED
    assert NOTE in step.message


@pytest.mark.parametrize("term", [r"2\mathbf{b}", r"\mathbf{b} \odot \mathbf{b}"])
def test_another_jacobian_against_one_is_never_green(tmp_path: Path, term: str) -> None:
    step = _step(tmp_path, term)
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED)
    assert NOTE not in step.message
