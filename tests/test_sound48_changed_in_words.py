r"""A value the prose changes between its statement and a worked step is no exact input of the step.

exactdata and exactslips make a worked number FAILED at the values the notes state once, read as exact. A sentence
between them that changes the value — "After one update, $w$ becomes $2.2$", "Now flip the sign of $z$", "If we
negate $z$" — was not read: ``w x = 3.30`` and ``\tanh(z) = -0.462`` (right for the changed value) were FAILED. A
sentence there that writes the name in inline math with a word of change keeps the worked-number policy's SKIPPED
(documents.codeupdates); a sentence that only uses the name keeps the FAILED. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_TANH = "# Tanh\n\nTake $z = 0.5$, so $\\tanh(z) = 0.462$.\n\n{said}\n\n$$\\tanh(z) = -0.462$$\n"


@pytest.mark.parametrize("said", ["Now flip the sign of $z$. Then", "If we negate $z$, we get",
                                  "We update $z$ by one step, and"])
def test_a_change_said_in_words_keeps_the_slip_skipped(said: str) -> None:
    assert doc_steps(_TANH.format(said=said))[-1].verdict is Verdict.SKIPPED


def test_a_polynomial_input_changed_in_words_keeps_it_skipped() -> None:
    notes = ("# Step\n\nTake $w = 2$ and $x = 1.5$, so $w x = 3.00$.\n\nAfter one update, $w$ becomes $2.2$ and the "
             "prediction is\n\n$$w x = 3.30$$\n")
    assert doc_steps(notes)[-1].verdict is Verdict.SKIPPED


def test_a_sentence_that_only_uses_the_name_keeps_the_slip_failed() -> None:
    assert doc_steps(_TANH.format(said="The odd symmetry of tanh at $z$ gives"))[-1].verdict is Verdict.FAILED
