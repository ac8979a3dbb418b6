r"""``t_i`` beside ``t_{ic}`` makes t a matrix whose row i is ``t_i`` (infer.slices), also where a function
the chain calls names its own parameter t and writes ``t_c`` in its body: that t is the parameter, bound
there, and its subscript says nothing about how the notes slice their t."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.engine import Settings
from verifier.results import Verdict

BATCH = r"""
    ```verify
    \xi(t, y) := -\sum_{c=1}^{3} t_c \log(y_c)
    ```

    $$ \sum_{i=1}^{2} \xi(t_i, y_i) = -\sum_{i=1}^{2} \sum_{c=1}^{3} t_{ic} \log(y_{ic}) $$
    """


def _steps(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [s for c in check_document(doc, Settings()).chains for s in c.result.steps]


def test_rows_of_the_notes_matrix_go_to_the_function(tmp_path: Path) -> None:
    (step,) = _steps(tmp_path, BATCH)
    assert step.verdict is Verdict.PROVED
    assert "row of it" in step.message


def test_a_wrong_batch_sum_still_fails(tmp_path: Path) -> None:
    wrong = BATCH.replace(r"y_i) = -\sum", r"y_i) = \sum")  # the minus sign lost (the display only)
    (step,) = _steps(tmp_path, wrong)
    assert step.verdict is Verdict.FAILED
