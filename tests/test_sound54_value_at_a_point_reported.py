r"""A function's value at a point its sentence names is reported, not dropped (sound54).

gaps53 stopped learning "At $|x| = c$ both pieces give $h(x) = c^2$" as a new meaning of h (documents.functionvalues)
— and with it the formula made no step at all: a wrong ``h(x) = c^3`` there was silently passed over (on
``0803c1c2`` it was reported, SKIPPED "defines h anew … does not hold"). It is a claim of the notes: reported,
SKIPPED with the point named, never green; h keeps its definition. Every note is written here."""

from __future__ import annotations

import pytest
from support import doc_steps, verdicts_by_line

NOTES = r"""
# A capped square

For a cap $c > 0$ let

$$
h(x) = \begin{cases} x^2, & |x| \le c, \\ c^2, & |x| > c. \end{cases}
$$

At $|x| = c$ both pieces give $h(x) = %s$, so $h$ is continuous.

## Worked numbers

With $c = 2$ and $x = 1$,

$$
h(1) = 1 .
$$
"""


@pytest.mark.parametrize("value", ["c^3", "c^2"])
def test_the_value_at_the_point_is_a_step_never_green(value: str) -> None:
    at_point = [s for s in doc_steps(NOTES % value) if s.lhs.replace(" ", "") == "h(x)" and "Piecewise" not in s.rhs]
    assert at_point, "the formula at the point makes no step"
    assert [s.verdict.value for s in at_point] == ["SKIPPED"]
    verdicts = verdicts_by_line(NOTES % value)
    assert verdicts[17][-1] in ("PROVED", "PASSED")  # h keeps its definition (gaps53)
