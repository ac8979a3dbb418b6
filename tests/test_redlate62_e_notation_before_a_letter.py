r"""``2e-3x``: 2·10⁻³·x or 2e − 3x, and ``verify check`` FAILED only where both fail.

documents.enotation leaves a number in E notation written against a letter alone (``1e-3x`` may be Euler's
2e − 3x, as in ``\frac{d}{dx}(2ex - \frac32 x^2) = 2e-3x``), so ``verify check '2e-3x = 0.002x'`` was FAILED
though a penalty typed ``2e-3x`` as code prints it holds. A claim that fails so is read again with such a number
as its power of ten times what follows, green only where that holds and said; wrong under both stays FAILED."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main
from verifier.documents.enotation import e_notation


def test_a_number_against_a_letter_is_rewritten_only_when_asked() -> None:
    assert e_notation("2e-3x") is None
    assert e_notation("2e-3x", before_letter=True) == r"\left(2 \cdot 10^{-3}\right)x"
    assert e_notation(r"2e-3\lambda", before_letter=True) == r"\left(2 \cdot 10^{-3}\right)\lambda"
    assert e_notation("x_1e-3y", before_letter=True) is None


@pytest.mark.parametrize(
    ("claim", "verdicts", "said"),
    [
        ("2e-3x = 0.002x", {"PROVED", "PASSED"}, "E notation"),
        (r"2e-3x = 2e - 3x", {"PROVED", "PASSED"}, ""),
        ("2e-3x = 0.003x", {"FAILED"}, ""),
    ],
    ids=["power-of-ten", "euler", "wrong"],
)
def test_verify_check_tries_the_power_of_ten_before_a_letter(
    capsys: pytest.CaptureFixture[str], claim: str, verdicts: set[str], said: str
) -> None:
    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["verdict"] in verdicts, result
    assert said in json.dumps(result)
