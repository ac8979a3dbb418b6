r"""An inline worked computation ``$z = 0.5 \cdot 2 - 1 = 0$`` is checked, not dropped.

A TA's worked example runs the forward pass in the prose: "Forward: $z = 0.5 \cdot 2 - 1 = 0$, so
$a = \sigma(0) = 0.5$". An inline chain whose last member is a number was taken for values set together
(``$w = b = 0$``) and dropped whole — no step found, so a wrong ``= 1`` there left the notes green (the
same line in a display was FAILED). A chain whose middle members compute (not names) is a worked
computation: its links are checked. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    r"Take $x = 2$, $w = 0.5$, $b = -1$ and $z = wx + b$. Forward: $z = 0.5 \cdot 2 - 1 = 0$, so we go on." "\n",
    r"Forward: $z = 0.5 \cdot 2 - 1 = 0$, so we go on." "\n",
    r"The output is $a = \sigma(0) = 0.5$." "\n",
    r"The loss is $L = \frac{1}{2}(0.5 - 1)^2 = 0.125$." "\n",
])
def test_a_right_worked_value_is_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "the inline computation was dropped"
    assert steps[-1].verdict.value in GREEN, steps[-1].message


@pytest.mark.parametrize("notes", [
    r"Take $x = 2$, $w = 0.5$, $b = -1$ and $z = wx + b$. Forward: $z = 0.5 \cdot 2 - 1 = 1$, so we go on." "\n",
    r"Forward: $z = 0.5 \cdot 2 - 1 = 1$, so we go on." "\n",
    r"The output is $a = \sigma(0) = 0.25$." "\n",
    r"The loss is $L = \frac{1}{2}(0.5 - 1)^2 = 0.25$." "\n",
])
def test_a_wrong_worked_value_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "the inline computation was dropped"
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_values_set_together_are_still_no_claim() -> None:
    assert doc_steps(r"We start from $w = b = 0$ and iterate." "\n") == []
