r"""A one-off claim green only as a product of a special function's letter is not green (redcat67's question).

``verify check '\Phi(-x) = -\Phi(x)'`` was PROVED: read literally, Φ·(−x) = −Φ·x holds for every number Φ, while with
Φ the standard normal CDF — what the letter means in course notes, and the reading ``verify check`` takes when the
literal one fails (documents.specialcalls) — the claim is false (Φ(−x) = 1 − Φ(x)). A green needs every plausible
reading to agree: where a special-function reading applies and FAILS, the literal green is SKIPPED, saying both.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", *args])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize("claim", [r"\Phi(-x) = -\Phi(x)", r"\Phi(2x) = 2\Phi(x)", r"\zeta(-x) = -\zeta(x)"])
def test_a_claim_true_only_as_a_product_is_not_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _verdict(capsys, claim) == "SKIPPED"


@pytest.mark.parametrize("claim", [r"\Phi(x) + \Phi(-x) = 1", r"\phi(-x) = \phi(x)", r"2(x + 1) = 2x + 2"])
def test_claims_green_under_their_reading_stay_green(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _verdict(capsys, claim) in ("PROVED", "PASSED")
