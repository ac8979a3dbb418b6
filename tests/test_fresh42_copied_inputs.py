r"""A decimal copied from an earlier member, coarser than the roundings beside it, is that input (fresh42).

``-\log 0.62 + \frac{0.1}{2} \approx 0.4780 + 0.1`` (the penalty term is 0.05, not 0.1) was PASSED "within the
rounding of the numbers written": 0.1 was read as a rounding of the part 0.1/2 = 0.05 (which rounds half up to 0.1),
so ±0.05 covered the slip. A writer who rounds one term of a sum to four places does not round the next to one; and
0.1 is written as a number before: it is the input copied, exact. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdicts(formula: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Numbers\n\n$$\n{formula}\n$$\n")]


@pytest.mark.parametrize("formula", [
    r"-\log 0.62 + \frac{0.1}{2} \approx 0.4780 + 0.1",  # the input 0.1 copied for its half
    r"e^{-1.5} + 0.5 \cdot 0.3 \approx 0.2231 + 0.3",
])
def test_a_copied_coarse_input_is_no_rounding(formula: str) -> None:
    assert _verdicts(formula)[0] is Verdict.FAILED


@pytest.mark.parametrize("formula", [
    r"-\log 0.62 + \frac{0.1}{2} \approx 0.4780 + 0.05",
    r"\frac{0.3}{2} + e^{-1.5} \approx 0.15 + 0.2231",
    r"0.3 \cdot 0.33 + 0.1 \approx 0.1 + 0.1",  # same places: 0.1 may round 0.099
    r"\frac{0.3}{2} + e^{-1.5} \approx 0.2 + 0.2231",  # a coarse rounding not copied from an input: left alone
])
def test_the_right_values_stay_green(formula: str) -> None:
    assert _verdicts(formula)[0] is Verdict.PASSED
