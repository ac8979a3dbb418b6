"""An additive noise model's other names are fixed in its expectations; names the prose calls constants, listed.

"Model: $y = w x + b + \\epsilon$ with noise $\\epsilon \\sim \\mathcal{N}(0, \\sigma^2)$", then ``\\mathbb{E}[y] =
w x + b`` and ``\\mathrm{Var}(y) = \\sigma^2``: the mean and variance of a linear-regression model, in every course's
notes. Both were SKIPPED "needs facts about 𝔼[b], 𝔼[w·x]": nothing said w, x, b are not random. The model says
it: ε is its random part (stated with ∼), the rest of its body is the fixed mean (conditional on x, as such notes
mean). A name the notes take an expectation or a variance of by itself is random to them and stays in. And "Let
$\\mu$ and $\\sigma$ be constants" named σ only: a list of names before "be constants" names each.
"""

from __future__ import annotations

import math

import pytest
from support import verdicts_by_line

from verifier.documents import doubts

_MODEL = r"""Model: $y = w x + b + \epsilon$ with noise $\epsilon \sim \mathcal{N}(0, \sigma^2)$.
$$\mathbb{E}[y] = {MEAN}, \qquad \mathrm{Var}(y) = {VAR}.$$
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doubts, "READINGS_SECONDS", math.inf)


def test_the_model_mean_and_variance_are_checked() -> None:
    verdicts = verdicts_by_line(_MODEL.replace("{MEAN}", "w x + b").replace("{VAR}", r"\sigma^2"))
    assert verdicts[2] == ["PROVED", "PROVED"], verdicts


def test_a_wrong_mean_or_variance_is_not_green() -> None:
    verdicts = verdicts_by_line(_MODEL.replace("{MEAN}", "w x").replace("{VAR}", r"\sigma"))
    assert not {"PROVED", "PASSED"} & set(verdicts[2]), verdicts


def test_the_second_moment_reads_the_noise_variance() -> None:
    second = r"\mathbb{E}[y^2] = \mathbb{E}[(w x + b + \epsilon)^2] = (w x + b)^2 + \mathbb{E}[\epsilon^2]"
    note = _MODEL.replace(r"\mathbb{E}[y] = {MEAN}, \qquad \mathrm{Var}(y) = {VAR}", second)
    verdicts = verdicts_by_line(note)
    assert verdicts[2] == ["PROVED", "PROVED"], verdicts


def test_a_name_the_notes_take_the_mean_of_stays_random() -> None:
    note = _MODEL + "\nThe inputs vary too: $\\mathbb{E}[x] = 0$.\n$$\\mathbb{E}[x^2] = \\mathbb{E}[x]^2$$\n"
    verdicts = verdicts_by_line(note)
    assert verdicts[2][0] != "PROVED", verdicts  # x is random here: E[wx] is not wx
    assert verdicts[5] != ["PROVED"], verdicts


def test_constants_named_in_a_list() -> None:
    note = (r"Let $\mu$ and $\sigma$ be constants. With $z = \mu + \sigma \epsilon$ and "
            r"$\epsilon \sim \mathcal{N}(0, 1)$," "\n" r"$$\mathbb{E}[z] = \mu$$" "\n")
    assert verdicts_by_line(note)[2] == ["PROVED"]
