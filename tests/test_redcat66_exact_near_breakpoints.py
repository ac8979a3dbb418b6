r"""Two breakpoints 10⁻¹⁰⁰ apart, both exact (redcat66).

``\operatorname{sign}(x - 1)^2 = \operatorname{sign}(x - 1 - 10^{-100})^2`` fails at x = 1 (0 against 1) and at
x = 1 + 10⁻¹⁰⁰. It was PASSED: at x = 1 the second sign's argument is -10⁻¹⁰⁰, below 10⁻⁹⁵ of its terms, so
:mod:`verifier.kinks` took it as on its breakpoint "by numbers" and set that sign to 0 — but an exact rational is
no number whose zero SymPy cannot decide: -10⁻¹⁰⁰ is not 0. Only a value SymPy leaves undecided is settled now.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", claim])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_two_exact_breakpoints_1e_100_apart_are_told_apart(capsys: pytest.CaptureFixture[str]) -> None:
    result = _verdict(capsys, r"\operatorname{sign}(x - 1)^2 = \operatorname{sign}(x - 1 - 10^{-100})^2")
    assert result["verdict"] == "FAILED", result


def test_the_same_breakpoint_written_twice_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    result = _verdict(capsys, r"\operatorname{sign}(x - 1)^2 = \operatorname{sign}(2x - 2)^2")
    assert result["verdict"] in ("PROVED", "PASSED"), result
