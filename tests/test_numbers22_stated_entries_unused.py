r"""A value the prose states for an entry the chain never uses (``g_2 = 1``) is no reason to skip the chain.

A worked example states its inputs in one sentence ("with gradients $g_1 = 2$ and $g_2 = 1$", "$\beta_1 =
0.9$, $\beta_2 = 0.999$") and then works one line per step. Each line's chain reaches the family g (or β)
through g_1 only; the stated ``g_2 = 1`` could not be resolved for it ("g_2 is not declared (declare g in a
```verify block)") and every worked link of the line was SKIPPED "a hypothesis: …", the arithmetic ``1 - 0.1
\cdot 2 = 1.2`` (a sign slip) among them. A stated value about a name the chain never has was meant to be
left out (documents.hypotheses), but the test compared the message of a plain name ("declare it") only.
Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""Take $\beta = 0.9$, $\eta = 0.1$, $v_0 = 0$ and $w_0 = 1$, with gradients $g_1 = 2$ and $g_2 = 1$.

$$v_1 = \beta v_0 + g_1 = 0.9 \cdot 0 + 2 = 2,$$

$$w_1 = w_0 - \eta v_1 = 1 - 0.1 \cdot 2 = {value}$$
"""


def test_a_slip_in_the_worked_line_is_failed() -> None:
    steps = doc_steps(_NOTES.replace("{value}", "1.2"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_the_right_line_is_green() -> None:
    steps = doc_steps(_NOTES.replace("{value}", "0.8"))
    assert all(s.verdict.value in GREEN for s in steps[-2:]), [s.message for s in steps]
