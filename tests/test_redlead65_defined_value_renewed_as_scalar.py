"""``r(1)`` after the notes renew r as a number: a product, not a value of the display-defined function (redlead65).

"$$r(x) = x^2 + 1$$ … Later the interest rate is $r = 0.05$ and the value after one year is $r(1) = 0.05$": r is
renewed as a number in the prose before the claim, so ``r(1)`` is r·1 (which holds). ``inlineclaims._defined_value``
(lead65) reads it as the display-defined r at 1 (= 2) and calls it FAILED; under the renewal's reading it holds, so
it may not be FAILED.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Rates

$$
r(x) = x^2 + 1
$$

Later the interest rate is $r = 0.05$ and the value after one year is $r(1) = 0.05$.
"""


def test_a_value_after_a_renewal_as_a_number_is_not_failed() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert "FAILED" not in verdicts.get(7, []), verdicts
