r"""A value the sentence gives as an input stays exact data after code (redteam44, documents.codecomputed).

sound43 made every value stated after a computing code block (or right after a notebook code cell) a possible
rounding of the code's printed result. A code cell that only imports (``import numpy as np``) or a block that
plots, then "We are given the input $x = 0.25$. … $$3x = 0.76$$", made the wrong 0.76 (0.75) PASSED "equal within
the rounding of the values the notes state as roundings" (v0.29.0: FAILED). A value the sentence gives ("given",
"suppose", "assume", "the input", "Let $x = …$", "Take/Set/Choose/Fix $x = …$") is an input, no printed result:
exact data as without code. sound43's "So the loss is $L = 0.69$" after ``loss = -np.log(0.5)`` keeps its
PASSED. Every example is written here."""

from __future__ import annotations

from pathlib import Path

import nbformat
from support import verdicts_by_line

from verifier.documents.check import check_document
from verifier.engine import Settings

_CODE = "# Inputs\n\n```python\nxs = np.linspace(0, 1, 50)\nplt.plot(xs, xs ** 2)\n```\n\n"


def test_a_given_value_after_code_is_data() -> None:
    for words in ("We are given the input $x = 0.25$.", "Let $x = 0.25$.", "Suppose $x = 0.25$.",
                  "Take $x = 0.25$ as the input."):
        assert verdicts_by_line(_CODE + words + " Three copies give\n\n$$3x = 0.76$$\n")[10] == ["FAILED"], words


def test_a_given_value_after_a_notebook_code_cell_is_data(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Inputs"), nbformat.v4.new_code_cell("import numpy as np"),
                nbformat.v4.new_markdown_cell("Let $x = 0.25$. Three copies give\n\n$$3x = 0.76$$\n")]
    path = tmp_path / "inputs.ipynb"
    nbformat.write(nb, path)
    check = check_document(path, Settings())
    assert [s.verdict.value for c in check.chains for s in c.result.steps] == ["FAILED"]


def test_a_result_after_code_is_still_a_rounding() -> None:
    code = "# Loss\n\n```python\nloss = -np.log(0.5)\nprint(round(loss, 2))\n```\n\n"
    for words in ("So the loss is", "Given the code above, the loss is", "For this input the code prints"):
        text = code + words + " $L = 0.69$. Three copies give\n\n$$3L = 2.08$$\n"
        assert verdicts_by_line(text)[10] == ["PASSED"], words
