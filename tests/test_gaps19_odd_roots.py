r"""Odd roots of real expressions are real, in the proof and in the numeric check (gaps19).

``\sqrt[3]{x^3} = x`` was FAILED at negative x: SymPy's principal cube root of a negative number is
complex. Notes mean the real root (redteam25 made ``\sqrt[3]{-8} = -2`` hold; this is the symbolic case).
A wrong claim about an odd root still FAILS.
"""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main


def _verdict(claim: str, capsys: pytest.CaptureFixture[str]) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--points", "30", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize(
    "claim",
    [
        r"\sqrt[3]{x^3} = x",
        r"\sqrt[5]{x^5} = x",
        r"\sqrt[3]{x}^3 = x",
        r"\sqrt[3]{x}\sqrt[3]{y} = \sqrt[3]{xy}",
        r"x^{1/3} = \sqrt[3]{x}",
        r"\sqrt[3]{-8} = -2",
        r"\frac{d}{dx}\sqrt[3]{x} = \frac{1}{3 \sqrt[3]{x^2}}",
    ],
)
def test_an_odd_root_of_a_real_expression_is_real(claim: str, capsys) -> None:
    assert _verdict(claim, capsys) in ("PROVED", "PASSED")


@pytest.mark.parametrize("claim", [r"\sqrt[3]{x^3} = |x|", r"\sqrt[3]{x^3} = -x", r"\sqrt{x^2} = x"])
def test_a_wrong_root_claim_still_fails(claim: str, capsys) -> None:
    assert _verdict(claim, capsys) == "FAILED"


def test_in_notes_too() -> None:
    (step,) = doc_steps(r"For every real $x$, $$\sqrt[3]{x^3} = x.$$" + "\n")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
