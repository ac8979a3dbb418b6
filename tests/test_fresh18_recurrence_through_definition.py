r"""fresh18: a state defined by a recurrence through another family's definition (``h_t = \tanh(a_t)``,
``a_t = w h_{t-1} + u x_t``: how RNN and LSTM notes write it) is read as the recurrence it composes to
(documents.throughrecurrence), as ``h_t = \tanh(w h_{t-1} + u x_t)`` written at once is: a step about
``h_t`` and ``h_{t-1}`` is checked, not SKIPPED for an index below the range, and a wrong one FAILS."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_RNN = """
# A recurrent unit

The hidden state is updated by

$$
h_t = \\tanh(a_t), \\qquad a_t = w h_{{t-1}} + u x_t ,
$$

where $w$ is the recurrent weight. Then

$$
\\frac{{\\partial h_t}}{{\\partial h_{{t-1}}}} = {claim}
$$
"""


def _claim(claim: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_RNN.format(claim=claim)) if "defines" not in s.message]


@pytest.mark.slow(4)
def test_a_recurrence_through_a_definition_is_checked() -> None:
    assert _claim("w\\left(1 - \\tanh^2(w h_{t-1} + u x_t)\\right) = w\\,(1 - h_t^2)") == [Verdict.PROVED] * 2


@pytest.mark.slow(4)
def test_a_wrong_step_about_it_fails() -> None:
    assert _claim("\\left(1 - \\tanh^2(w h_{t-1} + u x_t)\\right)") == [Verdict.FAILED]


@pytest.mark.slow(4)
def test_the_definition_written_the_other_way_round_too() -> None:
    text = _RNN.format(claim="w\\,(1 - h_t^2)").replace(
        "h_t = \\tanh(a_t), \\qquad a_t = w h_{t-1} + u x_t", "a_t = w h_{t-1} + u x_t, \\qquad h_t = \\tanh(a_t)")
    assert [s.verdict for s in doc_steps(text) if "defines" not in s.message] == [Verdict.PROVED]
