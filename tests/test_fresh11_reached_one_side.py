r"""A name only a definition's body writes, its shape guessed, reached by one side of a step only.

"With $X$ stacking the $x_i^\top$ as rows and $p = \sigma(Xw + b\mathbf{1})$", then
``\frac{1}{n}\sum_i (\sigma(z_i) - y_i) = \frac{1}{n}\mathbf{1}^\top (p - y)``: the right side reaches X
through p, the left side never does, and the notes relate X to the samples only in words. The step was
FAILED (X read as an arbitrary matrix). The doubt "appears on one side only and the notes do not define
it" (documents.guesses) looked only at the names a step writes; it now also takes a name with a guessed
(not annotated) shape that the step reaches through a definition on one side only."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = ("Samples $x_i \\in \\mathbb{R}^d$, labels $y_i \\in \\{0,1\\}$, $i = 1, \\dots, n$, and "
          "$z_i = w^\\top x_i + b$.\n\n"
          "$$J(w, b) = \\frac{1}{n}\\sum_{i=1}^n \\Bigl[-y_i \\log \\sigma(z_i) - (1 - y_i)"
          "\\log\\bigl(1 - \\sigma(z_i)\\bigr)\\Bigr]$$\n\n"
          "With $X$ stacking the $x_i^\\top$ as rows and $p = \\sigma(Xw + b\\mathbf{1})$,\n\n"
          "$$\\frac{\\partial J}{\\partial b} = "
          "\\frac{1}{n}\\sum_{i=1}^n \\bigl(\\sigma(z_i) - y_i\\bigr) = {}.$$\n")  # fmt: skip


def _verdicts(right: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message) for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains
            for s in ch.result.steps if s.lhs_latex.startswith(r"\frac{1}{n}")]  # fmt: skip


def test_the_matrix_form_reaching_an_unrelated_matrix_is_not_failed() -> None:
    [(verdict, message)] = _verdicts(r"\frac{1}{n}\mathbf{1}^\top (p - y)")
    assert verdict is Verdict.SKIPPED, message
    assert "one side only" in message


@pytest.mark.parametrize("wrong", [r"\frac{1}{n}\mathbf{1}^\top (p + y)", r"\mathbf{1}^\top (p - y)"])
def test_a_wrong_matrix_form_is_not_green(wrong: str) -> None:
    [(verdict, message)] = _verdicts(wrong)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message


def test_a_wrong_step_among_the_written_names_stays_failed() -> None:
    [(verdict, message)] = _verdicts(r"\frac{1}{n}\sum_{i=1}^n \bigl(\sigma(z_i) + y_i\bigr)")
    assert verdict is Verdict.FAILED, message
