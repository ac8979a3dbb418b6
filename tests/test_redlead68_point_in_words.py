r"""A worked number the notes compute at another point, which the prose names after the stated example, is not a
slip at the example's values (redlead68, red-teaming lead68's documents.exactslips).

"With $z = 0$ and $y = 1$ the loss is $\log 2$. Later in training, at a logit where $p = 0.9$, we get
$\frac{\partial L}{\partial z} = -0.1$" is right at p = 0.9 (σ(z) − y), and was FAILED since lead68 ("at the values
the notes state exactly (z = 0 …) this side is −0.5 … a tenth of it away at least"); the base said SKIPPED. The same
with the point named in words only ("where $p$ is nine tenths"). A number far from the value is what another point
gives: the tenth-away slip is not read where the prose between the stated inputs and the step starts another case
or names a point. The same number right after the example ("Then we get") is still FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Let $p = \sigma(z)$ and $L = -y \log p - (1 - y) \log(1 - p)$. With $z = 0$ and $y = 1$ the loss is $\log 2$.

POINT we get

$$\frac{\partial L}{\partial z} = VALUE$$
"""


def _last(point: str, value: str = "-0.1"):
    return doc_steps(NOTES.replace("POINT", point).replace("VALUE", value))[-1]


@pytest.mark.parametrize("point", ["Later in training, at a logit where $p = 0.9$,",
                                   "At a logit where $p$ is nine tenths",
                                   "For a logit with $p = 0.9$"])  # fmt: skip
def test_a_worked_number_at_another_point_the_prose_names_is_not_failed(point: str) -> None:
    last = _last(point)
    assert last.verdict is not Verdict.FAILED, last.message


@pytest.mark.parametrize("point", ["Later in training, at a logit where $p = 0.9$,",
                                   "At a logit where $p$ is nine tenths"])  # fmt: skip
def test_it_is_not_green_either(point: str) -> None:
    last = _last(point, "-0.4")
    assert last.verdict not in (Verdict.PASSED, Verdict.PROVED), last.message


def test_a_number_far_off_right_after_the_example_is_still_failed() -> None:
    last = _last("Then")
    assert last.verdict is Verdict.FAILED, last.message


DERIVED = r"""
Let $p = \sigma(z)$ and $L = -y \log p - (1 - y) \log(1 - p)$. With $z = 0$ and $y = 1$ the loss is $\log 2$.

Differentiating, the second term drops out since $1 - y = 0$ here, and

$$\frac{\partial L}{\partial z} = p - y$$

For the example above this is

$$\frac{\partial L}{\partial z} = -0.1$$
"""


def test_only_the_prose_leading_into_the_step_is_read_for_another_case() -> None:
    last = doc_steps(DERIVED)[-1]  # "second" in the derivation before is no other case: still the slip
    assert last.verdict is Verdict.FAILED, last.message
