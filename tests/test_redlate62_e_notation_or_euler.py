r"""``2e-2`` after a number: E notation (2·10⁻²) or Euler's number (2e − 2), and FAILED only where both fail.

The merge of stop 62 reads a number written against ``e`` and a signed exponent with its power of ten only
(documents.enotation), so a calculus note's ``\int_0^1 2e^{x}\,dx = 2e-2`` and "Let $e$ be Euler's number …
$$2e-1 = 2 \cdot e - 1$$" — PROVED on the base — were FAILED (or an internal ERROR) at 0.02 and 0.2. A FAILED must
hold under every plausible reading: a step that fails with the power of ten is read again with Euler's e, green
only where that holds, said with the step; wrong under both, it stays FAILED. A hyper-parameter keeps its power of
ten (``7e-05 \cdot 2 = 1.4e-04``)."""

from __future__ import annotations

import json

import pytest
from support import doc_steps, verdicts_by_line

from verifier.cli import main


def test_a_right_integral_written_2e_minus_2_is_green_with_eulers_e() -> None:
    steps = doc_steps("# I\n\n$$\n\\int_0^1 2e^{x}\\,dx = 2e-2\n$$\n")
    assert [s.verdict.name for s in steps] == ["PROVED"], [s.message for s in steps]
    assert "Euler" in (steps[0].message or "")


def test_eulers_number_said_then_2e_minus_1() -> None:
    note = "# E\n\nLet $e$ be Euler's number. Then\n\n$$\n2e-1 = 2 \\cdot e - 1\n$$\n"
    assert verdicts_by_line(note)[6] == ["PROVED"]


def test_wrong_under_both_readings_stays_failed() -> None:
    assert verdicts_by_line("# I\n\n$$\n\\int_0^1 2e^{x}\\,dx = 2e-3\n$$\n")[4] == ["FAILED"]
    assert verdicts_by_line("# E\n\n$$\n2e-1 = 2 \\cdot e + 1\n$$\n")[4] == ["FAILED"]


def test_a_hyper_parameter_keeps_its_power_of_ten() -> None:
    steps = doc_steps("# Rate\n\n$$7e-05 \\cdot 2 = 1.4e-04$$\n")
    assert [s.verdict.name for s in steps] == ["PROVED"]
    assert "Euler" not in (steps[0].message or "")


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        (r"\int_0^1 2e^{x}\,dx = 2e-2", {"PROVED", "PASSED"}),
        (r"2e-1 = 2 \cdot e - 1", {"PROVED", "PASSED"}),
        (r"\int_0^1 2e^{x}\,dx = 2e-3", {"FAILED"}),
        ("1e-3 = 0.001", {"PROVED", "PASSED"}),
    ],
    ids=["integral", "euler", "wrong", "rate"],
)
def test_verify_check_tries_both(capsys: pytest.CaptureFixture[str], claim: str, verdicts: set[str]) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in verdicts, result


def test_an_integral_against_a_bracketed_worked_number_is_judged_not_an_error() -> None:
    # documents.shownroundings evaluated the integral's side with lambdify, which cannot print an Integral
    steps = doc_steps("# I\n\n$$\n\\int_0^1 2e^{x}\\,dx = \\left(2 \\cdot 10^{-2}\\right)\n$$\n")
    assert [s.verdict.name for s in steps] == ["FAILED"], [s.message for s in steps]
