r"""A unit rate after a worked number: ``\frac{0.9}{\log 2} \approx 1.298 \text{ bits per character}``.

Language-model notes quote losses per unit: bits per character, nats per token, and memory in GiB. The unit
words were read only alone (``\text{ bits}``), so ``\text{ bits per character}`` made the member prose that
cannot be checked and the link SKIPPED, right or wrong. A rate is its unit word and the ``per`` word after
it: a label of the number, of a family of its own (bits per character do not compare with bits per token),
and so is a size in bytes written with a binary or decimal prefix."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.latex.units import units_in, without_units


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (r"\frac{0.9}{\log 2} \approx 1.298 \text{ bits per character}", "PASSED"),
        (r"\frac{0.9}{\log 2} \approx 0.624 \text{ bits per character}", "FAILED"),
        (r"\frac{2.8}{4} = 0.7 \text{ nats per token}", "PROVED"),
        (r"2 \cdot 1024 = 2048 \text{ GiB}", "PROVED"),
        (r"2 \cdot 1024 = 2049 \text{ GiB}", "FAILED"),
    ],
)
def test_a_rate_or_a_size_after_a_number_is_its_label(claim: str, verdict: str) -> None:
    text = f"# Loss\n\n$$\n{claim}\n$$\n"
    assert verdicts_by_line(text).get(4) == [verdict]


def test_rates_are_families_of_their_own() -> None:
    assert units_in(r"1 \text{ bits per character}") != units_in(r"1 \text{ bits per token}")
    assert units_in(r"1 \text{ bits per character}") != units_in(r"1 \text{ bits}")
    assert without_units(r"1.298 \text{ bits per character}") == "1.298"


def test_a_conversion_between_rates_is_not_compared() -> None:
    text = "# Loss\n\n$$\n2.8 \\text{ nats per token} = 1.01 \\text{ bits per character}\n$$\n"
    assert verdicts_by_line(text).get(4) == ["SKIPPED"]
