r"""A \sum/\prod over the notes' data written with the data's length (``\prod_{i=1}^{400} \theta^{x_i}``,
x never written out) is read at a general length (documents.datalength): a step that holds for every
length and every value of the data is checked; one that fails may still hold for the notes' own data and
is SKIPPED, never FAILED; two written ranges over one family are not both read as its length."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.engine import Settings
from verifier.results import Verdict

SURVEY = r"""
    We surveyed 400 people, with outcomes $\mathbf{x} = (x_1, \ldots, x_{400})$. The likelihood:

    $$p(\mathbf{x}; \theta) = \prod_{i=1}^{400} \theta^{x_i} (1 - \theta)^{1 - x_i}$$

    Its logarithm:

    $$\log p(\mathbf{x}; \theta) = \log \prod_{i=1}^{400} \theta^{x_i} (1 - \theta)^{1 - x_i}$$
    """


def _steps(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [s for c in check_document(doc, Settings()).chains for s in c.result.steps]


def test_a_step_that_holds_for_any_data_is_checked(tmp_path: Path) -> None:
    steps = _steps(tmp_path, SURVEY)
    assert steps[-1].verdict is Verdict.PROVED
    assert "general length" in steps[-1].message


def test_a_step_that_needs_the_data_is_skipped_not_failed(tmp_path: Path) -> None:
    counted = (
        SURVEY
        + r"""
    With 117 ones: $$\log \prod_{i=1}^{400} \theta^{x_i} (1 - \theta)^{1 - x_i} = \sum_{i=1}^{400} \left(x_i
    \log \theta + x_i \log(1 - \theta)\right)$$
    """
    )
    step = _steps(tmp_path, counted)[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "not called FAILED" in step.message


def test_two_written_ranges_are_not_one_length(tmp_path: Path) -> None:
    two = (
        SURVEY
        + r"""
    $$\sum_{i=1}^{400} x_i = \sum_{i=1}^{300} x_i$$
    """
    )
    step = _steps(tmp_path, two)[-1]
    assert step.verdict is Verdict.SKIPPED
    assert "too many to check entry by entry" in step.message


def test_a_lower_bound_other_than_one_is_not_read_so(tmp_path: Path) -> None:
    shifted = SURVEY.replace(r"\log \prod_{i=1}^{400}", r"\log \prod_{i=2}^{400}")
    step = _steps(tmp_path, shifted)[-1]
    assert step.verdict is Verdict.SKIPPED
