r"""A claim false only at a point no random sample reaches, where that point is not a polynomial's root (redcat64).

``0^x = 0`` (stop 63 left it) and ``0^{x^2} = 0`` were PASSED: the sides differ at x = 0 only (0⁰ = 1, as SymPy,
NumPy and ``0^{|x|} = 0``, already FAILED at its kink, take it), and a power of 0 was no breakpoint.
``\operatorname{sign}(e^x - 2)^2 = 1`` and ``\operatorname{sign}(\sin x)^2 = 1`` were PASSED while
``\operatorname{sign}(x^2 - 2)^2 = 1`` is FAILED at x = -√2: the breakpoints x = log 2 and x = kπ are roots of no
polynomial, and only polynomial roots were looked at. Every example is written here.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main

GREEN = {"PROVED", "PASSED"}


def _result(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    ("claim", "point"),
    [
        (r"0^x = 0", "x = 0"),
        (r"0^{x^2} = 0", "x = 0"),
        (r"0^{x + 1} = 0", "x = -1"),
        (r"\operatorname{sign}(e^x - 2)^2 = 1", "x = log(2)"),
        (r"\operatorname{sign}(\sin x)^2 = 1", "x = 0"),
        (r"|\operatorname{sign}(\log x - 1)| = 1", "x = E"),
        (r"\operatorname{sign}(\tanh x - \frac{1}{2})^2 = 1", "x = atanh(1/2)"),
    ],
    ids=["zero-power", "zero-power-square", "zero-power-shifted", "exp", "sin", "log", "tanh"],
)
def test_a_claim_false_only_at_an_unreached_point_is_failed_there(
    capsys: pytest.CaptureFixture[str], claim: str, point: str
) -> None:
    result = _result(capsys, claim)
    assert result["verdict"] == "FAILED", result
    assert point in json.dumps(result), result


@pytest.mark.parametrize(
    "claim",
    [
        r"0^{x^2 + 1} = 0",  # the exponent is never 0
        r"\operatorname{sign}(e^x + 1) = 1",  # no breakpoint on the real line
        r"\operatorname{sign}(e^x - 2)(e^x - 2) = |e^x - 2|",  # holds at log 2 too
        r"\operatorname{sign}(\sin x)\sin x = |\sin x|",
        r"\frac{\sin x}{|\sin x|} = \operatorname{sign}(\sin x)",  # undefined at kπ: no value to differ
    ],
    ids=["exponent-never-zero", "no-real-root", "exp-holds", "sin-holds", "undefined-there"],
)
def test_claims_that_hold_at_those_points_stay_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _result(capsys, claim)["verdict"] in GREEN


def test_a_positive_base_of_zero_power_declared_positive_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    """``0^x = 0`` for x > 0 holds: the point x = 0 is outside the declared range."""
    assert _result(capsys, "0^x = 0", "--positive", "x")["verdict"] in GREEN
