r"""A value stated after the notes compute in code is no exact data (sound43, documents.codecomputed).

"```python loss = -np.log(0.5) …```", then "So the loss is $L = 0.69$." and ``3L = 2.08`` (3 · 0.6931) was FAILED "at
the values the notes state as data … 2.07" (review42): the code is blanked from the prose and a notebook's code cells
are dropped, so the computation was not seen and 0.69 was read as exact. A fenced block or a notebook code cell that
computes, in the statement's section before it, makes the value no exact data: the step is judged within the value's
rounding (PASSED), as for a value said to be a rounding; without code it stays FAILED. Every example is written
here."""

from __future__ import annotations

from pathlib import Path

import nbformat
from support import verdicts_by_line

from verifier.documents.check import check_document
from verifier.engine import Settings

_PROSE = "So the loss is $L = 0.69$. Three copies give\n\n$$3L = 2.08$$\n"


def test_a_value_after_a_code_block_that_computes_is_no_exact_data() -> None:
    code = "# Loss\n\n```python\nloss = -np.log(0.5)\nprint(round(loss, 2))\n```\n\n"
    assert verdicts_by_line(code + _PROSE)[10] == ["PASSED"]
    assert verdicts_by_line("# Loss\n\n" + _PROSE)[5] == ["FAILED"]  # no code: the stated value is data


def test_a_code_block_in_another_section_says_nothing() -> None:
    code = "# Setup\n\n```python\nloss = -np.log(0.5)\n```\n\n# Loss\n\n"
    assert verdicts_by_line(code + _PROSE)[11] == ["FAILED"]


def test_a_value_after_a_notebook_code_cell(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("loss = -np.log(0.5)\nprint(round(loss, 2))")
    cell.outputs = [nbformat.v4.new_output("stream", text="0.69\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# Loss"), cell, nbformat.v4.new_markdown_cell(_PROSE)]
    path = tmp_path / "loss.ipynb"
    nbformat.write(nb, path)
    check = check_document(path, Settings())
    assert [s.verdict.value for c in check.chains for s in c.result.steps] == ["PASSED"]
