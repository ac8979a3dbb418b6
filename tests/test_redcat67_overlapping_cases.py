r"""Cases rows whose conditions overlap at a point (``1 & x \ge 0 \\ 0 & x \le 0``) and give different values there.

``verify check '\begin{cases} 1 & x \ge 0 \\ 0 & x \le 0 \end{cases} = \mathbb{1}[x > 0]'`` was FAILED at x = 0:
the parser takes the first row whose condition holds (1), but the second row says 0 there, and under it the claim
holds. A FAILED must hold under every plausible reading (redcat67): where the claim fails as parsed and holds with
the later row first, the step is SKIPPED, saying the rows overlap and which value to write. Rows that do not
overlap, or a claim that fails with either row first, are FAILED as before.
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main
from verifier.documents.overlappingcases import later_rows_first


def _step(capsys: pytest.CaptureFixture[str], claim: str) -> dict[str, str]:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--points", "40", claim])
    return json.loads(capsys.readouterr().out)["results"][0]["steps"][0]


OVERLAP = r"\begin{cases} 1 & x \ge 0 \\ 0 & x \le 0 \end{cases}"


def test_a_claim_true_with_the_later_row_is_not_failed(capsys: pytest.CaptureFixture[str]) -> None:
    step = _step(capsys, OVERLAP + r" = \mathbb{1}[x > 0]")
    assert step["verdict"] == "SKIPPED"
    assert "overlap" in step["message"]


def test_a_claim_true_with_the_first_row_stays_green(capsys: pytest.CaptureFixture[str]) -> None:
    assert _step(capsys, OVERLAP + r" = \mathbb{1}[x \ge 0]")["verdict"] in ("PROVED", "PASSED")


def test_a_claim_false_under_either_row_is_failed(capsys: pytest.CaptureFixture[str]) -> None:
    assert _step(capsys, OVERLAP + r" = \mathbb{1}[x > 1]")["verdict"] == "FAILED"


def test_disjoint_rows_are_failed_as_parsed(capsys: pytest.CaptureFixture[str]) -> None:
    claim = r"\begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases} = \mathbb{1}[x > 0]"
    assert _step(capsys, claim)["verdict"] == "FAILED"


def test_the_rewrite_puts_the_later_row_first() -> None:
    assert later_rows_first(OVERLAP + " = y") == r"\begin{cases} 0 & x \le 0 \\ 1 & x \ge 0 \end{cases} = y"


def test_an_otherwise_row_is_never_moved() -> None:
    assert later_rows_first(r"\begin{cases} 1 & x \ge 0 \\ 0 & \text{otherwise} \end{cases}") is None


def test_strict_conditions_are_not_rewritten() -> None:
    assert later_rows_first(r"\begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}") is None
