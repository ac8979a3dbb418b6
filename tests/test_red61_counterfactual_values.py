r"""A value stated in a counterfactual sentence is no value the notes go on with (documents.latestvalues).

red61 (red team of stop 61), writing notes on boundconstants: after "Let $q(x) = 3(x - c)^2$ where $c = 1$", a
sentence "If instead $c = 2$, the vertex would move to $x = 2$." (or "For example, if we had $c = 2$, then …")
became the value stated last before the next display, and the wrong ``q(3) = 3`` (12 at the notes' c = 1) was
PROVED "under the hypothesis c = 2". A value in a sentence that says what would happen, or gives an example, is
read like a value in an aside: never the one stated last while another is stated before it, only one of the other
values a FAILED step is tried at (so the step is SKIPPED, naming both, where it holds there). Notes of our own."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# Parabola\n\nLet $q(x) = 3(x - c)^2$ where $c = 1$.\n\n{}\n\n$$q(3) = {}$$\n"


@pytest.mark.parametrize("aside", [
    "If instead $c = 2$, the vertex would move to $x = 2$.",
    "For example, if we had $c = 2$, then $q(2) = 0$.",
])  # fmt: skip
def test_a_step_right_only_at_the_counterfactual_value_is_not_green(aside: str) -> None:
    got = verdicts_by_line(_NOTE.format(aside, "3"))[7]
    assert got and "PROVED" not in got and "PASSED" not in got


@pytest.mark.parametrize("aside", [
    "If instead $c = 2$, the vertex would move to $x = 2$.",
    "For example, if we had $c = 2$, then $q(2) = 0$.",
])  # fmt: skip
def test_the_step_at_the_notes_value_is_proved(aside: str) -> None:
    assert verdicts_by_line(_NOTE.format(aside, "12"))[7] == ["PROVED"]


def test_a_value_taken_is_still_read() -> None:
    # "Now take" goes on with the new value: the step right there is green, the one right at c = 1 is not
    assert verdicts_by_line(_NOTE.format("Now take $c = 2$.", "3"))[7] == ["PROVED"]
    assert verdicts_by_line(_NOTE.format("Now take $c = 2$.", "12"))[7] != ["PROVED"]
