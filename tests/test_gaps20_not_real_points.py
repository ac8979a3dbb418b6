r"""Beside a real odd root, a point where the other side is not real is no counterexample (gaps20).

``e^{\frac13\ln x} = x^{1/3}`` was FAILED at x < 0, where the left side is not real (ln of a negative) and the
right side is the real odd root (latex.oddroots; the principal root would agree there). Such a step is compared
where both sides are real (and says so), and FAILED only where both are real and differ. Without an odd root
a side that is not real stays a counterexample (``\ln(xy) = \ln x + \ln y`` is refuted unless --positive)."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _check(claim: str, capsys: pytest.CaptureFixture[str]) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize("claim", [
    r"e^{\frac13\ln x} = x^{1/3}",
    r"e^{\frac23\ln x} = x^{2/3}",
    r"\sqrt[3]{x} = e^{\frac{\ln x}{3}}",
])
def test_a_side_not_real_is_no_counterexample(claim: str, capsys) -> None:
    result = _check(claim, capsys)
    assert result["verdict"] in ("PROVED", "PASSED"), result
    assert "where both sides are real" in result["steps"][0]["message"]


@pytest.mark.parametrize("claim", [
    r"e^{\frac13\ln x} = x^{1/2}",  # both real at x > 0, and they differ
    r"e^{\frac13\ln x} = -x^{1/3}",
    r"\sqrt[3]{x^2} = x^{2/3} + 1",
])
def test_a_difference_where_both_sides_are_real_is_failed(claim: str, capsys) -> None:
    assert _check(claim, capsys)["verdict"] == "FAILED"


def test_without_an_odd_root_a_side_not_real_stays_a_counterexample(capsys) -> None:
    assert _check(r"\ln(xy) = \ln x + \ln y", capsys)["verdict"] == "FAILED"


def test_sides_never_both_real_are_skipped(capsys) -> None:
    result = _check(r"\sqrt[3]{x} = e^{\frac13\ln(-x)}", capsys)
    assert result["verdict"] in ("SKIPPED", "FAILED"), result
    assert result["verdict"] != "FAILED" or not result["steps"][0]["counterexample"]["not_real"], result
