r"""A model input the prose calls random in words only is no fixed input of a noise model.

lead64 takes a noise model's other names out of 𝔼 (``y = w x + \epsilon``: w, x fixed), except a name the prose
makes random. "Assume the weight is random." names w by its noun only (no ``$w$``, no ``\sim``), so w stayed fixed
and ``\mathbb{E}[y^2] = w^2 x^2 + \sigma^2`` was PROVED (it needs 𝔼[w²])."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_MODEL = r"""# Noise

Model: $y = w x + \epsilon$ with noise $\epsilon \sim \mathcal{N}(0, \sigma^2)$.

SAID

$$\mathbb{E}[y^2] = w^2 x^2 + \sigma^2$$
"""


@pytest.mark.parametrize(
    "said",
    [
        "Assume the weight is random.",
        "The weight is drawn from a prior.",
        "We take the slope to be random as well.",
        "The input is sampled uniformly from $[0, 1]$.",
    ],
)
def test_a_name_called_random_by_its_noun_stays_in_the_expectation(said: str) -> None:
    assert verdicts_by_line(_MODEL.replace("SAID", said))[7] == ["SKIPPED"]


def test_a_noun_tied_to_its_name_in_the_prose() -> None:
    notes = _MODEL.replace("SAID", r"Here $w$ is the gain of the channel. Assume the gain is random.")
    assert verdicts_by_line(notes)[7] == ["SKIPPED"]


def test_a_random_noun_tied_to_another_quantity_keeps_the_inputs_fixed() -> None:
    notes = _MODEL.replace("SAID", r"The minibatch $B$ is sampled at random.")
    assert verdicts_by_line(notes)[7] == ["PROVED"]


def test_nothing_said_keeps_the_inputs_fixed() -> None:
    assert verdicts_by_line(_MODEL.replace("SAID", "The weight is fixed."))[7] == ["PROVED"]


def test_the_noise_called_random_keeps_the_inputs_fixed() -> None:
    assert verdicts_by_line(_MODEL.replace("SAID", "The noise is random."))[7] == ["PROVED"]


@pytest.mark.parametrize(
    "said",
    [
        r"Here $x$ follows a $\mathrm{Uniform}(0, 1)$ law.",  # a word of a draw inside math (review64's reading)
        r"The inputs $x$ are sampled from $p(x)$.",  # a name before its density (redlead64's reading)
        r"Pairs $(x, y) \sim \mathcal{D}$ are observed.",  # in a tuple before \sim (redlead64's)
        r"We put a prior $p(w) = \mathcal{N}(w; 0, 1)$ on it.",  # a density before = (redlead64's)
    ],
)
def test_the_one_question_keeps_both_readings_of_a_draw(said: str) -> None:
    """review64's and redlead64's two questions are one now (noisemodel.said_random): each one's cases still hold."""
    assert verdicts_by_line(_MODEL.replace("SAID", said))[7] == ["SKIPPED"]
