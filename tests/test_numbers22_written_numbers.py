r"""Numbers as notes typeset them: thousands separators ``10{,}000`` and percentages ``70\%``.

LaTeX notes write ``10{,}000`` (the braces keep the comma from spacing as punctuation) and ``15.4\%``. The
grammar refused both ("a comma outside a function call", "unsupported command \%"), so every worked line
with a count or a rate was SKIPPED, and ``\frac{40 + 30}{100} = 0.7\%`` (a percentage off by a factor 100)
could not be told from the right ``= 70\%``. ``d{,}ddd`` is one number; ``p\%`` is p/100. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import parse_latex

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize(("text", "value"), [
    ("10{,}000", 10000), ("1{,}234{,}567", 1234567), ("9{,}900.5", 9900.5), ("70\\%", 0.7), ("15.4\\%", 0.154),
])
def test_a_number_as_typeset_is_read(text: str, value: float) -> None:
    assert abs(float(parse_latex(text)) - value) < 1e-12


def test_a_tuple_keeps_its_comma() -> None:
    # (1, 000) is no thousands separator: no braces around the comma
    with pytest.raises(Exception):  # noqa: B017 - the grammar's own error: a comma outside a call
        float(parse_latex("1,000 + 1"))


@pytest.mark.parametrize("notes", [
    "$$\\frac{40 + 30}{100} = 70\\%$$\n",
    "$$0.05 \\cdot 9{,}900 = 495$$\n",
    "$$\\frac{50{,}000}{256} \\approx 195.3$$\n",
    "$$1 - 0.8 = 0.2 = 20\\%$$\n",
])
def test_right_worked_values_with_counts_and_rates_are_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


@pytest.mark.parametrize("notes", [
    "$$\\frac{40 + 30}{100} = 0.7\\%$$\n",
    "$$0.05 \\cdot 9{,}900 = 459$$\n",
    "$$\\frac{50{,}000}{256} \\approx 193.5$$\n",
    "$$1 - 0.8 = 0.2 = 2\\%$$\n",
])
def test_wrong_worked_values_with_counts_and_rates_are_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]


def test_a_rounded_percentage_is_read_to_its_digits() -> None:
    # 9/585 = 0.015385: 1.54 % is right to its two decimals (0.0154), 1.45 % is not
    assert doc_steps("$$\\frac{9}{585} \\approx 1.54\\%$$\n")[-1].verdict.value in GREEN
    assert doc_steps("$$\\frac{9}{585} \\approx 1.45\\%$$\n")[-1].verdict.value == "FAILED"
