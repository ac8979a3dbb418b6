r"""redteam25: a branch beyond the sampled scales at an irrational breakpoint is not green.

redteam24's proof by cases refutes a wrong branch no sample reaches, but it cut the line only at
*rational* breakpoints: ``\min(x, e^{20}) = x`` (false beyond e²⁰ ≈ 4.9·10⁸; samples stop at 10⁶) and
``\max(x, -10^{7}\sqrt{2}) = x`` kept their regions undecided and were PASSED. A real root in closed form
(``e^{20}``, ``10^7\sqrt 2``) is now a cut too; a right claim with such a breakpoint stays PROVED.
Examples written here.
"""

from __future__ import annotations

import pytest

from verifier.cli import main


@pytest.mark.parametrize(
    "claim",
    [r"\min(x, e^{20}) = x", r"\max(x, -10^{7}\sqrt{2}) = x", r"\mathbb{1}[x^2 < 2 \cdot 10^{14}] = 1"],
)
def test_a_far_branch_at_an_irrational_breakpoint_is_not_green(claim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", claim])
    out = capsys.readouterr().out
    assert code == 1 and ("SKIPPED" in out or "FAILED" in out), out


def test_a_right_claim_with_an_irrational_breakpoint_stays_proved(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\max(x, e^{20}) + \min(x, e^{20}) = x + e^{20}"])
    out = capsys.readouterr().out
    assert code == 0 and "PROVED" in out, out
