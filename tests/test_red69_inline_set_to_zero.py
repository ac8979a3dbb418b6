r"""An inline equation after words that set the derivative before it to zero ("Setting it to zero: $s(1-\theta) =
(n-s)\theta$") is an equation the notes solve, not an identity: it holds at the optimum only. The same equation in a
display of its own was linked to the derivative set to zero (misses43, documents.equivalent) and PROVED; inline, it was
read as a claim of the prose and FAILED — a false alarm on a right homework step (red69). Now it is linked the same
way: PROVED where it is a nonzero multiple of the derivative = 0, and a wrong rewriting is never green."""

import pytest
from support import verdicts_by_line

NOTE = r"""Let $s = \sum_{i=1}^n x_i$. Then

$$\frac{d}{d\theta} \left( s \log\theta + (n - s)\log(1-\theta) \right) = \frac{s}{\theta} - \frac{n - s}{1 - \theta}$$

{words} $s(1-\theta) = (n-s)\theta$, i.e. $\hat\theta = s/n$.
"""

MSE = r"""For $J(w) = \sum_{i=1}^n (w x_i - y_i)^2$ we get

$$\frac{dJ}{dw} = 2\sum_{i=1}^n (w x_i - y_i) x_i$$

{words} $w \sum_{i=1}^n x_i^2 = \sum_{i=1}^n x_i y_i$.
"""

WORDS = ["Setting it to zero:", "Setting the derivative to zero gives", "Setting this equal to zero, we get"]


@pytest.mark.parametrize("words", WORDS)
def test_inline_equation_after_setting_the_derivative_to_zero_is_not_failed(words: str) -> None:
    verdicts = verdicts_by_line(NOTE.replace("{words}", words))
    assert verdicts[5] == ["PROVED"], verdicts


def test_inline_normal_equation_after_setting_it_to_zero_is_proved() -> None:
    verdicts = verdicts_by_line(MSE.replace("{words}", "Setting it to zero:"))
    assert verdicts[5] == ["PROVED"], verdicts


@pytest.mark.parametrize("wrong", [r"$s(1-\theta) = n\theta$", r"$s(1+\theta) = (n-s)\theta$"])
def test_wrong_inline_rewriting_is_not_green(wrong: str) -> None:
    note = NOTE.replace("{words}", "Setting it to zero:").replace(r"$s(1-\theta) = (n-s)\theta$", wrong)
    verdicts = verdicts_by_line(note)
    assert not set(verdicts[5]) & {"PROVED", "PASSED"}, verdicts


def test_wrong_inline_normal_equation_is_not_green() -> None:
    note = MSE.replace("{words}", "Setting it to zero:").replace(r"= \sum_{i=1}^n x_i y_i$", r"= \sum_{i=1}^n y_i$")
    verdicts = verdicts_by_line(note)
    assert not set(verdicts[5]) & {"PROVED", "PASSED"}, verdicts


def test_inline_claim_after_words_that_set_nothing_to_zero_is_still_checked() -> None:
    r"""Guard: "Hence" before the same inline equation sets nothing to zero — it is a claim, checked (and wrong)."""
    verdicts = verdicts_by_line(NOTE.replace("{words}", "Hence"))
    assert verdicts[5] == ["FAILED"], verdicts
