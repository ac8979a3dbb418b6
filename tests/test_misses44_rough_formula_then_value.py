r""""roughly $F$; for … that is $c \approx 0.3$": the cue qualifies F, not the value worked after it (misses44).

roughapprox keeps the relation of every ``\approx`` in a sentence that calls the approximation rough, so
"…a standard error of roughly $s/\sqrt{n}$; for $n = 100$ that is $3/\sqrt{100} \approx 0.4$" was SKIPPED "not an
equality" (fresh33's bootstrap note). An adverb cue right before another formula, with the clause closed by a
semicolon before the chain, is about that formula: the worked value after it claims its digits."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Error of the error

The spread of the estimate is roughly $s/\\sqrt{{n}}$; for $n = 100$ that is $3/\\sqrt{{100}} \\approx {value}$.
"""


@pytest.mark.parametrize(("value", "verdict"), [("0.3", "PROVED"), ("0.4", "FAILED"), ("0.03", "FAILED")])
def test_the_value_after_a_rough_formula_claims_its_digits(value: str, verdict: str) -> None:
    lines = verdicts_by_line(_NOTE.format(value=value))
    assert lines[3][-1] == verdict, lines


@pytest.mark.parametrize("text", [
    "Linearising, $\\sigma(2) \\approx 0.5 + 0.5 = 1$.",
    "The first order value is roughly $\\sigma(2) \\approx 1$.",
    "Roughly $1/e$, and then $e^{-1} \\approx 0.3$ by eye.",
])
def test_a_rough_approximation_keeps_its_relation(text: str) -> None:
    lines = verdicts_by_line(f"# Rough\n\n{text}\n")
    assert "FAILED" not in lines.get(3, []), lines
