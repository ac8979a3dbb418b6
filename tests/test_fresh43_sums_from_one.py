r"""A bias ``a_0`` indexes the families beside it from 0; the notes' sums run from 1 (fresh43, sumstart).

``h(x) = a_0 + \sum_{i=1}^n a_i x_i + (\sum_{i=1}^n c_i x_i)^2`` made inference index a — and the x and c
tied to it — from 0, so a later line on ``c_i`` was checked at i = 0 (an entry the notes never have) and an
inline ``s = \sum_j c_j x_j`` summed from 0, though every sum the notes write starts at 1: the correct lines
FAILED. Read from 1, as the notes' sums run, they hold; the line does not say so itself, so SKIPPED saying
so, never green; a wrong line fails under that reading too. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

_NOTE = """# A unit with a squared term

For $x \\in \\mathbb{R}^n$ the unit computes

$$
h(x) = a_0 + \\sum_{i=1}^n a_i x_i + \\Big(\\sum_{i=1}^n c_i x_i\\Big)^2 .
$$

With $s = \\sum_j c_j x_j$ the gradient in one of the squared term's weights is

$$
\\frac{\\partial h}{\\partial c_i} = 2 x_i \\sum_{j=1}^n c_j x_j = 2 x_i s .
$$
"""


def _steps_of_line(note: str, line: int) -> list[StepResult]:
    return [r for r in doc_steps(note) if r.source.endswith(f":{line}")]


def test_the_sums_start_is_a_plausible_reading() -> None:
    steps = _steps_of_line(_NOTE, 12)
    assert steps and all(r.verdict.name != "FAILED" for r in steps)
    assert any("from 1" in r.message for r in steps)


def test_a_wrong_line_still_fails() -> None:
    steps = _steps_of_line(_NOTE.replace("= 2 x_i s .", "= 4 x_i s ."), 12)
    assert [r.verdict.name for r in steps][-1] == "FAILED"


def test_sums_from_zero_give_no_such_reading() -> None:
    note = _NOTE.replace("=1}", "=0}")  # every sum from 0: the notes index from 0 themselves
    assert all("from 1, as the notes" not in r.message for r in doc_steps(note))
