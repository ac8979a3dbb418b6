r"""A value the notes' code assigns again after the prose stated it is no value of the steps after that code.

"Take $w = 2$." then a code block or a notebook code cell ``w = 3`` (or ``w += 1``) and "$$2w = 4$$" was PROVED
"under the hypothesis w = 2": the code was never read for the stated values (sound48 read it only to keep a FAILED
SKIPPED, documents.codeupdates). The value the step is read at is not the notes' any more: not green. Code that
assigns another name (``x = np.linspace(…)``), or the same number again (``w = 2``), or code after the step keeps
the value. Every example is my own.
"""

from __future__ import annotations

from pathlib import Path

from support import doc_steps, notebook_verdicts

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTE = "# Weights\n\nTake $w = 2$.\n\n```python\n{code}\n```\n\nThen\n\n$$2w = {value}$$\n"




def test_a_code_block_assigning_the_name_ends_its_stated_value() -> None:
    assert doc_steps(_NOTE.format(code="w = 3", value="4"))[-1].verdict not in _GREEN


def test_a_code_block_updating_the_name_in_place_ends_its_stated_value() -> None:
    assert doc_steps(_NOTE.format(code="w += 1", value="4.0"))[-1].verdict not in _GREEN


def test_a_notebook_code_cell_assigning_the_name_ends_its_stated_value(tmp_path: Path) -> None:
    verdicts = notebook_verdicts(tmp_path, [("markdown", "Take $w = 2$."), ("code", "w = w - 0.5"),
                                    ("markdown", "Then $$2w = 4$$")])
    assert verdicts[-1] not in _GREEN


def test_code_assigning_another_name_keeps_the_value() -> None:
    assert doc_steps(_NOTE.format(code="x = np.linspace(0, 1, 50)", value="4"))[-1].verdict is Verdict.PROVED


def test_code_assigning_the_same_number_keeps_the_value() -> None:
    assert doc_steps(_NOTE.format(code="w = 2.0", value="4"))[-1].verdict is Verdict.PROVED


def test_a_notebook_code_cell_assigning_another_name_keeps_the_value(tmp_path: Path) -> None:
    verdicts = notebook_verdicts(tmp_path, [("markdown", "Take $w = 2$."), ("code", "xs = np.linspace(-1, 1)\nw0 = 5"),
                                    ("markdown", "Then $$2w = 4$$")])
    assert verdicts[-1] is Verdict.PROVED


def test_code_after_the_step_keeps_the_value() -> None:
    note = "# Weights\n\nTake $w = 2$. Then\n\n$$2w = 4$$\n\n```python\nw = 3\n```\n"
    assert doc_steps(note)[-1].verdict is Verdict.PROVED


def test_an_in_place_update_of_a_tensor_ends_its_stated_value() -> None:
    assert doc_steps(_NOTE.format(code="with torch.no_grad():\n    w.sub_(0.1 * w.grad)", value="4"))[-1].verdict \
        not in _GREEN


def test_an_assignment_to_its_data_ends_its_stated_value() -> None:
    assert doc_steps(_NOTE.format(code="w.data -= 0.1 * w.grad", value="4"))[-1].verdict not in _GREEN


def test_an_r_assignment_in_r_markdown_ends_its_stated_value() -> None:
    note = "# Weights\n\nTake $w = 2$.\n\n```{r}\nw <- w + 1\n```\n\nThen\n\n$$2w = 4$$\n"
    assert doc_steps(note, "t.Rmd")[-1].verdict not in _GREEN


def test_reading_the_name_in_code_keeps_the_value() -> None:
    assert doc_steps(_NOTE.format(code="print(w.data, w.grad)\ny = w * 3", value="4"))[-1].verdict is Verdict.PROVED
