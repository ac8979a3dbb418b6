r"""A noise model's input the prose says is drawn stays random in its expectations (review64, on lead64).

lead64 takes the names of an additive noise model's body besides the noise out of 𝔼 (``y = w x + \epsilon``: w and x
fixed, so ``\mathrm{Var}(y) = \sigma^2``), except a name the prose calls random, states with ``\sim`` or takes a moment
of by itself. "the input $x$ is sampled uniformly from $[0, 1]$" says x is random in other words: x uniform makes
``\mathrm{Var}(y) = w^2/12 + \sigma^2``, and ``\mathrm{Var}(y) = \sigma^2`` was PROVED (SKIPPED on the base c735fc13,
"needs facts about Var(epsilon + w·x)"). Every note is written here.
"""

from __future__ import annotations

import math

import pytest
from support import verdicts_by_line

from verifier.documents import doubts

_GREEN = {"PROVED", "PASSED"}
_NOTE = (
    "# Noise\n\nLet $y = w x + \\epsilon$, where $\\epsilon \\sim \\mathcal{{N}}(0, \\sigma^2)$ is noise{said}.\n\n"
    "$$\\mathrm{{Var}}(y) = \\sigma^2$$\n"
)


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doubts, "READINGS_SECONDS", math.inf)


@pytest.mark.parametrize(
    "said",
    [
        " and the input $x$ is sampled uniformly from $[0, 1]$",
        ", and $x$ is uniform on $[0, 1]$",
        ", with the inputs $x$ drawn from the data distribution",
        " and $x$ is normally distributed",
    ],
    ids=["sampled", "uniform", "drawn", "distributed"],
)
def test_a_variance_through_a_drawn_input_is_not_green(said: str) -> None:
    by_line = verdicts_by_line(_NOTE.format(said=said))
    assert not _GREEN & set(by_line[5]), by_line


def test_an_input_the_prose_says_nothing_random_of_is_still_fixed() -> None:
    assert verdicts_by_line(_NOTE.format(said=", and $x$ is the input"))[5] == ["PROVED"]
