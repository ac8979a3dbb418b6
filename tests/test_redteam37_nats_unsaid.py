r"""A side in nats the notes do not say, beside a side in bits: not FAILED as numbers (redteam37).

``\ln 2 = 1 \text{ bit}`` (a fair coin's entropy: ln 2 nats is one bit) was FAILED, 0.693 against 1:
unitconversion reads a side with no unit in the unit its logarithms give, but not a side that writes the
logarithm of a base (``\ln 2``, there a conversion factor), so the link was compared as numbers. And in
``-\ln 0.25 = 1.386 = 2 \text{ bits}`` the middle number is the nats the chain's ``\ln`` gives: its link to 2 bits
was FAILED, 1.386 against 2. Under the reading that such a side is in nats the links hold: a FAILED that one
plausible reading refutes is SKIPPED with both readings said. A link both readings refute stays FAILED.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"# Entropy\n\n$${display}$$\n")]


@pytest.mark.parametrize(
    "display",
    ["\\ln 2 = 1 \\text{ bit}", "2\\ln 2 = 2 \\text{ bits}", "\\ln 2 = 0.5 \\text{ bits}"],
    ids=["ln2-one-bit", "two-ln2", "half-bit-rounded-both-wrong"],
)
def test_a_log_of_a_base_beside_bits(display: str) -> None:
    verdicts = _verdicts(display)
    if "0.5" in display:  # 0.693 nats is 1 bit, and 0.693 is not 0.5: both readings refute it
        assert verdicts == ["FAILED"]
    else:
        assert verdicts == ["SKIPPED"]


def test_a_number_of_a_chain_in_nats_beside_bits() -> None:
    assert _verdicts("-\\ln 0.25 = 1.386 = 2 \\text{ bits}") == ["PASSED", "SKIPPED"]


def test_a_number_of_a_chain_in_nats_beside_wrong_bits_stays_failed() -> None:
    assert _verdicts("-\\ln 0.25 = 1.386 = 3 \\text{ bits}") == ["PASSED", "FAILED"]


def test_no_logarithm_no_other_reading() -> None:
    assert _verdicts("0.693 = 1 \\text{ bit}") == ["FAILED"]
