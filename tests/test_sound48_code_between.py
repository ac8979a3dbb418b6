r"""A value the notes' code changes between its statement and a worked step is no exact input of the step.

exactdata and exactslips make a worked number FAILED at the values the notes state once. Code was never read, so
"Take $z = 0.5$ …" then a code block or a notebook code cell ``z = -z`` and "$$\tanh(z) = -0.462$$" (right for the
new z) was FAILED "its sign flipped"; a polynomial step (``w x = 3.30`` after ``w = w + 0.2`` in a code cell) was
FAILED "exact, no rounding said". Both stay the worked-number policy's SKIPPED now (documents.codeupdates); code
that assigns another name, or code after the step, changes nothing. Every example is my own.
"""

from __future__ import annotations

from pathlib import Path

from support import doc_steps, notebook_verdicts

from verifier.results import Verdict

_TANH = ("# Tanh\n\nTake $z = 0.5$, so $\\tanh(z) = 0.462$.\n\n```python\n{code}\n```\n\n"
         "Then\n\n$$\\tanh(z) = -0.462$$\n")




def test_a_code_block_that_updates_the_name_keeps_the_slip_skipped() -> None:
    assert doc_steps(_TANH.format(code="z = -z"))[-1].verdict is Verdict.SKIPPED


def test_a_code_block_that_assigns_another_name_keeps_the_slip_failed() -> None:
    assert doc_steps(_TANH.format(code="y = -z"))[-1].verdict is Verdict.FAILED


def test_a_notebook_code_cell_that_updates_the_name_keeps_the_slip_skipped(tmp_path: Path) -> None:
    verdicts = notebook_verdicts(tmp_path, [("markdown", "Take $z = 0.5$, so $\\tanh(z) = 0.462$."), ("code", "z = -z"),
                                    ("markdown", "With the new input, $$\\tanh(z) = -0.462$$")])
    assert verdicts[-1] is Verdict.SKIPPED


def test_a_notebook_code_cell_that_updates_a_polynomial_input_keeps_it_skipped(tmp_path: Path) -> None:
    verdicts = notebook_verdicts(tmp_path, [("markdown", "Take $w = 2$ and $x = 1.5$, so $w x = 3.00$."),
                                    ("code", "w += 0.2"), ("markdown", "Now the prediction is $$w x = 3.30$$")])
    assert verdicts[-1] is Verdict.SKIPPED


def test_a_notebook_code_cell_that_only_plots_keeps_the_slip_failed(tmp_path: Path) -> None:
    verdicts = notebook_verdicts(tmp_path, [("markdown", "Take $z = 0.5$, so $\\tanh(z) = 0.462$."),
                                    ("code", "plt.plot(xs, np.tanh(xs))"),
                                    ("markdown", "At this input, $$\\tanh(z) = -0.462$$")])
    assert verdicts[-1] is Verdict.FAILED
