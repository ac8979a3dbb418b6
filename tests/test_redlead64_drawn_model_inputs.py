r"""A noise model's input the prose draws from the data is random, not a fixed input of the model.

lead64 takes the names of an additive noise model's body out of 𝔼 (``y = wx + \epsilon``: 𝔼[y] = wx), except a
name the notes call random, state alone with ``\sim`` or take a moment of alone. Notes that say the input is drawn
in words ("$x$ drawn from the data"), in a pair (``(x, y) \sim \mathcal{D}``) or put a prior on the weight
(``p(w) = \mathcal{N}(w; 0, 1)``) mean it random: ``\mathbb{E}[xy] = wx^2`` was PROVED with x taken out of 𝔼."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = r"""# Risk

Model: $y = w x + \epsilon$ with noise $\epsilon \sim \mathcal{N}(0, \sigma^2)$.

SAID

$$\mathbb{E}[CLAIM$$
"""


def _verdict(said: str, claim: str) -> list[str]:
    return verdicts_by_line(_NOTES.replace("SAID", said).replace("CLAIM", claim))[7]


@pytest.mark.parametrize(
    "said",
    [
        r"Here $x$ is drawn from the data distribution.",
        r"The risk averages over inputs $x$ sampled from $p(x)$.",
        r"The pairs are drawn from the data: $(x, y) \sim \mathcal{D}$.",
    ],
)
def test_an_input_drawn_from_the_data_stays_in_the_expectation(said: str) -> None:
    assert _verdict(said, r"x y] = w x^2") == ["SKIPPED"]


def test_a_weight_with_a_prior_stays_in_the_expectation() -> None:
    assert _verdict(r"With a prior $p(w) = \mathcal{N}(w; 0, 1)$ on the weight.", r"y] = w x") == ["SKIPPED"]


def test_an_input_the_prose_does_not_draw_is_still_taken_out() -> None:
    said = r"Here $w$ is the weight and $x$ the input."
    assert _verdict(said, r"x y] = w x^2") == ["PROVED"]
    assert _verdict(said, r"y] = w x") == ["PROVED"]
