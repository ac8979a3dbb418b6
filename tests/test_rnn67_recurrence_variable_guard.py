r"""rnn67: the free-variable reading of ``a_t`` (documents.recurrencevariable) is never taken where an entry above the
variable is reached: ``L := \frac{1}{2}(h_3 - y)^2`` depends on ``a_2`` through the recurrence, so
``\partial L/\partial a_2 = 0`` must not be green (with ``a_2`` free and ``h_3 := \tanh(a_3)`` it would be)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTE = """
# A recurrent unit

The state is $h_t = \\tanh(a_t)$ with $a_t = w h_{{t-1}} + u x_t$, and $L = \\frac{{1}}{{2}}(h_3 - y)^2$.

Then

$$\\frac{{\\partial {top}}}{{\\partial a_{idx}}} = 0.$$
"""


@pytest.mark.slow(4)
@pytest.mark.parametrize(("top", "idx"), [("L", "2"), ("h_{t+1}", "t"), ("h_t", "{t-1}")])
def test_a_quantity_above_the_variable_is_not_held_free(top: str, idx: str) -> None:
    steps = [s for s in doc_steps(_NOTE.format(top=top, idx=idx)) if "defines" not in s.message]
    assert steps and all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps)


_UNFOLDED = """
# A recurrent unit

The state is $h_t = \\tanh(a_t)$ with $a_t = w h_{{t-1}} + u x_t$.

Then

$$\\frac{{\\partial h_t}}{{\\partial a_t}} = 1 - \\tanh^2({inner}) = 1 - h_t^2.$$
"""


@pytest.mark.slow(4)
@pytest.mark.parametrize(("inner", "verdict"), [("w h_{t-1} + u x_t", Verdict.PROVED), ("w h_{t-1}", Verdict.FAILED)])
def test_a_chain_writing_the_previous_state_keeps_the_unfolded_reading(inner: str, verdict: Verdict) -> None:
    r"""``1 - \tanh^2(w h_{t-1} + u x_t) = 1 - h_t^2`` relates ``h_t`` to ``h_{t-1}`` (the recurrence, unfolded):
    with ``a_t`` free the link would not hold, so the chain is not read that way (it was SKIPPED so, and its wrong
    twin lost its FAILED, before :func:`recurrencevariable._earlier`)."""
    steps = [s for s in doc_steps(_UNFOLDED.format(inner=inner)) if "defines" not in s.message]
    assert steps[-1].verdict is verdict


_OWN = """
# Backpropagation through time

A scalar recurrent network: $$h_t = \\tanh(w h_{t-1} + u x_t).$$

Write $z_t = w h_{t-1} + u x_t$. Then

$$\\frac{\\partial h_t}{\\partial z_t} = 1 - \\tanh^2(z_t) = 1 - h_t^2.$$
"""


@pytest.mark.slow(4)
def test_a_state_with_its_own_recurrence_keeps_the_unfolded_reading() -> None:
    """``h`` written by its own recurrence stays unfolded (it never writes ``z_t``): a free ``z_t`` would leave
    ``1 - \\tanh^2(z_t) = 1 - h_t^2`` unrelated, and the link lost its PROVED before ``_composed_through``."""
    steps = [s for s in doc_steps(_OWN) if "defines" not in s.message]
    assert steps[-1].verdict is Verdict.PROVED
