r"""fresh18: an entry of a family the notes define by a recurrence (``c_t = f_t c_{t-1} + i_t g_t``, an LSTM's
cell) written on one side of a step only is no name "the notes do not define": a step that drops the
factor ``c_{t-1}`` FAILS instead of being SKIPPED for a relation the checker cannot see (documents.guesses)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_CELL = """
# The cell of an LSTM

The cell state is updated by

$$
c_t = f_t c_{{t-1}} + i_t g_t .
$$

The forget gate is a sigmoid of its pre-activation $a_t$, so

$$
\\frac{{\\partial}}{{\\partial a_t}}\\left(\\sigma(a_t)\\, c_{{t-1}}\\right) = {claim}
$$
"""


def _claim(claim: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_CELL.format(claim=claim)) if "defines" not in s.message]


@pytest.mark.slow(3)
def test_a_dropped_recurrence_entry_fails() -> None:
    assert _claim("\\sigma(a_t)\\left(1 - \\sigma(a_t)\\right)") == [Verdict.FAILED]


@pytest.mark.slow(3)
def test_the_right_derivative_is_proved() -> None:
    assert _claim("\\sigma(a_t)\\left(1 - \\sigma(a_t)\\right) c_{t-1}") == [Verdict.PROVED]
