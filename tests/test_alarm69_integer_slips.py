r"""An integer written for an exact value as short as the notes' inputs is a slip, not a rounding (alarm69).

"Let $z = w x + b$. At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 1$": z is exactly 0.5 there. The worked-number
policy left it SKIPPED (0.5 may round to 1; lead54's strict expected failure since stop 68): notes that write their
inputs to a decimal write a value that short exactly too, and a whole number a tenth away or more is no rounding of
theirs (documents.exactslips). The sentence's own inputs on the claim's line of prose count as stated before it.
Kept SKIPPED: "≈", a value near the whole number (0.99 for 1), and whole inputs (a rounding to whole numbers may be
the notes' own).
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A numeric check

Let $z = w x + b$ and $h = \\tanh(z)$.

{sentence}
"""


def _verdict(sentence: str) -> list[str]:
    return verdicts_by_line(_NOTE.format(sentence=sentence)).get(5, [])


def test_a_whole_number_for_a_short_exact_value_is_failed() -> None:
    assert _verdict("At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 1$.") == ["FAILED"]
    assert _verdict("At $x = 1$, $w = 0.25$, $b = 0$ we get $z = 1$.") == ["FAILED"]
    # 3 for 2.5 keeps one significant digit of it: a rounding (lead68), not a slip
    assert _verdict("At $x = 5$, $w = 0.5$, $b = 0$ we get $z = 3$.") != ["FAILED"]


def test_the_right_value_stays_green() -> None:
    assert _verdict("At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 0.5$.")[0] in ("PROVED", "PASSED")


def test_a_whole_number_near_the_value_is_no_slip() -> None:
    assert _verdict("At $x = 1$, $w = 0.99$, $b = 0$ we have $z = 1$.") != ["FAILED"]


def test_an_approximate_whole_number_is_no_slip() -> None:
    assert _verdict("At $x = 1$, $w = 0.5$, $b = 0$ we have $z \\approx 1$.") != ["FAILED"]


def test_whole_inputs_may_round_to_whole_numbers() -> None:
    note = "# A numeric check\n\nLet $z = w x / 4$.\n\nAt $x = 2$ and $w = 1$ we have $z = 1$.\n"
    assert verdicts_by_line(note).get(5, []) != ["FAILED"]
