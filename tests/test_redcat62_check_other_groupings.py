r"""``verify check`` of a claim whose literal grouping fails and another plausible one holds (redcat62).

``verify check '\frac{d}{dx} x^2 + 1 = 2x'`` and ``'1/2x = \frac{1}{2x}'`` were FAILED, while ``verify doc`` reads
the same formulas in notes as PROVED "when read with the derivative applied to every term after it" and "with a
slash dividing by the whole product after it" (documents.meanings). A FAILED must hold under every plausible
reading: a claim that fails literally is checked again under the other groupings notes try (the same rewrites of
its LaTeX, then the claim's own contract: every free name real unless declared), green only under one that holds,
which is reported with the verdict. A claim false under every grouping stays FAILED.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _result(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    ("claim", "reading"),
    [
        (r"\frac{d}{dx} x^2 + 1 = 2x", "derivative applied to every term after it"),
        (r"\frac{d}{dx} e^{x} + x = e^x + 1", "derivative applied to every term after it"),
        (r"1/2x = \frac{1}{2x}", "slash dividing by the whole product after it"),
    ],
    ids=["derivative-plus-constant", "derivative-plus-x", "slash-product"],
)
def test_a_claim_true_under_another_grouping_is_green_under_it(
    capsys: pytest.CaptureFixture[str], claim: str, reading: str
) -> None:
    result = _result(capsys, claim)
    assert result["verdict"] in {"PROVED", "PASSED"}, result
    assert reading in result["steps"][0]["message"], result


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dx} x^2 + 1 = 3x",  # false under both groupings
        r"1/2x = \frac{2}{x}",
        r"\frac{d}{dx} x^2 + 1 = 2x + 2",
    ],
    ids=["derivative", "slash", "derivative-both"],
)
def test_a_claim_false_under_every_grouping_stays_failed(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _result(capsys, claim)["verdict"] == "FAILED"


def test_the_literal_reading_that_holds_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    result = _result(capsys, r"\frac{d}{dx} x^2 + 1 = 2x + 1")
    assert result["verdict"] in {"PROVED", "PASSED"}, result
    assert "read with" not in result["steps"][0]["message"], result
