r"""More ways prose says a stated value changed: each ends the value for the steps after it.

sound49's reading (documents.wordedchanges) knew a short list of verbs ("becomes", "update", "double", …). "Take
$w = 2$." then "We then multiply $w$ by 3." (divide … by, add … to, subtract … from, triple, square, move … to,
"converges to", "has grown to", "After one gradient step, $w$ equals $1.6$", "After a step of gradient descent the
weight is 1.6") and "$$2w = 4$$" was PROVED "under the hypothesis w = 2": a false green, the value said to change
before the step. Each such sentence now ends the value (SKIPPED, never green at the old value). Sentences that
only mention the name (a derivative "with respect to $w$", "multiplying both sides by $w$") keep it. Every example
is my own.
"""

from __future__ import annotations

import pytest
from support import last_verdict

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)



@pytest.mark.parametrize("words", [
    "We then multiply $w$ by 3.",
    "Next we divide $w$ by 2.",
    "Now add 1 to $w$.",
    "Subtract 0.5 from $w$.",
    "Now triple $w$.",
    "Square $w$.",
    "After one gradient step, $w$ equals $1.6$.",
    "After one gradient step, $w$ is $1.6$.",
    "We move $w$ to 3.",
    "After training, $w$ has grown to 5.",
    "Running gradient descent, $w$ converges to 3.",
    "Repeating this, $w$ goes to 3.",
    "After a step of gradient descent the weight is 1.6.",
    "Running one step moves $w$ to 1.6.",
    "We increment $w$.",
    "$w$ is now 3.",
])  # fmt: skip
def test_a_change_in_other_words_ends_the_stated_value(words: str) -> None:
    assert last_verdict(f"# W\n\nTake $w = 2$.\n\n{words}\n\nThen\n$$2w = 4$$\n") not in _GREEN


@pytest.mark.parametrize("words", [
    "We differentiate with respect to $w$.",
    "Multiplying both sides by $w$ gives the next line.",
    "Note that $w$ is positive.",
    "The loss is a parabola in $w$.",
])  # fmt: skip
def test_a_mention_of_the_name_keeps_the_value(words: str) -> None:
    assert last_verdict(f"# W\n\nTake $w = 2$.\n\n{words}\n\nThen\n$$2w = 4$$\n") is Verdict.PROVED


def test_a_wrong_step_after_a_change_is_not_green() -> None:
    assert last_verdict("# W\n\nTake $w = 2$.\n\nWe then multiply $w$ by 3.\n\nThen\n$$2w = 5$$\n") not in _GREEN


@pytest.mark.parametrize(("statement", "words", "display"), [
    ("Take $w = 2$.", "After one step the slope becomes 3.", "2w = 4"),
    ("Take $b = 1$.", "Now set the intercept to 2.", "3b = 3"),
    ("Let $\\mu = 0$.", "The mean shifts to 1.", "2\\mu = 0"),
    ("Let $\\sigma = 1$.", "Now double the standard deviation.", "2\\sigma = 2"),
])  # fmt: skip
def test_a_change_naming_the_quantity_by_a_conventional_noun_ends_it(statement: str, words: str,
                                                                    display: str) -> None:
    assert last_verdict(f"# W\n\n{statement}\n\n{words}\n\nThen\n$${display}$$\n") not in _GREEN
