r"""A name reached on one side only that the failing claim no longer holds is no relation the checker cannot see
(sound56).

``f'(\mu + 1) = 1`` after ``f(x) = (x - \mu)^2``, and ``q(x_0 + h) = 6h^2`` after ``q(x) = 3(x - x_0)^2`` (lead55's
point beside a parameter, the brief's ``f(x_0 + h)``), were SKIPPED "mu (x_0) appear(s) on one side only and the notes
do not define it": the left side reaches μ through f's body, the right side does not. But once f is put in, μ
cancels: the claim that failed does not depend on μ at all (the counterexample varies no μ), so it fails for every
value of it, and no unseen relation can make it hold. A worked value whose claim still writes the name (``f(1) = 1``,
which holds at μ = 0 or 2) keeps the doubt. Every note here is written for this test."""

from __future__ import annotations

from support import verdicts_by_line

_CENTRED = r"""# Centred square

Let $f(x) = (x - \mu)^2$ with mean $\mu$. One step past the mean the slope is

$$
f'(\mu + 1) = 2 .
$$
"""

_SHIFTED = r"""# Shifted parabola

Let $q(x) = 3(x - x_0)^2$. A step $h$ away from the vertex,

$$
q(x_0 + h) = 3h^2 .
$$
"""


def test_a_wrong_slope_past_a_centred_point_is_failed() -> None:
    assert verdicts_by_line(_CENTRED)[6] == ["PROVED"]
    assert verdicts_by_line(_CENTRED.replace("= 2 .", "= 1 ."))[6] == ["FAILED"]


def test_a_wrong_value_beside_a_shifted_point_is_failed() -> None:
    assert verdicts_by_line(_SHIFTED)[6] == ["PROVED"]
    assert verdicts_by_line(_SHIFTED.replace("= 3h^2", "= 6h^2"))[6] == ["FAILED"]


def test_a_worked_value_that_still_writes_the_name_keeps_its_doubt() -> None:
    # (1 - μ)^2 = 1 holds at μ = 0 and μ = 2: a value the notes may give in words
    assert verdicts_by_line(_CENTRED.replace("f'(\\mu + 1) = 2", "f(1) = 1"))[6] == ["SKIPPED"]
    # a(x_1 - x_0) = a x_1 holds at x_0 = 0
    fitted = _SHIFTED.replace("q(x_0 + h) = 3h^2", "q(x_1) = 3x_1^2")
    assert verdicts_by_line(fitted)[6] == ["SKIPPED"]
