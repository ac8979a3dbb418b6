r"""redteam25: a claim about every size is checked past the numbers it writes.

``\sum_{k=1}^{K} \max(0, k - 20) = 0`` was PROVED by ``verify doc`` (K checked at 3 and 5) and "PROVED
at K = 1, …, 13" with exit 0 by ``verify check --size K``: the term is zero until k passes 20, a number the
claim writes. A sized claim is now also checked at one size past the largest such number (a few dozen
at most), so the false claim is not green there; a true one keeps its verdict. Examples written here.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.cli import main


def test_a_sum_zero_below_a_written_threshold_is_failed_in_notes() -> None:
    steps = doc_steps(r"""
        # Sums

        For every $K$,

        $$\sum_{k=1}^{K} \max(0, k - 20) = 0$$
    """)
    # "= 0" may be an equation the notes solve: SKIPPED, never green, and the size it fails at is shown
    assert [s.verdict.value for s in steps] == ["SKIPPED"], steps
    assert dict(steps[0].sizes) == {"K": 21}, steps


def test_an_indicator_past_a_threshold_is_failed_in_notes() -> None:
    steps = doc_steps(r"""
        # Counts

        $$\sum_{k=1}^{K} \min(k, 9) = \frac{K(K+1)}{2}$$
    """)
    assert [s.verdict.value for s in steps] == ["FAILED"], steps


def test_a_true_sum_with_a_threshold_keeps_its_verdict_in_notes() -> None:
    steps = doc_steps(r"""
        # Sums

        $$\sum_{k=1}^{K} \left(\max(0, k - 20) + \min(k, 20)\right) = \frac{K(K+1)}{2}$$
    """)
    assert [s.verdict.value for s in steps] == ["PROVED"], steps


def test_a_sized_claim_past_its_threshold_is_failed_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\sum_{k=1}^{K} \max(0, k - 20) = 0", "--size", "K"])
    out = capsys.readouterr().out
    assert code == 1 and "FAILED" in out, out


def test_a_true_sized_claim_is_still_proved_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\sum_{k=1}^{K} (\min(k, 20) + \max(0, k - 20)) = "
                 r"\frac{K(K+1)}{2}", "--size", "K"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out
