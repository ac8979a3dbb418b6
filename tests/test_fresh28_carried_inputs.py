r"""A worked value written with ``\approx`` from inputs rounded to four digits: their rounding is carried.

"$0.2420 - 12 \cdot 0.1409^2 \approx 0.0039$" (fresh28's control variate: 0.2420 and 0.1409 rounded a line before,
the result computed unrounded) and "$0.9189 + \frac{1}{2}\log 4 + \frac{1}{8} \approx 1.7371$" (½ log 2π written
0.9189) FAILED at the digits of the result, off by less than the inputs' rounding carries. They are now SKIPPED
with that said (documents.carriedinputs); farther off, with ``=``, or from short inputs (0.48) they stay FAILED.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("notes", [
    "The variance left is $0.2420 - 12 \\cdot 0.1409^2 \\approx 0.0039$.\n",
    "The loss is $0.9189 + \\frac{1}{2}\\log 4 + \\frac{1}{8} \\approx 1.7371$.\n",
])
def test_a_result_within_the_carried_rounding_is_skipped(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "SKIPPED", steps[-1].message if steps else "no step"
    assert "rounding" in steps[-1].message


@pytest.mark.parametrize("notes", [
    "The variance left is $0.2420 - 12 \\cdot 0.1409^2 \\approx 0.0045$.\n",
    "The variance left is $0.2420 - 12 \\cdot 0.1409^2 = 0.0039$.\n",
    "The loss is $0.9189 + \\frac{1}{2}\\log 4 + \\frac{1}{8} \\approx 1.7385$.\n",
    "The sum is $0.48 + 0.48 \\approx 0.97$.\n",
])
def test_a_result_beyond_it_or_not_approximate_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "FAILED", steps[-1].message if steps else "no step"
