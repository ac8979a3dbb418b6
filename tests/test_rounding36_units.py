r"""Conversions between units of information, computed (documents.unitconversion, rounding36; review35a left it).

A link whose sides are in different units was SKIPPED whatever its numbers: ``0.5 \text{ nats} = 0.9 \text{
bits}`` (0.72) was never caught, ``0.5 \text{ nats} \approx 0.72 \text{ bits}`` was dropped unseen. Nats, bits,
hartleys and bytes are exact multiples of one another, so the conversion is checked; a unit given by a
logarithm alone (``\ln``: nats, ``\log_2``: bits) is read where the other side writes a unit.
"""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _first(notes: str) -> tuple[str, str]:
    steps = doc_steps(notes)
    assert steps, "no step read"
    return steps[0].verdict.value, steps[0].message


@pytest.mark.parametrize("claim", [
    "0.5 \\text{ nats} \\approx 0.72 \\text{ bits}",
    "0.5 \\text{ nats} = 0.721 \\text{ bits}",
    "1 \\text{ byte} = 8 \\text{ bits}",
    "1 \\text{ nat} \\approx 1.443 \\text{ bits}",
    "2 \\text{ bits} = 1.386 \\text{ nats}",
    "1 \\text{ hartley} \\approx 3.32 \\text{ bits}",
    "16 \\text{ bits} = 2 \\text{ bytes}",
])
def test_a_right_conversion_is_green(claim: str) -> None:
    verdict, message = _first(f"$${claim}$$\n")
    assert verdict in GREEN, message


@pytest.mark.parametrize("claim", [
    "0.5 \\text{ nats} = 0.9 \\text{ bits}",
    "0.5 \\text{ nats} \\approx 0.5 \\text{ bits}",
    "1 \\text{ nat} = 1 \\text{ bit}",
    "1 \\text{ byte} = 4 \\text{ bits}",
    "2 \\text{ bits} \\approx 2.77 \\text{ nats}",
])
def test_a_wrong_conversion_is_failed(claim: str) -> None:
    verdict, message = _first(f"$${claim}$$\n")
    assert verdict == "FAILED", message


def test_the_conversion_of_a_rounded_value_is_read_at_its_digits() -> None:
    steps = doc_steps("$$-\\ln 0.6 = 0.511 \\text{ nats} \\approx 0.737 \\text{ bits}$$\n")
    assert [s.verdict.value for s in steps] == ["PASSED", "PASSED"], [(s.verdict, s.message) for s in steps]


def test_a_natural_log_is_in_nats_in_a_chain_that_converts() -> None:
    # before: "the chain converts units and one side of this link writes none" (SKIPPED)
    steps = doc_steps("$$-\\ln 0.5 = 0.693 \\text{ nats} = 1 \\text{ bit}$$\n")
    assert [s.verdict.value for s in steps] == ["PASSED", "PASSED"], [(s.verdict, s.message) for s in steps]
    wrong = doc_steps("$$-\\ln 0.5 = 0.693 \\text{ nats} = 1.5 \\text{ bits}$$\n")
    assert wrong[1].verdict.value == "FAILED", wrong[1].message


def test_a_log_in_one_unit_written_in_another_is_not_green() -> None:
    # -log2 0.3 = 1.737 bits: as numbers 1.74 agrees, but 1.74 nats is not that information (1.204 nats)
    verdict, message = _first("$$-\\log_2 0.3 = 1.74 \\text{ nats}$$\n")
    assert verdict == "SKIPPED", message


def test_a_log_in_one_unit_converted_into_another_is_not_failed() -> None:
    # -ln 0.3 = 1.204 nats = 1.737 bits: false as numbers, right as a conversion
    verdict, message = _first("$$-\\ln 0.3 = 1.74 \\text{ bits}$$\n")
    assert verdict == "SKIPPED", message


def test_a_log_wrong_in_both_readings_stays_failed() -> None:
    verdict, message = _first("$$-\\ln 0.3 = 2.5 \\text{ bits}$$\n")
    assert verdict == "FAILED", message


def test_logs_with_no_unit_written_are_plain_numbers() -> None:
    # \log_2 vs \ln with no unit on either side: a change of base, not a conversion
    verdict, message = _first("$$\\log_2 8 = \\frac{\\ln 8}{\\ln 2}$$\n")
    assert verdict == "PROVED", message


def test_currencies_are_not_converted() -> None:
    verdict, message = _first("$$5 \\text{ dollars} = 4 \\text{ euros}$$\n")
    assert verdict == "SKIPPED", message


@pytest.mark.parametrize(("claim", "verdict"), [
    ("0.25 = 25\\%", "PROVED"),
    ("\\frac{1}{3} \\approx 33.3\\%", "PASSED"),
    ("0.25 = 30\\%", "FAILED"),
    ("\\frac{1}{7} \\approx 15\\%", "FAILED"),
    ("\\frac{1}{7} = 14\\%", "PASSED"),  # a whole percent is a rounding too (was FAILED: 0.1429 against 0.14)
    ("\\frac{1}{7} \\approx 14\\%", "PASSED"),  # (was dropped unseen: no rounded number)
])
def test_percentages_are_computed(claim: str, verdict: str) -> None:
    got, message = _first(f"$${claim}$$\n")
    assert got == verdict, message


def test_a_conversion_in_verify_check(capsys: pytest.CaptureFixture[str]) -> None:
    from verifier.cli import main

    main(["check", r"0.5 \text{ nats} = 0.9 \text{ bits}", "--points", "20", "--no-cache"])
    assert "FAILED" in capsys.readouterr().out
