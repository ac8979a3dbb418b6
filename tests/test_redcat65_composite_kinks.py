r"""A step false only where a composite argument of sign, an indicator or Max vanishes (redcat65).

``\operatorname{sign}(\sinh x - 1)^2 = 1`` fails at x = log(1 + √2) alone, where sign is 0 (redcat64 left it):
SymPy's solveset gives that root, but SymPy does not see sinh(log(1 + √2)) - 1 as 0, so the point was not "on"
the breakpoint, sign was evaluated as 1 there, and the step was PASSED. ``\operatorname{sign}(e^x - x - 2)^2 = 1``
and ``\operatorname{sign}(e^x + e^{-2x} - 3)^2 = 1`` were PASSED too: their roots are in no short closed form,
so no point was put on them at all. The roots are now also bracketed on a grid and refined (110 digits), and the
piece whose argument vanishes there takes its value at 0. Every example is written here.
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
        (r"\operatorname{sign}(\sinh x - 1)^2 = 1", "x = log(1 + sqrt(2))"),
        (r"\operatorname{sign}(e^x - x - 2)^2 = 1", "x = "),
        (r"\operatorname{sign}(e^x + e^{-2x} - 3)^2 = 1", "x = "),
        (r"|\operatorname{sign}(\cosh x - x - 2)| = 1", "x = "),
        (r"\mathbb{1}[\sinh x \ge 1] = \operatorname{sign}(\max(0, \sinh x - 1))", "x = log(1 + sqrt(2))"),
        (r"\operatorname{sign}(\operatorname{erf}(x) - \frac{1}{2})^2 = 1", "x = 0.47693627620"),
        (r"\operatorname{sign}(\cosh x - 1 - \frac{x^2}{2})^2 = 1", "x = 0"),  # a double root, float64 noise near it
        (r"\operatorname{sign}(\sinh x - 1)^2 = \operatorname{sign}(\sinh x - 1 - 10^{-90})^2", "x = "),
    ],
    ids=[
        "sinh-solved",
        "exp-minus-line",
        "sum-of-exponentials",
        "cosh-minus-line",
        "indicator-and-max",
        "erf",
        "double-root",
        "breakpoints-1e-90-apart",
    ],
)
def test_a_claim_false_only_where_a_composite_argument_vanishes_is_failed_there(
    capsys: pytest.CaptureFixture[str], claim: str, point: str
) -> None:
    result = _result(capsys, claim)
    assert result["verdict"] == "FAILED", result
    assert "breakpoint" in json.dumps(result) or "branch" in json.dumps(result), result
    assert point in json.dumps(result), result


@pytest.mark.parametrize(
    "claim",
    [
        r"\operatorname{sign}(e^x - x - 2)(e^x - x - 2) = |e^x - x - 2|",  # holds at the roots too
        r"\operatorname{sign}(\sinh x - 1)^2 = \operatorname{sign}((\sinh x - 1)^2)",  # both 0 there
        r"\max(e^x, x + 2) = \frac{e^x + x + 2 + |e^x - x - 2|}{2}",
        r"\operatorname{sign}(e^x + e^{-2x} + 1)^2 = 1",  # no real root
    ],
    ids=["sign-times-argument", "square-inside", "max-formula", "no-root"],
)
def test_claims_that_hold_at_those_roots_stay_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _result(capsys, claim)["verdict"] in GREEN
