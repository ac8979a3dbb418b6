r"""A number in E notation, ``1e-3`` (redcat62).

``verify check '1e-3 = 0.001'`` and the same display in notes were FAILED ("left -0.281718171540955"): the parser
reads ``1e-3`` as 1·e − 3, Euler's number. A learning rate or a tolerance written ``1e-3`` means 10⁻³ as often, and
a FAILED must fail under every plausible reading: a step that fails as written is read again with each such number
as its power of ten, green only where that holds, and said with the step. A value wrong under both stays FAILED;
``2e^{x}`` and ``e - 1`` are no numbers in E notation.
"""

from __future__ import annotations

import json

import pytest
from support import verdicts_by_line

from verifier.cli import main
from verifier.documents.enotation import e_notation


def test_only_a_number_in_e_notation_is_rewritten() -> None:
    assert e_notation("1e-3 = 0.001") == r"\left(1 \cdot 10^{-3}\right) = 0.001"
    # the mantissa as an integer: no decimal left for a rounding reading to take as the precision written
    assert e_notation(r"2.5E+4 \cdot x") == r"\left(25 \cdot 10^{3}\right) \cdot x"
    assert e_notation("1.4e-05") == r"\left(14 \cdot 10^{-6}\right)"
    for unchanged in ("2e^{x}", "e - 1", "2e - 1", "x_1e-3", "x^1e-3", "1e-3x", "a1e-3"):
        assert e_notation(unchanged) is None, unchanged


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        ("1e-3 = 0.001", {"PROVED", "PASSED"}),
        (r"2.5e-4 \cdot 4 = 0.001", {"PROVED", "PASSED"}),
        ("1e-3 = 0.01", {"FAILED"}),
    ],
    ids=["rate", "product", "wrong"],
)
def test_a_claim_with_e_notation(capsys: pytest.CaptureFixture[str], claim: str, verdicts: set[str]) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in verdicts, result


def test_notes_with_e_notation() -> None:
    text = "# Rates\n\n$$1e-3 = 0.001$$\n\n$$1e-3 = 0.01$$\n"
    got = verdicts_by_line(text)
    assert got[3] == ["PROVED"] or got[3] == ["PASSED"], got
    assert got[5] == ["FAILED"], got
