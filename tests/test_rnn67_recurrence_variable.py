r"""rnn67: the variable of a derivative that names a family defined through a recurrence with no stated start
(``a_t = W h_{t-1} + U x_t`` beside ``h_t = \tanh(a_t)``) is an independent variable of the step, as a reader
takes it: ``\frac{d}{da}\tanh(a) = 1 - \tanh^2(a)`` and ``\frac{d h_t}{d a_t} = 1 - h_t^2`` are PROVED and their
wrong twins FAILED (both were SKIPPED: the family's whole value needs ``h_0``, which the notes never give)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_BARE = """
# A recurrent unit

The hidden state is $h_t = \\tanh(a_t)$ with $a_t = W h_{{t-1}} + U x_t$. The derivative of $\\tanh$ is

$$\\frac{{d}}{{da}}\\tanh(a) = {claim}.$$
"""

_ENTRY = """
# A recurrent unit

The state is $h_t = \\tanh(a_t)$ with $a_t = w h_{{t-1}} + x_t$. Then

$$\\frac{{d h_t}}{{d a_t}} = {claim}.$$
"""


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(text) if "defines" not in s.message]


@pytest.mark.slow(4)
def test_a_bare_family_variable_is_a_variable() -> None:
    steps = [s for s in doc_steps(_BARE.format(claim="1 - \\tanh^2(a)")) if "defines" not in s.message]
    assert [s.verdict for s in steps] == [Verdict.PROVED]
    assert "set aside" in steps[0].message  # the reading is reported with the step


@pytest.mark.slow(4)
def test_its_wrong_twin_fails() -> None:
    assert _verdicts(_BARE.format(claim="1 + \\tanh^2(a)")) == [Verdict.FAILED]


@pytest.mark.slow(4)
def test_an_entry_of_the_family_is_a_variable() -> None:
    assert _verdicts(_ENTRY.format(claim="1 - h_t^2")) == [Verdict.PROVED]


@pytest.mark.slow(4)
def test_the_entry_wrong_twin_fails() -> None:
    assert _verdicts(_ENTRY.format(claim="1 + h_t^2")) == [Verdict.FAILED]
