r"""A value the prose changes in words after stating it is no value of the steps after that sentence.

"Take $w = 2$." then "After one update, $w$ becomes $3$." (or "the weight becomes 3", "Now double $w$", "Now set the
learning rate to 0.5" after "Let the learning rate be $\eta = 0.1$") and "$$2w = 4$$" was PROVED "under the
hypothesis w = 2", and a step right for the new value was FAILED where the words did not write the name in inline
math (sound48's leftover: "the weight becomes 2.2" then ``3w = 6.6``). The sentence plausibly changes the stated
quantity: its old value is not read after it (SKIPPED, never green, never FAILED at it). A sentence that only
varies the name in general ("as $w$ increases, the loss falls"), one that changes another quantity ("the loss
decreases to 0.5"), or one after the step keeps the value. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps, last_verdict

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)



@pytest.mark.parametrize("words", [
    "After one update, $w$ becomes $3$.",
    "After one update the weight becomes 3.",
    "Now double $w$.",
    "We update $w$ to $3$ and get",
    "Next we increase the weight by 1:",
])  # fmt: skip
def test_a_change_in_words_ends_the_stated_value(words: str) -> None:
    assert last_verdict(f"# W\n\nTake $w = 2$.\n\n{words}\n\n$$2w = 4$$\n") not in _GREEN


def test_a_change_naming_the_quantity_by_the_statement_s_words_ends_it() -> None:
    note = "# Rate\n\nLet the learning rate be $\\eta = 0.1$.\n\nNow set the learning rate to 0.5:\n\n$$10\\eta = 1$$\n"
    assert last_verdict(note) not in _GREEN


def test_a_step_right_for_the_new_value_said_without_the_name_is_not_failed() -> None:
    note = ("# W\n\nTake $w = 2$, so\n\n$$3w = 6.0$$\n\nAfter one step the weight becomes 2.2, and the prediction "
            "is\n\n$$3w = 6.6$$\n")
    steps = doc_steps(note)
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.SKIPPED


def test_a_step_right_for_the_new_rate_is_not_failed() -> None:
    note = ("# Rate\n\nLet the learning rate be $\\eta = 0.1$, so\n\n$$10\\eta = 1.0$$\n\n"
            "Now we change the learning rate to 0.5. Then\n\n$$10\\eta = 5.0$$\n")
    assert last_verdict(note) is not Verdict.FAILED


def test_a_general_variation_keeps_the_value() -> None:
    note = "# W\n\nTake $w = 2$. As $w$ increases, the loss falls.\n\n$$2w = 4$$\n"
    assert last_verdict(note) is Verdict.PROVED


def test_a_change_of_another_quantity_keeps_the_value() -> None:
    note = "# W\n\nTake $w = 2$.\n\nAfter one update the loss decreases to 0.5.\n\n$$2w = 4$$\n"
    assert last_verdict(note) is Verdict.PROVED


def test_a_change_of_another_quantity_keeps_the_slip_failed() -> None:
    note = "# W\n\nTake $w = 2$.\n\nAfter one update the loss decreases to 0.5.\n\n$$3w = 6.6$$\n"
    assert last_verdict(note) is Verdict.FAILED


def test_a_change_after_the_step_keeps_the_value() -> None:
    note = "# W\n\nTake $w = 2$. Then\n\n$$2w = 4$$\n\nAfter one update the weight becomes 3.\n"
    assert last_verdict(note) is Verdict.PROVED


def test_the_weight_words_do_not_end_an_iterate_s_value() -> None:
    note = ("# GD\n\nStart from $w_0 = 1$ with $\\eta = 0.1$ on $L(w) = w^2$.\n\n"
            "After one update the weight becomes $w_1 = 0.8$.\n\n$$w_1 = w_0 - 0.1 \\cdot 2 w_0 = 0.8$$\n")
    assert last_verdict(note) is Verdict.PROVED


@pytest.mark.parametrize("words", [
    "After the update $w$ becomes $3$, so $2w = 4$.",
    "After the update the weight becomes 3, so $2w = 4$.",
])  # fmt: skip
def test_a_change_in_the_sentence_of_an_inline_step_ends_the_value(words: str) -> None:
    assert last_verdict(f"# W\n\nTake $w = 2$.\n\n{words}\n") not in _GREEN
