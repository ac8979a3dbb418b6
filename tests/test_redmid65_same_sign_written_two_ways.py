r"""Two arguments of sign that vanish at the same irrational point, written differently, are equal there (redmid65;
older than stop 65: FAILED on the base 29c4ca0a and on redcat65 c708edfb alike).

``\operatorname{sign}(\sinh x - 1) = \operatorname{sign}(e^x - e^{-x} - 2)`` holds everywhere (the second argument is
twice the first), yet it was FAILED "the sides differ at x = log(1 + sqrt(2)), evaluated exactly": at the breakpoint
one argument simplifies to 0 and the other, (1 + √2) - 1/(1 + √2) - 2, is not seen as 0, so the sign of an exact
zero is taken for ±1. ``\operatorname{sign}(\tanh x - 0.5) = \operatorname{sign}(e^{2x} - 3)`` (tanh x - 1/2 =
(e^{2x} - 3)/(2(e^{2x} + 1))) fails the same way at atanh(1/2). A point where a side is not decided exactly is
no counterexample: it must be simplified (radsimp/nsimplify) or evaluated to high precision and a value below the
precision read as 0 before the sides are said to differ. Every example is written here.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _result(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "claim",
    [
        r"\operatorname{sign}(\sinh x - 1) = \operatorname{sign}(e^x - e^{-x} - 2)",
        r"\operatorname{sign}(\sinh x - 1)^2 = \operatorname{sign}(e^x - e^{-x} - 2)^2",
        r"\operatorname{sign}(\tanh x - 0.5) = \operatorname{sign}(e^{2x} - 3)",
    ],
)
def test_a_true_identity_of_signs_is_not_failed_at_their_common_root(
    capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    assert _result(capsys, claim)["verdict"] != "FAILED"


def test_the_wrong_twin_still_fails(capsys: pytest.CaptureFixture[str]) -> None:
    # sinh x - 1 and e^x - e^{-x} - 3 change sign at different points
    wrong = r"\operatorname{sign}(\sinh x - 1) = \operatorname{sign}(e^x - e^{-x} - 3)"
    assert _result(capsys, wrong)["verdict"] == "FAILED"
