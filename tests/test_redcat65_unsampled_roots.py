r"""A breakpoint of a positive x beyond every sample, near 0 or in no closed form (redcat65).

A positive x is sampled over 10⁻³ … 10³; where a side changes formula below 10⁻³, the samples say nothing of it.
``\operatorname{sign}(e^x - 1 - 10^{-12})^2 = 1`` (false at x = log(1 + 10⁻¹²)) was PASSED: SymPy's ``p > 0``
compares at low precision and said False of that root, so it was "outside" the range x > 0.
``\operatorname{sign}(x e^x - 10^{-6})^2 = 1`` was PASSED: its root (≈ 10⁻⁶) is in no closed form SymPy's solveset
writes. Both are SKIPPED "beyond every sample" now. Every example is written here.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _result(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", "--positive", "x", *args])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "claim",
    [r"\operatorname{sign}(e^{x} - 1 - 10^{-12})^2 = 1", r"\operatorname{sign}(x e^{x} - 10^{-6})^2 = 1"],
    ids=["log-near-zero", "no-closed-form"],
)
def test_a_breakpoint_below_every_sample_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    result = _result(capsys, claim)
    assert result["verdict"] == "SKIPPED", result
    assert "beyond every sample" in json.dumps(result), result


def test_a_breakpoint_with_no_root_in_the_range_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    """x e^x + 10^{-6} > 0 for every x > 0: no root, no doubt."""
    assert _result(capsys, r"\operatorname{sign}(x e^{x} + 10^{-6})^2 = 1")["verdict"] in {"PROVED", "PASSED"}


def test_a_stretch_where_a_zero_set_vanishes_is_no_breakpoint(capsys: pytest.CaptureFixture[str]) -> None:
    """max(0, tanh x - 1/2) is 0 on the whole half-line x < atanh(1/2): no point of it is a breakpoint beyond the
    samples (the numbers' bracket first called x = -467735 one, and the right claim went SKIPPED)."""
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40",
          r"\operatorname{sign}(\max(0, \tanh x - \frac{1}{2}))^2 = \mathbb{1}[\tanh x > \frac{1}{2}]"])  # fmt: skip
    assert json.loads(capsys.readouterr().out)["results"][0]["verdict"] in {"PROVED", "PASSED"}
