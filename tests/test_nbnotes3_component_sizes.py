r"""``y_c = \operatorname{softmax}(\mathbf{z})_c`` then ``\sum_{c=1}^C y_c = 1``: the index c runs over the
entries of softmax(z), so z has C entries — also where z is a vector only by evidence read after the
chain (bold, or ``z_c`` written elsewhere in the notes). Before, z kept a size of its own and the sum
ran past its end ("index 4 is outside 1..3")."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verifier.documents.check import check_document
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    The output is the softmax of the scores:

    $$ y_c = \operatorname{softmax}(\mathbf{z})_c $$

    The outputs sum to one:

    $$ \sum_{c=1}^C y_c = {total} $$
    """


def _last(tmp_path: Path, total: str) -> object:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(NOTES).replace("{total}", total).strip() + "\n", encoding="utf-8")
    steps = [s for c in check_document(doc, Settings()).chains for s in c.result.steps]
    return steps[-1]


def test_the_sum_runs_over_the_entries_of_the_argument(tmp_path: Path) -> None:
    step = _last(tmp_path, "1")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize("total", ["2", "C"])
def test_a_wrong_total_is_never_green(tmp_path: Path, total: str) -> None:
    assert _last(tmp_path, total).verdict not in (Verdict.PROVED, Verdict.PASSED)
