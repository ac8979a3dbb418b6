r"""A difference of the sides below every sample's resolution, not a constant (redcat63).

``e^x = e^x + e^{x-800}`` was PASSED (stop 62 left it): the sides differ by e^{x-800}, a relative 10^{-347} at every
point, below float64, 1024-bit balls and mpmath's 10^{-25}; SymPy's simplify leaves the difference -e^{x-800}, which
is not a constant, so the constant-gap test (``x = x + 10^{-50}``, redteam26) did not see it. The same for
``x = x + 10^{-400}x``, a planted ``e^{-900}\cos^2 x``, and a derivative's planted ``e^{-x^2-120}`` beside erf
(redcat62 left it: its ball disagreement is below mpmath's 10^{-25}). The difference, evaluated exactly (SymPy's
evalf with all digits significant) at sample points where the numbers agreed, is not zero: not green, SKIPPED with
what was found.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp
from support import check

from verifier.cli import main
from verifier.results import Verdict

GREEN = {"PROVED", "PASSED"}


@pytest.mark.parametrize(
    "claim",
    [
        r"e^x = e^x + e^{x-800}",
        r"x = x + 10^{-400} x",
        r"\sin x = \sin x + e^{-900} \cos^2 x",
        r"x^2 + 1 = x^2 + 1 + e^{-x^2-1000}",
        r"\frac{d}{dx} e^{x} = e^{x} + e^{x - 1000}",
        r"\frac{d}{dx}\operatorname{erf}(x) = \frac{2}{\sqrt\pi}e^{-x^2} + e^{-x^2-120}",
    ],
    ids=["exp-800", "relative-1e-400", "cos-squared", "gaussian-bump", "derivative", "erf-derivative"],
)
def test_a_claim_off_by_a_vanishing_term_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] not in GREEN, result
    assert "too little for the sample points" in json.dumps(result), result


@pytest.mark.parametrize(
    "claim",
    [r"\log(e^x + e^{x-800}) = x", r"\log(1 + e^{-x^2-900}) = 0"],
    ids=["log-of-sum", "log-one-plus"],
)
def test_a_vanishing_term_inside_a_logarithm_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    """SymPy's evalf gives log(1 + e^{-900}) as an exact 0 at any precision (it rounds the argument first)."""
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] not in GREEN, result


def test_an_entry_off_by_a_vanishing_term_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        x = b.real("x")
        return b.claim(sp.exp(x), sp.exp(x) + sp.exp(x - 800))

    assert check(builder).verdict is Verdict.SKIPPED


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dx}\operatorname{erf}(x) = \frac{2}{\sqrt{\pi}}e^{-x^2}",
        r"\sigma(x) - \sigma(-x) = \tanh(x/2)",
        r"\log(1+e^x) = x + \log(1 + e^{-x})",
    ],
    ids=["erf", "sigmoid-tanh", "softplus"],
)
def test_a_true_claim_simplify_cannot_close_stays_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in GREEN, result


@pytest.mark.parametrize("power", [10_000, 1_000_000], ids=["1e4", "1e6"])
def test_a_vanishing_term_beside_a_high_power_is_not_green(capsys: pytest.CaptureFixture[str], power: int) -> None:
    """review63: the point was substituted as exact binary fractions before evaluating, so x^{10000} at a sample
    point became a 520,000-bit rational (x^{10^6}: 52 million bits, an uninterruptible minute) and the symbolic
    budget ran out before the gap was seen: the wrong step was PASSED. The point's values now enter evalf at the
    precision it works at."""
    main(["check", rf"x^{{{power}}} (1 + e^{{-x^2-900}}) = x^{{{power}}}", "--format", "json", "--no-cache"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] not in GREEN, result
    assert "too little for the sample points" in json.dumps(result), result
