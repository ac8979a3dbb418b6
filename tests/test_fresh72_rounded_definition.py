r"""A worked value written with its rounding after a definition (documents.signtail).

Notes define ``s^2 = \frac1m\sum_i (x_i - \mu)^2``, work an example and write "so $s = \sqrt{3.5} \approx 1.8708$".
The inline formula was cut at ``=`` only, so the second member ``\sqrt{3.5} \approx 1.8708`` could not be read and
the line was taken as a renewal of s in a form the checker had not read: s's definition was set aside for every
later line, and a general fact about the standardised values, ``\sum_i \hat x_i^2 = m``, FAILED with s free
(fresh72's instance-norm note: three false alarms). The rounding is a remark on the value, like ``\neq 0``: it is cut
off, and ``s = \sqrt{3.5}`` is a worked number, no new s."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.signtail import without_sign_tail

_NOTES = r"""# Standardising

For values $x_1, \dots, x_m$ let

$$
\mu = \frac{1}{m}\sum_{i=1}^{m} x_i, \qquad s^2 = \frac{1}{m}\sum_{i=1}^{m} (x_i - \mu)^2,
$$

and $\hat x_i = (x_i - \mu)/s$.

For $x = (1, 2, 3, 6)$ the mean is 3 and $s^2 = 3.5$, so $s = \sqrt{3.5} \approx 1.8708$.

For any input the standardised values satisfy

$$
\sum_{i=1}^{m} \hat x_i^2 = {claim} .
$$
"""


def test_a_general_fact_after_a_rounded_worked_value_keeps_the_definition() -> None:
    verdicts = verdicts_by_line(_NOTES.replace("{claim}", "m"))
    assert verdicts[16] == ["PROVED"]


def test_a_wrong_general_fact_still_fails() -> None:
    verdicts = verdicts_by_line(_NOTES.replace("{claim}", "m - 1"))
    assert verdicts[16] == ["FAILED"]


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        (r"s = \sqrt{3.5} \approx 1.8708", r"s = \sqrt{3.5}"),
        (r"L = -\log 0.8 ≈ 0.223", r"L = -\log 0.8"),
        (r"p = \sigma(1) \approx -0.73,", r"p = \sigma(1)"),
        (r"s \approx 1.87", r"s \approx 1.87"),  # no = before it: a stated rounding, not a definition's remark
        (r"s = \sqrt{a \approx 2}", r"s = \sqrt{a \approx 2}"),  # inside a bracket: not the formula's tail
        (r"s = t \approx u", r"s = t \approx u"),  # a name after it: an approximation the notes state, left
    ],
)
def test_the_rounding_is_cut_as_a_remark_on_the_value(body: str, cut: str) -> None:
    assert without_sign_tail(body) == cut
