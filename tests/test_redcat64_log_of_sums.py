r"""A vanishing term inside a logarithm of a sum other than 1 + u (redcat64).

redcat63 made ``\log(1 + e^{-x^2-900}) = 0`` SKIPPED: SymPy's evalf rounds a logarithm's argument before taking
it, so log(1 + e^{-900}) came out an exact 0, and ``log(1 + u)`` is evaluated as ``2 atanh(u/(2 + u))``. A sum
whose large part is not the number 1 was still rounded: ``\log(2 + e^{-900}x^2) = \log 2``, ``\log(x^2 + 1 +
e^{-900}) = \log(x^2 + 1)`` and the softplus ``\log(e^x + 1) = x`` of x in (700, 800) (a difference e^{-700})
were PASSED. Every example is written here.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp
from support import check

from verifier.cli import main
from verifier.results import Verdict

GREEN = {"PROVED", "PASSED"}


def _verdict(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, "--format", "json", "--no-cache", "--jobs", "1", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "claim",
    [
        r"\log(2 + e^{-900} x^2) = \log 2",
        r"\log(x^2 + 1 + e^{-900}) = \log(x^2 + 1)",
    ],
    ids=["constant-two", "square-plus-one"],
)
def test_a_vanishing_term_in_a_logarithm_of_a_sum_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    result = _verdict(capsys, claim)
    assert result["verdict"] not in GREEN, result
    assert "too little for the sample points" in json.dumps(result), result


def test_the_softplus_far_out_is_not_green() -> None:
    def builder(b):  # type: ignore[no-untyped-def]
        x = b.interval("x", 700, 800)
        return b.claim(sp.log(sp.exp(x) + 1), x)

    assert check(builder).verdict is Verdict.SKIPPED


@pytest.mark.parametrize(
    "claim",
    [
        r"\log(e^x + 1) = x + \log(1 + e^{-x})",
        r"\log(x^2 + 1) - \log(2x^2 + 2) = -\log 2",
        r"\log(\cosh x) = x + \log(1 + e^{-2x}) - \log 2",
    ],
    ids=["softplus", "ratio", "log-cosh"],
)
def test_true_logarithms_of_sums_stay_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _verdict(capsys, claim)["verdict"] in GREEN
