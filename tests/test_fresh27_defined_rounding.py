r"""A worked number written to d decimals for a quantity the notes define: the value rounded, as for numbers.

"Scaled scores give $$p_1 = \frac{e}{e + 1} \approx 0.7311, \qquad p_1 (1 - p_1) \approx 0.1966$$": p_1 is the
notes' definition, so the second step is a number, 0.196612 written to four decimals. It was FAILED (the
rounding was accepted only where both members are written with numbers alone; a defined name, here the
indexed p_1, or a defined function, ``\frac14 \eta(4000) \approx 1.75 \times 10^{-4}``, made it "not a worked
number"), a correct step called wrong (fresh27's attention-scaling slides and warm-up schedule). Where the
falsifying point is empty (every name took its value from the notes), the written decimals are judged.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Two keys

Scaled scores $1$ and $0$ give

$$p_1 = \frac{e}{e + 1} \approx 0.7311$$

and the gradient of the softmax output is

$$p_1 (1 - p_1) \approx 0.1966 .$$
"""

FUNCTION = r"""# Rate

$$g(s) = \frac{1}{\sqrt{s}}$$

$$\frac{1}{4} g(7) \approx 0.0945$$
"""


def test_a_defined_name_written_rounded_passes() -> None:
    assert verdicts_by_line(NOTE).get(9) == ["PASSED"]


def test_a_wrong_digit_still_fails() -> None:
    assert verdicts_by_line(NOTE.replace("0.1966 .", "0.1866 .")).get(9) == ["FAILED"]
    assert verdicts_by_line(NOTE.replace("0.1966 .", "0.1976 .")).get(9) == ["FAILED"]


def test_a_defined_function_written_rounded_passes() -> None:
    assert verdicts_by_line(FUNCTION).get(5) == ["PASSED"]
    assert verdicts_by_line(FUNCTION.replace("0.0945", "0.0954")).get(5) == ["FAILED"]


def test_a_free_name_keeps_its_refusal() -> None:
    # q is not defined: the step is no worked number, nothing to round
    assert verdicts_by_line("# Q\n\n$$q (1 - q) \\approx 0.1966$$\n").get(3) != ["PASSED"]
