r"""The prose makes a quantity of a noise model random by a noun the notes tie to no letter (wrong66).

"Assume the gain is random" beside ``y = g x + \epsilon`` (the prose never calls g the gain, and *gain* is no word
conventional for a letter) left every input of the model fixed, so ``\mathbb{E}[y^2] = g^2 x^2 + \sigma^2`` was
PROVED: it needs 𝔼[g²] = g². Which letter the noun names is not known, so no name of the model is taken out of 𝔼
(the step is SKIPPED, as it is with "the gain $g$ is random"). A sentence calling the noise random, or a noun tied
to another formula, keeps the inputs fixed."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""# A noisy amplifier

The output is $y = g x + \epsilon$ with noise $\epsilon \sim \mathcal{N}(0, \sigma^2)$ independent of everything else.
SENTENCE

$$
\mathbb{E}[y^2] = g^2 x^2 + \sigma^2
$$
"""


@pytest.mark.parametrize("sentence", ["Assume the gain is random.", "In the Bayesian view the amplification is drawn "
                                      "from a prior."])
def test_a_random_noun_tied_to_no_letter_fixes_no_input(sentence: str) -> None:
    verdicts = verdicts_by_line(_NOTE.replace("SENTENCE", sentence))
    assert verdicts.get(7) == ["SKIPPED"], verdicts


@pytest.mark.parametrize("sentence", ["Assume the noise is random.", "The outputs are random.",
                                      "The input is fixed.", "The weight $v$ of the second network is random."])
def test_other_things_called_random_keep_the_inputs_fixed(sentence: str) -> None:
    verdicts = verdicts_by_line(_NOTE.replace("SENTENCE", sentence))
    assert verdicts.get(7) == ["PROVED"], verdicts
